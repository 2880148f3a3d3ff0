/**
 * Places: gazetteer names (countries, provinces, cities, regions) and names with a place suffix
 * ("… City", "… New District", "… Economic Zone"), and hyphenated pairs ("Shanghai-Dalian"). The rules for
 * suffixes, zones, structures, autonomous units, pinyin and hyphenated names are in modules of their own.
 */
import { months, weekdays } from '../data/dates.js'
import { demonyms } from '../data/demonyms.js'
import { theOnlyRegions } from '../data/foreign-regions.js'
import { hongKongMacaoDistricts, hongKongWordDistricts } from '../data/hong-kong-macao-taiwan.js'
import { isPinyinName, splitPinyin } from '../data/pinyin.js'
import type { PlaceKind } from '../data/places.js'
import { autonomousUnitStart } from './autonomous-units.js'
import { bracketedZoneEnd, bracketedZoneStart } from './bracketed-zones.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { namesMedium, proposeContextPlaces } from './context-places.js'
import { inQuotedWorkTitle } from './document-titles.js'
import { inNameSlot, proposeFramedPlace } from './framed-places.js'
import { matchPlace, type PlaceMatch, placeEndingAt } from './gazetteer.js'
import { dashJoinedZoneEnd, dashPairStart, isKoreanDivision, proposeHyphenated } from './hyphenated-places.js'
import { localityEnd, namesStyle, ownedRegion } from './local-places.js'
import { isNameWord } from './name-words.js'
import { isInvestedIn, isPinyinOrKnown, isPinyinPlace } from './pinyin-places.js'
import { namesCurrency } from './place-currency.js'
import {
  divisionAfter,
  feature,
  isHeadingPlace,
  namesOtherUnit,
  placeSuffixLength,
  proposePrefixedPlace,
  suffixWithin,
} from './place-suffix.js'
import { proposeSquare, proposeStreetDivision } from './street-divisions.js'
import {
  closeQuotes,
  endsQuotedHonour,
  inStructureName,
  isQuotedSlogan,
  namesOtherThing,
  namesStructure,
  openQuotes,
} from './structure-names.js'
import { isTitleWord } from './titles.js'
import { isCapitalised, type Tok } from './tokens.js'
import {
  allCaps,
  capitalised,
  compassPoint,
  direction,
  functionWord,
  legalForm,
  organisationHead,
  placeFirst,
  suffixFirst,
  titleFirst,
} from './word-classes.js'
import { isZoneHead, zoneCandidate, zoneNameEnd, zoneSuffixLength } from './zone-names.js'

/** Whether a place names a currency (kept here for acronyms.ts). */
export { namesCurrency } from './place-currency.js'
/** The suffixes that make a known place into a division of that name (kept here for body-tails.ts). */
export { administrative } from './place-suffix.js'

/**
 * Propose every place: gazetteer names, names with a place suffix, hyphenated pairs of places, and names
 * the words around them show to be places (`context-places.ts`). `heading` says the sentence is in Title
 * Case, where a capital letter does not make a word a name.
 */
