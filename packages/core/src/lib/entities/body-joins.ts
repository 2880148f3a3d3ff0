/**
 * Whether another body's name starts at a word inside a name, so the "and" or the phrase before it joins two
 * bodies rather than going on with one: "Bureau of Commerce and China Merchants Group", "Commission on
 * Fenghai Group's projects".
 */
import {
  headFirstEnglish,
  headFirstParticles,
  headFirstWords,
  industryWords,
  portfolioWords,
} from '../data/organisations.js'
import { isPinyinName } from '../data/pinyin.js'
import { namesBody } from './acronyms.js'
import { fieldEnd } from './body-fields.js'
import { isLegalForm, isPrefixForm } from './body-heads.js'
import { academicHeads, companyHeads } from './body-origins.js'
import { isNamePart } from './body-seats.js'
import { matchPlace, placeEndingAt } from './gazetteer.js'
import type { Tok } from './tokens.js'
import { allCaps, capitalised, functionWord, legalForm, organisationHead } from './word-classes.js'

/**
 * Whether a body named from a place starts at `at` ("China Merchants Group", "Shenyang Municipal Bureau"):
 * a place, then capitalised words up to a head word or legal form.
 */
export function placeNamedBodyAt(toks: readonly Tok[], at: number): boolean {
  const place = matchPlace(toks, at)
  if (!place) return false
  const first = at + place.length
  for (let index = first; index < first + 6; index++) {
    const tok = toks[index]
    // "Xinbao Women and Children's Medical Center": an "and" between two of its words.
    if (tok?.value === 'and' && index > first) continue
    if (tok?.kind !== 'word' || !tok.spaced || !(tok.flags & capitalised)) return false
    if (tok.flags & (organisationHead | legalForm)) return true
  }
  return false
}

/**
 * Whether a place alone follows the "and" at `and` after a field, ending the body before it: "the Bureau
 * of Industry and Information Technology and Tavrin New District attended" names a bureau and a district.
 * Not places named together ("Office of Hong Kong and Macao").
 */
export function placeAfterField(toks: readonly Tok[], and: number): boolean {
  const place = matchPlace(toks, and + 1)
  if (!place) return false
  const next = toks[and + 1 + place.length]
  if (next?.kind === 'word' && next.spaced && next.flags & capitalised) return false
  return placeEndingAt(toks, and) === undefined
}

/**
 * Whether a trade and a company's head or legal form alone follow the "and" before `at` ("Qiaoshan Iron
 * and Steel Group"): the end of one company's name, as no name starts with its trade; not after a
 * department's field ("Bureau of Commerce and Steel Group" names two).
 */
export function tradeAndHead(toks: readonly Tok[], at: number): boolean {
  const head = toks[at + 1]
  if (!industryWords.has(toks[at]!.base) || portfolioWords.has(toks[at - 2]?.base ?? '')) return false
  return head !== undefined && (isLegalForm(head) || companyHeads.has(head.base))
}

/**
 * Whether a company's or university's name starts at `at`: an acronym that names a body ("… and KOTRA", not
 * "… and ICT"), or capitalised words up to a legal form, a company's head word or a university's. Not a
 * government head, which two fields share: "Development and Reform Commission" is one body.
 */
export function bodyAt(toks: readonly Tok[], at: number): boolean {
  const first = toks[at]!
  if (first.flags & allCaps && !((toks[at + 1]?.flags ?? 0) & capitalised)) return namesBody(first)
  if (headFirstWords.has(first.value)) return headFirstNameAt(toks, at)
  // "… of Culture and Tourism and Xinbao Expo Co.": a field and another "and" go on with the list, and the
  // company is named after the second "and".
  if (fieldBeforeAnd(toks, at)) return false
  for (let index = at; index < at + 7; index++) {
    const tok = toks[index]
    if (tok?.value === 'and' && index > at) continue
    // "… and Varnik Fish Traders, Inc.": a legal form set off by a comma ends the name too.
    if (tok?.value === ',' && index > at) return legalFormAt(toks, index + 1)
    if (tok?.kind !== 'word' || !(tok.flags & capitalised) || (index > at && !tok.spaced)) return false
    if (isLegalForm(tok) || companyHeads.has(tok.base) || academicHeads.has(tok.base)) return index > at
  }
  return false
}

