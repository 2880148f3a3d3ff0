/**
 * `space-before-punctuation`: white space before a comma, full stop, colon, semicolon, question or
 * exclamation mark ("Weihai , Yantai", "in 2019 ."), a habit carried over from other typographies.
 *
 * Not reported: before an ellipsis ("he paused ..."), before a full stop that starts a word or number
 * (".NET", ".5"), after another mark (that is `doubled-punctuation`), or after a line break.
 */
import { isAlphanumeric, show } from './characters.js'
import type { DiagnosticRule, ParagraphView, Report } from './rule.js'

const ruleId = 'space-before-punctuation'

// A mark after a space or tab, tried only at the paragraph's mark places (see `mark-places.ts`); the run
// of white space is then read back to its start.
const spaced = /[,.;:?!](?<=[ \t].)/y
// Marks that `doubled-punctuation` reports together with the one after them.
const doubling = new Set([',', '.', ':', ';', '?', '!', '，', '。', '；', '：', '！', '？', '、', '\n'])

function check(paragraph: ParagraphView, report: Report): void {
  const { text, start } = paragraph
  for (const at of paragraph.markPlaces) {
    spaced.lastIndex = at
    if (!spaced.test(text)) continue
    let from = at - 1
    while (from > 0 && isSpaceOrTab(text.charCodeAt(from - 1))) from--
    const mark = text[at]!
    if (from === 0 || doubling.has(text[from - 1]!)) continue
    if (mark === '.' && (startsEllipsis(text, at) || isAlphanumeric(text.charCodeAt(at + 1)))) continue
    report({
      start: start + from,
      end: start + at + 1,
      ruleId,
      reason: `Unexpected space before ${show(mark)}, expected none`,
      expected: [mark],
    })
  }
}

function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09
}

// An ellipsis, close ("...") or spaced (". . ."), starts with the full stop at `index`.
function startsEllipsis(text: string, index: number): boolean {
  return text[index + 1] === '.' || (text[index + 1] === ' ' && text[index + 2] === '.')
}

/** The `space-before-punctuation` rule. */
export const spaceBeforePunctuation: DiagnosticRule = { ruleIds: [ruleId], check }
