/**
 * Foreign towns and ports the gazetteer lacks, told by the words around them. A list of the world's towns is
 * never complete, but some frames name a place whatever the name is: "in Ferrol, Spain", "from Kericho in
 * Kenya", "the ports of Ostrava and Kemi", "the Tarsk port", "Tallinn, Ferrol and Riga", "in Kericho.".
 * The name is one or two capitalised words that are nothing else the rules know: no known place, surname,
 * given name, month, nationality, title, head or suffix word (`unknown-place-names.ts`).
 */
import { ambiguousPlaces } from '../data/ambiguous-places.js'
import { englishPinyinWords, splitPinyin } from '../data/pinyin.js'
import type { PlaceKind } from '../data/places.js'
import { isCompanyAppositive } from './brands.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { inQuotedWorkTitle } from './document-titles.js'
import { matchPlace } from './gazetteer.js'
import { proposeNatureReserve } from './nature-reserves.js'
import { isInvestedIn } from './pinyin-places.js'
import { proposeOfficeList } from './street-divisions.js'
import { dashes } from './structure-names.js'
import type { Tok } from './tokens.js'
import { isNameStart, knownWord, nameEnd } from './unknown-place-names.js'
import { capitalised, functionWord, legalForm, organisationHead } from './word-classes.js'

// Endings of English nouns written with a capital ("in Parliament", "in Mandarin" are no towns' names).
// Their plurals too, and "-graphs": "in Investments", "in Photographs" (not "-ings": "Hastings").
const englishEnding =
  /(?:ism|ity|ics|ness|ments?|tions?|sions?|ances?|ences?|ships?|ese|ish|ian|ing|ary|aries|ogy|ogies|graphs?)$/
// Lower-case words a place's kind is said with before "of": "the port of …", "the town of …".
const kindOf = new Set(['port', 'ports', 'city', 'cities', 'town', 'towns', 'village', 'harbour', 'harbor'])
// The kinds a country-level frame may name after the comma or "in": "Ferrol, Spain", "… in Galicia".
const wider: ReadonlySet<PlaceKind> = new Set(['country', 'territory', 'foreign division'])
const prepositions = new Set(['in', 'from', 'to', 'at', 'near', 'of', 'via'])
const whereWords = new Set(['in', 'from', 'at', 'near', 'via'])
// Words after "Ferrol, Spain" that leave the country the end of the phrase.
// biome-ignore format: packed list
const afterCountry = new Set([
  'in', 'on', 'at', 'for', 'from', 'to', 'with', 'last', 'this', 'next', 'since', 'during', 'by', 'where',
  'before', 'after', 'until', 'via',
])
// Verbs after which "in" names a journal, a medium or a language: "published in Nature", "spoke in …".
// biome-ignore format: packed list
const mediumVerbs = new Set([
  'published', 'written', 'spoken', 'translated', 'printed', 'speak', 'speaks', 'spoke', 'speaking', 'wrote',
  'sang', 'sung', 'broadcast', 'aired', 'indexed',
])
// Languages and scripts that are no nationality's adjective ("Chinese" is in `demonyms`): "in Mandarin.".
// biome-ignore format: packed list
const languages = new Set([
  'Mandarin', 'Putonghua', 'Cantonese', 'Hokkien', 'Latin', 'Esperanto', 'Braille', 'Hangul', 'Kanji',
  'Hiragana', 'Katakana', 'Pinyin', 'Sanskrit', 'Swahili', 'Tagalog',
])
const clauseEnd = new Set(['.', ',', ';', ':', ')', '）', '，', '。'])

/** Propose the unknown places the frames above name; none in a Title Case `heading`. */
export function proposeContextPlaces(toks: readonly Tok[], out: Candidate[], heading: boolean): void {
  if (heading) return
  for (let index = 0; index < toks.length; index++) {
    const tok = toks[index]!
    if (tok.kind !== 'word') continue
    // "of" is a function word: the bit turns most words down before their text is read.
    if (tok.flags & functionWord && tok.lower === 'of') {
      if (kindOf.has(toks[index - 1]?.value ?? '')) {
        index = proposeList(toks, index + 1, out) - 1
        continue
      }
      // "the street offices of Xinbao and Gaoling": sub-districts, named in pinyin.
      if (isOfficesOf(toks, index)) {
        index = proposeOfficeList(toks, index + 1, out) - 1
        continue
      }
    }
    // "the Houyan Crane Wetland Nature Reserve": read back from the head word.
    if (tok.value === 'Reserve') proposeNatureReserve(toks, index, out)
    if ((tok.flags & (capitalised | knownWord)) !== capitalised) continue
    if (tok.value === 'Street' && isLowerSubdistrict(toks, index)) {
      out.push(contextPlace(toks, index - 1, index + 1))
      continue
    }
    // "the Tarsk - Vanino line": a town named like a given name, at one end of a route to a known place.
    if (ambiguousPlaces.has(tok.base) && isRouteEnd(toks, index, index + 1)) {
      out.push(contextPlace(toks, index, index + 1))
      continue
    }
    const to = nameEnd(toks, index)
    if (to === index || !startsHere(toks, index)) continue
    if (namedByFrame(toks, index, to)) out.push(contextPlace(toks, index, to))
    else if (isRegionName(toks, index, to)) out.push(contextPlace(toks, index, to + 1))
    index = to - 1
  }
}

