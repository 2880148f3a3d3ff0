/**
 * Places: gazetteer names (countries, provinces, cities, regions) and names with a place suffix
 * ("… City", "… New District", "… Economic Zone"), and hyphenated pairs ("Shanghai-Dalian").
 */
import { autonomousPeoples } from '../data/chinese-places.js'
import { months } from '../data/dates.js'
import { demonyms } from '../data/demonyms.js'
import { currencyWords } from '../data/money.js'
import { englishPinyinWords, pinyinLoanWords, splitPinyin } from '../data/pinyin.js'
import { afterPlaceHeads, placeSuffixes, placeSuffixSense, structureHeads } from '../data/place-suffixes.js'
import type { PlaceKind } from '../data/places.js'
import { isCompanyAppositive } from './brands.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { matchPlace } from './gazetteer.js'
import { isNameWord, properWord } from './name-words.js'
import { isTitleWord } from './titles.js'
import { isCapitalised, shapedTok, type Tok } from './tokens.js'
import {
  capitalised,
  compassPoint,
  direction,
  functionWord,
  placeFirst,
  suffixFirst,
} from './word-classes.js'

/** Index of the first token of a known place that ends right before `at`, if any. */
export function placeEndingAt(toks: readonly Tok[], at: number): number | undefined {
  for (let from = Math.max(0, at - 4); from < at; from++) {
    const match = matchPlace(toks, from)
    if (match && from + match.length === at) return from
  }
  return undefined
}

/**
 * Propose every place: gazetteer names, names with a place suffix, hyphenated pairs of places. `heading`
 * says the sentence is in Title Case, where a capital letter does not make a word a name.
 */
export function proposePlaces(toks: readonly Tok[], out: Candidate[], heading = false): void {
  for (let index = 0; index < toks.length; index++) {
    const tok = toks[index]!
    // Every place rule starts at a capitalised word or a compass word ("northeast Asia").
    if (tok.kind !== 'word' || !(tok.flags & (capitalised | direction))) continue
    const match = matchPlace(toks, index)
    if (match) {
      let to = index + match.length
      if (namesCurrency(toks, index, to) || inStructureName(toks, to)) continue
      // "Yingkou Economic and Technological Development Zone" is a place of its own, not Yingkou.
      const zone = toks[to - 1]!.possessive ? 0 : zoneSuffixLength(toks, to)
      if (zone) {
        out.push(zoneCandidate(toks, index, to + zone))
        continue
      }
      // "Dalian Changxing Island Economic Zone": a zone's own name after the city it is in.
      const named = toks[to - 1]!.possessive ? 0 : zoneNameEnd(toks, to, heading, true)
      if (named) {
        out.push(zoneCandidate(toks, index, named))
        continue
      }
      let suffix = toks[to - 1]!.possessive ? 0 : placeSuffixLength(toks, to, true, heading)
      const other = suffix > 0 && namesOtherUnit(match.place.kind, toks[to + suffix - 1]!)
      // "Jinzhou Bay Subdistrict": a division named after the bay, itself named after the city.
      if (suffix && feature.test(toks[to + suffix - 1]!.base)) suffix += divisionAfter(toks, to + suffix)
      to += suffix
      out.push({
        from: index,
        to,
        type: 'place',
        name: other ? spanText(toks, index, to) : match.place.name,
        rule: suffix ? 'place-known-with-suffix' : 'place-known',
        priority: match.length + suffix > 1 ? priority.placeLong : priority.place,
      })
      continue
    }
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
    if (pinyinPlace && !isInvestedIn(toks, index - 1)) {
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
      const named = zoneNameEnd(toks, index, heading, false)
      if (named) {
        out.push(zoneCandidate(toks, index, named))
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
        !isDescriptor(toks, index, to, to + suffix) &&
        !isQuotedSlogan(toks, index, to, to + suffix) &&
        !(heading && !isHeadingPlace(toks, index, to))
      ) {
        out.push({
          from: index,
          to: to + suffix,
          type: 'place',
          name: spanText(toks, index, to + suffix),
          rule: 'place-suffix',
          priority: priority.placeLong,
        })
      }
    }
  }
}