export function proposePlaces(toks: readonly Tok[], out: Candidate[], heading = false): void {
  proposeContextPlaces(toks, out, heading)
  for (let index = 0; index < toks.length; index++) {
    const tok = toks[index]!
    // Every place rule starts at a capitalised word or a compass word ("northeast Asia").
    if (tok.kind !== 'word' || !(tok.flags & (capitalised | direction))) continue
    const match = matchPlace(toks, index)
    if (match) {
      let to = index + match.length
      if (namesCurrency(toks, index, to) || inStructureName(toks, to) || namesStyle(toks, to)) continue
      if (startsDemonym(toks, index, to) || (!heading && endsOtherName(toks, index, match))) continue
      // "China (Gaoling) Pilot Free Trade Zone": the city in brackets is a word of the zone's name.
      const bracketed = bracketedZoneEnd(toks, to)
      if (bracketed) {
        out.push(zoneCandidate(toks, bracketedZoneStart(toks, to + 1), bracketed))
        continue
      }
      // "Yingkou Economic and Technological Development Zone" is a place of its own, not Yingkou.
      const zone = toks[to - 1]!.possessive ? 0 : zoneSuffixLength(toks, to)
      if (zone) {
        out.push(zoneCandidate(toks, dashPairStart(toks, index), to + zone))
        continue
      }
      // "Dalian Changxing Island Economic Zone": a zone's own name after the city it is in.
      const named = toks[to - 1]!.possessive ? 0 : zoneNameEnd(toks, to, heading, true)
      if (named) {
        out.push(zoneCandidate(toks, dashPairStart(toks, index), named))
        continue
      }
      let suffix = toks[to - 1]!.possessive ? 0 : placeSuffixLength(toks, to, true, heading)
      let other = suffix > 0 && namesOtherUnit(match.place.kind, toks[to + suffix - 1]!)
      // "Jinzhou Bay Subdistrict": a division named after the bay, itself named after the city.
      if (suffix && feature.test(toks[to + suffix - 1]!.base)) suffix += divisionAfter(toks, to + suffix)
      to += suffix
      // "the Coral Island Countries forum": the suffix starts the name of a group of states, not a place.
      if (suffix && groupNouns.has(toks[to]?.base ?? '')) continue
      if (!suffix && startsName(toks, index, to, match.place.kind, heading)) continue
      if (
        !suffix &&
        (startsQuotedName(toks, index, to, match.place.kind) || inPlacesName(toks, index, to, match))
      )
        continue
      if (!suffix && inNameSlot(toks, index, to, match.place.name, heading)) continue
      if (!suffix && match.place.kind === 'locality' && !heading) {
        const end = localityEnd(toks, index, to)
        if (end === undefined) continue
        other = end > to
        to = end
      }
      // "North Jakarta", "the Western Balkans", "Metro Manila": a part of the place, one place of its own.
      const from = suffix ? index : qualifiedStart(toks, index, match.place.kind)
      out.push({
        from,
        to,
        type: 'place',
        name: other || from < index ? spanText(toks, from, to) : ownedRegion(toks, index, match.place.name),
        rule: suffix ? 'place-known-with-suffix' : 'place-known',
        priority: to - from > 1 ? priority.placeLong : priority.place,
      })
      continue
    }
    // "the Gulf", "the Horn of Africa": regions named so only after "the".
    const theRegion = tok.flags & capitalised ? theRegionEnd(toks, index) : 0
    if (theRegion) {
      const name = spanText(toks, index, theRegion)
      out.push({
        from: index,
        to: theRegion,
        type: 'place',
        name,
        rule: 'place-known',
        priority: priority.placeLong,
      })
      continue
    }
    // "offices in Wan Chai and Central": a district named like a word, in a list with another district.
    if (hongKongWordDistricts.has(tok.value) && inDistrictList(toks, index)) {
      out.push({
        from: index,
        to: index + 1,
        type: 'place',
        name: tok.value,
        rule: 'place-known',
        priority: priority.place,
      })
      continue
    }
    if (tok.flags & capitalised) proposeFramedPlace(toks, index, out, heading)
    // "Lake Baikal", "Gulf of Riga": a feature named by a word in front of the name.
    if (tok.flags & capitalised) proposePrefixedPlace(toks, index, out, heading)
    // "Gaoquanpu Street of Pulandian District", "Gaoquan Square": read back from the head word.
    if (tok.value === 'Street' && index > 0) proposeStreetDivision(toks, index, out)
    if (tok.value === 'Square' && index > 0) proposeSquare(toks, index, out)
    if (tok.flags & capitalised && tok.value.includes('-')) {
      if (isKoreanDivision(toks, index)) {
        out.push({
          from: index,
          to: index + 1,
          type: 'place',
          name: tok.base,
          rule: 'place-suffix',
          priority: priority.place,
        })
        continue
      }
      if (!namesStructure(toks, index + 1)) proposeHyphenated(toks, index, out)
    }
    // A pinyin place is capitalised: one bit turns most words down before the look back.
    const pinyinPlace =
      tok.flags & capitalised && toks[index - 1]?.value === 'in' && isPinyinPlace(toks, index)
    if (pinyinPlace && !isInvestedIn(toks, index - 1) && !namesMedium(toks, index - 1)) {
      out.push({
        from: index,
        to: index + 1,
        type: 'place',
        name: tok.base,
        rule: 'place-pinyin-after-in',
        priority: priority.place,
      })
    }
    if (tok.flags & compassPoint && toks[index - 1]?.value.toLowerCase() === 'the') {
      const next = toks[index + 1]
      if (!next || !isCapitalised(next.value) || !next.spaced) {
        out.push({
          from: index,
          to: index + 1,
          type: 'place',
          name: tok.base,
          rule: 'place-compass',
          priority: priority.place,
        })
      }
    }
    if (tok.flags & suffixFirst && (tok.value === 'Autonomous' || tok.value === 'Banner')) {
      const from = autonomousUnitStart(toks, index, heading)
      if (from !== undefined) {
        const to = index + (tok.value === 'Banner' ? 1 : 2)
        const name = spanText(toks, from, to)
        out.push({ from, to, type: 'place', name, rule: 'place-suffix', priority: priority.placeLong })
      }
    }
    // "Kazuo County", "Jinpu New District": capitalised words before a place suffix.
    if (!suffixWithin(toks, index + 1, index + 4)) continue
    if ((tok.flags & (capitalised | functionWord)) === capitalised && !isTitleWord(tok.value)) {
      const named = zoneNameEnd(toks, index, heading, false) || dashJoinedZoneEnd(toks, index, heading)
      if (named) {
        const from = dashPairStart(toks, bracketedZoneStart(toks, index))
        if (!endsQuotedHonour(toks, index, named)) out.push(zoneCandidate(toks, from, named))
        continue
      }
      let to = index
      while (to < index + 3 && isWordOfName(toks, to)) to++
      let suffix = to > index ? placeSuffixLength(toks, to, false) : 0
      if (suffix) suffix += divisionAfter(toks, to + suffix)
      if (
        suffix &&
        !toks[to - 1]!.possessive &&
        !(toks[to]!.base === 'Community' && !isPinyinOrKnown(toks, index, to)) &&
        !namesOtherThing(toks, to + suffix) &&
        !groupNouns.has(toks[to + suffix]?.base ?? '') &&
        !isDescriptor(toks, index, to, to + suffix) &&
        !isQuotedSlogan(toks, index, to, to + suffix) &&
        !endsQuotedHonour(toks, index, to + suffix) &&
        !(inQuotedWorkTitle(toks, index, to + suffix) && !hasOwnName(toks, index, to)) &&
        !(heading && !isHeadingPlace(toks, index, to))
      ) {
        const from = cityOfName(toks, index, to)
        out.push({
          from,
          to: to + suffix,
          type: 'place',
          name: spanText(toks, from, to + suffix),
          rule: 'place-suffix',
          priority: priority.placeLong,
        })
      }
    }
  }
}

