/**
 * `repeated-word`: the same word twice in a row ("the the"), found by `retext-repeated-words` and
 * reported again as this package's rule. That plugin knows the repeats English allows ("had had",
 * "that that") and leaves capitalised pairs alone ("Walla Walla").
 *
 * It is run only on the sentences where `mayRepeat` finds a word, white space and maybe the same word
 * again, because it joins and lower-cases every word (run on every sentence, it cost more than all the
 * other rules together). It runs with a scratch file, since its messages carry the tree nodes they were
 * found in (`ancestors`), a link to its own readme and a rule id per word; copying out the offsets keeps
 * the article's messages plain and its tree free to be collected.
 */
import type { Root } from 'nlcst'
import retextRepeatedWords from 'retext-repeated-words'
import { VFile } from 'vfile'
import { show } from './characters.js'
import { mayRepeat } from './may-repeat.js'
import type { DiagnosticRule, ParagraphView, Report } from './rule.js'

const ruleId = 'repeated-word'
const transform = retextRepeatedWords()

function check(paragraph: ParagraphView, report: Report): void {
  const { node, text, original, start } = paragraph
  const lengthsKept = !text.includes('\u0130')
  let scratch: VFile | undefined
  for (const child of node.children) {
    if (child.type !== 'SentenceNode' || !mayRepeat(child, lengthsKept)) continue
    scratch ??= new VFile()
    const root: Root = { type: 'RootNode', children: [child] }
    transform(root, scratch)
    for (const message of scratch.messages) {
      const place = message.place
      const from = place && 'start' in place ? place.start.offset : undefined
      const to = place && 'end' in place ? place.end.offset : undefined
      if (from === undefined || to === undefined || from < start || to > start + original.length) continue
      // The parsed text has plain white space where the original may have odd spaces.
      const first = original.slice(from - start, firstSpace(text, from - start, to - start))
      report({
        start: from,
        end: to,
        ruleId,
        reason: `Unexpected repeated ${show(first)}, expected it once`,
        expected: [first],
      })
    }
    scratch.messages.length = 0
  }
}

// Where the first word of "the the" between `from` and `to` ends: at the first white space.
function firstSpace(text: string, from: number, to: number): number {
  for (let index = from; index < to; index++) if (text.charCodeAt(index) <= 0x20) return index
  return to
}

/** The `repeated-word` rule. */
export const repeatedWord: DiagnosticRule = { ruleIds: [ruleId], check }
