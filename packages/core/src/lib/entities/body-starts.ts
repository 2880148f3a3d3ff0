/**
 * Capitalised words in front of a body's name that are not part of it: the term a congress or a party
 * committee is in ("the 17th Xinbao Municipal People's Congress"), where a company is based or whose
 * money funds it ("Kelvara-based Orlin Holdings", "a Korean-funded Tessan Group"), and what a headline
 * says it is ("Danish Pump Maker Brovik A/S to Build …").
 */
import { ordinalNumbers } from '../data/numbers.js'
import { industryWords } from '../data/organisations.js'
import { matchPlace } from './gazetteer.js'
import { isTitleWord } from './titles.js'
import type { Tok } from './tokens.js'
import { capitalised } from './word-classes.js'

// Bodies elected for a term, whose term's number is written in front: "the 12th CPC Xinbao Municipal
// Committee", "the 17th Xinbao Municipal People's Congress". A numbered hospital or bureau is another body
// ("the 3rd People's Hospital", "the 7th Engineering Bureau") and keeps its number.
const termHeads = new Set(['Committee', 'Congress', 'CPPCC', 'Commission', 'Assembly', 'Parliament'])
const digitOrdinal = /^\d{1,3}(?:st|nd|rd|th)$/
/** Words after a hyphen that make the word before it where a business sits or whose money it has. */
export const originWords = /^(?:based|headquartered|funded|invested|registered)$/
// The word before them: "Kelvara-based", "Hong Kong-headquartered" (its last word), "U.K.-based".
const originPlace = /^\p{Lu}[\p{L}.'’]*$/u
// Prefixes of kinds of investment, which start names of their own ("the Foreign-funded Enterprises
// Association"); not a place.
// biome-ignore format: packed data
const kindPrefixes = new Set([
  'Foreign', 'State', 'Overseas', 'Private', 'Government', 'Self', 'Jointly', 'Wholly', 'Domestic',
  'Publicly', 'Privately', 'Community', 'Sino-foreign', 'Sino-Foreign',
])

/**
 * Where the name of the head at `head`, read from `from`, starts once the words in front that are not
 * part of it are left out: up to a "<Place>-based" word, and past a term's number.
 */
export function nameStart(toks: readonly Tok[], from: number, head: number): number {
  // The cheap tests first: most heads go on with neither "of" nor "and", and most names start with no
  // board's members.
  if (portfolioGoesOn(toks[head + 1])) {
    const portfolio = toks[from]!.value === 'for' ? from : portfolioFor(toks, from - 1)
    if (portfolio !== -1 && isTitleWord(toks[portfolio - 1]?.value ?? '')) return head
  }
  if (boardMembers.has(toks[from]!.value) && isBoardOf(toks, from)) return from + 2
  let start = from
  for (let index = head - 1; index >= from; index--) {
    if (isOriginPrefix(toks[index]!.value)) {
      start = index + 1
      break
    }
  }
  const first = toks[start]
  if (start < head && first && termHeads.has(toks[head]!.base) && isTermNumber(first)) start++
  // "every Kabushiki Kaisha must file …": the first word of a Japanese company form names no company.
  if (start === head - 1 && toks[head]!.value === 'Kaisha' && kaishaKinds.has(first!.value)) return head
  return start
}

// "Managing Director for Asia-Pacific Investment of …", "Undersecretary for Commerce and Industry of the
// Ministry …": the words after a title's "for" and before the "of" of the body the title is in are its
// portfolio, no body of their own; `nameStart` gives the head, with nothing in front, and the body rules
// drop a head that needs a name, as in "Secretary for Financial Services and the Treasury". "vice mayor for
// Xinbao Port projects" names the port, and is left alone.
function portfolioGoesOn(next: Tok | undefined): boolean {
  return next?.value === 'of' || next?.value === 'and'
}

// The "for" of a portfolio that ends at `at`, back over the fields listed before the name's own words:
// "for Industry and Information Technology of …", "for Trade, Industry and …"; -1 past any other word,
// so "of the Xinbao Science and Technology Bureau" keeps its name.
function portfolioFor(toks: readonly Tok[], at: number): number {
  let value = toks[at]?.value
  if (value === 'for') return at
  if (value !== 'and' && value !== ',') return -1
  for (let index = at - 1, stop = Math.max(0, at - 12); index >= stop; index--) {
    const tok = toks[index]!
    value = tok.value
    if (value === 'for') return index
    if (value !== 'and' && value !== ',' && !(tok.kind === 'word' && tok.flags & capitalised)) return -1
  }
  return -1
}

// "Chairman of the Board of Directors and Party secretary of …": a board's members end its name, and the
// "and" after them joins two posts, so "Directors and" is no part of the head's name.
const boardMembers = new Set(['Directors', 'Supervisors', 'Trustees', 'Governors'])

// Whether the board's members at `at` follow "Board of" and go on with "and" ("Board of Directors and …").
function isBoardOf(toks: readonly Tok[], at: number): boolean {
  return toks[at + 1]?.value === 'and' && toks[at - 1]?.value === 'of' && toks[at - 2]?.base === 'Board'
}

// The kinds of a Japanese company written before "Kaisha": stock, limited liability, partnership.
const kaishaKinds = new Set(['Kabushiki', 'Godo', 'Yugen', 'Gomei', 'Goshi'])

// Whether a word says where a company is based or whose money it has: "Kelvara-based", not "Foreign-funded".
function isOriginPrefix(value: string): boolean {
  if (value.length < 8) return false
  const dash = value.lastIndexOf('-')
  if (dash < 1 || !originWords.test(value.slice(dash + 1))) return false
  const place = value.slice(0, dash)
  return originPlace.test(place) && !kindPrefixes.has(place)
}

/** Whether the word before the head at `head` numbers a term ("the 5th Congress", "the Eighth Congress"). */
export function termNumberBefore(toks: readonly Tok[], head: number): boolean {
  const before = toks[head - 1]
  return before?.kind === 'word' && toks[head]!.spaced && isTermNumber(before)
}

// Whether a word numbers a term: "17th", "Third". Its lower case is the token's own, not made again.
function isTermNumber(tok: Tok): boolean {
  return digitOrdinal.test(tok.value) || ordinalNumbers.has(tok.lower)
}

// Nouns a headline puts in front of a company to say what it is: "Danish Pump Maker Brovik A/S", "Chipmaker
// Tessan Inc.", "Norwegian Ferry Operator Skarvik ASA"; in a body sentence they are in lower case. Not
// "Giant" nor "Firm", which Chinese companies have in their names ("Xinbao Green Giant Food Co.").
// biome-ignore format: packed data
const descriptors = new Set([
  'Maker', 'Makers', 'Producer', 'Manufacturer', 'Supplier', 'Retailer', 'Developer', 'Operator', 'Exporter',
  'Importer', 'Carmaker', 'Automaker', 'Chipmaker', 'Steelmaker', 'Toolmaker', 'Shipbuilder',
])

/**
 * Where a company's name in a Title Case headline starts once a descriptor in front is left out: after
 * "Welsh Valve Maker" in "Welsh Valve Maker Corran plc"; not in "Supplier Hub Co." (nothing in front),
 * "Xinbao Ice Maker Machinery Co." (a trade after it, so part of the name) nor a name that starts with a
 * place ("Xinbao Tile Maker Trading Co."), as Chinese companies are named after their city.
 */
export function headlineNameStart(toks: readonly Tok[], from: number, head: number): number {
  if (matchPlace(toks, from)) return from
  for (let index = head - 2; index >= from; index--) {
    const tok = toks[index]!
    if (!descriptors.has(tok.value)) continue
    if (index === from && !tok.value.endsWith('maker') && !tok.value.endsWith('builder')) return from
    return industryWords.has(toks[index + 1]!.base) ? from : index + 1
  }
  return from
}

// The people a count before a body's name and head is of: "12 Party members", "30 Youth League cadres".
const countedPeople = new Set([
  'members',
  'cadres',
  'volunteers',
  'officials',
  'secretaries',
  'representatives',
])

/**
 * Whether the name from `from` to the head ending at `end` starts with a count of the members the word
 * after it names: "the village organized 12 Party members", not "the 58 Technology Group said".
 */
export function isMemberCount(toks: readonly Tok[], from: number, end: number): boolean {
  // The Set lookup first: a lower-case noun after a head is rare, a digit in front rarer.
  return countedPeople.has(toks[end]?.value ?? '') && /^\d[\d,]*$/.test(toks[from]!.value)
}
