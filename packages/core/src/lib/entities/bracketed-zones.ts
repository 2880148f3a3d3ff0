/**
 * Zones named by a country and the city in brackets that hosts them: "China (Xinbao) Cross-border
 * E-commerce Comprehensive Pilot Zone", "China-Ruritania (Xinbao) Trade and Cooperation Demonstration Zone",
 * "China (Gaoling) Pilot Free Trade Zone Xinbao Area". The country, the bracket and the field words are all
 * part of the one zone's name; the city in brackets is not mentioned as a place of its own.
 */
import { demonyms } from '../data/demonyms.js'
import { isPinyinName } from '../data/pinyin.js'
import { placeSuffixSense } from '../data/place-suffixes.js'
import { matchPlace } from './gazetteer.js'
import { shapedTok, type Tok } from './tokens.js'
import { capitalised } from './word-classes.js'
import { zoneSuffixLength } from './zone-names.js'

// How many field words may stand between the bracket and the words a zone rule found ("Local Development
// and" before "Cooperation Demonstration Zone").
const maxFieldWords = 5

/**
 * Where a zone found at `[from, …)` starts when a country and a bracketed city come before it, with field
 * words and "and" between ("China-Ruritania (Xinbao) Trade and Cooperation Demonstration Zone"); else `from`.
 */
export function bracketedZoneStart(toks: readonly Tok[], from: number): number {
  // "(Taiping Island)": the place read before the bracket's end left its kind word and the ")" out.
  const after = toks[from]?.value === ')' ? from + 1 : from
  let at = after - 1
  while (at >= from - maxFieldWords && isFieldWord(toks[at])) at--
  const country = countryBeforeBracket(toks, at)
  return country === undefined ? after : areaOfStart(toks, country)
}

/**
 * Where the area a city holds in the zone starts when it is written first, "the Xinbao Area of (the) China
 * (Gaoling) Pilot Free Trade Zone", the same name as "… Pilot Free Trade Zone Xinbao Area"; else `country`.
 * Not "the Lakeside Area of …", which the gazetteer does not know for a city.
 */
function areaOfStart(toks: readonly Tok[], country: number): number {
  const of = toks[country - 1]?.value === 'the' ? country - 2 : country - 1
  if (toks[of]?.value !== 'of' || toks[of - 1]?.value !== 'Area' || !toks[of - 1]!.spaced) return country
  for (let start = of - 2; start >= Math.max(0, of - 4); start--) {
    const place = matchPlace(toks, start)
    if (place && start + place.length === of - 1 && !toks[of - 2]!.possessive) return start
  }
  return country
}

/**
 * The end of a zone whose name starts with a country (or a city) and the known place in brackets that ends
 * at `at` (the ")", or the place's kind word before it) and goes on with a zone suffix: "China (Gaoling)
 * Pilot Free Trade Zone", with the area a city holds in it ("… Xinbao Area"); 0 when there is none.
 */
export function bracketedZoneEnd(toks: readonly Tok[], at: number): number {
  // "(Taiping Island)": a known name and its kind word.
  const close = toks[at]?.value !== ')' && suffixInBracket(toks, at) ? at + 1 : at
  if (countryBeforeBracket(toks, close) === undefined) return 0
  const end = zoneEndAfter(toks, close + 1)
  if (!end) return 0
  // "… Pilot Free Trade Zone Xinbao Area": the part of the zone in one city.
  const area = matchPlace(toks, end)
  if (!area || !toks[end]!.spaced || toks[end - 1]!.possessive) return end
  const last = toks[end + area.length]
  return last?.value === 'Area' && last.spaced ? end + area.length + 1 : end
}

// A zone's last word, after its field words: "China (Xinbao) International Medical Service Pilot Area" is
// named like "China (Xinbao) Pilot Free Trade Zone", though "Pilot Area" is no zone suffix of its own.
const zoneLastWords = new Set(['Zone', 'Area', 'Park', 'Base'])

// The end of the zone's field words and suffix, or last word, written after the bracket at `at`; 0 when
// another name follows ("China (Xinbao) International Software Fair").
function zoneEndAfter(toks: readonly Tok[], at: number): number {
  for (let index = at; index <= at + maxFieldWords; index++) {
    const zone = zoneSuffixLength(toks, index)
    if (zone) return index + zone
    const tok = toks[index]
    if (!isFieldWord(tok)) return 0
    if (index > at && zoneLastWords.has(tok!.value)) return index + 1
  }
  return 0
}

// The index of the country before the bracketed known place that closes at `close`: "China (Xinbao)",
// "China-Ruritania (Xinbao)", "Sino-German (Xinbao)"; undefined when there is none.
function countryBeforeBracket(toks: readonly Tok[], close: number): number | undefined {
  if (toks[close]?.value !== ')') return undefined
  let open = close - 1
  while (open > close - 5 && toks[open]?.kind === 'word') open--
  if (toks[open]?.value !== '(' || open === close - 1) return undefined
  // "(Gaoling)", or "(Taiping Island)": a known or pinyin name and the word for its kind of place.
  const known = matchPlace(toks, open + 1)?.length
  const end = open + 1 + (known ?? (isPinyinName(toks[open + 1]!.baseLower) ? 1 : 0))
  const bare = known !== undefined && end === close
  if (end === open + 1 || (!bare && !(end === close - 1 && suffixInBracket(toks, end)))) return undefined
  const country = toks[open - 1]
  if (country?.kind !== 'word') return undefined
  if (isCountryWord(country)) return open - 1
  // "the Gaoling (Taiping Island) Enclave Industrial Park": a city that runs a park on another's land.
  const city = cityLengthBefore(toks, open)
  return city > 0 && zoneEndAfter(toks, close + 1) ? open - city : undefined
}

// The number of words of a known city or county written right before the bracket at `open`, or 0.
function cityLengthBefore(toks: readonly Tok[], open: number): number {
  for (let start = open - 1; start >= Math.max(0, open - 2); start--) {
    const place = matchPlace(toks, start)
    if (place && start + place.length === open && cityKinds.has(place.place.kind)) return place.length
  }
  return 0
}

// A country, or countries joined by a hyphen ("China-Ruritania", "Sino-German"), that names a zone.
function isCountryWord(tok: Tok): boolean {
  if (!tok.value.includes('-')) return matchPlace([tok], 0)?.place.kind === 'country'
  return tok.value.split('-').every((part) => {
    if (part === 'Sino' || demonyms.has(part)) return true
    return matchPlace([shapedTok(tok, part)], 0)?.place.kind === 'country'
  })
}

// Whether the word at `at` is a place's kind word that ends a bracket: "Island" of "(Taiping Island)".
function suffixInBracket(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  return tok !== undefined && toks[at + 1]?.value === ')' && tok.spaced && placeSuffixSense.has(tok.value)
}

// The kinds of place that run a park on another's land.
const cityKinds: ReadonlySet<string> = new Set(['prefecture-level division', 'county-level city', 'district'])

// A capitalised word or "and" of a zone's field ("Local Development and Cooperation").
function isFieldWord(tok: Tok | undefined): boolean {
  if (tok?.kind !== 'word' || !tok.spaced || tok.possessive) return false
  return tok.value === 'and' || (tok.flags & capitalised) !== 0
}
