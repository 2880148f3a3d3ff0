/**
 * Known places read with the words around them: one of Dalian's localities (`dalian-localities.ts`) at the
 * head of a spot's or a facility's name, and a region a country's possessive names ("Russia's Far East").
 */
import { namesOtherThing } from './structure-names.js'
import type { Tok } from './tokens.js'
import { isNameStart } from './unknown-place-names.js'
import {
  allCaps,
  capitalised,
  legalForm,
  organisationHead,
  placeFirst,
  suffixFirst,
  titleFirst,
} from './word-classes.js'

// Words after a known place that keep it a place: a suffix, a title, a body's head or legal form, a place.
const keepsPlace = suffixFirst | titleFirst | organisationHead | legalForm | placeFirst | allCaps

/**
 * Where the Dalian locality `toks[from..to)` ends as a place, or undefined when it is a word of another
 * name: "Xinbaotan Beach" and "Gaoling Cherry Blossom Park" are scenic spots named after the area; "the
 * Gaoling railway container yard" is a facility (a city before the same words stays the place, as it is
 * named far more often). "the Gaoling port area" is the port area, a place of that name; "the Gaoling
 * area" and "the Gaoling waters" name the locality.
 */
export function localityEnd(toks: readonly Tok[], from: number, to: number): number | undefined {
  const next = toks[to]
  if (next?.kind !== 'word' || !next.spaced || toks[to - 1]!.possessive) return to
  if (next.flags & capitalised) {
    // "Gaolingshan Mountain": the landform word is a word of the locality's name (a suffix after a city).
    if (landformWords.has(next.value) && !isNameStart(toks[to + 1])) return to + 1
    return (next.flags & keepsPlace) === 0 && !namesOtherThing(toks, to) ? undefined : to
  }
  if (toks[from - 1]?.lower !== 'the') return to
  if (next.lower === 'port') return toks[to + 1]?.lower === 'area' ? to + 2 : undefined
  // "the Gaoling area", "the Gaoling coast": the noun says where, so the locality is the place.
  return areaNouns.has(next.lower) ? to : undefined
}

// Landforms a locality may be written with, all one place with it.
const landformWords = new Set(['Mountain', 'Mountains', 'Hill', 'Hills', 'Peak'])

// Nouns for the land or sea around a locality, after "the" and its name.
const areaNouns = new Set(['area', 'region', 'waters', 'coast', 'coastline', 'vicinity', 'surroundings'])

/**
 * The name of the known place `name` at `at`: "Russia's Far East" is the region named "the Russian Far
 * East", one place whichever way it is written; "the Far East" alone is East Asia.
 */
export function ownedRegion(toks: readonly Tok[], at: number, name: string): string {
  const before = toks[at - 1]
  return name === 'Far East' && before?.possessive && before.base === 'Russia' ? 'Russian Far East' : name
}

// Art forms and dishes named after a place: "Peking opera", "Sichuan cuisine", "Peking duck".
// biome-ignore format: packed list
const styleNouns = new Set([
  'opera', 'operas', 'cuisine', 'cuisines', 'duck', 'hotpot', 'noodles', 'embroidery', 'porcelain',
])

/**
 * Whether the known place ending at `to` names the style of an art form or a dish: "listens to Sichuan Opera",
 * "loves Sichuan cuisine" speak of no place. Not a possessive ("Sichuan's cuisine" is the province's), nor
 * a building's or a troupe's name ("the Hunan Opera House" is in Hunan).
 */
export function namesStyle(toks: readonly Tok[], to: number): boolean {
  const next = toks[to]
  if (next?.kind !== 'word' || !next.spaced || !styleNouns.has(next.lower) || toks[to - 1]!.possessive) {
    return false
  }
  return !isNameStart(toks[to + 1])
}