// Whether "Street" at `at` ends a sub-district whose pinyin name lost its capital: "carried out in
// xinbaotan Street, where …". A lower-case word before a capitalised "Street" is no English phrase; the
// word must be pinyin of two syllables or more, after "in", "of" or "at", and no name may go on
// ("xinbaotan Street Office" is a body's).
function isLowerSubdistrict(toks: readonly Tok[], at: number): boolean {
  const word = toks[at - 1]
  if (word?.kind !== 'word' || word.flags & capitalised || !whereOf.has(toks[at - 2]?.lower ?? ''))
    return false
  if (isNameStart(toks[at + 1]) || englishPinyinWords.has(word.lower)) return false
  return (splitPinyin(word.lower)?.length ?? 0) > 1
}
const whereOf = new Set(['in', 'of', 'at'])

// Whether the "of" at `at` follows the sub-districts' offices: "the street offices of", "the
// subdistricts of" (a list of their names follows).
function isOfficesOf(toks: readonly Tok[], at: number): boolean {
  const before = toks[at - 1]?.lower
  if (before === 'subdistricts' || before === 'sub-districts') return true
  return (before === 'offices' || before === 'office') && toks[at - 2]?.lower === 'street'
}

// Whether the name `[from, to)` stands in a frame that makes it a place.
function namedByFrame(toks: readonly Tok[], from: number, to: number): boolean {
  const before = toks[from - 1]
  const after = toks[to]
  // "Ferrol, Spain": not "Lin Wei, China's envoy" nor "According to Haldor, Germany has", where the
  // country starts a clause of its own.
  const country = after?.value === ',' && countryEndsPhrase(toks, to + 1) && !isAttribution(toks, from)
  if (before?.kind === 'word' && prepositions.has(before.lower)) {
    // "from Kericho in Kenya", "in Kericho, Kenya opened …"; after "to" and "of" the country must end the
    // phrase: "Thanks to Vantor, Chile and Peru agreed". A company is written with its country too, so the
    // comma frame needs a preposition before it ("made by Velmot, Germany" is a company's).
    const where =
      country || (whereWords.has(before.lower) && after?.value === ',' && widerPlaceAt(toks, to + 1))
    if (where || (after?.lower === 'in' && widerPlaceAt(toks, to + 1))) return true
    // "his training partners in Kericho.": a name alone at the end of a clause after "in" is where.
    if (before.lower === 'in' && (!after || clauseEnd.has(after.value)) && inAlone(toks, from, to))
      return true
    // "based in Wollerau near Geneva": a town near a known place is where.
    if (before.lower === 'in' && after?.lower === 'near' && placeAfter(toks, to + 1) !== undefined)
      return inAlone(toks, from, to)
    if (before.lower === 'from' && after?.value === ',' && isCompanysOrigin(toks, from - 1)) return true
  }
  if (isTripEnd(toks, from, to) || isRouteEnd(toks, from, to)) return true
  // "the Tarsk port": the name before a lower-case "port" (not "port area", a part of a port).
  if (after?.value === 'port' && before?.kind === 'word' && !(before.flags & capitalised)) {
    return !/^(?:area|areas|zone|city)$/.test(toks[to + 1]?.lower ?? '')
  }
  return inListOfPlaces(toks, from, to)
}

