/**
 * A company's trade name and where its short forms may end: "Luoxin Bank" for "Dalian Luoxin Commercial
 * Bank Co., Ltd.", "Hemao Shipbuilding" for "… Hemao Shipbuilding Heavy Industry …", "Mingtuo Film and
 * Television" for "… Mingtuo Film and Television Culture Media …", and the trade name alone ("Tongfeng",
 * "Eichwald") where it can be no place, person or word.
 */
import { compoundChineseSurnames } from '../data/chinese-surnames.js'
import { industryWords, organisationHeadWords } from '../data/organisations.js'
import { englishPinyinWords, isPinyinName, pinyinLoanWords, splitPinyin } from '../data/pinyin.js'
import { placeSuffixSense } from '../data/place-suffixes.js'
import { locatives } from './brands.js'
import { matchPlace } from './gazetteer.js'
import { closeQuotes, openQuotes } from './structure-names.js'
import { functionWords, isAllCaps, type Tok } from './tokens.js'

/** A company named in full: the words of its name but the legal form, and the name. */
export interface Company {
  /** The name's words (bases) without the legal form and a bracketed place. */
  readonly words: readonly string[]
  /** Index in `words` of the trade name, the first word that is no place ("Luoxin"). */
  readonly trade: number
  /** The company's full name. */
  readonly name: string
  /** Whether the trade name alone stands for the company (see `tradeNameStandsAlone`). */
  readonly alone: boolean
}

// Capitalised English words that start many company names and as many phrases ("Green Development",
// "Golden Beach", "New Energy"); endings below catch "International", "Modern", "Eastern".
// biome-ignore format: packed data
const englishTradeWords = new Set([
  'green', 'blue', 'red', 'golden', 'gold', 'silver', 'new', 'great', 'grand', 'ocean', 'sea', 'star',
  'sun', 'sunshine', 'bright', 'smart', 'first', 'united', 'union', 'global', 'royal', 'future', 'century',
  'orient', 'harbour', 'harbor', 'coast', 'bay', 'peace', 'victory', 'top', 'prime', 'crown', 'spring',
  'rainbow', 'trade', 'city', 'urban', 'rural', 'high', 'open', 'free', 'clean', 'young', 'wise', 'good',
  'world', 'east', 'west', 'north', 'south', 'central', 'china', 'asia', 'pacific', 'northeast',
])
const englishEnding =
  /(?:al|ment|[st]ion|ing|ern|ics?|ive|ous|ity|ery|ary|ance|ence|ship|ness|ture|ful|able)$/

/**
 * Whether a trade name is a name, not English words ("Green Development", "International Trade"): pinyin
 * ("Hemao"), all capitals ("CIMC") or a word of no English kind ("Wolkenstadt").
 */
export function isTradeName(word: string): boolean {
  if (isAllCaps(word)) return true
  const lower = word.toLowerCase()
  if (isPinyinName(lower)) return true
  if (functionWords.has(lower) || industryWords.has(word) || organisationHeadWords.has(word)) return false
  return !englishTradeWords.has(lower) && !englishEnding.test(lower)
}

// The words of a business line that trail a company's name and that its short form leaves out, with what
// it makes: "Mingtuo Film and Television" of "Dalian Mingtuo Film and Television Culture Media Co., Ltd.".
// biome-ignore format: packed data
const tradePhraseWords = new Set([
  'Culture', 'Cultural', 'Media', 'Technology', 'Technologies', 'Tech', 'Science', 'Trading', 'Trade',
  'Development', 'Investment', 'Industry', 'Industrial', 'Industries', 'Service', 'Services', 'Management',
  'Consulting', 'Communication', 'Communications', 'Information', 'Network', 'Commerce', 'Business',
  'Holding', 'Holdings', 'Group', 'International', 'and', '&',
])

/**
 * Whether a short form of `company` may end on its word `position`: on one of its last two words (what the
 * company is), on the word after the trade name ("Hemao Shipbuilding"), or before a trailing trade phrase
 * ("Mingtuo Film and Television" before "Culture Media"); never on a place's word ("Luoxin Port" of
 * "… Luoxin Port Logistics Group" is the port).
 */
export function endsShortForm(company: Company, position: number): boolean {
  const { words, trade } = company
  if (position >= words.length - 2) return true
  if (position <= trade || placeSuffixSense.has(words[position]!)) return false
  if (position === trade + 1) return true
  for (let at = position + 1; at < words.length; at++) if (!tradePhraseWords.has(words[at]!)) return false
  return !tradePhraseWords.has(words[position]!)
}

/**
 * Whether a company's trade name `word` alone stands for it ("voted to dismiss Tongfeng"): pinyin of two to
 * four syllables that is no English word nor compound surname. A one-syllable or English word is a word
 * too often, and a foreign firm's name alone is the parent, not its Chinese subsidiary ("Velmot" is not
 * "Velmot Maschinenbau (Dalian) Co., Ltd.").
 */
export function tradeNameStandsAlone(word: string): boolean {
  const lower = word.toLowerCase()
  if (englishPinyinWords.has(lower) || pinyinLoanWords.has(lower) || compoundChineseSurnames.has(lower))
    return false
  const syllables = splitPinyin(lower)
  return syllables !== undefined && syllables.length >= 2 && syllables.length <= 4
}

/**
 * Whether a trade name alone at `toks[index]` reads as the company: not a place ("in Tongfeng"), a known
 * one or after a word of place, nor a quoted brand or product ('the trademark "Tongfeng"'), nor a brand
 * before the thing it makes ("bought a Tongfeng sedan"); "a Tongfeng spokesman" is the company's.
 */
export function aloneAt(toks: readonly Tok[], index: number): boolean {
  const before = toks[index - 1]
  const next = toks[index + 1]
  if (before && (openQuotes.has(before.value) || locatives.has(before.lower))) return false
  if (before && ownerWords.has(before.lower) && next?.kind === 'word' && productNouns.has(next.lower))
    return false
  return !closeQuotes.has(next?.value ?? '') && !matchPlace(toks, index)
}

// An article or an owner before a brand and the thing it makes: "a Tongfeng sedan", "his Tongfeng phone".
const ownerWords = new Set(['a', 'an', 'his', 'her', 'their', 'my', 'our', 'your'])
// biome-ignore format: packed list
const productNouns = new Set([
  'sedan', 'sedans', 'car', 'cars', 'suv', 'truck', 'trucks', 'bus', 'van', 'bike', 'bicycle', 'scooter',
  'motorcycle', 'phone', 'phones', 'smartphone', 'laptop', 'computer', 'tablet', 'watch', 'camera', 'tv',
  'television', 'fridge', 'refrigerator', 'bottle', 'bottles', 'can', 'beer', 'wine', 'liquor', 'tea',
  'coffee', 'drink', 'product', 'products', 'brand', 'model', 'device', 'appliance', 'machine', 'jacket',
  'shoe', 'shoes', 'bag', 'toy',
])