/**
 * "300 US dollars", "Hong Kong dollars", "US$120 million", "US$ 5 billion": a place that with the next word,
 * or with a dollar sign written onto it, names a currency is not mentioned as a place.
 */
export function namesCurrency(toks: readonly Tok[], from: number, to: number): boolean {
  const next = toks[to]
  if (next && !next.spaced && next.value[0] === '$') return true
  if (next?.kind !== 'word' || !next.spaced) return false
  let words = ''
  for (let index = from; index < to; index++) words += `${toks[index]!.lower} `
  return currencyWords.has(words + next.lower)
}

// Whether a word a place suffix can start with is among `toks[from..to)`, so the suffix rule only looks
// near one.
function suffixWithin(toks: readonly Tok[], from: number, to: number): boolean {
  for (let index = from; index < to && index < toks.length; index++) {
    const tok = toks[index]!
    if (tok.kind === 'word' && tok.flags & suffixFirst) return true
  }
  return false
}

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
function namesOtherUnit(kind: PlaceKind, last: Tok): boolean {
  if (belowCounty.test(last.base) || feature.test(last.base)) return true
  return kind === 'world city' && aroundCity.test(last.base)
}

// How many tokens at `at` form a place suffix ("City", "New District"); lower case allowed after a known
// place. In a Title Case `heading` a capital does not make a bay of "Bay".
function placeSuffixLength(toks: readonly Tok[], at: number, afterKnown: boolean, heading = false): number {
  const first = toks[at]
  if (!first?.spaced || first.kind !== 'word') return 0
  if (!(first.flags & suffixFirst)) return 0
  const title = (value: string) => value[0]!.toUpperCase() + value.slice(1)
  const second = toks[at + 1]
  const accept = (value: string) => (afterKnown ? title(value) : value)
  if (second?.spaced && second.kind === 'word' && !first.possessive) {
    const pair = `${accept(first.value)} ${accept(second.base)}`
    if (placeSuffixSense.get(pair) === 'place') return 2
  }
  const single = accept(first.base)
  if (placeSuffixSense.get(single) !== 'place') return 0
  // "Jinzhou Bay", "Xinbao Island": a bay or an island named after a city, in Title Case, is a place of
  // its own; "Xinbao Bay Bridge" is a structure, and the city stays the place.
  if (afterKnown && feature.test(first.base)) return heading || namesOtherThing(toks, at + 1) ? 0 : 1
  // "the Dalian business community" is the city's firms, and in a heading a capital says nothing.
  if (afterKnown && first.base.toLowerCase() === 'community' && (heading || first.base === 'community')) {
    return 0
  }
  // "Liaoning coastal economic belt" is not "Liaoning" + "Area"; only administrative words follow a name.
  return afterKnown && !administrative.test(single) && !belowCounty.test(single) ? 0 : 1
}

// Natural features named after a known place, written with a capital ("Jinzhou Bay", not "Dalian's bay").
const feature = /^(?:Bay|Gulf|Sea|Harbour|Harbor|Peninsula|Island|Islands|Strait|Coast|Lake|River)$/

// Zones and parks of several words ("Economic and Technological Development Zone"), longest first. One word
// ("Port", "Zone") is left out: "Dalian Port" is as often the company as the place.
const zoneSuffixes = placeSuffixes
  .filter(({ sense, suffix }) => sense === 'either' && suffix.includes(' '))
  .map(({ suffix }) => suffix.split(' '))
const zoneFirstWords = new Set(zoneSuffixes.map((words) => words[0]!))

