/**
 * Where two amounts make one range: the words before a range that let it start there ("between", not
 * "from" but after "ranging"), and two amounts written in full with one currency ("9.5 billion yuan to 10
 * billion yuan") joined into one, unless "from" puts them apart ("ranging from 2 yuan to 7 yuan").
 */

import { isYearWord } from '../entities/word-shape.js'
import type { MoneyFinding } from '../findings.js'

// The word before a range: "from" makes it a change, not a range ("rose from 2 to 3 billion yuan"), unless
// the verb is "range" ("ranging from 2 to 3 billion yuan"); a year after a preposition starts no range
// ("raise incomes by 2025 to 45,000 yuan").
const wordBefore = /(?:^|\s)(?<before>[A-Za-z]+)\s+(?<last>[A-Za-z]+)\s*$|(?:^|\s)(?<only>[A-Za-z]+)\s*$/
const rangeVerbs = new Set(['range', 'ranges', 'ranged', 'ranging'])
const yearPrepositions = new Set(['in', 'by', 'since', 'until', 'till', 'before', 'after', 'of', 'to', 'for'])

/** Whether the words before `place` let a range start there (see `wordBefore`). */
export function startsRange(text: string, place: number, lower: string, joined: string | undefined): boolean {
  const words = wordBefore.exec(text.slice(Math.max(0, place - 40), place))?.groups
  const last = (words?.last ?? words?.only)?.toLowerCase()
  if (joined === 'and') return last === 'between'
  if (last === 'from') return rangeVerbs.has(words?.before?.toLowerCase() ?? '')
  return !(last !== undefined && yearPrepositions.has(last) && isYearWord(lower))
}

// Between two amounts of one currency, what makes them one range: "9.5 billion yuan to 10 billion yuan".
const rangeJoiner = /^\s*(?:to|and|-|–|—)\s*$/
// A verb of change right before the first amount makes "to" its new level: "revenue rose 2 billion yuan to
// 10 billion yuan", "added 500 million yuan to 3 billion yuan of capital".
const changeVerb =
  /\b(?:rose|rise|rises|risen|grew|grow|grows|grown|fell|fall|falls|fallen|dropped|declined|increased|decreased|added|adds|raised|cut|up|down|by|jumped|climbed|surged)\s+$/i

function changeBefore(text: string, place: number): boolean {
  return changeVerb.test(text.slice(Math.max(0, place - 20), place))
}

// "from" right before the first of two amounts each written in full: "fines ranging from RMB 20,000 to RMB
// 500,000", "fares range from 2 yuan to 7 yuan" name the lowest and the highest amount, each its own, as
// "rose from 2 billion yuan to 3 billion yuan" names two levels; a range shares its unit ("ranging from 20 to
// 80 yuan") or has no "from" ("salaries of 6,000 yuan to 9,000 yuan").
const fromBefore = /(?:^|[^A-Za-z])[Ff]rom\s+$/

function fromBeforeAmount(text: string, place: number): boolean {
  return fromBefore.test(text.slice(Math.max(0, place - 6), place))
}

/**
 * Two amounts written in full, each with its currency, that are the bounds of one range: "9.5 billion yuan
 * to 10 billion yuan", "between 3 billion yuan and 4 billion yuan" (not "rose from 2 billion yuan to 3
 * billion yuan", a change, nor "ranging from RMB 20,000 to RMB 500,000", two bounds each said in full, nor
 * "2 billion yuan and 3 billion yuan" without "between", two amounts).
 */
export function joinRanges(found: MoneyFinding[], text: string, base: number): MoneyFinding[] {
  const joined: MoneyFinding[] = []
  for (let index = 0; index < found.length; index++) {
    const lower = found[index]!
    const upper = found[index + 1]
    const between = upper ? text.slice(lower.end - base, upper.start - base) : ''
    if (
      upper === undefined ||
      lower.endAmount !== undefined ||
      upper.currency !== lower.currency ||
      lower.amount >= (upper.endAmount ?? upper.amount) ||
      !rangeJoiner.test(between) ||
      (between.trim() === 'to' && changeBefore(text, lower.start - base)) ||
      fromBeforeAmount(text, lower.start - base) ||
      !startsRange(text, lower.start - base, text.slice(lower.start - base, lower.end - base), between.trim())
    ) {
      joined.push(lower)
      continue
    }
    joined.push({ ...lower, end: upper.end, endAmount: upper.endAmount ?? upper.amount })
    index++
  }
  return joined
}
