/**
 * Places written with a hyphen: Korean divisions that take their suffix so ("Gyeonggi-do"), and pairs of
 * places joined by one ("Shanghai-Dalian cooperation", "a Dalian-Central Asia route").
 */
import { ambiguousPlaces, wordPlaces } from '../data/ambiguous-places.js'
import { originWords } from './body-starts.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { matchPlace, matchWord, type PlaceMatch } from './gazetteer.js'
import { isCapitalised, shapedTok, type Tok } from './tokens.js'
import { capitalised, functionWord, placeFirstWords } from './word-classes.js'
import { zoneNameEnd, zoneSuffixLength } from './zone-names.js'

// Korea's divisions take their suffix with a hyphen: "Gyeonggi-do" (province), "Suwon-si" (city),
// "Gapyeong-gun" (county), "Gangnam-gu" (district).
const koreanDivision = /^[A-Z][a-z]{2,}-(?:do|si|gun|gu)$/

/** Whether `toks[index]` is a Korean division; not a given name after a surname ("Kim Sang-do"). */
export function isKoreanDivision(toks: readonly Tok[], index: number): boolean {
  if (!koreanDivision.test(toks[index]!.base)) return false
  const before = toks[index - 1]
  const after = toks[index + 1]
  if (before?.kind === 'word' && before.spaced && isCapitalised(before.value)) return false
  return !(after?.kind === 'word' && after.spaced && isCapitalised(after.value))
}

/**
 * Where a zone's name at `from` starts: at the capitalised word joined to it by an en or em dash, with no
 * space either side. "the Xinbao–Gaoling Enclave Park" is one park named after both places, as it is when
 * a hyphen joins them into one word, not a park of Gaoling's.
 */
export function dashPairStart(toks: readonly Tok[], from: number): number {
  let start = from
  while (start >= 2 && !toks[start]!.spaced) {
    const dash = toks[start - 1]!
    if (dash.spaced || (dash.value !== '–' && dash.value !== '—')) break
    const word = toks[start - 2]!
    if (word.kind !== 'word' || !(word.flags & capitalised) || word.possessive) break
    start -= 2
  }
  return start
}

/**
 * The end of a zone named after the word at `at` and the word a dash joins it to, when `at` is no known
 * place ("the Xinbao–Gaoling Enclave Park"): the dash keeps `at` from starting a name of its own, so the
 * zone's words are read after it as after a known place; 0 when there is none, and in a Title Case heading.
 */
export function dashJoinedZoneEnd(toks: readonly Tok[], at: number, heading: boolean): number {
  if (heading || toks[at]!.spaced || toks[at]!.possessive || dashPairStart(toks, at) === at) return 0
  const zone = zoneSuffixLength(toks, at + 1)
  return zone ? at + 1 + zone : zoneNameEnd(toks, at + 1, heading, true)
}

/** Propose the places of a hyphenated word: "Shanghai-Dalian", "a Dalian-Central Asia route". */
export function proposeHyphenated(toks: readonly Tok[], index: number, out: Candidate[]): void {
  // "Shanghai-Dalian cooperation": each part is a place when every part is a known place.
  const tok = toks[index]!
  const parts = tok.base.split('-')
  if (parts.length < 2) return
  // Each part is looked up by its text: most hyphenated words ("High-tech") name no place at all.
  const places: (PlaceMatch | undefined)[] = []
  let allPlaces = true
  for (const part of parts) {
    const place = matchWord(part)
    places.push(place)
    if (!place) allPlaces = false
  }
  // "a Brazil-Northeast China fair": the last part starts a place of several words that goes on past the
  // hyphenated word, which outranks the one-word place the part is alone ("Northeast").
  const region = regionAfter(toks, index, parts)
  if (allPlaces && !region) {
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
  // "a Singapore-based fund", "Dalian-funded firms": the place a business is based in or funded from.
  if (parts.length === 2 && originWords.test(parts[1]!)) {
    // "a Verona-based maker": a city named like a word or a surname is read in this frame too, as after "in".
    const first = places[0]?.length === 1 ? places[0].place.name : ambiguousPlace(toks, index, parts)
    if (first) {
      out.push({
        from: index,
        to: index + 1,
        type: 'place',
        name: tok.base,
        parts: [first, undefined],
        rule: 'place-hyphenated',
        priority: priority.place,
      })
    } else proposeOriginAfter(toks, index, parts[0]!, out)
    return
  }
  // "a Dalian-Central Asia route", "Sino-Northeast Asia trade": the parts before the region are places too
  // when they are known.
  if (!region) return
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

// The ambiguous place (`ambiguous-places.ts`) a business is based in: "Verona-based"; not "Jackson-funded",
// money a person may have put in, nor a place named like a word ("Mobile-based apps").
// A capitalised word before may start a longer place ("New York-based"), read by `proposeOriginAfter`.
function ambiguousPlace(toks: readonly Tok[], index: number, parts: readonly string[]): string | undefined {
  const before = (toks[index - 1]?.flags ?? 0) & (capitalised | functionWord)
  if (toks[index]!.spaced && before === capitalised) return undefined
  const where = parts[1] === 'based' || parts[1] === 'headquartered'
  return where && ambiguousPlaces.has(parts[0]!) && !wordPlaces.has(parts[0]!) ? parts[0] : undefined
}

/**
 * The place of several words the last part of the hyphenated `toks[index]` starts, going on past it
 * ("Dalian-Central Asia"), if any. Most hyphenated words have no place after them.
 */
function regionAfter(toks: readonly Tok[], index: number, parts: readonly string[]): PlaceMatch | undefined {
  const tok = toks[index]!
  const next = toks[index + 1]
  if (tok.possessive || next?.kind !== 'word' || !next.spaced) return undefined
  if (!placeFirstWords.has(parts.at(-1)!)) return undefined
  const region = matchPlace([shapedTok(tok, parts.at(-1)!), ...toks.slice(index + 1, index + 4)], 0)
  return region && region.length > 1 ? region : undefined
}

/**
 * "Hong Kong-based developers", "a New York-headquartered fund": the place of several words a business is
 * based in ends in the hyphenated word's first part, so its first words stand before it. Only when the word
 * before is capitalised and spaced: "Sino-based" and "Kelvara-based" have none.
 */
function proposeOriginAfter(toks: readonly Tok[], index: number, first: string, out: Candidate[]): void {
  const tok = toks[index]!
  if (!tok.spaced || !((toks[index - 1]?.flags ?? 0) & capitalised)) return
  for (let from = index - 1; from >= Math.max(0, index - 3); from--) {
    if (from < index - 1 && !toks[from + 1]!.spaced) return
    const words = [...toks.slice(from, index), shapedTok(tok, first)]
    const match = matchPlace(words, 0)
    if (match?.length !== words.length) continue
    out.push({
      from,
      to: index + 1,
      type: 'place',
      name: spanText(toks, from, index + 1),
      parts: [match.place.name, undefined],
      rule: 'place-hyphenated',
      priority: priority.placeLong,
    })
    return
  }
}