// Whether a legal form is written at `at` that ends the name: "Inc.", "Ltd." before no capitalised word.
function legalFormAt(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  if (tok?.kind !== 'word' || !tok.spaced || !isLegalForm(tok)) return false
  const next = toks[at + 1]
  return !(next?.kind === 'word' && next.spaced && next.flags & capitalised)
}

// Whether a department's field ("Tourism", "Rural Affairs") written from `at` ends at an "and" before a
// capitalised word.
function fieldBeforeAnd(toks: readonly Tok[], at: number): boolean {
  const end = fieldEnd(toks, at)
  return end !== -1 && toks[end]?.value === 'and' && ((toks[end + 1]?.flags ?? 0) & capitalised) !== 0
}

/**
 * Where a company's name starts whose words read leftwards from its head start at `start` after an "and":
 * past a field and the "and" after it, which end the list of another body's fields ("Bureau of Culture
 * and | Tourism and Xinbao Expo Co., Ltd.").
 */
export function afterFieldList(toks: readonly Tok[], start: number, head: number): number {
  if (toks[start - 1]?.value !== 'and' || !fieldBeforeAnd(toks, start)) return start
  const end = fieldEnd(toks, start)
  return end + 1 < head ? end + 1 : start
}

// The words for "and" that a company's name in French, Spanish, Portuguese, Italian, German, Dutch, Danish,
// Norwegian, Swedish, Catalan or Polish holds before its legal form: "Rhône Vins et Spiritueux SAS".
const foreignAnds = new Set(['et', 'e', 'y', 'und', 'en', 'og', 'och', 'i'])

/**
 * Whether the name read leftwards from a legal form, which starts at `start`, goes on across a foreign
 * "and" before it with a capitalised word before that: "Rhône Vins | et Spiritueux SAS", "Kessel | und
 * Söhne GmbH"; not after a legal form ("Ferrand SAS et Lumen SARL" are two), nor the English "and".
 */
export function foreignAndBefore(toks: readonly Tok[], start: number): boolean {
  const and = toks[start - 1]
  if (and === undefined || !foreignAnds.has(and.value) || !and.spaced || !toks[start]!.spaced) return false
  return isNamePart(toks[start - 2], legalForm)
}

// Whether a foreign body's name whose head comes first goes on after its head at `at`: "… of Sport and
// Academia de Remo Vila Nova", "… and Universidade Serra Alta"; an English word of them only with a
// particle ("Academia de …"), as "… of Science and Academia" names no body.
function headFirstNameAt(toks: readonly Tok[], at: number): boolean {
  const next = toks[at + 1]
  if (next?.kind !== 'word' || !next.spaced) return false
  if (headFirstParticles.has(next.value)) return ((toks[at + 2]?.flags ?? 0) & capitalised) !== 0
  return !headFirstEnglish.has(toks[at]!.value) && (next.flags & (capitalised | functionWord)) === capitalised
}

// Plural nouns that are also the headline verbs `functionWords` lists ("Delegation Visits Leiden"): after
// an "and" between a body's fields they are a field ("Bureau of Letters and Visits").
const verbNouns = new Set(['Visits'])

/**
 * Whether the word at `at` is a plural noun that is also a headline verb, joined by the "and" before it to
 * a capitalised field ("Letters and Visits"), and ends a body's name there or goes on with its head word
 * ("Letters and Visits Bureau"); not a verb with its object after it: not "… Commerce and Visits the Port"
 * nor "… and Visits Xinbao".
 */
export function fieldVerbNoun(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  if (tok === undefined || !verbNouns.has(tok.value) || !tok.spaced || toks[at - 1]?.value !== 'and')
    return false
  if (!((toks[at - 2]?.flags ?? 0) & capitalised)) return false
  const next = toks[at + 1]
  if (next?.kind !== 'word' || !next.spaced) return true
  if (next.flags & capitalised) return (next.flags & organisationHead) !== 0
  return !articles.has(next.value)
}

