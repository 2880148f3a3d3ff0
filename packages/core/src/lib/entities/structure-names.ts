/**
 * Names of roads, structures, routes and events that are built on a place's name ("Xi'an Road", "Lanwan Bay
 * Bridge", "Northern Sea Route"): the place inside them is not mentioned as a place; and quoted slogans
 * and honorary titles that only look like places ("Azure Islands", "National Demonstration Zone").
 */
import { cardinalNumbers } from '../data/numbers.js'
import { splitPinyin } from '../data/pinyin.js'
import { afterPlaceHeads, structureHeads } from '../data/place-suffixes.js'
import { matchPlace } from './gazetteer.js'
import { shapedTok, type Tok } from './tokens.js'
import { capitalised, compassPoint, functionWord } from './word-classes.js'

/**
 * "Northern Sea Route", "Lanwan Bay Bridge": whether the word at `at`, after a place suffix, makes the name
 * a route, a structure or an event, not the place.
 */
export function namesOtherThing(toks: readonly Tok[], at: number): boolean {
  const next = toks[at]
  return next?.kind === 'word' && next.spaced && afterPlaceHeads.has(next.value)
}

/**
 * Whether the known place ending before `at` is a word of a road's or structure's name: "Xi'an Road",
 * "Zhongshan Square", "Shenyang North Station", "the Shenyang–Dalian Expressway" (both places). Such a
 * name mentions no city ("Dalian Road Administration" is a body, which outranks a place anyway).
 */
export function inStructureName(toks: readonly Tok[], at: number): boolean {
  if (toks[at - 1]!.possessive) return false
  if (namesStructure(toks, at)) return true
  // "Shenyang–Dalian Expressway": the first of two places joined by a dash.
  const dash = toks[at]
  if (dash?.kind !== 'punctuation' || dash.spaced || !dashes.has(dash.value) || toks[at + 1]?.spaced) {
    return false
  }
  const next = matchPlace(toks, at + 1)
  return next !== undefined && namesStructure(toks, at + 1 + next.length)
}

/** The dashes that join two places in a route's name or set two partners' names apart. */
export const dashes: ReadonlySet<string> = new Set(['-', '–', '—'])

/**
 * Whether a road or structure word starts at `at`, maybe after a compass word or "Railway" ("Dalian North
 * Railway Station").
 */
export function namesStructure(toks: readonly Tok[], at: number): boolean {
  let tok = toks[at]
  if (tok?.kind !== 'word' || !tok.spaced) return false
  if (tok.flags & compassPoint) tok = toks[++at]
  if (tok?.value === 'Railway') tok = toks[++at]
  return tok?.kind === 'word' && tok.spaced && structureHeads.has(tok.base)
}

// Words that make a railway a line one rides, not a company: "an Intercity Railway", "a High-speed Railway".
// biome-ignore format: packed data
const lineKinds = new Set([
  'Intercity', 'Inter-city', 'High-speed', 'High-Speed', 'Light', 'Heavy-haul', 'Heavy-Haul', 'Suburban',
  'Passenger-dedicated', 'Cross-border', 'Cross-Border',
])

/**
 * Whether the "Railway" at `head`, with the name `[from, head)` in front, is a line, a structure and no
 * body: after a kind of line ("the Xinbao-Gaoling Intercity Railway") or after places joined by a hyphen
 * ("the Xinbao-Gaoling Railway"). A railway company has a name of its own ("Beilu Railway").
 */
export function isRailwayLine(toks: readonly Tok[], from: number, head: number): boolean {
  const word = toks[head]!.base
  if ((word !== 'Railway' && word !== 'Railroad') || from === head) return false
  if (lineKinds.has(toks[head - 1]!.value)) return true
  const first = toks[from]!
  if (!first.value.includes('-')) return false
  return first.base.split('-').every((part) => matchPlace([shapedTok(first, part)], 0)?.length === 1)
}

/** The marks that open a quoted name. */
export const openQuotes: ReadonlySet<string> = new Set(['"', '“'])
/** The marks that close a quoted name. */
export const closeQuotes: ReadonlySet<string> = new Set(['"', '”'])

/**
 * Whether the words `[from, to)` and the suffix ending at `end` are English words in a short quoted term:
 * one that closes right after the suffix, neither pinyin nor a known place ("the “Clean Bay” action"), or
 * a Title Case phrase, not a known place ("the brand “Azure Islands, Joyful Xinbao”"). That is a
 * programme's name or a slogan, not a place, which is not put in quotation marks; quoted speech has
 * lower-case words.
 */
export function isQuotedSlogan(toks: readonly Tok[], from: number, to: number, end: number): boolean {
  const open = quoteBefore(toks, from)
  if (open === undefined) return false
  let close = end
  while (close < end + 8 && close < toks.length && !closeQuotes.has(toks[close]!.value)) {
    const tok = toks[close]!
    if (openQuotes.has(tok.value) || (tok.kind === 'word' && !(tok.flags & (capitalised | functionWord)))) {
      return false
    }
    close++
  }
  if (!closeQuotes.has(toks[close]?.value ?? '')) return false
  // Before the phrase, too, a Title Case slogan has only capitalised words.
  if (close > end) {
    for (let index = open + 1; index < from; index++) {
      const tok = toks[index]!
      if (tok.kind === 'word' && !(tok.flags & (capitalised | functionWord))) return false
    }
  }
  // Only the gazetteer speaks for a word in a Title Case slogan: "Sailing" splits into pinyin ("sai ling").
  for (let index = from; index < to; index++) {
    // A number word is English, though "one" splits into pinyin too ("the “One Belt Circle”").
    const pinyin = !cardinalNumbers.has(toks[index]!.baseLower) && splitPinyin(toks[index]!.baseLower)
    if (matchPlace(toks, index) || (close === end && pinyin)) return false
  }
  return true
}

// The index of the opening quotation mark at most seven tokens before `from`, with no closing one between.
function quoteBefore(toks: readonly Tok[], from: number): number | undefined {
  for (let open = from - 1; open > from - 8 && open >= 0; open--) {
    const value = toks[open]!.value
    if (openQuotes.has(value)) return open
    if (closeQuotes.has(value)) return undefined
  }
  return undefined
}

// The level an honorary title is given at, its first word: "named a "Provincial Ecological Pilot Zone"".
// biome-ignore format: packed data
const honourLevels = new Set([
  'National', 'Provincial', 'Municipal', 'National-level', 'Provincial-level', 'Municipal-level',
  'City-level', 'County-level', 'State-level',
])

/**
 * Whether the place `[from, end)` ends a quoted honorary title: the quotation closes right after it and
 * opens on a level word, at `from` or up to three words before ("named a "National Kelp Farming
 * Demonstration Zone"", "the title of "Provincial Beautiful Village""). The title is a list a county or a
 * village is put on, not a place; a zone's own name ("Jinpu New Area") is neither quoted nor led by a level.
 */
export function endsQuotedHonour(toks: readonly Tok[], from: number, end: number): boolean {
  if (!closeQuotes.has(toks[end]?.value ?? '')) return false
  // "National" is no word of a name, so the place may start after it; "Farmers'" parts the title too.
  let open = from - 1
  while (open >= from - 4 && open >= 0 && (toks[open]!.kind === 'word' || isApostrophe(toks[open]!))) open--
  return openQuotes.has(toks[open]?.value ?? '') && honourLevels.has(toks[open + 1]?.value ?? '')
}

// Whether a token is an apostrophe written against the word before it ("Farmers'").
function isApostrophe(tok: Tok): boolean {
  return !tok.spaced && (tok.value === "'" || tok.value === '’')
}
