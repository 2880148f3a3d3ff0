/**
 * A quick look for what `retext-repeated-words` could report in a sentence: a word, one white-space node
 * and a word with the same lower case ("the The"). It walks the sentence's children the way the plugin
 * does, but first compares what the positions give for free: the lengths of neighbouring words (most
 * differ) and their first letters. Only the few pairs left are compared the plugin's way, by their text,
 * and the plugin's allowed repeats ("had had", "Walla Walla") are left to the plugin, so it never turns
 * down a sentence the plugin reports on. The plugin joins and lower-cases every word; this reads two
 * numbers per word.
 */
import type { Sentence, Word } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'

/** The paragraph a sentence lies in, as the quick look reads it. */
export interface ParagraphText {
  /** The text the tree was parsed from, between the paragraph's start and end. */
  readonly text: string
  /** Offset of the paragraph in the article. */
  readonly start: number
  /**
   * Whether words of different lengths differ in lower case too: not when the text holds "İ", whose
   * lower case is two characters (`!text.includes('\u0130')`).
   */
  readonly lengthsDiffer: boolean
}

/** Whether `retext-repeated-words` could report something in `sentence`, which lies in `paragraph`. */
export function mayRepeat(sentence: Sentence, paragraph: ParagraphText): boolean {
  const { lengthsDiffer } = paragraph
  let previous: Word | undefined
  let current: Word | undefined
  let previousStart = -1
  let previousEnd = -1
  let currentStart = -1
  let currentEnd = -1
  const nodes = sentence.children
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    if (node.type === 'WordNode') {
      const start = node.position?.start.offset ?? -1
      const end = node.position?.end.offset ?? -1
      if (
        previous !== undefined &&
        (!lengthsDiffer || mayBeSame(paragraph, previousStart, previousEnd, start, end)) &&
        sameWord(previous, node)
      ) {
        return true
      }
      current = node
      currentStart = start
      currentEnd = end
    } else if (node.type === 'WhiteSpaceNode') {
      previous = current
      previousStart = currentStart
      previousEnd = currentEnd
      current = undefined
    } else {
      previous = undefined
      current = undefined
    }
  }
  return false
}

// Whether words at `[aStart, aEnd)` and `[bStart, bEnd)` may be the same: as long, and starting with the
// same ASCII letter in any case (or with anything else). Without positions in the paragraph, they may.
function mayBeSame(paragraph: ParagraphText, aStart: number, aEnd: number, bStart: number, bEnd: number) {
  const { text, start } = paragraph
  const end = start + text.length
  if (aStart < start || aEnd < aStart || aEnd > end || bStart < start || bEnd < bStart || bEnd > end) {
    return true
  }
  if (aEnd - aStart !== bEnd - bStart) return false
  const a = text.charCodeAt(aStart - start)
  const b = text.charCodeAt(bStart - start)
  // Two ASCII characters that differ even with the lower-case bit set differ in lower case.
  return a === b || a >= 0x80 || b >= 0x80 || (a | 0x20) === (b | 0x20)
}

// The plugin's own test.
function sameWord(a: Word, b: Word): boolean {
  return nlcstToString(a).toLowerCase() === nlcstToString(b).toLowerCase()
}