// How many tokens at `at` form a zone suffix written in Title Case, after a known place ("Yingkou …").
function zoneSuffixLength(toks: readonly Tok[], at: number): number {
  if (!zoneFirstWords.has(toks[at]?.value ?? '')) return 0
  for (const words of zoneSuffixes) {
    let offset = 0
    while (offset < words.length) {
      const tok = toks[at + offset]
      if (!tok?.spaced || tok.kind !== 'word' || (offset < words.length - 1 && tok.possessive)) break
      if ((offset === words.length - 1 ? tok.base : tok.value) !== words[offset]) break
      offset++
    }
    if (offset === words.length) return offset
  }
  return 0
}

// "Northern Sea Route", "Lanwan Bay Bridge": a word after the suffix that makes the name a route, a
// structure or an event, not the place.
function namesOtherThing(toks: readonly Tok[], at: number): boolean {
  const next = toks[at]
  return next?.kind === 'word' && next.spaced && afterPlaceHeads.has(next.value)
}

// Landforms a division below a county may be named after ("Xinghai Bay Subdistrict").
const landform = /^(?:Bay|Gulf|Sea|Harbour|Harbor|Peninsula|Island|Islands|Coast|Lake|River|Mountain|Valley)$/
const divisionWords = /^(?:Subdistrict|Sub-district|Village|Community|District|County)$/

/**
 * How many tokens at `at` name a division after the place suffix ending there: "Lianyun Island Town" is a
 * town named after the island it is on, "Xinghai Bay Subdistrict" a subdistrict named after the bay, one
 * place each, not the island or bay. A town or township may follow any suffix; the others only a landform.
 */
function divisionAfter(toks: readonly Tok[], at: number): number {
  const tok = toks[at]
  const last = toks[at - 1]!
  if (tok?.kind !== 'word' || !tok.spaced || last.possessive) return 0
  if (tok.base === 'Town' || tok.base === 'Township') return 1
  if (!landform.test(last.base)) return 0
  if (tok.value === 'New' && /^(?:District|Area)$/.test(toks[at + 1]?.base ?? '')) return 2
  return divisionWords.test(tok.base) ? 1 : 0
}

/**
 * Whether the known place ending before `at` is a word of a road's or structure's name: "Xi'an Road",
 * "Zhongshan Square", "Shenyang North Station", "the Shenyang–Dalian Expressway" (both places). Such a
 * name mentions no city ("Dalian Road Administration" is a body, which outranks a place anyway).
 */
function inStructureName(toks: readonly Tok[], at: number): boolean {
  if (toks[at - 1]!.possessive) return false
  if (namesStructure(toks, at)) return true
  // "Shenyang–Dalian Expressway": the first of two places joined by a dash.
  const dash = toks[at]
  if (dash?.kind !== 'punctuation' || dash.spaced || !dashes.has(dash.value) || toks[at + 1]?.spaced) {
    return false
  }
  const next = matchPlace(toks, at + 1)
  return next !== undefined && namesStructure(toks, at + 1 + next.length)
}

const dashes = new Set(['-', '–', '—'])

// Whether a road or structure word starts at `at`, maybe after a compass word or "Railway" ("Dalian North
// Railway Station").
function namesStructure(toks: readonly Tok[], at: number): boolean {
  let tok = toks[at]
  if (tok?.kind !== 'word' || !tok.spaced) return false
  if (tok.flags & compassPoint) tok = toks[++at]
  if (tok?.value === 'Railway') tok = toks[++at]
  return tok?.kind === 'word' && tok.spaced && structureHeads.has(tok.base)
}

// Whether the words `[from, to)` before a suffix ending at `end` describe the known place named right after
// ("Sister City Rostock", "Host City Qingdao"): common words, neither pinyin nor a known place, in front
// of a place's own name are a description of it, not a place of their own.
function isDescriptor(toks: readonly Tok[], from: number, to: number, end: number): boolean {
  const next = toks[end]
  if (next?.kind !== 'word' || !next.spaced || !matchPlace(toks, end)) return false
  for (let index = from; index < to; index++) {
    const tok = toks[index]!
    if (matchPlace(toks, index) || splitPinyin(tok.baseLower)) return false
  }
  return true
}