// Whether the name `[from, to)` is one end of a trip whose other end is a known place: "by bus from Houyan
// to Xinbao", "flights from Xinbao to Houyan". The sentence must speak of travel: "emails from Lumina to
// Xinbao customers" and "the cup passed from Novak to Xinbao" name no trip. Weekdays ("from Monday to
// Friday"), heads ("from Group A to Group B") and surnames are no unknown names; two unknown ends ("from
// Alpha to Omega") say nothing.
// biome-ignore format: packed list
const travelWords = new Set([
  'bus', 'buses', 'train', 'trains', 'flight', 'flights', 'fly', 'flies', 'flew', 'route', 'routes', 'ferry',
  'ferries', 'ship', 'ships', 'sail', 'sails', 'sailed', 'voyage', 'drive', 'drove', 'travel', 'travelled',
  'traveled', 'trip', 'trips', 'journey', 'rail', 'railway', 'line', 'lines', 'road', 'highway', 'expressway',
  'kilometers', 'kilometres', 'km', 'minutes', 'hours', 'service', 'services', 'shuttle', 'metro', 'tunnel',
  'bridge', 'pipeline', 'freight', 'cargo', 'containers', 'shipping', 'passengers',
])
function isTripEnd(toks: readonly Tok[], from: number, to: number): boolean {
  const before = toks[from - 1]?.lower
  if ((before !== 'from' && before !== 'to') || !toks.some((tok) => travelWords.has(tok.lower))) return false
  if (before === 'from') return toks[to]?.lower === 'to' && placeAfter(toks, to + 1) !== undefined
  if (before !== 'to' || toks[to - 1]!.possessive) return false
  const start = placeBefore(toks, from - 1)
  return start !== undefined && toks[start - 1]?.lower === 'from'
}

// Whether the name `[from, to)` is one end of a route written with a spaced dash to a known place, with the
// route's noun after: "the Tarsk - Vanino line", "the Vanino - Tarsk railway"; not "the Tarsk - Vanino
// talks" nor a dash between two unknown names.
// biome-ignore format: packed list
const routeNouns = new Set([
  'line', 'lines', 'railway', 'railways', 'rail', 'route', 'routes', 'corridor', 'highway', 'expressway',
  'road', 'link', 'pipeline', 'service', 'services', 'section',
])
function isRouteEnd(toks: readonly Tok[], from: number, to: number): boolean {
  if (toks[to - 1]!.possessive) return false
  if (dashes.has(toks[to]?.value ?? '') && toks[to]!.spaced) {
    const end = placeAfter(toks, to + 1)
    return end !== undefined && routeNouns.has(toks[end]?.lower ?? '')
  }
  const dash = toks[from - 1]
  if (!dashes.has(dash?.value ?? '') || !toks[from]!.spaced) return false
  return placeBefore(toks, from - 1) !== undefined && routeNouns.has(toks[to]?.lower ?? '')
}

// Whether "the" and a lower-case "region" frame the name `[from, to)`: "the Kansai region" is a place, as
// "the Arctic region" is (known places take the word in place-suffix.ts). English nouns ("the Community
// region") and nationalities ("the Nordic region") are left to other rules.
function isRegionName(toks: readonly Tok[], from: number, to: number): boolean {
  const after = toks[to]
  if (after?.value !== 'region' || !after.spaced || toks[from - 1]?.lower !== 'the') return false
  for (let index = from; index < to; index++) if (englishEnding.test(toks[index]!.lower)) return false
  return !toks[to - 1]!.possessive
}

// "the ports of Vanino and Tarsk Gavan": the names of a list after "ports of"; known ones are the
// gazetteer's. Returns the index after the list.
function proposeList(toks: readonly Tok[], at: number, out: Candidate[]): number {
  let index = at
  for (;;) {
    const tok = toks[index]
    if (tok?.kind !== 'word' || !(tok.flags & capitalised)) return index
    const known = matchPlace(toks, index)
    const to = known ? index + known.length : nameEnd(toks, index)
    if (to === index || isNameStart(toks[to])) return index
    if (!known) out.push(contextPlace(toks, index, to))
    const next = toks[to]
    if (next?.value !== ',' && next?.lower !== 'and') return to
    index = to + 1
  }
}

// Whether the name `[from, to)` is an item after the first of a list of known places: "Tallinn, Ferrol and
// Riga", "Tallinn, Riga and Ferrol". Not the first: "Thanks to Haldor, Germany and Chile agreed".
function inListOfPlaces(toks: readonly Tok[], from: number, to: number): boolean {
  const left = isSeparator(toks[from - 1]) ? placeBefore(toks, from - 1) : undefined
  if (left === undefined) return false
  // "Velmot, Germany and Carrow, France": names paired with their countries may be companies.
  if (toks[to]?.value === ',' && widerPlaceAt(toks, to + 1) && widerPlaceAt(toks, left)) return false
  if (isSeparator(toks[to]) && placeAfter(toks, to + 1) !== undefined) return true
  return (
    toks[from - 1]!.lower === 'and' &&
    toks[left - 1]?.value === ',' &&
    placeBefore(toks, left - 1) !== undefined
  )
}

