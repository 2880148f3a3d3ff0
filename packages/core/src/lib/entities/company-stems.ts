/**
 * The shorter names a company named in full is called by later in an article: its name without the legal
 * form, English ("Co., Ltd.") or foreign ("A/S", "GmbH", "Oy"), and without the word that says it is a
 * company ("Group", "Holdings").
 */
import { headFirstParticles, headFirstWords } from '../data/organisations.js'
import { matchPlace } from './gazetteer.js'
import { legalPersonLength } from './head-first-bodies.js'
import { isCapitalised, type Tok } from './tokens.js'
import { legalForm } from './word-classes.js'

// The words a company's name ends in, which its short forms leave out.
const companyEnds = /^(?:Co\.|Co|Ltd\.?|LTD\.?|Limited|Inc\.?|Corp\.?|Corporation|Company|Group|Holdings)$/
// The words of a legal form only: what a company's name is never called without ("Group" stays in "Yanbo
// Energy Group", which is a name of its own).
const legalWords = /^(?:Co\.|Co|Ltd\.?|LTD\.?|Limited|Inc\.?|Corp\.?)$/
// A word that ends a company's kind, kept in the short form that drops only the legal form.
const kindEnds = /^(?:Group|Holdings|Company|Corporation)$/
const connector = /^(?:and|&|of|for)$/

/**
 * The word lists a company's name `words` (its tokens, punctuation too) is shortened to, longest first, or
 * none when it is no company's name of three words or more: "Lanqiao Marine Group Co., Ltd." gives
 * "Lanqiao Marine Group", "Lanqiao Marine"; "Norvik Sea Bank A/S" gives "Norvik Sea Bank", "Norvik Sea".
 */
export function companyShortForms(words: readonly Tok[]): string[][] {
  // "Medical Corporation Sakurai-kai … Sakurai-kai operates": a Japanese legal person goes by its name alone.
  const legal = legalPersonLength(words)
  if (legal && words.length > legal) return [words.slice(legal).map((tok) => tok.base)]
  const last = words.at(-1)
  const polish = polishFormLength(words) || latinFormLength(words)
  if (
    words.length <= 2 ||
    last?.kind !== 'word' ||
    !(polish || companyEnds.test(last.value) || last.flags & legalForm)
  )
    return []
  const named = polish ? words.slice(0, -polish) : words
  const forms: string[][] = []
  const stem = legalFormLess(named)
  // "Lanqiao Marine Group" for "Lanqiao Marine Group Co., Ltd.": the name with its kind but no legal form.
  if (stem.length >= 3 && stem.length < words.length && kindEnds.test(stem.at(-1)!.value)) {
    forms.push(stem.map((tok) => tok.base))
  }
  const names: string[] = []
  for (const tok of named) {
    if (tok.kind === 'word' && !companyEnds.test(tok.value) && !(tok.flags & legalForm)) names.push(tok.base)
  }
  // "Grupo Valle Verde" and "Valle Verde" of "Grupo Agrícola Valle Verde, S.A. de C.V.": a group's own name
  // after its kind, with "Grupo" or alone.
  const own = groupOwnName(names)
  if (own) forms.push([names[0]!, ...own], own)
  for (let length = names.length; length >= 2; length--) {
    // A short form never ends on a connector: not "Anshan Iron" from "Anshan Iron and Steel Group"; but
    // "Corrigan Vale" of "Corrigan Vale & Co." is all of the name before its legal form.
    const cut = connector.test(names[length] ?? '') && length < names.length - 1
    if (cut || connector.test(names[length - 1]!)) continue
    forms.push(names.slice(0, length))
  }
  return forms
}

// The number of words of the Polish limited company's legal form a name ends in, "sp. z o.o." of "Wierzba
// Meble Sp. z o.o." (its words no legal form alone), or 0.
function polishFormLength(words: readonly Tok[]): number {
  const count = words.length
  if (count < 4 || !/^o\.o\.?$/.test(words[count - 1]!.value) || words[count - 2]!.value !== 'z') return 0
  return /^[Ss]p\.$/.test(words[count - 3]!.value) ? 3 : 0
}

// The number of tokens of a Mexican legal form of several words a name ends in, "S.A. de C.V." of "Grupo
// Agrícola Valle Verde, S.A. de C.V." or "S. de R.L. de C.V.", with the comma before it; or 0.
function latinFormLength(words: readonly Tok[]): number {
  const count = words.length
  if (count < 5 || words[count - 1]!.value !== 'C.V.' || words[count - 2]!.value !== 'de') return 0
  let length = words[count - 3]!.value === 'R.L.' && words[count - 4]!.value === 'de' ? 5 : 3
  if (length === 5 && words[count - 5]!.value !== 'S.') return 0
  if (words[count - length - 1]?.value === ',') length++
  return count - length >= 2 ? length : 0
}

// The words that say what kind of group a Spanish or Portuguese "Grupo" is, between it and its own name.
const groupKinds = new Set([
  'Industrial',
  'Comercial',
  'Empresarial',
  'Financiero',
  'Financeiro',
  'Agrícola',
  'Agroindustrial',
  'Corporativo',
  'Internacional',
  'Constructor',
  'Inmobiliario',
  'Alimentario',
  'Minero',
  'Automotriz',
])

// The own name of a group named "Grupo", its kind, and two words or more ("Valle Verde"), or undefined.
function groupOwnName(names: readonly string[]): string[] | undefined {
  if (names[0] !== 'Grupo' || !groupKinds.has(names[1] ?? '') || names.length < 4) return undefined
  const own = names.slice(2)
  return own.every((name) => /^\p{Lu}/u.test(name)) ? own : undefined
}

// The tokens of a company's name before its legal form: "Lanqiao Marine Group" of "Lanqiao Marine Group
// Co., Ltd.", "Norvik Sea Bank" of "Norvik Sea Bank A/S".
function legalFormLess(words: readonly Tok[]): readonly Tok[] {
  let end = words.length
  while (end > 0) {
    const tok = words[end - 1]!
    if (tok.kind === 'word' ? !(legalWords.test(tok.value) || tok.flags & legalForm) : tok.value !== ',')
      break
    end--
  }
  return words.slice(0, end)
}

/**
 * The own name a head-first body is called by once named, without its kind and field: "Lua do Norte" of
 * "Academia de Futebol Lua do Norte", "Unidos da Serra" of "Escola de Samba Unidos da Serra"; undefined for
 * any other name, for an own name of one word ("Universidad de Buenos Aires" is no "Aires"), one that starts
 * with an article ("La Mancha") or a known place.
 */
export function headFirstOwnName(words: readonly Tok[]): string[] | undefined {
  // A cheap test first: a head word the body starts with, then a particle ("de").
  if (words.length < 5 || !headFirstWords.has(words[0]!.value) || !headFirstParticles.has(words[1]!.value))
    return undefined
  const rest = words.slice(3)
  const first = rest[0]!
  if (first.kind !== 'word' || !isCapitalised(first.value) || headFirstParticles.has(first.lower))
    return undefined
  if (rest.some((tok) => tok.kind !== 'word') || matchPlace(rest, 0)?.length === rest.length) return undefined
  return rest.map((tok) => tok.base)
}
