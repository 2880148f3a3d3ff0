/**
 * `repeated-word`: the same word twice in a row ("the the"), found by `retext-repeated-words` and
 * reported again as this package's rule. That plugin knows the repeats English allows ("had had",
 * "that that") and leaves capitalised pairs alone ("Walla Walla").
 *
 * It is run only on the sentences of paragraphs where a quick look at the text finds a word, white space
 * and the same word again, because it reads every word of the tree (it costs more than all the other
 * rules together on every sentence). It runs with a scratch file, since its messages carry the tree nodes
 * they were found in (`ancestors`), a link to its own readme and a rule id per word; copying out the
 * offsets keeps the article's messages plain and its tree free to be collected.
 */
import type { Root } from 'nlcst'
import retextRepeatedWords from 'retext-repeated-words'
import { VFile } from 'vfile'
import { show } from './characters.js'
import type { DiagnosticRule, ParagraphView, Report } from './rule.js'

const ruleId = 'repeated-word'
const transform = retextRepeatedWords()

// A word, white space and the same word, in any case: never misses a repeat the plugin reports (a word
// node is never next to a letter), but also matches some it does not ("Walla Walla"). Words of more than
// 40 characters are left out, so a long run without spaces cannot make the match slow.
const candidate = /(?<![\p{L}\p{N}])(\S{1,40})\s+\1(?![\p{L}\p{N}])/iu

function check(paragraph: ParagraphView, report: Report): void {
  const { node, text, original, start } = paragraph
  if (!candidate.test(text)) return
  const scratch = new VFile()
  const root: Root = { type: 'RootNode', children: [] }
  for (const child of node.children) {
    if (child.type !== 'SentenceNode') continue
    root.children = [child]
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