// Whether the known place `[from, to)` and the capitalised word after it are a regional adjective:
// "Northeast Asian goods" names no place "Northeast".
function startsDemonym(toks: readonly Tok[], from: number, to: number): boolean {
  const next = toks[to]
  if (next?.kind !== 'word' || !next.spaced || !(next.flags & capitalised) || toks[to - 1]!.possessive) {
    return false
  }
  return demonyms.has(`${spanText(toks, from, to)} ${next.value}`)
}

// Words before a foreign division that name a part of it, not another thing: "Upper Assam".
const divisionPartWords = new Set(['Upper', 'Lower', 'Inner', 'Outer', 'Greater', 'Far'])

// Whether the one-word foreign division at `from` is the last word of a longer name that is no place of
// its own, a capitalised unknown word before it and a lower-case word before that: "from the Kali Velar to
// the sea" names a river, not the province "Velar" ("Indian Punjab" and "North Velar" are the division).
// Not in a Title Case heading, where every word is capitalised ("Photo Show to Tour Velar").
function endsOtherName(toks: readonly Tok[], from: number, match: PlaceMatch): boolean {
  if (match.length !== 1 || match.place.kind !== 'foreign division' || !toks[from]!.spaced) return false
  const word = toks[from - 1]
  if (word?.kind !== 'word' || word.possessive || !word.spaced) return false
  if ((word.flags & (capitalised | keepsPlace | functionWord | compassPoint)) !== capitalised) return false
  const before = toks[from - 2]
  if (before?.kind !== 'word' || before.flags & capitalised) return false
  return !demonyms.has(word.base) && !partWords.has(word.value) && !divisionPartWords.has(word.value)
}

// Hong Kong's districts and areas the gazetteer knows, which a district named like a word is listed with
// (the districts named like a word are no known place: `inDistrictList` looks for them by their words).
const hongKongDistricts: ReadonlySet<string> = new Set(hongKongMacaoDistricts)

// Whether the district named like a word at `at` ("Central") is an item of a list with another Hong Kong
// district right before or after it ("Wan Chai and Central", "Central, Sheung Wan and …"), and no
// capitalised word runs on ("Central Asia").
function inDistrictList(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]!
  const next = toks[at + 1]
  if (tok.possessive || (next?.kind === 'word' && next.spaced && next.flags & capitalised)) return false
  const before = toks[at - 1]
  if (before?.value === ',' || before?.lower === 'and' || before?.lower === 'or') {
    const start = placeEndingAt(toks, at - 1)
    if (start !== undefined && hongKongDistricts.has(matchPlace(toks, start)!.place.name)) return true
    if (hongKongWordDistricts.has(toks[at - 2]?.value ?? '')) return true
  }
  if (next?.value !== ',' && next?.lower !== 'and' && next?.lower !== 'or') return false
  const after = toks[at + 2]
  return (
    hongKongWordDistricts.has(after?.value ?? '') ||
    hongKongDistricts.has(matchPlace(toks, at + 2)?.place.name ?? '')
  )
}

