/**
 * Place suffixes read after a name: how many words form one ("City", "New District"), which make a known
 * place into another unit ("Xinhe Town", "Osaka Prefecture"), and divisions named after a bay or island
 * ("Xinghai Bay Subdistrict").
 */

import { divisionNamedPlaces, stateNamedPlaces } from '../data/foreign-divisions.js'
import { splitPinyin } from '../data/pinyin.js'
import { placePrefixes, placeSuffixSense } from '../data/place-suffixes.js'
import type { PlaceKind } from '../data/places.js'
import { isDigit } from '../diagnostics/characters.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { matchPlace, placeEndingAt } from './gazetteer.js'
import { isNameWord } from './name-words.js'
import { closeQuotes, isQuotedSlogan, namesOtherThing } from './structure-names.js'
import type { Tok } from './tokens.js'
import { isNameStart } from './unknown-place-names.js'
import { capitalised, suffixFirst } from './word-classes.js'

/** The suffixes that make a known place into a division of that name ("Moscow Oblast", "Dalian City"). */
export const administrative =
  /^(?:City|Province|County|District|Region|Municipality|Prefecture|Krai|Kray|Oblast|Okrug|Governorate)$/
// Divisions below a county: after a known place, a town, township, village, subdistrict or community named
// after it, a different place from the city or county of that name ("Xinhe Town" in another province than
// Xinhe). A community only with a capital: "the Dalian business community" is the city's firms.
const belowCounty = /^(?:[Tt]own|[Tt]ownship|[Vv]illage|[Ss]ubdistrict|[Ss]ub-district|Community)$/
// Divisions above a city: around a foreign city they are a unit of their own ("Tashkent Region", "Osaka
// Prefecture", "Moscow Oblast" are not the cities), written with a capital; "the Dalian region" is the city.
const aroundCity = /^(?:Region|Province|Prefecture|Oblast|Krai|Kray|Okrug|Governorate)$/

/**
 * Whether a known place of `kind` with the suffix word `last` after it names another place than the known
 * one: a town or village named after a city ("Xinhe Town"), or the province around a foreign city.
 */
export function namesOtherUnit(kind: PlaceKind, last: Tok): boolean {
  if (belowCounty.test(last.base) || feature.test(last.base)) return true
  if (last.value === 'State' || last.value === 'Division') return true
  return kind === 'world city' && aroundCity.test(last.base)
}

/**
 * How many tokens at `at` form a place suffix ("City", "New District"); lower case allowed after a known
 * place. In a Title Case `heading` (default false) a capital does not make a bay of "Bay".
 */
export function placeSuffixLength(
  toks: readonly Tok[],
  at: number,
  afterKnown: boolean,
  heading = false,
): number {
  const first = toks[at]
  if (!first?.spaced || first.kind !== 'word') return 0
  if (!(first.flags & suffixFirst)) return afterKnown ? knownOnlySuffix(toks, at, heading) : 0
  const second = toks[at + 1]
  if (second?.spaced && second.kind === 'word' && !first.possessive) {
    const pair = `${accept(first.value, afterKnown)} ${accept(second.base, afterKnown)}`
    if (placeSuffixSense.get(pair) === 'place')
      return afterKnown || !isGenericGrouping(toks, at, pair) ? 2 : 0
  }
  const single = accept(first.base, afterKnown)
  if (placeSuffixSense.get(single) !== 'place') return 0
  if (afterKnown && namesVillagesStaff(toks, at)) return 0
  // "Jinzhou Bay", "Xinbao Island": a bay or an island named after a city, in Title Case, is a place of
  // its own; "Xinbao Bay Bridge" is a structure, and the city stays the place.
  if (afterKnown && feature.test(first.base)) {
    return heading || namesOtherThing(toks, at + 1) || quotedNameGoesOn(toks, at + 1) ? 0 : 1
  }
  // "the Dalian business community" is the city's firms, and in a heading a capital says nothing.
  if (afterKnown && first.base.toLowerCase() === 'community' && (heading || first.base === 'community')) {
    return 0
  }
  // "Liaoning coastal economic belt" is not "Liaoning" + "Area"; only administrative words follow a name.
  return afterKnown && !administrative.test(single) && !belowCounty.test(single) ? 0 : 1
}