function isSeparator(tok: Tok | undefined): boolean {
  return tok !== undefined && (tok.value === ',' || tok.lower === 'and')
}

// The first index of a known place that ends right before `at` and stands alone (no name runs into it).
function placeBefore(toks: readonly Tok[], at: number): number | undefined {
  for (let from = Math.max(0, at - 3); from < at; from++) {
    const match = matchPlace(toks, from)
    if (match && from + match.length === at && !runsIntoPlace(toks[from - 1])) return from
  }
  return undefined
}

// The index after a known place starting at `at` that stands alone ("Riga", not "Riga Shipping").
function placeAfter(toks: readonly Tok[], at: number): number | undefined {
  const match = matchPlace(toks, at)
  return match ? endAlone(toks, at + match.length) : undefined
}

// `to`, the end of a place, when no possessive and no further name word follows the place; else undefined.
function endAlone(toks: readonly Tok[], to: number): number | undefined {
  return toks[to - 1]!.possessive || isNameStart(toks[to]) ? undefined : to
}

// Whether a country or a foreign division that stands alone starts at `at`: "Spain", not "Spain's" nor
// "China Merchants".
function widerPlaceAt(toks: readonly Tok[], at: number): boolean {
  return widerPlaceEnd(toks, at) !== undefined
}

// The index after a country or a foreign division that stands alone at `at`, or undefined.
function widerPlaceEnd(toks: readonly Tok[], at: number): number | undefined {
  const match = matchPlace(toks, at)
  return match !== undefined && wider.has(match.place.kind) ? endAlone(toks, at + match.length) : undefined
}

// Whether a country or a foreign division at `at` ends a phrase: punctuation or a preposition follows.
function countryEndsPhrase(toks: readonly Tok[], at: number): boolean {
  const to = widerPlaceEnd(toks, at)
  if (to === undefined) return false
  const next = toks[to]
  return !next || (next.kind === 'word' ? afterCountry.has(next.lower) : next.value !== '-')
}

// Whether the "from" at `at` says where a company named right before is from: "Koivumet Oy, from Kokkola,
// will build …". Only after a legal form or a body's head word: after a person ("Ann Berg, from Velmot,
// said") the name is as often her employer's.
function isCompanysOrigin(toks: readonly Tok[], at: number): boolean {
  if (toks[at - 1]?.value !== ',') return false
  const last = toks[at - 2]?.value === '.' ? toks[at - 3] : toks[at - 2]
  return last !== undefined && (last.flags & (legalForm | organisationHead)) !== 0
}

// Whether "according to" comes right before `at`: what follows the name is what the person said.
function isAttribution(toks: readonly Tok[], at: number): boolean {
  return toks[at - 1]?.lower === 'to' && toks[at - 2]?.lower === 'according'
}

/** Whether the "in" at `at` follows a verb after which it names a journal or a language ("published in"). */
export function namesMedium(toks: readonly Tok[], at: number): boolean {
  return mediumVerbs.has(toks[at - 1]?.lower ?? '')
}

// Whether "in" and the name `[from, to)` alone say where: not "invested in …", not "in Kericho, a maker of
// …", and no English noun.
function inAlone(toks: readonly Tok[], from: number, to: number): boolean {
  if (isInvestedIn(toks, from - 1) || isCompanyAppositive(toks, to)) return false
  if (namesMedium(toks, from - 1) || languages.has(toks[from]!.base)) return false
  // 'the exhibition "Port Town: Old Xinbao in Photographs"': the title of a work says where no one is.
  if (inQuotedWorkTitle(toks, from, to)) return false
  for (let index = from; index < to; index++) if (englishEnding.test(toks[index]!.lower)) return false
  return true
}

// Whether the name may start at `at`: not a later word of a longer name ("Halvern University", "Dr. Novak");
// "The" starts a sentence ("The Kansai region …").
function startsHere(toks: readonly Tok[], at: number): boolean {
  const before = toks[at - 1]
  return before?.kind !== 'word' || !(before.flags & capitalised) || at === 0 || before.value === 'The'
}

// A capitalised word that is no function word, which would run into the place after it ("Riga" in
// "Baltic Riga", and in "Shipping Riga" too: unlike `isNameWord`, a body's head word counts).
function runsIntoPlace(tok: Tok | undefined): boolean {
  return (
    tok !== undefined && tok.kind === 'word' && (tok.flags & (capitalised | functionWord)) === capitalised
  )
}

function contextPlace(toks: readonly Tok[], from: number, to: number): Candidate {
  const name = spanText(toks, from, to)
  return { from, to, type: 'place', name, rule: 'place-by-context', priority: priority.place }
}
