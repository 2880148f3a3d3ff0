/**
 * Heads of more than one word whose first word alone is no head: "Family Farm", "Military Region",
 * "Funeral Home", "Persons' Federation", and a forum or a circle named by its members ("Exporters Forum").
 */
import { englishPinyinWords, splitPinyin } from '../data/pinyin.js'
import type { Head } from './body-head.js'
import { matchPlace } from './gazetteer.js'
import type { Tok } from './tokens.js'
import { namedTradeHeadAt, pinyinTradeHeadAt } from './trade-heads.js'
import { capitalised, functionWord, organisationHead } from './word-classes.js'

// The kinds of farm that Chinese rural news names as businesses (家庭农场 "family farm", 养殖场 "breeding
// farm", 奶牛场 "dairy farm").
// biome-ignore format: packed data
const farmKinds = new Set([
  'Family', 'Breeding', 'Dairy', 'Livestock', 'Poultry', 'Pig', 'Hog', 'Cattle', 'Chicken', 'Sheep', 'Seed',
  'Seedling',
])

/**
 * The head of two or three words, or named by its members, whose first word is no head at `index`: a farm of
 * a kind ("Hongyu Family Farm"), "Military Region", "Funeral Home", "Disabled Persons' Federation",
 * "Exporters Forum"; or a trade after a name ("Hengrui Sportswear", "Dravik Airways", `trade-heads.ts`).
 */
export function compoundHeadAt(toks: readonly Tok[], index: number): Head | undefined {
  const value = toks[index]!.value
  // "Orsk Air Lines": "Air" alone is read in body-heads.ts.
  if (value === 'Air') return namedTradeHeadAt(toks, index)
  // "Hongyu Family Farm", "Hexing Dairy Farm": a farm of a kind that is registered as a business, with a
  // name in front (weak); not "Wind Farm", a plant, nor a farm of no kind, which may be a place.
  if (farmKinds.has(value)) {
    const farm = toks[index + 1]
    if (farm?.base === 'Farm' && farm.spaced) {
      return { end: index + 2, text: `${value} Farm`, legal: false, weak: true }
    }
  }
  const store = storeHeadAt(toks, index)
  if (store) return store
  if (value.length > 4) {
    // "the Shenyang Military Region" was a command of the army, not a region.
    if (value === 'Military' && toks[index + 1]?.value === 'Region' && toks[index + 1]!.spaced) {
      return { end: index + 2, text: 'Military Region', legal: false, weak: false }
    }
    const second = pairedHeads.get(value)
    const next = toks[index + 1]
    if (
      second &&
      next?.spaced &&
      second.has(next.value) &&
      (value !== 'Ocean' || shipperBefore(toks, index))
    ) {
      return { end: index + 2, text: `${value} ${next.value}`, legal: false, weak: value === 'Ocean' }
    }
    if (value === 'Persons' || memberNouns.has(value)) return membersHead(toks, index)
    // "the Kelan Agents Forum 2025" is the forum's meeting of that year, an event.
    if (
      (value === 'Forum' || value === 'Circle') &&
      (memberNouns.has(toks[index - 1]?.value ?? '') || postOf(toks, index)) &&
      !/^\d/.test(toks[index + 1]?.value ?? '')
    ) {
      return { end: index + 1, text: value, legal: false, weak: false }
    }
    // "Hengrui Sportswear will supply the kits": a trade after a Chinese or a Japanese name; "Dravik
    // Airways", "Okuyama Shoten": a carrier's or a publisher's trade after any name.
    return pinyinTradeHeadAt(toks, index) ?? namedTradeHeadAt(toks, index)
  }
  return undefined
}

// Heads of two words whose first is no head ("Home" and "House" alone name a building): "the Xinbao
// Funeral Home", "Haibin Literature and Art Publishing House", "the Jinzhou Nursing Home".
const pairedHeads = new Map([
  ['Funeral', new Set(['Home', 'Parlor', 'Parlour'])],
  ['Nursing', new Set(['Home'])],
  ['Publishing', new Set(['House'])],
  ['Printing', new Set(['House'])],
  // a deep-sea shipping company (远洋运输), weak, so only after its name: "Halvorsk Ocean Carriers", "Tessin
  // Ocean Lines"; "Ocean" alone is a kind of cruise or freight ("Ocean Cruises", trade-heads.ts)
  ['Ocean', new Set(['Carriers', 'Lines'])],
  // the council of a Turkish or a South African city, named with its place as a people's government is
  // ("Kessel Metropolitan Municipality", "Tavrin Local Municipality"); "Xinbao Municipality" is the place
  ['Metropolitan', new Set(['Municipality'])],
  ['Local', new Set(['Municipality'])],
])

// Whether a shipping company's name stands before the "Ocean" at `index`: not the ocean itself ("the Pacific
// Ocean Lines" are the routes across it), and the place keeps its word.
function shipperBefore(toks: readonly Tok[], index: number): boolean {
  if (!namedBefore(toks, index)) return false
  const place = matchPlace(toks, index - 1)
  return !place || place.length < 2
}

// Whether a capitalised word of a name, no function word, stands right before the word at `index`.
function namedBefore(toks: readonly Tok[], index: number): boolean {
  const name = toks[index - 1]
  return (
    name?.kind === 'word' &&
    toks[index]!.spaced &&
    (name.flags & (capitalised | functionWord)) === capitalised
  )
}

