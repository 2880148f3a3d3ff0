/**
 * Dates that span months: a range of months ("January to April this year", across two years "January 2021
 * to May this year"), and the parts of a year ("the third quarter", "Q3", "the first nine months", "the
 * first half of 2024"), with the year they fall in when the text or the article date says it.
 */
import { cardinalNumbers } from '../data/numbers.js'
import type { DateFinding } from '../findings.js'
import { type ArticleDate, pad, validDay } from './article-date.js'
import { months } from './date-patterns.js'

/**
 * A date finding being written: field by field, in the order of its type, rather than spread together from
 * parts, as each spread of a few fields cost more than reading the date.
 */
export type DateDraft = { -readonly [Key in keyof DateFinding]: DateFinding[Key] }

/** The number (1–12) of a month name or abbreviation, with or without its full stop. */
export function monthNumber(text: string): number {
  return months.get(text.endsWith('.') ? text.slice(0, -1) : text)!
}

/** A range of months ("January to April this year", "January 2021 to May this year"). */
export function readMonthRange(
  groups: Record<string, string | undefined>,
  today: ArticleDate | undefined,
  start: number,
  end: number,
): DateFinding | undefined {
  const month = monthNumber(groups.mrMonth!)
  const endMonth = monthNumber(groups.mrEndMonth!)
  const { mrYear, mrWhich, mrStartYear } = groups
  if (mrStartYear !== undefined) return yearsOfMonths(groups, today, start, end, month, endMonth)
  if (mrYear === undefined && mrWhich === undefined) {
    return endMonth === month ? undefined : { start, end, month, endMonth, rule: 'date-month-range' }
  }
  return monthSpan(start, end, month, endMonth, mrYear, mrWhich, today, 'date-month-range')
}

/** Two months in a row joined by "and" ("December and January", "July and August this year"). */
export function readMonthPair(
  groups: Record<string, string | undefined>,
  today: ArticleDate | undefined,
  start: number,
  end: number,
): DateFinding {
  const [first, second] = (groups.pairMonths ?? groups.pairMonthsAcross)!.split(/\s+and\s+/)
  const month = monthNumber(first!)
  const endMonth = monthNumber(second!)
  const { pairYear, pairWhich } = groups
  if (pairYear === undefined && pairWhich === undefined) {
    return { start, end, month, endMonth, rule: 'date-month-range' }
  }
  return monthSpan(start, end, month, endMonth, pairYear, pairWhich, today, 'date-month-range')
}

/**
 * A span of days whose start says its year in digits or by "this", "last" or "next" ("October 15 this year
 * to March 31 next year", "December 1, 2025 to February 28, 2026"); undefined when the end is not after the
 * start. An end without its year is in the start's year, or in the next when it comes earlier in the year.
 */
export function readDaysOfYears(
  groups: Record<string, string | undefined>,
  today: ArticleDate | undefined,
  start: number,
  end: number,
): DateFinding | undefined {
  const month = monthNumber(groups.ryMonth!)
  const day = Number.parseInt(groups.ryDay!, 10)
  const endMonth = monthNumber(groups.ryEndMonth!)
  const endDay = Number.parseInt(groups.ryEndDay!, 10)
  if (!validDay(month, day) || !validDay(endMonth, endDay)) return undefined
  const { ryWhich, ryEndWhich } = groups
  const relative = ryWhich !== undefined || ryEndWhich !== undefined
  // Without the article date, years said by "this" and "next" still tell which end comes first.
  const base = today?.year ?? 0
  const year = ryWhich === undefined ? Number(groups.ryYear) : base + yearOffsets[ryWhich]!
  const endAt = endMonth * 100 + endDay
  const endYear =
    groups.ryEndYear !== undefined
      ? Number(groups.ryEndYear)
      : ryEndWhich !== undefined
        ? base + yearOffsets[ryEndWhich]!
        : endAt > month * 100 + day
          ? year
          : year + 1
  // A year in digits and one counted from an unknown article date cannot be set side by side.
  const comparable = today !== undefined || (ryWhich === undefined) === (ryEndWhich === undefined)
  if (comparable && endYear * 10000 + endAt <= year * 10000 + month * 100 + day) return undefined
  const date = { start, end } as DateDraft
  if (!relative) date.year = year
  date.month = month
  date.day = day
  if (!relative) date.endYear = endYear
  date.endMonth = endMonth
  date.endDay = endDay
  if (relative) {
    date.relative = true
    if (today && ryWhich !== undefined) date.resolved = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
  }
  date.rule = 'date-range'
  return date
}

