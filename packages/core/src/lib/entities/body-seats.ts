/**
 * The country, division or city a body names as its seat after its field: a state body's ("Department
 * of Commerce of Liaoning Province"), a mission's ("Consulate General of Japan in Shenyang") and a chamber
 * of commerce's ("Andes-China Chamber of Commerce of Arequipa").
 */
import { demonyms } from '../data/demonyms.js'
import { splitPinyin } from '../data/pinyin.js'
import { countryAndDivisionKinds, type PlaceKind } from '../data/places.js'
import { isTradeField } from './body-fields.js'
import { matchPlace } from './gazetteer.js'
import { nameAt } from './people.js'
import { administrative } from './places.js'
import { dashes } from './structure-names.js'
import type { Tok } from './tokens.js'
import { allCaps, capitalised, functionWord, organisationHead, placeFirst } from './word-classes.js'

// Bodies whose name says the city or country they sit in: missions ("Consulate General of Japan in
// Shenyang", "Trade Representation of Kessland in China") and chambers of commerce abroad ("Korea Chamber
// of Commerce in Tianjin").
// biome-ignore format: packed data
const seatedHeads = new Set([
  'Embassy', 'Consulate', 'Consulate General', 'Consulate-General', 'Mission', 'Representation', 'Chamber',
  'Chamber of Commerce',
])

// The words a country's official long form is built on: "the Kingdom of Norway", "the Republic of Chile",
// "the Federal Republic of Nigeria" (its qualifier is read as a word of the name before it).
// biome-ignore format: packed data
const stateForms = new Set([
  'Kingdom', 'Republic', 'State', 'Commonwealth', 'Sultanate', 'Principality', 'Duchy', 'Emirate',
  'Federation', 'Confederation',
])

/**
 * How many tokens a country's official long form at `at` takes ("Republic of the Philippines" is four), or
 * 1 for a word that starts none: the gazetteer lists a country by its short name and only some long ones.
 */
export function officialFormLength(toks: readonly Tok[], at: number): number {
  if (!stateForms.has(toks[at]!.value) || toks[at + 1]?.value !== 'of') return 1
  const start = toks[at + 2]?.value === 'the' ? at + 3 : at + 2
  const country = matchPlace(toks, start)
  return country?.place.kind === 'country' ? start + country.length - at : 1
}

/**
 * How many tokens a country's long form made of its demonym at `at` takes ("the Tavrish Republic" as
 * "Slovak Republic", "Hellenic Republic" are written): 2 for a demonym and a state form, else 0.
 */
function demonymFormLength(toks: readonly Tok[], at: number): number {
  const form = toks[at + 1]
  if (!form?.spaced || !stateForms.has(form.value) || toks[at + 2]?.value === 'of') return 0
  const tok = toks[at]!
  return tok.kind === 'word' && demonyms.has(tok.value) ? 2 : 0
}

// Places a state body answers to: not a region, continent or city abroad.
const jurisdictions = new Set<PlaceKind>([...countryAndDivisionKinds, 'new area'])

/** Where a country or division named at `at` (after an optional "the") ends, if it ends the phrase; else 0. */
export function jurisdictionAfter(toks: readonly Tok[], at: number): number {
  const start = toks[at]?.value === 'the' ? at + 1 : at
  const match = matchPlace(toks, start)
  // "… of the Republic of Kazakhstan", "… of the Slovak Republic": a country's official long form.
  const length = match
    ? match.length
    : Math.max(officialFormLength(toks, start), demonymFormLength(toks, start))
  if (match ? !jurisdictions.has(match.place.kind) : length === 1) return foreignDivisionAfter(toks, start)
  // "… of Dalian Municipality": the division word goes with the place.
  const division = toks[start + length]
  const end = start + length + (division?.spaced && administrative.test(division.value) ? 1 : 0)
  const next = toks[end]
  return next?.kind === 'word' && next.spaced && next.flags & capitalised ? 0 : end
}

// The words of a first-level division abroad, written after its name: "Tavrinsk Oblast", "Velgor Krai",
// "Kessen Prefecture", "Dornod Aimag".
// biome-ignore format: packed data
const foreignDivisionWords = new Set([
  'Oblast', 'Krai', 'Kray', 'Okrug', 'Prefecture', 'Province', 'Region', 'State', 'Governorate', 'Aimag',
  'Aimak', 'Voivodeship', 'Canton',
])

// Where a division abroad the gazetteer does not know, at `start`, ends when it ends the phrase, or 0: one
// or two capitalised words, no person's name, then a division word ("… of Tavrinsk Oblast"), as a city it
// knows is a division with one ("… of Velgor Region"); not "… of Tavrinsk Oblast Hospital".
function foreignDivisionAfter(toks: readonly Tok[], start: number): number {
  if (!isPlainName(toks[start]) || nameAt(toks, start)) return 0
  let end = start + 1
  if (!foreignDivisionWords.has(toks[end]?.value ?? '') && isPlainName(toks[end])) end++
  const division = toks[end]
  if (!division?.spaced || !foreignDivisionWords.has(division.value)) return 0
  const next = toks[end + 1]
  return next?.kind === 'word' && next.spaced && next.flags & capitalised ? 0 : end + 1
}

