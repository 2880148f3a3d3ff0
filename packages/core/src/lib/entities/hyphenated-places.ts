/**
 * Places written with a hyphen: Korean divisions that take their suffix so ("Gyeonggi-do"), and pairs of
 * places joined by one ("Shanghai-Dalian cooperation", "a Dalian-Central Asia route").
 */
import { originWords } from './body-starts.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { matchPlace, matchWord, type PlaceMatch } from './gazetteer.js'
import { isCapitalised, shapedTok, type Tok } from './tokens.js'
import { placeFirstWords } from './word-classes.js'

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
  if (allPlaces) {
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
  if (parts.length === 2 && originWords.test(parts[1]!) && places[0]?.length === 1) {
    out.push({
      from: index,
      to: index + 1,
      type: 'place',
      name: tok.base,
      parts: [places[0].place.name, undefined],
      rule: 'place-hyphenated',
      priority: priority.place,
    })
    return
  }
  // "a Dalian-Central Asia route", "Sino-Northeast Asia trade": the last part starts a place of several
  // words that goes on past the hyphenated word; the parts before are places too when they are known.
  if (tok.possessive || !placeFirstWords.has(parts.at(-1)!)) return
  const tail = [shapedTok(tok, parts.at(-1)!), ...toks.slice(index + 1, index + 4)]
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
