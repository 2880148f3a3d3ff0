/**
 * `lowercase-sentence`: a sentence that starts with a lower-case letter ("at the company. he had …"),
 * typical of machine translation and of text cut at the wrong place. retext-english keeps a full stop
 * followed by a lower-case word inside one sentence, so starts are found in the text (after a full stop,
 * question or exclamation mark and white space, and at the start of a paragraph), not from sentence nodes.
 *
 * Not reported: after an abbreviation ("etc. and", "3 p.m. on") or an ellipsis ("... and"), after a
 * closing quotation mark (`"Why?" he asked`), at the start of a paragraph that continues one ending in a
 * comma, colon or semicolon, and words that are not meant to be capitalised: `iPhone`, `mRNA`, `x86`, URLs,
 * e-mail addresses and list letters ("a) the port").
 */
import { isAbbreviation, wordBefore } from './abbreviations.js'
import { isMixedCase, show, startsLowerCase } from './characters.js'
import type { DiagnosticRule, ParagraphView, Report } from './rule.js'

const ruleId = 'lowercase-sentence'

// A full stop, question or exclamation mark before white space and a lower-case letter: one match per
// start, tried only at the paragraph's mark places (see `mark-places.ts`).
const starts = /[.?!](?=[ \t\n]+\p{Ll})/uy
// A paragraph after one ending like this continues its sentence (a list after a colon).
const runOn = new Set([',', ';', ':'])
// A word with these inside is a URL, an e-mail address or a dotted abbreviation, not a sentence start.
const addressLike = /[.@/:]/
// Marks that may follow a word without belonging to it.
const trailing = /[.,;:!?"'”’)\]}…]+$/

function check(paragraph: ParagraphView, report: Report): void {
  const { text } = paragraph
  if (!runOn.has(paragraph.before)) checkWord(paragraph, 0, report)
  for (const at of paragraph.markPlaces) {
    starts.lastIndex = at
    if (starts.test(text) && endsSentence(text, at)) checkWord(paragraph, afterSpace(text, at + 1), report)
  }
}

// Where the white space starting at `index` ends.
function afterSpace(text: string, index: number): number {
  let end = index
  while (end < text.length && isBlank(text.charCodeAt(end))) end++
  return end
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a
}

// Whether the mark at `index` ends a sentence: a full stop only when it is neither part of an ellipsis
// (". . . and") nor the end of an abbreviation.
function endsSentence(text: string, index: number): boolean {
  if (text[index] !== '.') return true
  if (text[index - 1] === '.' || (text[index - 1] === ' ' && text[index - 2] === '.')) return false
  return !isAbbreviation(wordBefore(text, index))
}

function checkWord(paragraph: ParagraphView, index: number, report: Report): void {
  const { text, start } = paragraph
  // Most sentences start with a capital or a digit: only a to z or a character outside ASCII may be `\p{Ll}`.
  const first = text.charCodeAt(index)
  if (first < 0x80 && !(first >= 0x61 && first <= 0x7a)) return
  let end = index
  while (end < text.length && text.charCodeAt(end) > 0x20) end++
  const value = text.slice(index, end).replace(trailing, '')
  if (!startsLowerCase(value) || isMixedCase(value) || addressLike.test(value)) return
  if (value.length === 1 && text[index + 1] === ')') return
  const fixed = value.charAt(0).toUpperCase() + value.slice(1)
  report({
    start: start + index,
    end: start + index + value.length,
    ruleId,
    reason: `Unexpected lower-case ${show(value)} at the start of a sentence, expected ${show(fixed)}`,
    expected: [fixed],
  })
}

/** The `lowercase-sentence` rule. */
export const lowercaseSentence: DiagnosticRule = { ruleIds: [ruleId], check }