const openQuotes = new Set(['"', '“'])
const closeQuotes = new Set(['"', '”'])

// Whether the words `[from, to)` and the suffix ending at `end` close a short quoted term and are English
// words, neither pinyin nor a known place: a programme's name or a slogan ("the “Blue Bay” action", "the
// theme “Cheers Xinbao, Romantic Seaside City”"), not a place, which is not put in quotation marks.
function isQuotedSlogan(toks: readonly Tok[], from: number, to: number, end: number): boolean {
  if (!closeQuotes.has(toks[end]?.value ?? '')) return false
  let open = from - 1
  while (open > from - 8 && open >= 0 && !openQuotes.has(toks[open]!.value)) {
    if (closeQuotes.has(toks[open]!.value)) return false
    open--
  }
  if (!openQuotes.has(toks[open]?.value ?? '')) return false
  for (let index = from; index < to; index++) {
    const tok = toks[index]!
    if (matchPlace(toks, index) || splitPinyin(tok.baseLower)) return false
  }
  return true
}

// Ends of an autonomous area ("… Autonomous County") and the wing words of a banner's name ("Left Wing").
const autonomousUnits = /^(?:County|Prefecture|Region|Banner)$/
const wings = /^(?:Left|Right|Front|Middle|Rear|Back|Wing)$/

/**
 * Where an autonomous area or a banner ended by the "Autonomous" or "Banner" at `at` starts: its own name
 * (one or two words), a wing, and for an autonomous area the peoples it is named after — "Fuxin Mongolian
 * Autonomous County", "Harqin Left Wing Mongolian Autonomous County", "Weichang Manchu and Mongol
 * Autonomous County", "Horqin Left Wing Rear Banner". Read whole, so neither "Fuxin" nor "Mongolian
 * Autonomous County" is taken for a place of its own. Undefined when no people comes before "Autonomous",
 * no wing before "Banner" (the suffix rule reads "Jarud Banner"), no name before them, or the whole is a
 * known place ("Xinjiang Uygur Autonomous Region").
 */
function autonomousUnitStart(toks: readonly Tok[], at: number, heading: boolean): number | undefined {
  let from = at
  const autonomous = toks[at]!.value === 'Autonomous'
  if (autonomous) {
    const unit = toks[at + 1]
    if (unit?.kind !== 'word' || !unit.spaced || !autonomousUnits.test(unit.base)) return undefined
    while (isPeople(toks, from - 1)) {
      from--
      if (toks[from - 1]?.value !== 'and' || !isPeople(toks, from - 2)) break
      from--
    }
    if (from === at) return undefined
  }
  while (from > 0 && toks[from]!.spaced && wings.test(toks[from - 1]!.value)) from--
  if (!autonomous && from === at) return undefined
  const named = from
  while (from > named - 2 && toks[from]!.spaced && isOwnName(toks, from - 1)) {
    // A second word when it is pinyin or a place ("Qian Gorlos") or inside a sentence ("… Morin Dawa"), not
    // a sentence's or a heading's first or verb ("Today …", "Dalian Helps Fuxin Mongolian Autonomous …").
    if (from < named && !isPinyinOrKnown(toks, from - 1, from) && (heading || from === 1)) break
    from--
  }
  if (from === named) return undefined
  const end = autonomous ? at + 2 : at + 1
  return matchPlace(toks, from)?.length === end - from ? undefined : from
}

// Whether `toks[at]` is a people an autonomous area is named after, as a word of its own.
function isPeople(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  return tok?.kind === 'word' && toks[at + 1]!.spaced && autonomousPeoples.has(tok.value)
}

// Whether `toks[at]` can be a word of an autonomous area's own name: a capitalised name word, no title.
function isOwnName(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  return isNameWord(tok) && !tok!.possessive && !isTitleWord(tok!.value) && !autonomousPeoples.has(tok!.value)
}