// Regional groupings a capitalised English word may stand before without naming one: "the Coastal
// Economic Belt" of a plan's title is no place; "the Xinbao Coastal Economic Belt" is.
const groupings = new Set(['Economic Belt', 'Economic Circle', 'Economic Rim', 'City Cluster'])

// Whether the grouping `pair` at `at` follows one capitalised word that is neither pinyin nor a known place,
// with no name word before it.
function isGenericGrouping(toks: readonly Tok[], at: number, pair: string): boolean {
  const word = toks[at - 1]
  if (!groupings.has(pair) || word?.kind !== 'word' || isNameWord(toks[at - 2])) return false
  return !splitPinyin(word.baseLower) && !matchPlace(toks, at - 1)
}

// Plural nouns for a city's people after its "Village" or "Town": "Xinbao Village Party Secretaries" are
// the village Party secretaries of Xinbao, the city, not of a village named after it.
const staffNouns = new Set(['secretaries', 'cadres', 'officials', 'heads', 'chiefs'])
const villageWords = new Set(['Village', 'village', 'Town', 'town', 'Township', 'township'])

// Whether the "Village" at `at` is followed by "Party Secretaries" or another such plural, after a known
// place larger than a locality (a town or sub-district's own name keeps its village: "Gaoquanpu Village").
function namesVillagesStaff(toks: readonly Tok[], at: number): boolean {
  const next = toks[at + 1]
  if (!villageWords.has(toks[at]!.value) || next?.kind !== 'word' || !next.spaced) return false
  const noun = next.lower === 'party' ? toks[at + 2] : next
  if (!noun?.spaced || !staffNouns.has(noun.lower)) return false
  const from = placeEndingAt(toks, at)
  return from !== undefined && matchPlace(toks, from)?.place.kind !== 'locality'
}

const knownOnlyWords = new Set(['Channel', 'State', 'Division'])

// Suffixes read only after a known place, as the last word of the name: a waterway ("the Laoshan Channel",
// next to "Bohai Strait"), a Nigerian-style state ("Jigawa State" is the state, "Lagos State" not the city)
// and a Bangladeshi division ("Rangpur Division"; "the Asia Division" of a firm is none).
// Elsewhere they are a body's or a medium's words ("Discovery Channel", "State Council"), as before another
// capitalised word ("Lagos State Government", "Ohio State University"); not in a Title Case heading.
function knownOnlySuffix(toks: readonly Tok[], at: number, heading: boolean): number {
  const value = toks[at]!.value
  if (!knownOnlyWords.has(value) || heading || toks[at - 1]!.possessive) return 0
  if (isNameStart(toks[at + 1]) || namesOtherThing(toks, at + 1)) return 0
  const from = placeEndingAt(toks, at)
  const place = from === undefined ? undefined : matchPlace(toks, from)?.place
  // A city's or a country's "Channel" is a television channel ("the Dalian Channel"); a state is one of
  // the countries that name theirs "<X> State": "Texas State" is a university's or a team's short name.
  if (value === 'State') return place !== undefined && stateNamedPlaces.has(place.name) ? 1 : 0
  if (value === 'Division') {
    return place !== undefined && divisionNamedPlaces.has(place.name) && !ofBody(toks, at + 1) ? 1 : 0
  }
  return place !== undefined && !cityOrLarger.has(place.kind) ? 1 : 0
}

// Whether "of" and a capitalised name that is no known place stand at `at`: "the Sylhet Division of Harwick
// Bank" is the bank's unit; "the Sylhet Division of Bangladesh" the country's.
function ofBody(toks: readonly Tok[], at: number): boolean {
  if (toks[at]?.value !== 'of') return false
  const start = toks[at + 1]?.value === 'the' ? at + 2 : at + 1
  const tok = toks[start]
  return tok?.kind === 'word' && (tok.flags & capitalised) !== 0 && matchPlace(toks, start) === undefined
}

