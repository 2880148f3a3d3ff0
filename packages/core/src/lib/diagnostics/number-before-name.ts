/**
 * `number-before-name`: a bare number fused to a person's name ("the general manager, 37 Qiao Ruolin,
 * said"), the leftover of a footnote mark or a page number in copied or OCR'd text. Names come from
 * `retext-entities` (`sentence.data.mentions`), so this rule never guesses what a name is; it reads the
 * few characters before each name.
 *
 * A number before a name is only reported where nothing could make it belong there: at the start of a
 * sentence, after punctuation, or between a job title and the name it belongs to. "In 2019 Wang Lei
 * said" (a year), "the 3 Li brothers" and "Team 2 Li Na" are left alone.
 */
import type { MentionFinding } from '../findings.js'
import { isAlphanumeric, isDigit, show } from './characters.js'
import type { DiagnosticRule, ParagraphView, Report } from './rule.js'

const ruleId = 'number-before-name'

// Footnote and page marks are small: one to three digits. Four digits before a name is a year.
const maxDigits = 3
// What may stand between a title and the number: white space and a comma or colon.
const titleGap = /^[ ,:]*$/
// Signs that give a number its meaning ("#3 Li Na", "$5 Wang …"): not punctuation for this rule.
const signs = new Set(['#', '$', '%', '&', '+', '*', '@', '¥', '€', '£', '№'])

function check(paragraph: ParagraphView, report: Report): void {
  for (const child of paragraph.node.children) {
    if (child.type !== 'SentenceNode' || !child.data?.mentions) continue
    const sentenceStart = child.position?.start.offset
    if (sentenceStart === undefined) continue
    for (const mention of child.data.mentions) {
      if (mention.type === 'person' && !mention.pronoun) checkName(paragraph, mention, sentenceStart, report)
    }
  }
}

function checkName(paragraph: ParagraphView, person: MentionFinding, sentenceStart: number, report: Report) {
  const { text, original, start } = paragraph
  let name = person.start - start
  // A mention may keep the stray number it starts with ("7 Qin Weidong"): the name starts after it.
  const kept = /^\d{1,3} /.exec(text.slice(name, name + maxDigits + 1))
  if (kept) name += kept[0].length
  const first = sentenceStart - start
  if (name - 2 < first || name > text.length || text[name - 1] !== ' ') return
  let digits = name - 1
  while (digits > first && isDigit(text.charCodeAt(digits - 1))) digits--
  const count = name - 1 - digits
  if (count === 0 || count > maxDigits) return
  if (!outOfPlace(paragraph, person, first, digits)) return
  const number = text.slice(digits, name - 1)
  const value = original.slice(name, person.end - start)
  report({
    start: start + digits,
    end: person.end,
    ruleId,
    reason: `Unexpected number ${show(number)} before the name ${show(value)}, expected the name alone`,
    expected: [value],
  })
}

// Whether nothing before the number at `digits` gives it a meaning: the sentence starts there, a
// punctuation mark comes before it, or a job title of the person does ("general manager 37 Qiao Ruolin").
function outOfPlace(
  paragraph: ParagraphView,
  person: MentionFinding,
  first: number,
  digits: number,
): boolean {
  const { text, start } = paragraph
  if (digits === first) return true
  const touching = text[digits - 1]!
  // "1,250 Wang" and "3.50 Li" are parts of a larger number; "A3 Li" is a code.
  if (touching !== ' ' && touching !== '\t' && touching !== '\n') {
    if (isAlphanumeric(text.charCodeAt(digits - 1)) || signs.has(touching)) return false
    return !isDigit(text.charCodeAt(digits - 2))
  }
  let before = digits - 1
  while (before > first && text.charCodeAt(before - 1) <= 0x20) before--
  if (before === first) return true
  const mark = text[before - 1]!
  if (!isAlphanumeric(text.charCodeAt(before - 1)) && !signs.has(mark)) return true
  return (person.roles ?? []).some(
    (role) =>
      role.end <= start + digits && role.end >= start && titleGap.test(text.slice(role.end - start, digits)),
  )
}

/** The `number-before-name` rule. */
export const numberBeforeName: DiagnosticRule = { ruleIds: [ruleId], check }