/**
 * Whether each word of `toks[from..to)` is pinyin or starts a known place ("Xianghe", "Xinghai"), not an
 * English word that splits into syllables ("Huge", "Chinese"): the words of a community's name ("Xianghe
 * Community"), where "the International Community" names none.
 */
function isPinyinOrKnown(toks: readonly Tok[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const tok = toks[index]!
    if (matchPlace(toks, index)) continue
    const lower = tok.baseLower
    if (englishPinyinWords.has(lower) || pinyinLoanWords.has(lower) || demonyms.has(tok.base)) return false
    if (!splitPinyin(lower)) return false
  }
  return true
}

// Whether the capitalised words `[from, to)` before a suffix in a Title Case heading name a place: each is
// pinyin or a known place ("Xiwan Village", "Dalian Bay"), or the suffix is a foreign division ("Primorsky
// Krai"). "Island Towns Raise Sea Cucumbers" and "Coastal Area" are words, not names.
function isHeadingPlace(toks: readonly Tok[], from: number, to: number): boolean {
  if (foreignDivision.test(toks[to]!.base)) return true
  for (let index = from; index < to; index++) {
    if (!splitPinyin(toks[index]!.baseLower) && !matchPlace(toks, index)) return false
  }
  return true
}

// Not "Autonomous": "Helps Fuxin Mongolian Autonomous County" in a heading is a verb and a county.
const foreignDivision = /^(?:Krai|Kray|Oblast|Okrug|Governorate|Voivodeship|Prefecture)$/

// Whether `toks[at]` can be a word of a place's own name: a name word that starts no place suffix and is
// no zone's head.
function isWordOfName(toks: readonly Tok[], at: number): boolean {
  return isNameWord(toks[at]) && !placeSuffixLength(toks, at, false) && !isZoneHead(toks[at]!)
}

// A zone of `toks[from..to)` named by its suffix. (Where it is a party to a deal, bodies.ts reads its
// administration, an organization.)
function zoneCandidate(toks: readonly Tok[], from: number, to: number): Candidate {
  const name = spanText(toks, from, to)
  return { from, to, type: 'place', name, rule: 'place-zone', priority: priority.placeLong }
}

// A word that alone is a zone's head ("Zone", "Port", "Park"): no word of a zone's or a place's own name, so
// "Pilot Free Trade Zone Dalian Area" has no place "Trade Zone Dalian Area".
function isZoneHead(tok: Tok): boolean {
  return (tok.flags & suffixFirst) !== 0 && placeSuffixSense.get(tok.base) === 'either'
}

/**
 * The end of a zone named by one to three capitalised words at `at`, maybe with a place suffix of their
 * own, and a zone suffix of several words: "Changxing Island Economic Zone", "Dayaowan Bonded Port Area",
 * "Taiping Bay Port Area"; 0 when there is none. Not "Free Trade Zone" alone, which names no one zone. In a
 * Title Case heading the words must be pinyin ("Dalian Holds Economic Zone Forum" names no zone). After a
 * known place (`named`) the words may be left out ("Yantai Bay Port Area" after "Yantai").
 */
function zoneNameEnd(toks: readonly Tok[], at: number, heading: boolean, named: boolean): number {
  let to = at
  while (to < at + 3) {
    const tok = toks[to]
    if (!isNameWord(tok) || !tok!.spaced) break
    if (tok!.flags & suffixFirst) {
      if (zoneSuffixLength(toks, to) || isZoneHead(tok!)) break
      // "Island Economic Zone" names no zone; "Changxing Island Economic Zone" does.
      if (placeSuffixLength(toks, to, false)) {
        if (to === at && !named) return 0
        break
      }
    }
    if (tok!.possessive || (heading && !matchPlace(toks, to) && !splitPinyin(tok!.baseLower))) return 0
    to++
  }
  const suffix = placeSuffixLength(toks, to, false)
  if (to === at && !suffix) return 0
  const zone = zoneSuffixLength(toks, to + suffix)
  return zone ? to + suffix + zone : 0
}