const cityOrLarger: ReadonlySet<PlaceKind> = new Set([
  'country',
  'territory',
  'provincial-level division',
  'prefecture-level division',
  'county-level city',
  'world city',
])

// Whether capitalised words from `at` run on to a closing quote: the feature is a word of a quoted brand
// or product ("a "Xinbao Sea Cucumber" stall", "the "Gaoling Island Pearl" label"), where the city stays
// the place. A division after the feature ("Jinzhou Bay Subdistrict") is read as one.
function quotedNameGoesOn(toks: readonly Tok[], at: number): boolean {
  let index = at
  while (index < at + 3 && toks[index]?.kind === 'word' && toks[index]!.flags & capitalised) index++
  if (index === at || toks[index]?.kind === 'word' || divisionAfter(toks, at)) return false
  return closeQuotes.has(toks[index]?.value ?? '')
}

// A suffix word as the list has it: after a known place any case is accepted ("Dalian city"). Most are in
// Title Case already, and joining a copy would make a new string to hash.
function accept(value: string, afterKnown: boolean): string {
  if (!afterKnown) return value
  const code = value.charCodeAt(0)
  return code >= 65 && code <= 90 ? value : value[0]!.toUpperCase() + value.slice(1)
}

/**
 * Natural features named after a known place, written with a capital ("Jinzhou Bay", not "Dalian's bay"),
 * and the basins, trenches and seamounts of the sea floor ("the Chile Basin" is not Chile).
 */
export const feature = new RegExp(
  '^(?:Bay|Gulf|Sea|Harbour|Harbor|Peninsula|Island|Islands|Strait|Channel|Coast|Lake|River|Valley|' +
    'Basin|Reservoir|Trench|Trough|Seamounts?|Ridge|Shelf)$',
)

// Landforms a division below a county may be named after ("Xinghai Bay Subdistrict").
const landform = /^(?:Bay|Gulf|Sea|Harbour|Harbor|Peninsula|Island|Islands|Coast|Lake|River|Mountain|Valley)$/
// A reservoir is named after the river it dams ("the Xinbao River Reservoir"), one place, not the river.
const divisionWords = /^(?:Subdistrict|Sub-district|Village|Community|District|County|Reservoir)$/

/**
 * How many tokens at `at` name a division after the place suffix ending there: "Lianyun Island Town" is a
 * town named after the island it is on, "Xinghai Bay Subdistrict" a subdistrict named after the bay, one
 * place each, not the island or bay. A town or township may follow any suffix; the others only a landform.
 */
export function divisionAfter(toks: readonly Tok[], at: number): number {
  const tok = toks[at]
  const last = toks[at - 1]!
  if (tok?.kind !== 'word' || !tok.spaced || last.possessive) return 0
  if (tok.base === 'Town' || tok.base === 'Township') return 1
  if (!landform.test(last.base)) return 0
  if (tok.value === 'New' && /^(?:District|Area)$/.test(toks[at + 1]?.base ?? '')) return 2
  return divisionWords.test(tok.base) ? 1 : 0
}

// The first word of a prefix → the token that must follow it ("of" in "Gulf of"), or ''.
// Not "Port of" or "City of": a port is also the company that runs it, and "the City of …" its government.
// The parser keeps the full stop of "Mt." on the word before a capitalised one; "Mt.Halla" parts it.
// "Tanjung" (Malay and Indonesian "cape") names a cape or a port: "Tanjung Priok", "Tanjung Emas".
const prefixFirst: ReadonlyMap<string, string> = new Map(
  [...placePrefixes, 'Tanjung']
    .filter((prefix) => !/^(?:Port|City) of$/.test(prefix))
    .flatMap((prefix): [string, string][] => {
      const [first, rest] = prefix.split(' ')
      return first!.endsWith('.')
        ? [
            [first!, ''],
            [first!.slice(0, -1), '.'],
          ]
        : [[first!, rest ?? '']]
    }),
)

