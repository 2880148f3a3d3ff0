/**
 * Matching known place names against a sentence's tokens.
 */
import { ambiguousPlaces } from '../data/ambiguous-places.js'
import { type KnownPlace, knownPlaces } from '../data/places.js'
import type { Tok } from './tokens.js'
import { capitalised as capitalisedBit, direction, functionWord, placeFirst } from './word-classes.js'
import { isCapitalised } from './word-shape.js'

/** A known place found at a position. */
export interface PlaceMatch {
  /** How many tokens it covers. */
  readonly length: number
  /** The place it names. */
  readonly place: KnownPlace
}

interface Entry {
  readonly tokens: readonly string[]
  /** What a match of the entry returns, made once: rules ask for matches at nearly every capitalised word. */
  readonly match: PlaceMatch
}

let index: Map<string, Entry[]> | undefined

// Built on first use, so importing core costs nothing until an article is annotated.
function getIndex(): Map<string, Entry[]> {
  if (index) return index
  index = new Map()
  for (const [key, place] of knownPlaces) {
    if (key.startsWith('the ')) continue
    const tokens = key.split(' ')
    const first = tokens[0]!
    const entries = index.get(first) ?? []
    entries.push({ tokens, match: { length: tokens.length, place } })
    index.set(first, entries)
  }
  for (const entries of index.values()) entries.sort((a, b) => b.tokens.length - a.tokens.length)
  return index
}

/**
 * The longest known place starting at `toks[at]`. Names must be written as listed, except that a
 * compass word may be in lower case ("northeast Asia") and the last word may be possessive.
 */
export function matchPlace(toks: readonly Tok[], at: number): PlaceMatch | undefined {
  const first = toks[at]
  // A rule may ask past the end of a sentence ("…, Mayor Smith ," ends on the comma).
  if (first?.kind !== 'word') return undefined
  const capitalised = (first.flags & capitalisedBit) !== 0
  const lowerCompass = !capitalised && (first.flags & direction) !== 0
  // Most words start no known place; their bits say so without a lookup.
  if (capitalised ? !(first.flags & placeFirst) : !lowerCompass) return undefined
  const key = lowerCompass ? first.base[0]!.toUpperCase() + first.base.slice(1) : first.base
  const candidates = getIndex().get(key)
  if (!candidates) return undefined
  for (const entry of candidates) {
    if (lowerCompass && entry.tokens.length === 1) continue
    if (!matches(toks, at, entry.tokens)) continue
    // Read only once a match is found, so it costs nearly nothing: see `afterHonorific`.
    if (entry.tokens.length === 1 && nameLikeKinds.has(entry.match.place.kind) && afterHonorific(toks, at)) {
      return undefined
    }
    return entry.match
  }
  return undefined
}

// The kinds of place whose one-word names are also given names and surnames elsewhere ("Mr. Jinja Okello").
const nameLikeKinds: ReadonlySet<string> = new Set(['world city', 'foreign division'])
// The honorifics that say a person's name follows, written with or without the full stop.
const nameHonorifics = new Set([
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
  'Prof',
  'Professor',
  'Mr.',
  'Ms.',
  'Mrs.',
  'Dr.',
  'Prof.',
])

// Whether an honorific stands right before `at`: "Mr. Jinja Okello", "Professor Tanga" are people, so a
// foreign city's or division's one-word name there is no place.
function afterHonorific(toks: readonly Tok[], at: number): boolean {
  let before = toks[at - 1]
  if (before?.value === '.' && !before.spaced) before = toks[at - 2]
  return before !== undefined && nameHonorifics.has(before.value)
}

/**
 * The known place of one word written `word` (a part of "Shanghai-Dalian"), as `matchPlace` finds it for a
 * token of that text alone, without making the token: a compass word alone names no place.
 */
export function matchWord(word: string): PlaceMatch | undefined {
  if (!isCapitalised(word)) return undefined
  const candidates = getIndex().get(word)
  if (!candidates) return undefined
  for (const entry of candidates) if (entry.tokens.length === 1) return entry.match
  return undefined
}

/** Index of the first token of a known place that ends right before `at`, if any. */
export function placeEndingAt(toks: readonly Tok[], at: number): number | undefined {
  for (let from = Math.max(0, at - 4); from < at; from++) {
    const match = matchPlace(toks, from)
    if (match && from + match.length === at) return from
  }
  return undefined
}