/**
 * Where the place a chamber of commerce is of, named at `at` after its field, ends, or 0: "Andes-China
 * Chamber of Commerce of Arequipa" is the chamber of that city or state, as "… in Tianjin" is. Any place
 * the gazetteer knows, or one or two capitalised words it does not ("Arequipa"), that end the phrase and
 * are no person's name or body's.
 */
export function chamberSeatAfter(toks: readonly Tok[], at: number): number {
  const start = toks[at]?.value === 'the' ? at + 1 : at
  const known = matchPlace(toks, start)
  let end = known ? start + known.length : start
  if (!known) {
    if (nameAt(toks, start)) return 0
    while (end < start + 2 && isPlainName(toks[end])) end++
    if (end === start) return 0
  }
  const next = toks[end]
  return next?.kind === 'word' && next.spaced && next.flags & capitalised ? 0 : end
}

/**
 * Where the region a chamber of commerce serves, named at `at` after its "for", ends, or 0: a place the
 * gazetteer knows, and another after "and" ("… for Tavrin and Lower Vessia"), that end the phrase; not
 * "… for Import and Export".
 */
export function chamberRegionAfter(toks: readonly Tok[], at: number): number {
  const end = placeEndAt(toks, at)
  const next = toks[end]
  if (end && next?.value === 'and' && next.spaced) {
    const other = chamberSeatAfter(toks, end + 1)
    if (other && !toks[other - 1]!.possessive) return other
  }
  return end
}

/**
 * Where a place the gazetteer knows at `at` (after an optional "the") ends when it ends the phrase, or 0:
 * "… for Tavrin", "… in the Kessel Republic"; not "… for Kessland's help" (a possessive is whose help) nor
 * "… in Tavrin Harbour".
 */
export function placeEndAt(toks: readonly Tok[], at: number): number {
  const start = toks[at]?.value === 'the' ? at + 1 : at
  const known = matchPlace(toks, start)
  const end = start + (known?.length ?? 0)
  if (!known || !toks[start]!.spaced || toks[end - 1]!.possessive) return 0
  const next = toks[end]
  return next?.kind === 'word' && next.spaced && next.flags & capitalised ? 0 : end
}

// A capitalised word on the line that is no function word, head word or possessive.
function isPlainName(tok: Tok | undefined): boolean {
  return tok?.spaced === true && isNamePart(tok, organisationHead)
}

/**
 * Whether a token is a capitalised word of a name: no function word ("The"), no possessive ("Kessland's"),
 * and none of the word classes `not` (`organisationHead`, `legalForm`). Whether it is on the line is the
 * caller's to ask.
 */
export function isNamePart(tok: Tok | undefined, not = 0): boolean {
  return (
    tok?.kind === 'word' &&
    !tok.possessive &&
    (tok.flags & (capitalised | functionWord | not)) === capitalised
  )
}

/**
 * Where a name ending at `to` ends with the special administrative region it sits in, or `to`: "… in the
 * Xinbao Special Administrative Region", "… in the Xinbao SAR", ending the phrase; not "… in the Xinbao SAR
 * Government" (a body of its own).
 */
export function specialRegionEnd(toks: readonly Tok[], to: number): number {
  if (toks[to]?.value !== 'in' || toks[to + 1]?.value !== 'the' || !toks[to + 2]?.spaced) return to
  const place = matchPlace(toks, to + 2)
  if (!place) return to
  // The gazetteer may know the region's full name ("Xinbao SAR") or only the city's.
  let end = to + 2 + place.length
  if (!isSpecialRegion(toks, end)) {
    if (toks[end]?.value === 'SAR') end++
    else if (specialRegionWords.every((word, offset) => toks[end + offset]?.value === word)) end += 3
    else return to
  }
  const next = toks[end]
  return next?.kind === 'word' && next.spaced && next.flags & capitalised ? to : end
}

// Whether the place words before `end` end in "SAR" or "Special Administrative Region".
function isSpecialRegion(toks: readonly Tok[], end: number): boolean {
  return (
    toks[end - 1]!.value === 'SAR' ||
    (toks[end - 1]!.value === 'Region' && toks[end - 2]?.value === 'Administrative')
  )
}

const specialRegionWords = ['Special', 'Administrative', 'Region']

// Heads of agencies named only by the service they give, whose country or city ends the name.
const serviceHeads = new Set(['Centre', 'Center', 'Agency'])

/**
 * Where an agency's name `[from, end)`, made only of the words of the service it gives and maybe a
 * nationality ("the Investment Promotion Centre", "the Kessish Visa Application Centre"), ends with the
 * country or city after its "in": "… Centre in Tavrin" is that agency's name, as its name alone says no
 * more than what it does. Not "the Tavrin Trade Promotion Agency in Velgor" (a place in front names it),
 * nor "… in Asia" (a region); `end` when there is none.
 */
