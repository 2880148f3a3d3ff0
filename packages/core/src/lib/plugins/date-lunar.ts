/**
 * Dates of the Chinese lunar calendar: "the fifteenth day of the eighth lunar month", "the 9th day of the
 * 1st lunar month", "lunar March 3". Their month and day are the lunar calendar's (`lunarMonth`,
 * `lunarDay`), not the Gregorian `month` and `day`, which would take a festival for another date.
 */

import { ordinalNumbers } from '../data/numbers.js'
import type { DateFinding } from '../findings.js'
import { letter, monthName, months } from './date-patterns.js'
import { defineWordKind } from './word-kinds.js'

/** Word kind: "lunar", which every lunar date has; a sentence without one is not looked at. */
export const lunarToken = defineWordKind((word) => word === 'lunar' || word === 'Lunar')

const ordinalWord = [...ordinalNumbers.keys()].sort((a, b) => b.length - a.length).join('|')
const ordinal = (group: string) =>
  String.raw`(?:(?<${group}>${ordinalWord})|(?<${group}Digits>[1-9]|[12]\d|30)(?:st|nd|rd|th))` +
  String.raw`(?![${letter}\d-])`
// "the eighth lunar month", "the eighth month of the lunar calendar".
const lunarMonth =
  String.raw`(?:\s+lunar\s+month|\s+month\s+of\s+the\s+(?:Chinese\s+)?lunar\s+calendar)` + `(?![${letter}])`
const dayOfMonth =
  String.raw`(?<![${letter}])(?:[Tt]he\s+)?${ordinal('day')}\s+day\s+of\s+the\s+` +
  `${ordinal('month')}${lunarMonth}`
// "lunar March 3", "Lunar January 1": a month's name counts the lunar months.
const namedMonth =
  String.raw`(?<![${letter}])[Ll]unar\s+(?<named>${monthName})\.?\s+(?<namedDay>[1-9]|[12]\d|30)` +
  String.raw`(?![${letter}\d]|[.,]\d)`
const lunarDate = new RegExp(`${dayOfMonth}|${namedMonth}`, 'g')

/** The lunar dates in `text`, a sentence starting at offset `base` of the article, in order. */
export function lunarDates(text: string, base: number): DateFinding[] {
  const found: DateFinding[] = []
  lunarDate.lastIndex = 0
  for (let match = lunarDate.exec(text); match; match = lunarDate.exec(text)) {
    const groups = match.groups!
    const month =
      groups.named !== undefined
        ? months.get(groups.named)
        : (ordinalNumbers.get(groups.month?.toLowerCase() ?? '') ?? Number(groups.monthDigits))
    const day =
      groups.named !== undefined
        ? Number(groups.namedDay)
        : (ordinalNumbers.get(groups.day?.toLowerCase() ?? '') ?? Number(groups.dayDigits))
    // A lunar month has 29 or 30 days; a leap month is counted as the month it repeats.
    if (month === undefined || !(month >= 1 && month <= 12) || !(day >= 1 && day <= 30)) continue
    const start = base + match.index
    found.push({
      start,
      end: start + match[0].length,
      lunar: true,
      lunarMonth: month,
      lunarDay: day,
      rule: 'date-lunar',
    })
  }
  return found
}

/**
 * `found` with the lunar dates put in order, and any date found inside one left out ("January 1" of "lunar
 * January 1" is the lunar calendar's).
 */
export function withLunarDates(found: readonly DateFinding[], lunar: readonly DateFinding[]): DateFinding[] {
  const kept = found.filter((date) => !lunar.some((day) => date.start < day.end && day.start < date.end))
  return [...kept, ...lunar].sort((a, b) => a.start - b.start)
}