/** How many years "last", "this" and "next" point from the article date. */
export const yearOffsets: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 }

// "January 2021 to May this year", "March 2023 to June 2024": months of two years, the second said in digits
// or by "this", "last" or "next" from the article date (which makes the span relative).
function yearsOfMonths(
  groups: Record<string, string | undefined>,
  today: ArticleDate | undefined,
  start: number,
  end: number,
  month: number,
  endMonth: number,
): DateFinding | undefined {
  const year = Number(groups.mrStartYear)
  const which = groups.mrWhich?.toLowerCase()
  const endYear =
    groups.mrYear !== undefined
      ? Number(groups.mrYear)
      : which !== undefined && today
        ? today.year + yearOffsets[which]!
        : undefined
  if (endYear !== undefined && (endYear < year || (endYear === year && endMonth < month))) return undefined
  const date = { start, end, year, month } as DateDraft
  if (endYear !== undefined) date.endYear = endYear
  date.endMonth = endMonth
  if (which !== undefined) date.relative = true
  date.rule = 'date-month-range'
  return date
}

// Months `month`–`endMonth` of the year written in digits, or else of the year "last year", "next year" (or
// nothing: this year) points to from the article date, which makes the span relative.
function monthSpan(
  start: number,
  end: number,
  month: number,
  endMonth: number,
  yearText: string | undefined,
  which: string | undefined,
  today: ArticleDate | undefined,
  rule: string,
): DateFinding {
  const date = { start, end } as DateDraft
  // "November to February 2026": the year is the end's; a span across New Year starts the year before.
  const back = endMonth < month ? 1 : 0
  if (yearText !== undefined) {
    date.year = Number(yearText) - back
    date.month = month
    date.endYear = Number(yearText)
    date.endMonth = endMonth
  } else {
    date.month = month
    date.endMonth = endMonth
    date.relative = true
    const year = today && today.year + yearOffsets[which ?? 'this']! - back
    if (year !== undefined) date.resolved = `${pad(year, 4)}-${pad(month, 2)}`
  }
  date.rule = rule
  return date
}

const ordinals: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 }

/**
 * The months a quarter ("Q3"), the first two or three quarters, the first few months or a half of a year
 * cover (whether a half without its year is one is told before, by `read`).
 */
export function readPartOfYear(
  groups: Record<string, string | undefined>,
  today: ArticleDate | undefined,
  start: number,
  end: number,
): DateFinding | undefined {
  const { quarter, quarters, half, firstMonths, quarterNumber, quarterWhich } = groups
  const quarterOrdinal = quarter === undefined ? Number(quarterNumber) : ordinals[quarter.toLowerCase()]!
  const [month, endMonth] =
    quarter !== undefined || quarterNumber !== undefined
      ? [quarterOrdinal * 3 - 2, quarterOrdinal * 3]
      : quarters !== undefined
        ? [1, quarters === 'two' ? 6 : 9]
        : firstMonths !== undefined
          ? [1, cardinalNumbers.get(firstMonths) ?? Number(firstMonths)]
          : half!.toLowerCase() === 'first'
            ? [1, 6]
            : [7, 12]
  const year = groups.quarterYear ?? groups.quarterNumberYear
  // "the third quarter" is of the year the article is in, or of the one "last year" says.
  return monthSpan(start, end, month, endMonth, year, quarterWhich, today, 'date-part-of-year')
}
