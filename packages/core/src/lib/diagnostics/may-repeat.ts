/**
 * A quick look for what `retext-repeated-words` could report in a sentence: a word, white space and a word
 * with the same lower case ("the The"). It reads the sentence's tokens (`sentenceToks`), which the entity
 * plugin has already made and which carry each word's offsets and lower case: neighbouring words whose
 * lengths differ (most) are turned down on the offsets alone, the rest by comparing their lower case. The
 * plugin walks the tree and joins and lower-cases every word. Where the look says yes, the plugin decides,
 * so it never turns down a sentence the plugin reports on, and the plugin's allowed repeats ("had had",
 * "Walla Walla") are left to the plugin.
 *
 * The tokens are the sentence's children without the white space, but for one thing: a Title Case word the
 * parser kept its full stop on ("Weston. weston.") is two tokens, the word and the stop, where the plugin
 * sees one word ending in the stop. So a word is also compared with the stop put back, on either side.
 */
import type { Sentence } from 'nlcst'
import { sentenceToks, type Tok } from '../entities/tokens.js'

/**
 * Whether `retext-repeated-words` could report something in `sentence`. `lengthsKept` says that
 * lower-casing keeps the length of every word: not so where the text holds "İ", whose lower case is two
 * characters (`!text.includes('\u0130')`).
 */
export function mayRepeat(sentence: Sentence, lengthsKept: boolean): boolean {
  const toks = toksOf(sentence)
  if (toks === undefined) return true
  for (let index = 1; index < toks.length; index++) {
    const tok = toks[index]!
    if (!tok.spaced || tok.kind !== 'word') continue
    const previous = toks[index - 1]!
    if (previous.kind === 'word') {
      // Equal, or one longer by a full stop put back.
      if (lengthsKept && isFar(previous, tok)) continue
      const lower = tok.lower
      if (previous.lower === lower || isWithStop(previous.lower, lower)) return true
    } else if (index > 1 && isSplitStop(toks[index - 2]!, previous)) {
      const word = toks[index - 2]!.lower
      const lower = tok.lower
      if (word === lower || isWithStop(lower, word)) return true
    }
  }
  return false
}

// The sentence's tokens, which need positions: a tree from elsewhere may lack them, and then the plugin decides.
function toksOf(sentence: Sentence): readonly Tok[] | undefined {
  try {
    return sentenceToks(sentence)
  } catch {
    return undefined
  }
}

// Whether the lengths of two words differ by more than one character. Without offsets, they may not.
function isFar(a: Tok, b: Tok): boolean {
  const difference = a.end - a.start - (b.end - b.start)
  return difference > 1 || difference < -1
}

// Whether `withStop` is `word` and a full stop.
function isWithStop(withStop: string, word: string): boolean {
  return (
    withStop.length === word.length + 1 &&
    withStop.charCodeAt(word.length) === 0x2e &&
    withStop.startsWith(word)
  )
}

// Whether `stop` is a full stop that may have been split off `word`: right after it, with no space between.
function isSplitStop(word: Tok, stop: Tok): boolean {
  return word.kind === 'word' && stop.value === '.' && !stop.spaced && stop.start === word.end
}