// Capitalised words that name a part of a foreign place before its name: "North Jakarta", "Western
// Balkans", "Central Luzon"; "Metro" and "Greater" only before a city ("Metro Manila", "Greater Tokyo").
// biome-ignore format: packed list
const partWords = new Set([
  'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Northeast',
  'Northwest', 'Southeast', 'Southwest', 'Northeastern', 'Northwestern', 'Southeastern', 'Southwestern',
])
const cityPartWords = new Set(['Metro', 'Greater'])
const partKinds: ReadonlySet<PlaceKind> = new Set(['foreign division', 'region', 'world city'])

// Where a known foreign place at `at` starts with the part word written right before it: at that word
// ("North Queensland"), else at `at`. Not after another capitalised word ("Dalian North Station" and
// "the South China Sea" are other names) nor for China's own places and countries, whose parts the
// gazetteer lists ("South Korea", "East China").
function qualifiedStart(toks: readonly Tok[], at: number, kind: PlaceKind): number {
  const word = toks[at - 1]
  if (word?.kind !== 'word' || !toks[at]!.spaced || word.possessive || !partKinds.has(kind)) return at
  if (!partWords.has(word.value) && !(kind === 'world city' && cityPartWords.has(word.value))) return at
  const before = toks[at - 2]
  if (
    before?.kind === 'word' &&
    before.spaced &&
    (before.flags & (capitalised | functionWord)) === capitalised
  )
    return at
  return at - 1
}

// Nouns for a group of states after a place suffix: "the Coral Island Countries forum" names the group,
// not an island.
const groupNouns = new Set(['Countries', 'States', 'Nations', 'Economies', 'Members'])

// Whether the words `[from, to)` before a suffix ending at `end` describe the known place named right after
// ("Sister City Rostock", "Host City Qingdao") or after "of" ("the Hanseatic City of Kiel"): common words,
// neither pinyin nor a known place, in front of a place's own name are a description of it, not a place of
// their own.
function isDescriptor(toks: readonly Tok[], from: number, to: number, end: number): boolean {
  // "to build a Low Carbon City", "a Sponge City": after "a" common words name a kind of city, not one
  // (read from the run's first word: "Carbon City" is no place either).
  let start = from
  while (start > from - 3 && isNameWord(toks[start - 1]) && toks[start]!.spaced) start--
  const article = toks[start - 1]?.lower
  if (article === 'a' || article === 'an') return !hasOwnName(toks, start, to)
  const named = toks[end]?.value === 'of' && toks[end - 1]!.base === 'City' ? end + 1 : end
  const next = toks[named]
  if (next?.kind !== 'word' || !next.spaced || !matchPlace(toks, named)) return false
  return !hasOwnName(toks, from, to)
}

// Whether one of the words `[from, to)` is a known place or pinyin, a place's own name.
function hasOwnName(toks: readonly Tok[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    if (matchPlace(toks, index) || splitPinyin(toks[index]!.baseLower)) return true
  }
  return false
}

// Where a name of common words `[from, to)` before a place suffix starts: at the known place written right
// before them, whose name they carry ("Xinbao Innovation Valley" is one place, not Xinbao and a valley), else
// at `from`. A pinyin name is a place's own ("Xinbao Gaoling Village" is a village in Xinbao); one before
// the city is a brand's, and starts the name.
function cityOfName(toks: readonly Tok[], from: number, to: number): number {
  if (!toks[from]!.spaced || toks[from - 1]?.possessive) return from
  const start = placeEndingAt(toks, from)
  if (start === undefined) return from
  // "Xinbao Long Valley" is one spot: an English word that is also pinyin ("Long") is no place's own name.
  for (let index = from; index < to; index++) {
    if (matchPlace(toks, index) || isPinyinName(toks[index]!.baseLower)) return from
  }
  // "the Qianshan Xinbao Health Valley project": a brand word before the city starts the project's name.
  const brand = toks[start - 1]
  if (brand?.kind !== 'word' || !toks[start]!.spaced || brand.possessive) return start
  if ((brand.flags & (capitalised | functionWord | titleFirst)) !== capitalised) return start
  return splitPinyin(brand.baseLower) && !placeEndingAt(toks, start) ? start - 1 : start
}

// Whether `toks[at]` can be a word of a place's own name: a name word that starts no place suffix and is
// no zone's head.
function isWordOfName(toks: readonly Tok[], at: number): boolean {
  return isNameWord(toks[at]) && !placeSuffixLength(toks, at, false) && !isZoneHead(toks[at]!)
}