/**
 * Propose the place named by a prefix and one capitalised word at `at` ("Lake Baikal", "Mount Tai", "Gulf
 * of Riga", "Mt. Halla"). Not after a capitalised word, whose suffix the word is ("Xinbao Lake Park"),
 * nor before one ("Lake Baikal Resort" is left to the rules for bodies); in a Title Case `heading` only a
 * pinyin or known name ("Mount Everest Draws Climbers" but not "Lake Views Sell").
 */
export function proposePrefixedPlace(
  toks: readonly Tok[],
  at: number,
  out: Candidate[],
  heading: boolean,
): void {
  const to = prefixedPlaceEnd(toks, at, heading)
  if (!to) return
  const name = spanText(toks, at, to)
  out.push({ from: at, to, type: 'place', name, rule: 'place-suffix', priority: priority.placeLong })
}

function prefixedPlaceEnd(toks: readonly Tok[], at: number, heading: boolean): number {
  const follow = prefixFirst.get(toks[at]!.value)
  if (follow === undefined || toks[at]!.possessive) return 0
  const before = toks[at - 1]
  if (before?.kind === 'word' && before.flags & capitalised) return 0
  // "output reached 5 Mt. Coal …": after a number "Mt" is megatonnes, and the capital starts a sentence.
  if (follow !== 'of' && isDigit(before?.value.charCodeAt(0) ?? 0) && toks[at]!.value.startsWith('Mt'))
    return 0
  let name = at + 1
  if (follow) {
    const next = toks[name]
    if (next?.value !== follow || next.spaced === (follow === '.')) return 0
    name++
  }
  const tok = toks[name]
  if (!tok?.spaced || !isNameWord(tok) || tok.flags & suffixFirst) return 0
  const after = toks[name + 1]
  if (!tok.possessive && after?.kind === 'word' && after.spaced && after.flags & capitalised) return 0
  if (heading && !splitPinyin(tok.baseLower) && !matchPlace(toks, name)) return 0
  // A quoted title of English words is a show's or a brand's: the dance drama "Lake of Lanterns".
  if (toks[at - 1]?.kind !== 'word' && isQuotedSlogan(toks, name, name + 1, name + 1)) return 0
  return name + 1
}

// Without a known place before it a suffix or a zone's is written in Title Case: "the city", "the port
// area" start none.
const titleSuffixFirst = suffixFirst | capitalised

/**
 * Whether a capitalised word a place suffix can start with is among `toks[from..to)`, so the suffix rule
 * only looks near one.
 */
export function suffixWithin(toks: readonly Tok[], from: number, to: number): boolean {
  for (let index = from; index < to && index < toks.length; index++) {
    const tok = toks[index]!
    if (tok.kind === 'word' && (tok.flags & titleSuffixFirst) === titleSuffixFirst) return true
  }
  return false
}

/**
 * Whether the capitalised words `[from, to)` before a suffix in a Title Case heading name a place: each is
 * pinyin or a known place ("Xiwan Village", "Dalian Bay"), or the suffix is a foreign division ("Primorsky
 * Krai"). "Island Towns Raise Sea Cucumbers" and "Coastal Area" are words, not names.
 */
export function isHeadingPlace(toks: readonly Tok[], from: number, to: number): boolean {
  if (foreignDivision.test(toks[to]!.base)) return true
  for (let index = from; index < to; index++) {
    if (!splitPinyin(toks[index]!.baseLower) && !matchPlace(toks, index)) return false
  }
  return true
}

// Not "Autonomous": "Helps Fuxin Mongolian Autonomous County" in a heading is a verb and a county.
const foreignDivision = /^(?:Krai|Kray|Oblast|Okrug|Governorate|Voivodeship|Prefecture)$/