const articles = new Set(['the', 'a', 'an', 'this', 'its', 'their', 'his', 'her'])

// The trades a short form of a Chinese company's name ends in, after its pinyin name: "Fenghai Real Estate",
// "Zhenmu Properties", "Wenkang Logistics".
// biome-ignore format: packed data
const shortFormTrades = new Set([
  'Estate', 'Properties', 'Property', 'Logistics', 'Pharmaceutical', 'Pharmaceuticals', 'Securities',
  'Shipping', 'Trading', 'Investment', 'Holdings', 'Holding', 'Group',
])

/**
 * Whether the "and" at `and` joins two companies' names rather than two words of one: a pinyin name and a
 * trade before it ("Fenghai Real Estate and …"), a new pinyin name after it ("… and Zhenmu Group"). Not
 * "Fenghai Film and Television Group" nor "Ernst and Young", whose words after "and" are no new name.
 */
export function companiesJoined(toks: readonly Tok[], and: number): boolean {
  const trade = toks[and - 1]!
  if (!shortFormTrades.has(trade.value)) return seatBefore(toks, and) || prefixFormBefore(toks, and)
  const next = toks[and + 1]
  if (next?.kind !== 'word' || !next.spaced || !(next.flags & capitalised) || !isPinyinName(next.baseLower))
    return false
  // "Real Estate": its name is before "Real".
  const name = toks[trade.value === 'Estate' && toks[and - 2]?.value === 'Real' ? and - 3 : and - 2]
  return name?.kind === 'word' && (name.flags & capitalised) !== 0 && isPinyinName(name.baseLower)
}

/**
 * Whether the name before the "and" at `and` starts with its legal form ("SIA Vējš Koks and Meldra Fish
 * UAB"), so the company ends there and the next is named after the "and".
 */
function prefixFormBefore(toks: readonly Tok[], and: number): boolean {
  for (let index = and - 2; index >= 0 && index > and - 7; index--) {
    const tok = toks[index]!
    if (tok.kind !== 'word' || !(tok.flags & (capitalised | allCaps))) return false
    if (isPrefixForm(toks, index)) return true
  }
  return false
}

/**
 * Whether a country ends the seat "of <city>, <country>" before the "and" at `and`: "Skarvik Dental LLC of
 * Tavrin, Russia and Drossel Eye Group" names two bodies, the country of neither's name.
 */
function seatBefore(toks: readonly Tok[], and: number): boolean {
  // The cheap test first: a country after a comma, then the place lookup.
  const comma = and - 2
  if (toks[comma]?.value !== ',' || placeEndingAt(toks, and) !== comma + 1) return false
  for (let index = comma - 1; index > comma - 4; index--) {
    const tok = toks[index]
    if (tok?.kind !== 'word' || !(tok.flags & capitalised)) return tok?.value === 'of' && index < comma - 1
  }
  return toks[comma - 4]?.value === 'of'
}

// Heads that end the name of a body of their own, not a field ("Affairs", "Technology" are fields).
// biome-ignore format: packed data
const bodyHeads = new Set([
  ...companyHeads, ...academicHeads, 'Ministry', 'Administration', 'Commission', 'Committee', 'Bureau',
  'Agency', 'Office', 'Department', 'Council', 'Authority', 'Association', 'Federation', 'Society', 'Bank',
  'Foundation', 'Center', 'Centre', 'Hospital', 'Government',
])

/**
 * Whether the capitalised words from `at` end in the head of a body of their own or a legal form: "Rural
 * Affairs Bureau", "Fenghai Trading Co."; not "Science and Technology", a field.
 */
export function headInRun(toks: readonly Tok[], at: number): boolean {
  for (let index = at; index < at + 7; index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word' || !tok.spaced || !(tok.flags & capitalised)) return false
    if (isLegalForm(tok) || bodyHeads.has(tok.base)) return true
  }
  return false
}