// Words after a known place that keep it a place: a place suffix, a title ("Texas Governor"), an
// organisation's head or legal form (the body outranks the place), a known place ("Dalian Jinzhou").
const keepsPlace = suffixFirst | titleFirst | organisationHead | legalForm | placeFirst | allCaps

/**
 * Whether the foreign division `toks[from..to)` is the first word of a brand or a name: a capitalised word
 * right after it that is no suffix, title, head, place or date ("Texas Instruments", "Kentucky Fried
 * Chicken"). Only a foreign division: a Chinese city's name starts events and plans that are still read as
 * the city ("Dalian International Beer Festival"). Not in a Title Case `heading` ("Dalian Welcomes Texas
 * Delegation"), nor a title's place before a name ("Governor of Ohio Dana Brook").
 */
function startsName(
  toks: readonly Tok[],
  from: number,
  to: number,
  kind: PlaceKind,
  heading: boolean,
): boolean {
  if (kind !== 'foreign division' || heading) return false
  const next = toks[to]
  if (next?.kind !== 'word' || !next.spaced || toks[to - 1]!.possessive) return false
  if ((next.flags & (capitalised | keepsPlace)) !== capitalised || namesOtherThing(toks, to)) return false
  if (months.has(next.base) || weekdays.has(next.base)) return false
  return !isTitlesPlace(toks, from)
}

// Whether the place at `from` follows a title and "of", "in" or "to", so a person's name may come after it:
// "Consul General in Bavaria Kurt Lindner".
function isTitlesPlace(toks: readonly Tok[], from: number): boolean {
  if (!/^(?:of|in|to)$/.test(toks[from - 1]?.value ?? '')) return false
  for (let index = from - 2; index >= 0 && index >= from - 7; index--) {
    if (toks[index]!.flags & titleFirst && toks[index]!.flags & capitalised) return true
  }
  return false
}

// The regions of `theOnlyRegions` by first word → the words after it ("Horn" → "of", "Africa").
const theRegions: ReadonlyMap<string, readonly string[]> = new Map(
  theOnlyRegions.map((name): [string, readonly string[]] => {
    const [first, ...rest] = name.split(' ')
    return [first!, rest]
  }),
)

// The end of a region of `theRegions` at `at`, right after a lower-case "the" ("sailed to the Gulf"), or 0.
// Not before another capitalised word or "of", which make it a word of another name ("the Gulf Cooperation
// Council", "the Gulf of Oman").
function theRegionEnd(toks: readonly Tok[], at: number): number {
  const rest = theRegions.get(toks[at]!.base)
  if (rest === undefined || toks[at - 1]?.value !== 'the') return 0
  let to = at + 1
  for (const word of rest) {
    const tok = toks[to]
    if (!tok?.spaced || (to < at + rest.length ? tok.value : tok.base) !== word) return 0
    to++
  }
  if (toks[to - 1]!.possessive) return to
  const next = toks[to]
  if (next?.kind !== 'word' || !next.spaced) return to
  return next.flags & capitalised || next.lower === 'of' ? 0 : to
}

// Whether the foreign region, city or division `[from, to)` starts a quoted name of more capitalised words:
// the tanker "Velora Dawn" or the "Arctic Star" brand names no place. The words must be no place, suffix,
// head or legal form ("the "Aral Sea Basin" project" keeps its place). A country keeps its place: the
// "Japan Week" events are about Japan.
function startsQuotedName(toks: readonly Tok[], from: number, to: number, kind: PlaceKind): boolean {
  if (!openQuotes.has(toks[from - 1]?.value ?? '') || !partKinds.has(kind)) return false
  let close = to
  while (close < to + 3 && toks[close]?.kind === 'word' && toks[close]!.spaced) {
    const flags = toks[close]!.flags
    if ((flags & (capitalised | keepsPlace)) !== capitalised) return false
    close++
  }
  return close > to && closeQuotes.has(toks[close]?.value ?? '')
}

// Whether the one-word region `[from, to)` comes between a known place and a capitalised word, as a word of
// a longer name: "the Tarvo Atlantic Free Zone" names the city and its zone, not the ocean.
function inPlacesName(toks: readonly Tok[], from: number, to: number, match: PlaceMatch): boolean {
  if (match.place.kind !== 'region' || to - from !== 1 || !toks[from]!.spaced || toks[from]!.possessive) {
    return false
  }
  const next = toks[to]
  if (next?.kind !== 'word' || !next.spaced || !(next.flags & capitalised)) return false
  return placeEndingAt(toks, from) !== undefined && !toks[from - 1]!.possessive
}