// "the Xinbao Disabled Persons' Federation": the federation of disabled persons every city and county has
// (残疾人联合会); "the Corvid Cocoa Growers' Union", "the Kessel Pump & Gasket Makers' Association": a body of
// its members. The plural's apostrophe, which the parser parts from its word, stands inside the name.
function membersHead(toks: readonly Tok[], index: number): Head | undefined {
  const mark = toks[index + 1]
  const head = toks[index + 2]
  if ((mark?.value !== "'" && mark?.value !== '’') || mark.spaced || !head?.spaced) return undefined
  if (!(head.flags & organisationHead) || head.possessive) return undefined
  return { end: index + 3, text: `${toks[index]!.value}' ${head.value}`, legal: false, weak: false }
}

// Posts of a standing body, whose holder a forum that is no event has: "chairperson of the Kessel Port
// Users Forum". Not "speakers at the Xinbao Forum", nor "host of the … Forum", which an event has too.
// biome-ignore format: packed data
const forumPosts = new Set([
  'chairperson', 'chairman', 'chairwoman', 'chair', 'president', 'secretary-general', 'convener', 'convenor',
  'treasurer',
])

// A plural noun of people who may form a forum: "Developers", "Hoteliers", "Entrepreneurs", "Pharmacists".
const pluralMembers = /^[A-Z][a-z]+(?:ers|ors|eurs|ists|ians|ants|ents)$/

// Whether the forum at `index` is named after a post of it: "chairperson of the Kessel Port Users Forum",
// "the president of Tavrin Hoteliers Forum"; "general" of "secretary general" is its last word.
function postOf(toks: readonly Tok[], index: number): boolean {
  // "chairman of the Kessel Summer Davos Forum" chairs an event: the forum is named by its members.
  if (!pluralMembers.test(toks[index - 1]?.value ?? '')) return false
  let at = index - 1
  while (at > index - 8 && toks[at]?.kind === 'word' && toks[at]!.spaced) {
    if ((toks[at]!.flags & (capitalised | functionWord)) !== capitalised) break
    at--
  }
  if (at === index - 1) return false
  if (toks[at]?.lower === 'the') at--
  if (toks[at]?.value !== 'of') return false
  const post = toks[at - 1]?.lower ?? ''
  return forumPosts.has(post) || (post === 'general' && toks[at - 2]?.lower === 'secretary')
}

// The members a standing forum or circle is of, who name it: "the Corvid Coffee Exporters Forum", "the
// Port Lanning Travel Agents Circle". A forum of no members is an event ("the Xinbao Investment Forum").
// Before a plural's apostrophe and a head they name a body of those members too ("… Growers' Union").
// biome-ignore format: packed data
const memberNouns = new Set([
  'Exporters', 'Importers', 'Producers', 'Manufacturers', 'Agents', 'Traders', 'Dealers', 'Retailers',
  'Wholesalers', 'Operators', 'Growers', 'Suppliers', 'Distributors', 'Brokers', 'Planters', 'Processors',
  'Shipowners', 'Employers', 'Builders', 'Contractors', 'Millers', 'Roasters', 'Breeders', 'Makers',
  'Merchants', 'Owners',
])

/**
 * The head of a hotel at the "Hotel" at `index`, over the city a chain names its hotel by after the head:
 * "the Osmund Bay Hotel Xinbao" is one hotel, so its "Osmund Bay" is no bay. Not before a city that goes
 * on into a name of its own ("the Osmund Hotel Xinbao Branch").
 */
export function hotelHeadAt(toks: readonly Tok[], index: number): Head {
  // Weak, as "Hotel" is in weakHeads (body-heads.ts): the two must agree.
  const head = { end: index + 1, text: 'Hotel', legal: false, weak: true }
  const city = toks[index + 1]
  // The word at `index` is "Hotel" itself (body-heads.ts), never a possessive.
  if (city?.kind !== 'word' || !city.spaced || !(city.flags & capitalised)) return head
  const place = matchPlace(toks, index + 1)
  if (!place) return head
  const end = index + 1 + place.length
  const after = toks[end]
  if (after?.kind === 'word' && after.spaced && after.flags & capitalised) return head
  return { ...head, end }
}

// A shop named as a business (百货 "department store", 超市 "supermarket", 商场 "shopping mall"), by the word
// before the head, if any is needed: "the Mubai Department Store", "Tuoyan Supermarket".
const storeHeads = new Map([
  ['Store', 'Department'],
  ['Mall', 'Shopping'],
  ['Supermarket', ''],
  ['Hypermarket', ''],
  ['Outlets', ''],
])

/**
 * The head of a shop at `index`, weak, after a pinyin name: "the Mubai Department Store", "Tuoyan
 * Supermarket", "Renbo Outlets"; not "a Finnish Supermarket" nor "the Community Supermarket", which name
 * a kind of shop.
 */
function storeHeadAt(toks: readonly Tok[], index: number): Head | undefined {
  const value = toks[index]!.value
  const kind = storeHeads.get(value)
  if (kind === undefined) return undefined
  let at = index
  if (kind !== '') {
    if (toks[index - 1]?.value !== kind || !toks[index]!.spaced) return undefined
    at--
  }
  if (!namedBefore(toks, at) || toks[at - 1]!.possessive) return undefined
  const lower = toks[at - 1]!.lower
  if (englishPinyinWords.has(lower) || !splitPinyin(lower)) return undefined
  return { end: index + 1, text: kind === '' ? value : `${kind} ${value}`, legal: false, weak: true }
}
