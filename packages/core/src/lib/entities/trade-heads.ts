/**
 * Trades a Chinese or Japanese company is named after with no head word or legal form: "Hengrui Sportswear
 * will supply the kits", "the Yamaoka Brewing stand". Alone, or after an English word, they name a trade
 * ("Outdoor Sportswear", "Craft Brewing"), so only a pinyin or a Japanese name in front makes them a head.
 */
import { demonyms } from '../data/demonyms.js'
import { englishPinyinWords, splitPinyin } from '../data/pinyin.js'
import type { Head } from './body-head.js'
import { titleEnds } from './company-cues.js'
import { isJapaneseNameWord } from './japanese-names.js'
import { looksLikeOneWordName } from './one-word-names.js'
import type { Tok } from './tokens.js'
import { capitalised, functionWord, legalForm, placeFirst } from './word-classes.js'

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
  if (routeTrades.has(value)) {
    // "the Korsak-Tavrin Lines": two places joined name a route.
    if (!name.spaced || name.flags & placeFirst || name.value.includes('-')) return undefined
    if (!routeOperator(toks, index, end)) return undefined
  }
  const next = toks[end]
  if (next?.spaced && qualified.has(next.lower)) return undefined
  if (next?.spaced && fieldTrades.has(value) && (next.value === 'and' || next.value === '&')) return undefined
  return { end, text, legal: false, weak: true }
}

// Endings of English adjectives and nouns that say what kind of trip or line it is: "Industrial Tours",
// "Wellness Travel", "Heritage Tours", "Seaside Tours", "Civilized Travel", "Ecological Lines".
const kindEnding = /(?:al|ic|ed|age|ing|ness|ern|side|ive|ity|ism|ure|ary)$/
// Words before a name that make it one trip or line of many, not an operator: "the Cherry Blossom Tours",
// "12 new Feeder Lines".
// biome-ignore format: packed data
const countWords = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'new', 'more',
  'other', 'several', 'many', 'all', 'some', 'both', 'each', 'every', 'any', 'no', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'main', 'major',
])
// Words after the trade that make it a company whatever its name: "… Travel Service Co.", "… Tours Agency".
const companyAfter = new Set(['Service', 'Services', 'Agency', 'Co', 'Co.', 'Company'])

/**
 * Whether "Lines", "Tours" or "Travel" at `index` (the trade ending at `end`) names an operator, not a
 * route, a kind of trip or a campaign ("Industrial Tours", "3 Trunk Lines", "the Cherry Blossom Tours"):
 * a legal form or "Service" after it, a pinyin or Japanese name before it, a company cue in front ("General
 * Director of", "operated by … and", "an agreement with"), or else a word like a name in the name and no
 * count or article in front.
 */
function routeOperator(toks: readonly Tok[], index: number, end: number): boolean {
  const name = toks[index - 1]!
  if (kindEnding.test(name.lower)) return false
  let from = index - 1
  while (from > index - 4 && isRunWord(toks[from - 1]) && toks[from]!.spaced) from--
  const before = toks[from - 1]
  if (before?.kind === 'word' && /^\d/.test(before.value)) return false
  const next = toks[end]
  if (next?.spaced && (next.flags & legalForm || companyAfter.has(next.value))) return true
  if (!englishPinyinWords.has(name.lower) && (splitPinyin(name.lower) || isJapaneseNameWord(name.lower)))
    return true
  if (before && companyCue(toks, from - 1)) return true
  if (before?.kind === 'word' && countWords.has(before.lower)) return false
  // "the Ecological Lines and Bottom Lines": a second of two joined is what the first is.
  const first = toks[from - 2]
  if ((before?.value === 'and' || before?.value === 'or') && first && routeTrades.has(first.value))
    if (!namedTradeHeadAt(toks, from - 2)) return false
  for (let at = from; at < index; at++) {
    const word = toks[at]!.value
    if (!kindEnding.test(toks[at]!.lower) && looksLikeOneWordName(word)) return true
  }
  return false
}

function isRunWord(tok: Tok | undefined): boolean {
  return tok?.kind === 'word' && (tok.flags & (capitalised | functionWord)) === capitalised && !tok.possessive
}

/**
 * Whether the word at `at`, just before a name, says a company follows: "by" or "with" ("operated by",
 * "an agreement with"), a title and "of" ("General Director of"), or an "and" after a legal form or in a
 * clause with "by" or "with" ("run by Harwick Co., Ltd. and …").
 */
function companyCue(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]!
  if (tok.value === 'by' || tok.value === 'with') return true
  // "General Director of Korsak Lines", "chief executive officer of …"
  if (tok.value === 'of') return titleEnds.has(toks[at - 1]?.lower ?? '')
  if (tok.value !== 'and') return false
  for (let back = at - 1; back >= 0 && back >= at - 12; back--) {
    const word = toks[back]!
    if (word.value === '.' || word.value === ';' || word.value === ':') return back === at - 1
    if (back === at - 1 && word.flags & legalForm) return true
    if (word.value === 'by' || word.value === 'with') return true
  }
  return false
}
