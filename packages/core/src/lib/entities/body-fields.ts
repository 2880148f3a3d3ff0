/**
 * The fields a department is in charge of, named in a list in front of its head ("the Commerce, Industry
 * and Tourism Department") or in its of-phrase ("Ministry of Trade, Industry and Competition"), and pairs of
 * head words that name one field together ("Radio and Television").
 */
import { headFirstParticles, portfolioWords } from '../data/organisations.js'
import { splitPinyin } from '../data/pinyin.js'
import type { Tok } from './tokens.js'
import {
  allCaps,
  capitalised,
  functionWord,
  legalForm,
  organisationHead,
  placeFirst,
} from './word-classes.js'

// Two head words that name one field together, the first of which alone can end a name: "the Xinbao Radio
// and Television Station" (but "Xinbao Radio"), "the Yanshan Party and Government Delegation", "the
// Party and Mass Service Center" (but "the Labour Party").
const pairedFields = new Map([
  ['Radio', /^Television$/],
  ['Party', /^(?:Government|Mass|Masses)$/],
  // a hotel chain's trade: "the Osmund Hotels & Resorts chain"
  ['Hotels', /^Resorts$/],
])

/**
 * Whether a pair of fields joined by "and" or "&" starts at `at` ("Radio and Television", "Hotels &
 * Resorts").
 */
export function isPairedField(toks: readonly Tok[], at: number): boolean {
  const second = pairedFields.get(toks[at]?.value ?? '')
  if (second === undefined) return false
  const and = toks[at + 1]?.value
  return (and === 'and' || and === '&') && second.test(toks[at + 2]?.value ?? '')
}

// Whether the token is a capitalised word that ends a department's field ("Tourism", "Resources").
function isFieldWord(tok: Tok | undefined): boolean {
  return (
    tok?.kind === 'word' && (tok.flags & capitalised) !== 0 && !tok.possessive && portfolioWords.has(tok.base)
  )
}

/**
 * Where the field written from `at` ends, or -1: a field word, or a capitalised word and a field word
 * ("Natural Resources", "Information Technology").
 */
export function fieldEnd(toks: readonly Tok[], at: number): number {
  const first = toks[at]
  if (first?.kind !== 'word' || !first.spaced || !(first.flags & capitalised) || first.flags & functionWord) {
    return -1
  }
  // "Natural Resources", but not "Yingkou Logistics" nor "Haixin Shipping", which name a company.
  if (toks[at + 1]?.spaced && isFieldWord(toks[at + 1]) && !first.possessive && !isNameWord(first)) {
    return at + 2
  }
  return isFieldWord(first) ? at + 1 : -1
}

// Whether a word names a place or is a pinyin name ("Yingkou", "Haixin"): no field starts with one.
function isNameWord(tok: Tok): boolean {
  return (tok.flags & placeFirst) !== 0 || splitPinyin(tok.baseLower) !== undefined
}

/**
 * Where a list of a department's fields starts whose last is after the "and" at `and`, or -1: "the
 * Commerce, Industry and Tourism Department", "the Industry and Information Technology Bureau". Each
 * field is one word, or two between commas ("Culture, Natural Resources and Tourism").
 */
export function fieldListStart(toks: readonly Tok[], and: number): number {
  if (fieldEnd(toks, and + 1) === -1) return -1
  // "Commerce, Industry, and Tourism": a comma before the "and" too.
  let start = toks[and - 1]?.value === ',' ? and - 2 : and - 1
  // "Commerce, Optronics and Tourism": a field no list knows, shaped like one, between two known ones.
  const between = toks[start - 1]?.value === ',' && isFieldWord(toks[start - 2]) && isMiddleField(toks[start])
  if (!isFieldWord(toks[start]) && !between) return -1
  while (toks[start - 1]?.value === ',' && isFieldWord(toks[start - 2])) {
    start -= 2
    const before = toks[start - 1]
    if (before?.kind === 'word' && before.flags & capitalised && toks[start - 2]?.value === ',') start--
  }
  return start
}

