/**
 * Zones and parks named by a suffix of several words ("Changxing Island Economic Zone", "Dayaowan Bonded
 * Port Area", "Yingkou Economic and Technological Development Zone"): where one ends, and its candidate.
 */

import { splitPinyin } from '../data/pinyin.js'
import { placeSuffixes, placeSuffixSense } from '../data/place-suffixes.js'
import { knownPlaces } from '../data/places.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { matchPlace } from './gazetteer.js'
import { type Group, moveMentions } from './groups.js'
import { isNameWord } from './name-words.js'
import { placeSuffixLength } from './place-suffix.js'
import type { Tok } from './tokens.js'
import { suffixFirst } from './word-classes.js'

// Zones and parks of several words ("Economic and Technological Development Zone"), longest first. One word
// ("Port", "Zone") is left out: "Dalian Port" is as often the company as the place.
const zoneSuffixes = placeSuffixes
  .filter(({ sense, suffix }) => sense === 'either' && suffix.includes(' '))
  .map(({ suffix }) => suffix.split(' '))
const zoneFirstWords = new Set(zoneSuffixes.map((words) => words[0]!))

/** How many tokens at `at` form a zone suffix written in Title Case, after a known place ("Yingkou …"). */
export function zoneSuffixLength(toks: readonly Tok[], at: number): number {
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

/**
 * A zone of `toks[from..to)` named by its suffix. (Where it is a party to a deal, bodies.ts reads its
 * administration, an organization.)
 */
export function zoneCandidate(toks: readonly Tok[], from: number, to: number): Candidate {
  const name = spanText(toks, from, to)
  return { from, to, type: 'place', name, rule: 'place-zone', priority: priority.placeLong }
}

/**
 * A word that alone is a zone's head ("Zone", "Port", "Park"): no word of a zone's or a place's own name,
 * so "Pilot Free Trade Zone Dalian Area" has no place "Trade Zone Dalian Area".
 */
export function isZoneHead(tok: Tok): boolean {
  return (tok.flags & suffixFirst) !== 0 && placeSuffixSense.get(tok.base) === 'either'
}

/**
 * The end of a zone named by one to three capitalised words at `at`, maybe with a place suffix of their
 * own, and a zone suffix of several words: "Changxing Island Economic Zone", "Dayaowan Bonded Port Area",
 * "Taiping Bay Port Area"; 0 when there is none. Not "Free Trade Zone" alone, which names no one zone. In a
 * Title Case heading the words must be pinyin ("Dalian Holds Economic Zone Forum" names no zone). After a
 * known place (`named`) the words may be left out ("Yantai Bay Port Area" after "Yantai").
 */
export function zoneNameEnd(toks: readonly Tok[], at: number, heading: boolean, named: boolean): number {
  // A zone suffix starts within three name words and a place suffix of two: without a word a suffix can
  // start with there (one bit each), there is no zone, as after most places.
  if (!suffixFirstWithin(toks, at, at + 6)) return 0
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
  // "Xinbao Lanwan Bay Marine Biology Industrial Park": a park named after a bay or an island may add its
  // field before the zone suffix; not in a heading ("Lanwan Bay Hosts Industrial Park Forum").
  const start = suffix && !heading ? fieldEnd(toks, to + suffix) : to + suffix
  const zone = zoneSuffixLength(toks, start)
  return zone ? start + zone : 0
}

// Where up to three field words at `at` end before a zone suffix ("Marine Biology" before "Industrial
// Park"): name words that start no zone suffix, place suffix or zone head.
function fieldEnd(toks: readonly Tok[], at: number): number {
  let to = at
  while (to < at + 3 && !zoneSuffixLength(toks, to)) {
    const tok = toks[to]
    if (!isNameWord(tok) || !tok!.spaced || tok!.possessive) break
    if (tok!.flags & suffixFirst && (isZoneHead(tok!) || placeSuffixLength(toks, to, false))) break
    to++
  }
  return to
}

// Whether a word a place suffix can start with is among `toks[from..to)`.
function suffixFirstWithin(toks: readonly Tok[], from: number, to: number): boolean {
  for (let index = from; index < to && index < toks.length; index++) {
    const tok = toks[index]!
    if (tok.kind === 'word' && tok.flags & suffixFirst) return true
  }
  return false
}

// Words a zone's short form leaves out: "Xinbao High-tech Zone" is "Xinbao High-tech Industrial Zone".
const droppedWords = /\b(?:industrial|development) /g
// The same without the global flag, whose `test` would keep a position between keys.
const droppedWord = new RegExp(droppedWords.source)
// A zone's or a park's key.
const zoneOrPark = / (?:zone|park)$/

/**
 * Join the short form of a zone to its full name: "Xinbao High-tech Zone" (a heading) and "Xinbao
 * High-tech Industrial Zone" (the body) are one zone. Only when a single zone of the article shortens to
 * the form: with an "… Industrial Zone" and a "… Development Zone" of the same name, the short form is
 * either. A sub-district's bare name joins its "Street" form too. `places` are the article's place groups
 * by canonical name.
 */
export function mergeZoneShortForms(places: ReadonlyMap<string, Group>): void {
  let full: Map<string, Group | undefined> | undefined
  for (const [key, group] of places) {
    if (key.endsWith(' street')) mergeBareSubdistrict(places, key, group)
    // A cheap test first: most places are no zone or park, and most zones have no dropped word.
    if (!zoneOrPark.test(key) || !droppedWord.test(key)) continue
    const short = key.replace(droppedWords, '')
    full ??= new Map()
    full.set(short, full.has(short) ? undefined : group)
  }
  if (full === undefined) return
  for (const [short, group] of full) {
    const shortGroup = places.get(short)
    if (group !== undefined && shortGroup !== undefined && shortGroup !== group)
      moveMentions(shortGroup, group)
  }
}

// Join a sub-district's bare name to its "Street" form (`key`, `group`): "Xinbao" and "Xinbao Street" in one
// article are one place, named by the "Street" form. Not a known place of another kind ("Houyan" the city
// and "Houyan Street" the sub-district named after it).
function mergeBareSubdistrict(places: ReadonlyMap<string, Group>, key: string, group: Group): void {
  const bare = places.get(key.slice(0, -7))
  if (bare === undefined || bare === group || bare.mentions.length === 0) return
  const kind = knownPlaces.get(bare.mentions[0]!.name)?.kind
  if (kind === undefined || kind === 'locality') moveMentions(bare, group)
}
