/**
 * Trades a Chinese or Japanese company is named after with no head word or legal form: "Hengrui Sportswear
 * will supply the kits", "the Yamaoka Brewing stand". Alone, or after an English word, they name a trade
 * ("Outdoor Sportswear", "Craft Brewing"), so only a pinyin or a Japanese name in front makes them a head.
 */
import { englishPinyinWords, splitPinyin } from '../data/pinyin.js'
import type { Head } from './body-head.js'
import { isJapaneseNameWord } from './japanese-names.js'
import type { Tok } from './tokens.js'
import { capitalised, functionWord, placeFirst } from './word-classes.js'

// biome-ignore format: packed data
const trades = new Set([
  'Sportswear', 'Apparel', 'Garments', 'Knitwear', 'Footwear', 'Brewing', 'Brewery', 'Distillery', 'Winery',
  'Beverages',
])
// Nouns the trade qualifies when it names none: "the Hengrui Sportswear brand", "the Yamaoka Brewing
// industry".
// biome-ignore format: packed data
const qualified = new Set([
  'brand', 'brands', 'industry', 'industries', 'sector', 'market', 'markets', 'products', 'style', 'styles',
  'culture', 'festival', 'fair', 'show', 'expo', 'base', 'cluster', 'town', 'street', 'zone', 'park',
])

/**
 * The trade at `index` as a weak head after a pinyin or a Japanese name ("Hengrui Sportswear", "Yamaoka
 * Brewing"); not after a place ("Xinbao Brewing" is the city's trade) nor before a noun it qualifies.
 */
export function tradeHeadAt(toks: readonly Tok[], index: number): Head | undefined {
  const value = toks[index]!.value
  if (!trades.has(value)) return undefined
  const name = toks[index - 1]
  if (name?.kind !== 'word' || name.possessive || !toks[index]!.spaced) return undefined
  if ((name.flags & (capitalised | functionWord | placeFirst)) !== capitalised) return undefined
  const lower = name.lower
  if (englishPinyinWords.has(lower) || !(splitPinyin(lower) || isJapaneseNameWord(lower))) return undefined
  const next = toks[index + 1]
  if (next?.kind === 'word' && next.spaced && qualified.has(next.lower)) return undefined
  return { end: index + 1, text: value, legal: false, weak: true }
}
