/**
 * `cjk-punctuation`: fullwidth and ideographic punctuation left in English text by translation
 * ("Co., Ltd。", "one，two", "（Dalian）"). Next to Chinese, Japanese or Korean letters it is at home
 * ("大连（Dalian）"), so a mark is only reported where neither neighbour is a CJK letter. Curly quotes
 * and dashes are ordinary English typography, not CJK forms, and are left alone.
 */
import { isCjkLetter, isLetter, show } from './characters.js'
import type { DiagnosticRule, ParagraphView, Report } from './rule.js'

const ruleId = 'cjk-punctuation'

// Ideographic punctuation (、。〃〈〉《》「」『』【】〔〕〖〗〘〙〚〛〜〝〞〟) and the fullwidth and halfwidth forms of
// ASCII punctuation and symbols; fullwidth letters and digits are not punctuation and not matched here.
const cjkMark =
  /[\u3001-\u3003\u3008-\u3011\u3014-\u301F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF64]/
const cjkMarks = new RegExp(cjkMark.source, 'g')

// Marks after which English puts a space before the next word, and marks before which it puts one.
const spaceAfter = new Set([',', '.', ':', ';', '!', '?', ')', ']'])
const spaceBefore = new Set(['(', '['])

/** The ASCII equivalent of a CJK punctuation mark (`。` → `.`, `，` → `,`, `《` → `"`). */
export function asciiOf(code: number): string {
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0)
  switch (code) {
    case 0xff5f:
      return '('
    case 0xff60:
      return ')'
    case 0xff61:
    case 0x3002:
      return '.'
    case 0xff64:
    case 0x3001:
      return ','
    case 0x3010:
      return '['
    case 0x3011:
      return ']'
    case 0x301c:
      return '~'
  }
  // 〔〕〖〗〘〙〚〛 open on even code points and close on odd ones.
  if (code >= 0x3014 && code <= 0x301b) return code % 2 === 0 ? '[' : ']'
  // Ditto mark, angle and corner brackets, and the halfwidth corner brackets: quotation marks in English.
  return '"'
}

// Fullwidth and ideographic brackets, opening mark to closing mark.
const partners: Record<string, string> = {
  '（': '）',
  '［': '］',
  '｛': '｝',
  '｟': '｠',
  '〈': '〉',
  '《': '》',
  '「': '」',
  '『': '』',
  '【': '】',
  '〔': '〕',
  '〖': '〗',
  '〘': '〙',
  '〚': '〛',
}

function check(paragraph: ParagraphView, report: Report): void {
  // The parsed text has the marks in ASCII already (see `normalise.ts`); they are found in the original,
  // their neighbours read in the parsed text, which has the same length and plain spaces.
  const { text, original, start } = paragraph
  if (!cjkMark.test(original)) return
  // Closing brackets whose opening one stood in CJK text: "大连港（Dalian Port）" is one CJK phrase.
  const excused = new Map<string, number>()
  cjkMarks.lastIndex = 0
  for (let match = cjkMarks.exec(original); match; match = cjkMarks.exec(original)) {
    const index = match.index
    const char = match[0]
    const pending = excused.get(char) ?? 0
    if (pending > 0) {
      excused.set(char, pending - 1)
      continue
    }
    const before = neighbour(text, index, -1)
    const after = neighbour(text, index, 1)
    if (isCjkLetter(before) || isCjkLetter(after)) {
      const partner = partners[char]
      if (partner) excused.set(partner, (excused.get(partner) ?? 0) + 1)
      continue
    }
    const ascii = asciiOf(original.charCodeAt(index))
    // `Ltd。Next` needs a space as well as a full stop to read as English.
    const next = text.charCodeAt(index + 1)
    const previous = text.charCodeAt(index - 1)
    const expected =
      spaceAfter.has(ascii) && isLetter(next) && !isCjkLetter(next)
        ? `${ascii} `
        : spaceBefore.has(ascii) && isLetter(previous) && !isCjkLetter(previous)
          ? ` ${ascii}`
          : ascii
    report({
      start: start + index,
      end: start + index + 1,
      ruleId,
      reason: `Unexpected CJK punctuation ${show(char)} in English text, expected ${show(ascii)}`,
      expected: [expected],
    })
  }
}

// The character `step` away from `index`, looking past one space ("大连 （Dalian）"); -1 at either end.
function neighbour(text: string, index: number, step: 1 | -1): number {
  let at = index + step
  if (text.charCodeAt(at) === 0x20) at += step
  return at >= 0 && at < text.length ? text.charCodeAt(at) : -1
}

/** The `cjk-punctuation` rule. */
export const cjkPunctuation: DiagnosticRule = { ruleIds: [ruleId], check }