/**
 * Where a list of a department's fields ends that goes on at the comma at `comma` after the first:
 * "Bureau of Culture, Tourism and Sports", "Ministry of Trade, Industry and Energy"; -1 when the words
 * after the comma are no field ("Bureau of Commerce, the Port Group and …") or the list has no "and".
 */
export function fieldListEnd(toks: readonly Tok[], comma: number): number {
  // "Chamber of Production, Industry and Commerce": the first field may be one the list alone says is a
  // field, shaped like one, when the next is a known field; not "Bureau of Kessel, Industry and …".
  if (!isFieldWord(toks[comma - 1]) && !(isFieldShaped(toks, comma - 1) && isFieldWord(toks[comma + 1]))) {
    return -1
  }
  let at = comma
  // Whether a field no list knows stands inside the list: then the last must be a known one.
  let guessed = false
  for (let count = 0; count < 8; count++) {
    let start = at + 1
    const last = toks[at]!.value === 'and' || toks[start]?.value === 'and'
    if (toks[at]!.value === ',' && last) start++
    // "Ministry of Trade, Industry and Competition": after two known fields the last may be any word that
    // names no place or person, as the list says what it is.
    let end = last && count > 0 && !guessed ? lastFieldEnd(toks, start) : fieldEnd(toks, start)
    // "Chamber of Commerce, Industries, Mines and Agriculture": a field no list knows between two fields.
    if (end === -1 && !last && isMiddleField(toks[start])) {
      end = start + 1
      guessed = true
    }
    if (end === -1) return -1
    // "… Industry and Investment Promotion": a known field and the action it names end the list too.
    if (last && isFieldWord(toks[end - 1]) && promotes(toks, end)) end++
    const next = toks[end]
    if (last) {
      // "… Tourism and Sports Group": the last field starts the name of another body.
      return next?.kind === 'word' && next.spaced && next.flags & capitalised ? -1 : end
    }
    if (next?.value !== ',' && next?.value !== 'and') return -1
    at = end
  }
  return -1
}

// Where the last field of a list written at `at` ends: a known field, or one capitalised word shaped like
// an abstract noun that is no function word, name word, head word or acronym and that the sentence uses
// nowhere else ("Competition", not "Xinbao", "Group", nor "Siemens" in "… Finance and Siemens attended",
// a company's name); -1 if none.
function lastFieldEnd(toks: readonly Tok[], at: number): number {
  const known = fieldEnd(toks, at)
  if (known !== -1) return known
  const tok = toks[at]
  if (tok?.kind !== 'word' || !tok.spaced || tok.possessive) return -1
  if (!isFieldShaped(toks, at)) return -1
  return toks.some((other, index) => index !== at && other.base === tok.base) ? -1 : at + 1
}

// Whether the word at `at` is shaped like a field no list knows ("Competition", "Production"): capitalised,
// no function word, name word, head word or acronym, and ending like an abstract noun.
function isFieldShaped(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  if (tok?.kind !== 'word' || tok.possessive) return false
  if ((tok.flags & (capitalised | functionWord | allCaps | organisationHead | legalForm)) !== capitalised)
    return false
  return fieldShape.test(tok.value) && !isNameWord(tok)
}

// Whether a word no list knows as a field is shaped like one or is a plural, a trade's head word too
// ("Electronics", "Quarries", "Mines"), to stand inside a list between known fields.
function isMiddleField(tok: Tok | undefined): boolean {
  if (tok?.kind !== 'word' || tok.possessive || !tok.spaced) return false
  if ((tok.flags & (capitalised | functionWord | allCaps | legalForm)) !== capitalised) return false
  return (fieldShape.test(tok.value) || pluralShape.test(tok.value)) && !isNameWord(tok)
}

const pluralShape = /[a-z][a-rt-z]s$/

// The flows of goods a chamber of commerce may serve: "the … Chamber of Commerce for Import and Export".
const tradeFlows = new Set(['Import', 'Export', 'Imports', 'Exports'])

/**
 * Whether the word at `at` names a trade or field, as a chamber's for-phrase does: a known field, a flow of
 * goods ("Import"), or a word shaped like a field or a plural ("Textiles"); not a name ("Orla").
 */
