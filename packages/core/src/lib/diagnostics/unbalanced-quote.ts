/**
 * `unbalanced-quote`: a double quotation mark that `retext-quotes` could not pair within its paragraph,
 * such as an opening mark never closed. News continues a quote over paragraphs by leaving the mark open
 * and opening the next paragraph with another one; that is not reported.
 */
import { isDigit, show } from './characters.js'
import type { DiagnosticRule, ParagraphView, Report } from './rule.js'

const ruleId = 'unbalanced-quote'

// Double quotation marks, guillemets and corner brackets: single marks double as apostrophes.
const marks = /["＂“„”«»「」『』]/g
const opening = new Set(['“', '„', '«', '「', '『'])
const closing = new Set(['”', '»', '」', '』'])
const continuing = new Set(['"', '＂', ...opening])
// Marks that pair with each other share a family: an empty pair is two marks of one family.
const family: Record<string, string> = {
  ...{ '"': '"', '＂': '"', '“': '"', '„': '"', '”': '"' },
  ...{ '«': '«', '»': '«', '「': '「', '」': '「', '『': '『', '』': '『' },
}

/** An unpaired mark: where it is in the paragraph and what it is. */
interface Unpaired {
  readonly index: number
  readonly char: string
}

function check(paragraph: ParagraphView, report: Report): void {
  const { text, start, node } = paragraph
  marks.lastIndex = 0
  if (!marks.test(text)) return
  const paired = new Set<number>()
  for (const quote of node.data?.quotes ?? []) {
    paired.add(quote.open)
    paired.add(quote.close)
  }
  const unpaired: Unpaired[] = []
  // `test` moves `lastIndex` past each mark without building a match: most marks are paired.
  do {
    const index = marks.lastIndex - 1
    if (!paired.has(start + index)) unpaired.push({ index, char: text[index]! })
  } while (marks.test(text))
  if (unpaired.length === 0) return
  // A quote continued in the next paragraph leaves its last opening mark open.
  const continued = continuing.has(paragraph.after)
  const found: { mark: Unpaired; opens: boolean }[] = []
  for (let index = 0; index < unpaired.length; index++) {
    const mark = unpaired[index]!
    const next = unpaired[index + 1]
    // `""`: retext-quotes drops an empty pair, which is not an unbalanced one.
    if (next && family[next.char] === family[mark.char] && isBlank(text, mark.index + 1, next.index)) {
      index++
      continue
    }
    // `a 27" screen`: an inch mark, not a quotation mark.
    if (mark.char === '"' && isDigit(text.charCodeAt(mark.index - 1))) continue
    found.push({
      mark,
      opens: opening.has(mark.char) || (!closing.has(mark.char) && opensAt(text, mark.index)),
    })
  }
  const lastOpen = found.findLastIndex((item) => item.opens)
  for (const [index, { mark, opens }] of found.entries()) {
    if (continued && index === lastOpen) continue
    report({
      start: start + mark.index,
      end: start + mark.index + 1,
      ruleId,
      reason: opens
        ? `Unexpected unclosed quotation mark ${show(mark.char)}, expected a closing mark in the same paragraph`
        : `Unexpected closing quotation mark ${show(mark.char)} without an opening one`,
    })
  }
}

// A straight mark opens at the start of the text or after white space or an opening bracket.
function opensAt(text: string, index: number): boolean {
  if (index === 0) return true
  const before = text.charCodeAt(index - 1)
  return before === 0x20 || before === 0x0a || before === 0x09 || before === 0x28 || before === 0x5b
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a) return false
  }
  return true
}

/** The `unbalanced-quote` rule. */
export const unbalancedQuote: DiagnosticRule = { ruleIds: [ruleId], check }
