/**
 * Names a head word ends that still name no body: a section of a news page ("Photo Gallery"), a programme
 * held in a season ("the 2026 International Summer School on Coastal Ecology"), and a unit's Party members
 * named by their title ("Township Party secretaries should …"); capitals that name no body either: a unit
 * after a number ("300 PFLOPS"), an airline's code before a flight number ("flight QZ 318") and a currency's
 * code before an amount ("KRZ 4.5 billion").
 */

import { countedNouns, currencyWords } from '../data/money.js'
import { isPinyinName } from '../data/pinyin.js'
import type { Tok } from './tokens.js'
import { capitalised, functionWord, placeFirst } from './word-classes.js'

const pageSections = new Set(['Photo', 'Photos', 'Picture', 'Pictures', 'Image', 'Images', 'Video', 'Videos'])
// A summer school or a winter camp is held, opened and closed like a fair: an event, whatever its name.
const seasons = new Set(['Summer', 'Winter', 'Spring', 'Autumn', 'Fall'])
const seasonalHeads = new Set(['School', 'Academy', 'Institute', 'Camp', 'Program', 'Programme'])
const standingHeads = new Set(['Academy', 'Institute'])
// The units whose Party members a sentence may start with: "Village Party secretaries", "County Party
// members".
// biome-ignore format: packed data
const units = new Set([
  'Village', 'Villages', 'Township', 'Townships', 'Town', 'Towns', 'Community', 'Communities', 'County',
  'Counties', 'District', 'Districts', 'Street', 'Subdistrict', 'Grassroots', 'Rural', 'Enterprise',
])

/**
 * Whether the head `head` at `index`, with the words `[from, index)` in front, names no body: "Photo
 * Gallery", "the 2026 International Summer School on …", "Village Party secretaries" (a lower-case word
 * after the head, so the capital is the sentence's); not "the Xinbao Summer Palace Museum" nor "the
 * Hanmen Village Party Branch".
 */
export function isNoBody(toks: readonly Tok[], head: string, from: number, index: number): boolean {
  const words = index - from
  if (head === 'Gallery') return words === 1 && pageSections.has(toks[from]!.base)
  if (seasonalHeads.has(head))
    return seasons.has(toks[index - 1]?.value ?? '') && !seasonalBody(toks, head, index)
  if (head !== 'Party' || words !== 1 || !units.has(toks[from]!.value)) return false
  const next = toks[index + 1]
  return next?.kind === 'word' && next.spaced && !(next.flags & capitalised)
}

// "the Dalian Spring Institute", "the Qinbo Summer Academy": an institute or an academy a place or a pinyin
// name is in front of is a body; a school or a camp is held ("the Weihai Winter School"), and so is what
// has a topic ("… Institute on Coastal Ecology").
function seasonalBody(toks: readonly Tok[], head: string, index: number): boolean {
  return standingHeads.has(head) && toks[index + 1]?.value !== 'on' && placeOrPinyinWordAt(toks, index - 2)
}

/** Whether the word at `at` is a capitalised place or pinyin word, no function word, spaced from the next. */
export function placeOrPinyinWordAt(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  if (tok?.kind !== 'word' || tok.possessive || !toks[at + 1]!.spaced) return false
  if ((tok.flags & (capitalised | functionWord)) !== capitalised) return false
  return (tok.flags & placeFirst) !== 0 || isPinyinName(tok.lower)
}

// Units of computing power, of data rates, of storage and of power, in capitals: "300 PFLOPS", "10 GBPS".
const unitWords = /^(?:[KMGTPEZ]?FLOPS|[KMGTPE]?OPS|[KMGT]?BPS|[KMGTPE]?B|[KMGT]?WH?|[KMG]?VA|[KMG]?HZ)$/

/**
 * Whether the capitals at `at` are a unit after a number ("300 PFLOPS of computing power", "500 TOPS",
 * "the 10G PON"): the number before it written in figures or as a scale ("5 million TB"), no body. The
 * word is one the acronym rule took for being all capitals, so its base is matched as it is.
 */
export function isUnitAfterNumber(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]!
  const before = toks[at - 1]
  if (before?.kind !== 'word' || !tok.spaced) return false
  const first = before.value.charCodeAt(0)
  const number = (first >= 48 && first <= 57) || numberScales.has(before.lower)
  return number && unitWords.test(tok.base)
}

/** The words that scale a number, written out or cut short: "5 million", "3 bn". */
export const numberScales: ReadonlySet<string> = new Set([
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'mn',
  'bn',
])

/**
 * Whether the two letters at `at` are an airline's code before a flight number ("flights QZ 318 and QZ
 * 319", "flight number VT 6021/6022") in a sentence about flights; not "the EU 2030 targets".
 */
export function isFlightCode(toks: readonly Tok[], at: number): boolean {
  const after = toks[at + 1]
  if (!after?.spaced || after.kind !== 'word' || !/^\d{2,4}$/.test(after.value)) return false
  return toks.some(isFlightWord)
}

function isFlightWord(tok: Tok): boolean {
  return tok.lower === 'flight' || tok.lower === 'flights'
}

// Scales an amount of money is written with after its figure: "4.5 billion", "96 crore", "38 lakh".
const amountScales = new Set([...numberScales, 'crore', 'crores', 'lakh', 'lakhs'])

/**
 * Whether the capitals at `at` are a currency's code before an amount ("KRZ 4.5 billion", "VDK 12,500"): a
 * figure right after them with a scale ("4.5 billion") or a thousands mark ("12,500"), not followed by a
 * currency word nor a noun counted ("the KXT 5 million yuan", "KXT 5 million units" keep the capitals).
 */
export function isCodeBeforeAmount(toks: readonly Tok[], at: number): boolean {
  const figure = toks[at + 1]
  if (figure?.kind !== 'word' || !figure.spaced || toks[at]!.possessive) return false
  const first = figure.value.charCodeAt(0)
  if (first < 48 || first > 57) return false
  // "12,500": the parser parts a figure at its thousands marks.
  let end = at + 2
  while (toks[end]?.value === ',' && !toks[end]!.spaced && isGroup(toks[end + 1])) end += 2
  const scale = toks[end]
  const scaled = scale?.kind === 'word' && scale.spaced && amountScales.has(scale.lower)
  if (!scaled && end === at + 2) return false
  const after = toks[scaled ? end + 1 : end]
  return !(after?.kind === 'word' && (currencyWords.has(after.lower) || countedNouns.has(after.lower)))
}

// Whether `tok` is three digits written against the mark before it: "500" of "12,500".
function isGroup(tok: Tok | undefined): boolean {
  return tok?.kind === 'word' && !tok.spaced && /^\d{3}(?:\.\d+)?$/.test(tok.value)
}
