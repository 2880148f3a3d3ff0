/**
 * `doubled-punctuation`: two stops or commas where one belongs ("effectively..", "rose,, and", ". .",
 * "!!", "，,"). An ellipsis ("...", ". . .", "…") is one mark, "?!" is accepted, and a full stop that ends
 * an abbreviation may be followed by a comma ("Co., Ltd., and"), as in ordinary English.
 */
import { isAbbreviation, wordBefore } from './abbreviations.js'
import { show } from './characters.js'
import { asciiOf } from './cjk-punctuation.js'
import type { DiagnosticRule, ParagraphView, Report } from './rule.js'

const ruleId = 'doubled-punctuation'

// Two or more stops, commas, colons, semicolons, question or exclamation marks (ASCII or CJK), with at
// most spaces or tabs between them: one match per run, tried only at the paragraph's mark places (see
// `mark-places.ts`) from the end of the run before.
const runs = /[.,;:!?，。；：！？、､｡](?:[ \t]*[.,;:!?，。；：！？、､｡])+/y

/** A mark in a run: where it is and what it is in ASCII. */
interface Mark {
  readonly index: number
  readonly char: string
  /** Whether it belongs to an ellipsis of three or more full stops. */
  readonly ellipsis: boolean
}

/** How two neighbouring marks read. */
type Pair = 'fine' | 'spaced' | 'doubled'

function check(paragraph: ParagraphView, report: Report): void {
  const { text, start } = paragraph
  let end = 0
  for (const at of paragraph.markPlaces) {
    if (at < end) continue
    runs.lastIndex = at
    const match = runs.exec(text)
    if (!match) continue
    end = runs.lastIndex
    const marks = marksOf(match[0], at)
    // Neighbouring pairs that are wrong, merged into stretches: ",,," is one finding, not two.
    let from = -1
    let spacedOnly = true
    for (let index = 0; index < marks.length; index++) {
      const pair = index + 1 < marks.length ? judge(text, marks[index]!, marks[index + 1]!) : 'fine'
      if (pair !== 'fine') {
        if (from === -1) from = index
        if (pair === 'doubled') spacedOnly = false
        continue
      }
      if (from === -1) continue
      const stretch = marks.slice(from, index + 1)
      const first = stretch[0]!.index
      const last = stretch.at(-1)!.index
      const expected = spacedOnly
        ? [stretch.map((mark) => mark.char).join('')]
        : [...new Set(stretch.map((mark) => mark.char))]
      report({
        start: start + first,
        end: start + last + 1,
        ruleId,
        reason: `Unexpected doubled punctuation ${show(text.slice(first, last + 1))}, expected ${expected.map(show).join(' or ')}`,
        expected,
      })
      from = -1
      spacedOnly = true
    }
  }
}

function marksOf(run: string, offset: number): Mark[] {
  const marks: { index: number; char: string; ellipsis: boolean }[] = []
  for (let index = 0; index < run.length; index++) {
    const code = run.charCodeAt(index)
    if (code === 0x20 || code === 0x09) continue
    marks.push({ index: offset + index, char: code < 0x80 ? run[index]! : asciiOf(code), ellipsis: false })
  }
  // Mark every full stop of a row of three or more (ASCII stops only: "。。。" is not an English ellipsis).
  let row = 0
  for (let index = 0; index <= marks.length; index++) {
    if (index < marks.length && run[marks[index]!.index - offset] === '.') {
      row++
      continue
    }
    if (row >= 3) for (let back = index - row; back < index; back++) marks[back]!.ellipsis = true
    row = 0
  }
  return marks
}

function judge(text: string, a: Mark, b: Mark): Pair {
  if (a.ellipsis || b.ellipsis) return 'fine'
  const adjacent = b.index === a.index + 1
  // Only an ASCII full stop ends an abbreviation: "Ltd。," is a translation artifact, not "Ltd.,".
  if (text[a.index] === '.' && b.char !== '.' && isAbbreviation(wordBefore(text, a.index))) {
    return adjacent ? 'fine' : 'spaced'
  }
  if ((a.char === '?' && b.char === '!') || (a.char === '!' && b.char === '?')) {
    return adjacent ? 'fine' : 'spaced'
  }
  return 'doubled'
}

/** The `doubled-punctuation` rule. */
export const doubledPunctuation: DiagnosticRule = { ruleIds: [ruleId], check }