function matches(toks: readonly Tok[], at: number, tokens: readonly string[]): boolean {
  if (at + tokens.length > toks.length) return false
  for (let offset = 1; offset < tokens.length; offset++) {
    const tok = toks[at + offset]!
    if (!tok.spaced || tok.kind !== 'word') return false
    const last = offset === tokens.length - 1
    if (tok.value !== tokens[offset] && !(last && tok.base === tokens[offset])) return false
  }
  // Only the last word may be possessive: "Liaoning's Dalian" is two places.
  for (let offset = 0; offset < tokens.length - 1; offset++) if (toks[at + offset]!.possessive) return false
  return true
}

// Words that open a list of places: "coffee from Huila and Nariño", "the regions of Upala and Kilo".
const listOpeners = new Set([
  'in',
  'of',
  'from',
  'at',
  'to',
  'across',
  'throughout',
  'near',
  'around',
  'between',
])
const conjunctions = new Set(['and', 'or'])

/**
 * Whether the word at `at` is an item of a list of known places: right after "and" or "or" that follows a
 * known place ("from Cusco and Puno", "Piraeus, Genoa and Valencia"), or right after a word that opens a
 * list and before a comma or "and" and a known place ("from Kano, Sokoto and Kebbi"). The list must be
 * opened by such a word or hold two known places: "Japan and Jackson" after a verb is no list of places.
 */
export function listedWithPlaces(toks: readonly Tok[], at: number): boolean {
  const before = toks[at - 1]
  if (before?.kind !== 'word') return false
  if (conjunctions.has(before.lower)) {
    const last = placeEndingAt(toks, at - 1)
    if (last === undefined) return false
    let first = last
    let count = 1
    for (let items = 1; toks[first - 1]?.value === ',' && items < 6; items++) {
      const earlier = placeEndingAt(toks, first - 1)
      if (earlier !== undefined) count++
      // An earlier item may be named like a word or a name too, and counts only with the opener before it:
      // "from Kano, Bauchi and Gombe", not "Jackson, Bauchi and Gombe met".
      const item: number | undefined = earlier ?? ambiguousItem(toks, first - 2)
      if (item === undefined) break
      first = item
    }
    return count >= 2 || listOpeners.has(toks[first - 1]?.lower ?? '') || placesAfterPair(toks, at + 1)
  }
  const next = toks[at + 1]
  if (next?.value !== ',' && !(next?.kind === 'word' && conjunctions.has(next.lower))) return false
  const known = matchPlace(toks, at + 2)
  // "talks with Victoria and Queensland in May": a state named with another that ends the phrase needs no
  // opener ("with Jackson and Texas officials" names a person).
  if (listOpeners.has(before.lower)) return known !== undefined
  if (next.kind !== 'word' || known?.place.kind !== 'foreign division') return false
  const after = toks[at + 2 + known.length]
  return after?.kind !== 'word' || (after.flags & functionWord) !== 0
}

// Plural nouns for places that a pair of places may be called: "… are both busy ports".
const placeNouns = new Set(['ports', 'cities', 'towns', 'hubs', 'capitals', 'harbours', 'harbors'])
const pairVerbs = new Set(['are', 'were'])

// Whether the words from `at`, after a pair "<known place> and <name>", say the pair is of places: a place
// they are in ("Tarvo and Jackson in Canada") or a plural place noun after "are both" ("Tarvo and Jackson
// are both deep-water ports"), not "Tarvo and Jackson are both partners".
function placesAfterPair(toks: readonly Tok[], at: number): boolean {
  const next = toks[at]
  if (next?.lower === 'in') return toks[at + 1]?.possessive !== true && matchPlace(toks, at + 1) !== undefined
  if (!pairVerbs.has(next?.lower ?? '') || toks[at + 1]?.lower !== 'both') return false
  for (let index = at + 2; index < at + 6; index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word') return false
    if (placeNouns.has(tok.lower)) return true
  }
  return false
}

// `at` when it holds a one-word place of `ambiguousPlaces`, as an item of a list is written.
function ambiguousItem(toks: readonly Tok[], at: number): number | undefined {
  const tok = toks[at]
  return tok?.kind === 'word' && tok.spaced && !tok.possessive && ambiguousPlaces.has(tok.base)
    ? at
    : undefined
}