export function isTradeField(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  return tradeFlows.has(tok?.value ?? '') || isFieldWord(tok) || isMiddleField(tok)
}

// What a department does for a field, written after it: "Investment Promotion", "Trade Facilitation".
const fieldActions = new Set(['Promotion', 'Facilitation', 'Protection', 'Management', 'Services'])

// Whether the word at `at` is a field's action that ends the list ("… and Investment Promotion of Oman").
function promotes(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  if (tok?.kind !== 'word' || !tok.spaced || !fieldActions.has(tok.value)) return false
  const next = toks[at + 1]
  return !(next?.kind === 'word' && next.spaced && next.flags & capitalised)
}

// Endings of the abstract nouns that name a field: "Competition", "Development", "Governance", "Security".
const fieldShape = /(?:tion|sion|ment|ance|ence|ity|ism|ture|ing|ics|ry|ries|cy|gy|age|ness|ship|ure|fare)$/

// The words for "and" that end a list of fields in a foreign name: "… d'Industrie et d'Agriculture".
const foreignAnds = new Set(['et', 'y', 'e', 'und', 'i'])
// The fields a foreign chamber's list starts with, in French, Spanish, Portuguese and Italian: "Chambre de
// Commerce, …", "Cámara de Comercio, …".
// biome-ignore format: packed data
const foreignFields = new Set([
  'Commerce', 'Comercio', 'Comércio', 'Commercio', 'Industrie', 'Industria', 'Indústria', 'Agriculture',
  'Agricultura', 'Agricoltura', 'Artisanat', 'Artigianato', 'Tourisme', 'Turismo', 'Services', 'Servicios',
  'Serviços', 'Navegación', 'Navegação', 'Producción', 'Produção',
])
// "d'Industrie", "l'Artisanat": an elided article on a capitalised word.
const elidedField = /^[dl]['’]\p{Lu}\p{Ll}+$/u

/**
 * Where a foreign body's name that breaks off at the comma `comma` ends when a list of its fields goes on
 * there and then its seat: "Chambre de Commerce, d'Industrie et d'Artisanat de Velmont", "Cámara de
 * Comercio, Industria y Turismo de Tavra"; -1 when no list ending in a foreign "and" follows ("Banque de
 * Velmont, Tavra et Fils" has names, not fields).
 */
export function foreignFieldListEnd(toks: readonly Tok[], comma: number): number {
  if (!foreignFields.has(toks[comma - 1]?.value ?? '')) return -1
  let at = comma
  for (let count = 0; count < 6; count++) {
    const last = toks[at]!.value !== ','
    const item = toks[at + 1]?.value === 'de' ? at + 2 : at + 1
    if (!toks[at + 1]?.spaced || !isForeignField(toks[item])) return -1
    const next = toks[item + 1]
    if (last) return foreignSeatEnd(toks, item + 1)
    if (next?.value !== ',' && !(next?.spaced && foreignAnds.has(next.value))) return -1
    at = item + 1
  }
  return -1
}

// Whether a token is a field in a foreign list: an elided one ("d'Industrie") or a capitalised word that
// is no function word, place or possessive ("Industria"), on the line.
function isForeignField(tok: Tok | undefined): boolean {
  if (tok?.kind !== 'word' || !tok.spaced || tok.possessive) return false
  if (elidedField.test(tok.value)) return true
  return (tok.flags & (capitalised | functionWord | allCaps | placeFirst | legalForm)) === capitalised
}

// Where a foreign name's seat after its fields, from `at`, ends: particles and capitalised words ending on
// one ("de Velmont", "du Haut-Tavra"), or `at` for none.
function foreignSeatEnd(toks: readonly Tok[], at: number): number {
  let end = at
  for (let index = at; index < at + 4; index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word' || !tok.spaced) break
    if (headFirstParticles.has(tok.value)) continue
    if ((tok.flags & (capitalised | functionWord)) !== capitalised) break
    end = index + 1
    if (tok.possessive) break
  }
  return end
}
