/**
 * Places: gazetteer names (countries, provinces, cities, regions) and names with a place suffix
 * ("… City", "… New District", "… Economic Zone"), and hyphenated pairs ("Shanghai-Dalian").
 */
import { months } from '../data/dates.js'
import { currencyWords } from '../data/money.js'
import { pinyinLoanWords, splitPinyin } from '../data/pinyin.js'
import { placeSuffixes, placeSuffixSense } from '../data/place-suffixes.js'
import { isCompanyAppositive } from './brands.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { matchPlace } from './gazetteer.js'
import { isNameWord, properWord } from './people.js'
import { isTitleWord } from './titles.js'
import { isCapitalised, shapedTok, type Tok } from './tokens.js'
import { capitalised, compassPoint, direction, functionWord, suffixFirst } from './word-classes.js'

/** Index of the first token of a known place that ends right before `at`, if any. */
export function placeEndingAt(toks: readonly Tok[], at: number): number | undefined {
  for (let from = Math.max(0, at - 4); from < at; from++) {
    const match = matchPlace(toks, from)
    if (match && from + match.length === at) return from
  }
  return undefined
}

/** Propose every place: gazetteer names, names with a place suffix, hyphenated pairs of places. */
export function proposePlaces(toks: readonly Tok[], out: Candidate[]): void {
  for (let index = 0; index < toks.length; index++) {
    const tok = toks[index]!
    // Every place rule starts at a capitalised word or a compass word ("northeast Asia").
    if (tok.kind !== 'word' || !(tok.flags & (capitalised | direction))) continue
    const match = matchPlace(toks, index)
    if (match) {
      let to = index + match.length
      if (namesCurrency(toks, index, to)) continue
      // "Yingkou Economic and Technological Development Zone" is a place of its own, not Yingkou.
      const zone = toks[to - 1]!.possessive ? 0 : zoneSuffixLength(toks, to)
      if (zone) {
        out.push({
          from: index,
          to: to + zone,
          type: 'place',
          name: spanText(toks, index, to + zone),
          rule: 'place-zone',
          priority: priority.placeLong,
        })
        continue
      }
      const suffix = toks[to - 1]!.possessive ? 0 : placeSuffixLength(toks, to, true)
      to += suffix
      out.push({
        from: index,
        to,
        type: 'place',
        name: match.place.name,
        rule: suffix ? 'place-known-with-suffix' : 'place-known',
        priority: match.length + suffix > 1 ? priority.placeLong : priority.place,
      })
      continue
    }
    if (tok.flags & capitalised && tok.value.includes('-')) proposeHyphenated(tok, index, out)
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
    // "Kazuo County", "Jinpu New District": capitalised words before a place suffix.
    if (!suffixWithin(toks, index + 1, index + 4)) continue
    if ((tok.flags & (capitalised | functionWord)) === capitalised && !isTitleWord(tok.value)) {
      let to = index
      while (to < index + 3 && isNameWord(toks[to]) && !placeSuffixLength(toks, to, false)) to++
      const suffix = to > index ? placeSuffixLength(toks, to, false) : 0
      if (suffix && !toks[to - 1]!.possessive) {
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
 * "300 US dollars", "Hong Kong dollars": a place that with the next word names a currency is not mentioned
 * as a place.
 */
export function namesCurrency(toks: readonly Tok[], from: number, to: number): boolean {
  const next = toks[to]
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

// How many tokens at `at` form a place suffix ("City", "New District"); lower case allowed after a known place.
function placeSuffixLength(toks: readonly Tok[], at: number, afterKnown: boolean): number {
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
  // "Liaoning coastal economic belt" is not "Liaoning" + "Area"; only administrative words follow a name.
  return afterKnown && !/^(?:City|Province|County|District|Region|Municipality|Prefecture)$/.test(single)
    ? 0
    : 1
}

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

function proposeHyphenated(tok: Tok, index: number, out: Candidate[]): void {
  // "Shanghai-Dalian cooperation": each part is a place when every part is a known place.
  const parts = tok.base.split('-')
  if (parts.length < 2) return
  const places = parts.map((part) => matchPlace([shapedTok(tok, part)], 0))
  if (places.some((place) => place?.length !== 1)) return
  out.push({
    from: index,
    to: index + 1,
    type: 'place',
    name: tok.base,
    parts: places.map((place) => place!.place.name),
    rule: 'place-hyphenated',
    priority: priority.place,
  })
}
