/**
 * Where the words around a role begin and end: a legal form's full stop that ends no sentence ("Co.,
 * Ltd."), a sentence the parser did not end ("… Co., Ltd. Kenji Sato attended"), the place or nationality
 * before a title, and an appositive that says what a person serves as.
 */
import { demonyms } from '../data/demonyms.js'
import { matchPlace } from '../entities/gazetteer.js'
import { isCapitalised, type Tok } from '../entities/tokens.js'

/** Marks that end a phrase. */
export const stops = new Set([',', ';', ':', '.', '。', '!', '?', '(', ')'])

// Legal forms written with a full stop ("Co.", "Pte."), and the words that follow one ("Co., Ltd.").
const abbreviatedForms = new Set(['Co', 'Corp', 'Inc', 'Ltd', 'Pte', 'Pty', 'Sdn', 'Bhd', 'Plc', 'Ltda'])

const secondForms = new Set(['Ltd', 'Limited', 'Bhd'])

// Where a phrase goes on past the stop at `at`, or `at` when the stop ends it: "Pte. Ltd. of Singapore",
// "Co., Ltd.".
export function pastStop(toks: readonly Tok[], at: number): number {
  const tok = toks[at]!
  const before = toks[at - 1]
  const next = toks[at + 1]
  if (tok.value === ',') {
    const form = before?.value === '.' ? toks[at - 2] : before
    return isLegalForm(form, abbreviatedForms) && isLegalForm(next, secondForms) ? at + 1 : at
  }
  return tok.value === '.' && !tok.spaced && isLegalForm(before, abbreviatedForms) ? at + 1 : at
}

// Whether `tok` is one of `forms`, with or without the full stop the parser may keep on it ("Co.").
function isLegalForm(tok: Tok | undefined, forms: ReadonlySet<string>): boolean {
  if (tok?.kind !== 'word') return false
  return forms.has(tok.value.endsWith('.') ? tok.value.slice(0, -1) : tok.value)
}

/**
 * "… Co., Ltd. Kenji Sato attended": after a full stop the parser left inside the sentence, a capitalised
 * word other than a second legal form starts a new one.
 */
export function startsSentence(toks: readonly Tok[], at: number): boolean {
  const next = toks[at]
  if (next?.kind !== 'word' || !isCapitalised(next.value) || isLegalForm(next, secondForms)) return false
  const stop = toks[at - 1]!
  return stop.value === '.' || (stop.value.endsWith('.') && isLegalForm(stop, abbreviatedForms))
}

// Words that go on a phrase after a capitalised name: "of the Ministry of Commerce", "of Japan in
// Shenyang"; any other lower-case word is the sentence going on ("of Dalian attended the meeting").
export function runsOn(toks: readonly Tok[], index: number): boolean {
  const value = toks[index]!.value
  if (value === 'of' || value === 'the' || value === 'and') return true
  return (value === 'in' || value === 'to') && matchPlace(toks, index + 1) !== undefined
}

/**
 * Where a role starts that has its title at `at`: "Anshan mayor Sun Baoguo", "Dutch Ambassador to Kenya":
 * a place or a nationality right before the title belongs to the role.
 */
export function placeBefore(toks: readonly Tok[], at: number): number {
  for (let from = Math.max(0, at - 3); from < at; from++) {
    const match = matchPlace(toks, from)
    if (match && from + match.length === at) return from
  }
  return at - demonymBefore(toks, at)
}

// Words of the nationality ("Swedish", "South Korean") ending right before token `at`, or 0.
function demonymBefore(toks: readonly Tok[], at: number): number {
  const last = toks[at - 1]
  if (last?.kind !== 'word' || !isCapitalised(last.value)) return 0
  if (demonyms.has(last.value)) {
    const two = toks[at - 2]
    return two?.kind === 'word' && demonyms.has(`${two.value} ${last.value}`) ? 2 : 1
  }
  return 0
}

// Words of the nationality starting at token `at` ("Swedish Ambassador", "South Korean Consul",
// "Chinese-American scientist"), or 0.
export function demonymAt(toks: readonly Tok[], at: number): number {
  const first = toks[at]
  if (first?.kind !== 'word' || !isCapitalised(first.value)) return 0
  const second = toks[at + 1]
  if (second?.kind === 'word' && demonyms.has(`${first.value} ${second.value}`)) return 2
  if (demonyms.has(first.value)) return 1
  const hyphen = first.value.indexOf('-')
  return hyphen > 0 &&
    demonyms.has(first.value.slice(0, hyphen)) &&
    demonyms.has(first.value.slice(hyphen + 1))
    ? 1
    : 0
}

/**
 * "Li Na, a Dalian cadre serving as deputy head of …": where the post starts after an appositive that
 * says what a person is and then what they serve as, or `at` when the appositive at token `at` is no such
 * one. The description before "serving as" is no post of its own.
 */
export function pastServingAs(toks: readonly Tok[], at: number): number {
  const article = toks[at]?.lower
  if (article !== 'a' && article !== 'an') return at
  for (let index = at + 2; index < at + 6; index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word') return at
    if ((tok.value === 'serving' || tok.value === 'working') && toks[index + 1]?.value === 'as')
      return index + 2
  }
  return at
}