// "opened in Jinshitan on June 28": after "in", one capitalised word of two to four pinyin syllables is a
// place the gazetteer lacks (a town, a beach, a village); "in June" and "in Jinshitan Beach" are not.
function isPinyinPlace(toks: readonly Tok[], index: number): boolean {
  const tok = toks[index]!
  const next = toks[index + 1]
  if (!properWord.test(tok.base) || tok.base.includes('-') || months.has(tok.base)) return false
  if (pinyinLoanWords.has(tok.baseLower)) return false
  if (next?.kind === 'word' && next.spaced && isCapitalised(next.value)) return false
  // "in Haotian, a battery maker,": the appositive says it is a company (brands.ts then reads it so).
  if (isCompanyAppositive(toks, index + 1)) return false
  const syllables = splitPinyin(tok.baseLower)
  return syllables !== undefined && syllables.length >= 2 && syllables.length <= 4
}

// Words before "in" that put money into something: "invested in Wanda", "a stake in …", "3 million yuan in …".
const investmentWords =
  /^(?:invest|invests|invested|investing|investment|investments|stake|stakes|shares|holdings|interest|yuan|dollars|euros|rmb|usd|cny|reinvested)$/

// Whether the "in" at `at` follows an investment word or a sum of money, so a company, not a place, follows.
function isInvestedIn(toks: readonly Tok[], at: number): boolean {
  const before = toks[at - 1]
  if (!before) return false
  if (investmentWords.test(before.lower)) return true
  // "put 3 million in …", "$2 billion in …": a number word or figure right before "in".
  return /^(?:million|billion|trillion)$/.test(before.lower) && /^[$¥€£]?\d/.test(toks[at - 2]?.value ?? '')
}

// Korea's divisions take their suffix with a hyphen: "Gyeonggi-do" (province), "Suwon-si" (city),
// "Gapyeong-gun" (county), "Gangnam-gu" (district).
const koreanDivision = /^[A-Z][a-z]{2,}-(?:do|si|gun|gu)$/

// Whether `toks[index]` is a Korean division; not a given name after a surname ("Kim Sang-do").
function isKoreanDivision(toks: readonly Tok[], index: number): boolean {
  if (!koreanDivision.test(toks[index]!.base)) return false
  const before = toks[index - 1]
  const after = toks[index + 1]
  if (before?.kind === 'word' && before.spaced && isCapitalised(before.value)) return false
  return !(after?.kind === 'word' && after.spaced && isCapitalised(after.value))
}

function proposeHyphenated(toks: readonly Tok[], index: number, out: Candidate[]): void {
  // "Shanghai-Dalian cooperation": each part is a place when every part is a known place.
  const tok = toks[index]!
  const parts = tok.base.split('-')
  if (parts.length < 2) return
  const partToks = parts.map((part) => shapedTok(tok, part))
  const places = partToks.map((part) => matchPlace([part], 0))
  if (places.every((place) => place?.length === 1)) {
    out.push({
      from: index,
      to: index + 1,
      type: 'place',
      name: tok.base,
      parts: places.map((place) => place!.place.name),
      rule: 'place-hyphenated',
      priority: priority.place,
    })
    return
  }
  // "a Dalian-Central Asia route", "Sino-Northeast Asia trade": the last part starts a place of several
  // words that goes on past the hyphenated word; the parts before are places too when they are known.
  const last = partToks.at(-1)!
  if (tok.possessive || !(last.flags & placeFirst)) return
  const tail = [last, ...toks.slice(index + 1, index + 4)]
  const region = matchPlace(tail, 0)
  if (!region || region.length < 2) return
  const names = places.map((place) => (place?.length === 1 ? place.place.name : undefined))
  names[names.length - 1] = region.place.name
  out.push({
    from: index,
    to: index + region.length,
    type: 'place',
    name: spanText(toks, index, index + region.length),
    parts: names,
    rule: 'place-hyphenated',
    priority: priority.place,
  })
}
