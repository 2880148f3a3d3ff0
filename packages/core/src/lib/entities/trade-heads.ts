/**
 * Trades a Chinese or Japanese company is named after with no head word or legal form: "Hengrui Sportswear
 * will supply the kits", "the Yamaoka Brewing stand". Alone, or after an English word, they name a trade
 * ("Outdoor Sportswear", "Craft Brewing"), so only a pinyin or a Japanese name in front makes them a head.
 */
import { demonyms } from '../data/demonyms.js'
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
 * The trade head that ends at `index`, of either kind below: "Qinbo Sportswear and …", "Orsk Air Lines
 * and …" end a name, whose "and" then joins two.
 */
export function tradeHeadAt(toks: readonly Tok[], index: number): Head | undefined {
  const head = pinyinTradeHeadAt(toks, index) ?? namedTradeHeadAt(toks, index)
  if (head || !pairSeconds.has(toks[index]!.value)) return head
  const pair = namedTradeHeadAt(toks, index - 1)
  return pair?.end === index + 1 ? pair : undefined
}

/**
 * The trade at `index` as a weak head after a pinyin or a Japanese name ("Hengrui Sportswear", "Yamaoka
 * Brewing"); not after a place ("Xinbao Brewing" is the city's trade) nor before a noun it qualifies.
 */
export function pinyinTradeHeadAt(toks: readonly Tok[], index: number): Head | undefined {
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

// Trades a carrier or a publisher of any country is named by after its name: "Dravik Airways", "Maristel
// Cruises", "Solenne Books", "Tessaly Publishing", and the Japanese publisher's 書店 "Shoten", 書房 "Shobo",
// 出版 "Shuppan" ("Okuyama Shoten"); a shipping line or a tour operator ("Korsak Bay Lines", "Tamber Fox
// Tours", "Veloria Travel"). Alone or after a word of ordinary English they name a trade or a kind
// ("Picture Books", "Digital Publishing", "Luxury Cruises"), so the word before must be a name.
// biome-ignore format: packed data
export const namedTrades: ReadonlySet<string> = new Set([
  'Airways', 'Cruises', 'Ferries', 'Books', 'Publishing', 'Shoten', 'Shobo', 'Shuppan', 'Shuppansha',
  ...['Lines', 'Tours', 'Travel'],
])
// Trades that also end the name of a route, a trip or a city's own lines ("the Korsak-Tavrin Lines",
// "Xinbao Tours", "the Dalian Metro Lines"): the word before must be a word of its own, no place.
const routeTrades = new Set(['Lines', 'Tours', 'Travel'])
// The same trades in two words: "Vellmar Cruise Line", "Orsk Air Lines", "Korsak Container Line" (and
// "Shipping Line", organisations.ts); a line alone is a route or a metro line ("the Xinbao-Tavrin Line",
// "Metro Line 5").
const namedTradePairs = new Map([
  ['Cruise', new Set(['Line', 'Lines'])],
  ['Air', new Set(['Lines'])],
  ['Container', new Set(['Line'])],
  ['Steamship', new Set(['Line'])],
])
// The second words of those pairs: "Lines" after "Orsk Air" ends the name too.
const pairSeconds = new Set([...namedTradePairs.values()].flatMap((seconds) => [...seconds]))
// Trades that are also fields a body is named by, joined by "and": "the Xinbao Publishing and Media Group",
// "Books and Periodicals".
const fieldTrades = new Set(['Books', 'Publishing'])
// Capitalised words of ordinary English that say what kind of book, trip or publishing it is, or for whom:
// "Children's Books", "Rare Books", "River Cruises", "Academic Publishing" name no company.
// biome-ignore format: packed data
const kindWords = new Set([
  "Children's", 'Children’s', 'Children', 'Kids', 'Teen', 'Young', 'Picture', 'Comic', 'Rare', 'Audio',
  'Used', 'Old', 'New', 'Best', 'Top', 'Good', 'Great', 'Classic', 'Digital', 'Online', 'Electronic',
  'Desktop', 'Academic', 'Educational', 'Text', 'Reference', 'Story', 'Free', 'Open', 'Cheap', 'Budget',
  'Luxury', 'River', 'Ocean', 'Sea', 'Coastal', 'Holiday', 'Summer', 'Winter', 'Spring', 'Autumn', 'Polar',
  'Expedition', 'Local', 'National', 'International', 'Regional', 'Domestic', 'Global', 'Green', 'Red',
  'Self', 'Independent', 'Popular', 'Selected', 'Recommended', 'Banned', 'Printed', 'Ancient', 'Foreign',
  // a trip, a journey or a line of no operator: "Guided Tours", "Business Travel", "Production Lines"
  'Guided', 'City', 'Walking', 'Study', 'Factory', 'Virtual', 'Day', 'Night', 'Private', 'Group', 'Business',
  'Air', 'Rail', 'Space', 'Time', 'Leisure', 'Outbound', 'Inbound', 'Smart', 'Safe', 'Family', 'Cultural',
  'World', 'Grand', 'Concert', 'Production', 'Assembly', 'Product', 'Metro', 'Subway', 'Bus', 'Tram',
  'Power', 'Phone', 'Party', 'Front', 'Hot', 'Help', 'Service', 'Blue', 'Yellow', 'Dotted', 'Two', 'Three',
])

/**
 * The trade at `index` that names a carrier or a publisher after its name, as a weak head: "Dravik
 * Airways", "Maristel Cruises", "Vellmar Cruise Line", "Okuyama Shoten", "Solenne Books"; not after a word
 * of ordinary English ("Children's Books", "Digital Publishing") nor a field before "and" ("Publishing and Media").
 */
export function namedTradeHeadAt(toks: readonly Tok[], index: number): Head | undefined {
  const value = toks[index]!.value
  const pair = namedTradePairs.get(value)
  let end = index + 1
  let text = value
  if (pair) {
    const second = toks[index + 1]
    if (!second?.spaced || !pair.has(second.value)) return undefined
    end++
    text = `${value} ${second.value}`
  } else if (!namedTrades.has(value)) return undefined
  const name = toks[index - 1]
  if (name?.kind !== 'word' || name.possessive || !toks[index]!.spaced) return undefined
  // "English Books", "Chinese Publishing": a nationality or a language says what kind, as a kind word does.
  const kind = kindWords.has(name.value) || demonyms.has(name.value)
  if ((name.flags & (capitalised | functionWord)) !== capitalised || kind) return undefined
  // "the Korsak-Tavrin Lines": two places joined name a route.
  if (routeTrades.has(value) && (!name.spaced || name.flags & placeFirst || name.value.includes('-')))
    return undefined
  const next = toks[end]
  if (next?.spaced && qualified.has(next.lower)) return undefined
  if (next?.spaced && fieldTrades.has(value) && (next.value === 'and' || next.value === '&')) return undefined
  return { end, text, legal: false, weak: true }
}
