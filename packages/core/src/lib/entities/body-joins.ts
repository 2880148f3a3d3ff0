/**
 * Whether another body's name starts at a word inside a name, so the "and" or the phrase before it joins two
 * bodies rather than going on with one: "Bureau of Commerce and China Merchants Group", "Commission on
 * Fenghai Group's projects".
 */
import { industryWords, portfolioWords } from '../data/organisations.js'
import { namesBody } from './acronyms.js'
import { fieldEnd } from './body-fields.js'
import { isLegalForm } from './body-heads.js'
import { academicHeads, companyHeads } from './body-origins.js'
import { matchPlace } from './gazetteer.js'
import type { Tok } from './tokens.js'
import { allCaps, capitalised, functionWord, legalForm, organisationHead } from './word-classes.js'

/**
 * Whether a body named from a place starts at `at` ("China Merchants Group", "Shenyang Municipal Bureau"):
 * a place, then capitalised words up to a head word or legal form.
 */
export function placeNamedBodyAt(toks: readonly Tok[], at: number): boolean {
  const place = matchPlace(toks, at)
  if (!place) return false
  for (let index = at + place.length; index < at + place.length + 5; index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word' || !tok.spaced || !(tok.flags & capitalised)) return false
    if (tok.flags & (organisationHead | legalForm)) return true
  }
  return false
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
  for (let index = at; index < at + 7; index++) {
    const tok = toks[index]
    if (tok?.value === 'and' && index > at) continue
    if (tok?.kind !== 'word' || !(tok.flags & capitalised) || (index > at && !tok.spaced)) return false
    if (isLegalForm(tok) || companyHeads.has(tok.base) || academicHeads.has(tok.base)) return index > at
  }
  return false
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

// The endings of the common nouns that name a department's field ("Sciences", "Forestry", "Medicine"); a
// single word after a field's "and" with none of them is a proper name.
const fieldNounEnding = /(?:s|tion|sion|ment|ure|ing|ity|ogy|ics|ism|ry|cy|nce|ine|age|ice|law|ld)$/

// The levels of China's local governments, whose departments have the standard fields of `portfolioWords`.
const localLevels = new Set(['Municipal', 'Provincial', 'District', 'County', 'City'])

/**
 * Whether the "and" at `and`, after the of-phrase from `at` of a local department (head at `head`) that is
 * one of the standard fields, starts another body named by one word: "the Xinbao Municipal Bureau of
 * Commerce and Velmarek will set up …" joins two bodies; "Municipal Bureau of Culture and Tourism" is one,
 * and so is a ministry abroad, whose fields vary ("Ministry of Agriculture and Livestock").
 */
export function partnerAfterField(toks: readonly Tok[], head: number, at: number, and: number): boolean {
  if (!localLevels.has(toks[head - 1]?.value ?? '')) return false
  const partner = toks[and + 1]
  if (partner?.kind !== 'word' || (partner.flags & (capitalised | functionWord)) !== capitalised) return false
  const next = toks[and + 2]
  if (next?.kind === 'word' && next.spaced && next.flags & capitalised) return false
  if (portfolioWords.has(partner.base) || fieldNounEnding.test(partner.base)) return false
  return fieldEnd(toks, at) === and
}