export function servicePlaceEnd(toks: readonly Tok[], from: number, head: number, end: number): number {
  if (!serviceHeads.has(toks[head]!.base) || toks[end]?.value !== 'in' || toks[from - 1]?.lower !== 'the')
    return end
  const start = demonyms.has(toks[from]!.value) ? from + 1 : from
  if (head - start < 2 || head - start > 3 || !serviceAction.test(toks[head - 1]!.value)) return end
  if (venueWords.has(toks[head - 1]!.value)) return end
  for (let index = start; index < head; index++) {
    const tok = toks[index]!
    if (!tok.spaced || !isNamePart(tok, allCaps | placeFirst)) return end
    if (!isTradeField(toks, index) && !serviceObjects.has(tok.value)) return end
    if (splitPinyin(tok.baseLower) || nameAt(toks, index)) return end
  }
  const place = toks[end + 1]?.value === 'the' ? undefined : matchPlace(toks, end + 1)
  if (!place || !servedKinds.has(place.place.kind)) return end
  return placeEndAt(toks, end + 1) || end
}

// The action an agency's service is named by: "Promotion", "Application", "Registration", "Management".
const serviceAction = /^[A-Z][a-z]+(?:tion|sion|ment)$/
// What an agency's service deals with, besides the fields (`isTradeField`): "the Visa Application Centre".
// biome-ignore format: packed data
const serviceObjects = new Set(['Visa', 'Passport', 'Business', 'Talent', 'Job', 'Patent', 'Export', 'Import'])
// Actions that name a venue or an event held there, no service: "the Exhibition Centre in Tavrin".
const venueWords = new Set(['Exhibition', 'Convention', 'Competition', 'Station', 'Entertainment'])

// The kinds of place an agency's name may end in: a country or a city, not a region or a continent.
const servedKinds = new Set<PlaceKind>([
  'country',
  'prefecture-level division',
  'county-level city',
  'world city',
])

/** Where a mission's name ending at `to` ends with the city it sits in: "Consulate General of Japan in Shenyang". */
export function extendSeat(toks: readonly Tok[], head: string, to: number): number {
  if (!seatedHeads.has(head) || toks[to]?.value !== 'in' || !toks[to + 1]?.spaced) return to
  // "the Tavrish Embassy in the Kessel Republic": a country may be written with "the", a city never is.
  const the = toks[to + 1]!.value === 'the'
  const at = the ? to + 2 : to + 1
  const place = matchPlace(toks, at)
  if (!place) return the && demonymFormLength(toks, at) ? at + 2 : to
  if (the && place.place.kind !== 'country') return to
  const seat = at + place.length
  return place.place.kind === 'country' ? seat + regionAfterDash(toks, seat) : seat
}

// A country's parts a chamber or a mission abroad has a chapter in.
const chapterKinds = new Set<PlaceKind>(['region', 'provincial-level division', 'prefecture-level division'])

// How many tokens a spaced dash and a region of the country take at `at`, when they end the name: "the
// Nordic Chamber of Commerce in China – South China" is that chamber's southern chapter. Not "… in China –
// Xinbao Joint Office" (a partner's joint body, `joint-partners.ts`), nor "… in China – a network of …".
function regionAfterDash(toks: readonly Tok[], at: number): number {
  const dash = toks[at]
  if (dash?.kind !== 'punctuation' || !dash.spaced || !dashes.has(dash.value) || !toks[at + 1]?.spaced)
    return 0
  const region = matchPlace(toks, at + 1)
  if (!region || !chapterKinds.has(region.place.kind)) return 0
  const next = toks[at + 1 + region.length]
  return next?.kind === 'word' && next.spaced && next.flags & capitalised ? 0 : 1 + region.length
}

// The heads of institutions a city hosts a branch of, named by that city in brackets: "the Tavrin Technology
// Transfer Center (Gdynia)". After a company's or a bureau's head a bracketed place says where it is from.
// biome-ignore format: packed data
const bracketedSeatHeads = new Set([
  'Center', 'Centre', 'Institute', 'Laboratory', 'Lab', 'Base', 'Academy', 'Park', 'Hub',
])
// The kinds of place that are a city: "(Gdynia)" may be in a center's name, "(Poland)" or "(Liaoning)" not.
const cityKinds = new Set<PlaceKind>([
  'prefecture-level division',
  'county-level city',
  'world city',
  'district',
])

/**
 * Where a city in brackets at the "(" `open` after an institution's head ends, its ")" included, or `open`
 * for none: "the Tavrin Technology Transfer Center (Gdynia)" is that center's name, as "… (Gdynia) Co., Ltd."
 * is; "Kessel Group (Germany)" is a company and a country.
 */
export function bracketedSeatEnd(toks: readonly Tok[], head: string, open: number): number {
  if (!bracketedSeatHeads.has(head)) return open
  const place = matchPlace(toks, open + 1)
  if (!place || !cityKinds.has(place.place.kind)) return open
  const close = open + 1 + place.length
  return toks[close]?.value === ')' ? close + 1 : open
}
