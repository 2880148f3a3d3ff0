/**
 * Dates that span months: a range of months ("January to April this year", across two years "January 2021
 * to May this year"), and the parts of a year ("the third quarter", "Q3", "the first nine months", "the
 * first half of 2024"), with the year they fall in when the text or the article date says it.
 */
import { cardinalNumbers } from '../data/numbers.js'
import type { DateFinding } from '../findings.js'
import { type ArticleDate, pad } from './article-date.js'
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
  if (yearText !== undefined) {
    date.year = Number(yearText)
    date.month = month
    date.endYear = date.year
    date.endMonth = endMonth
  } else {
    date.month = month
    date.endMonth = endMonth
    date.relative = true
    const year = today && today.year + yearOffsets[which ?? 'this']!
    if (year !== undefined) date.resolved = `${pad(year, 4)}-${pad(month, 2)}`
  }
  date.rule = rule
  return date
}

const ordinals: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 }

/**
 * The months a quarter ("Q3"), the first two or three quarters, the first few months or a half of a year
 * cover.
 */
export function readPartOfYear(
  groups: Record<string, string | undefined>,
  today: ArticleDate | undefined,
  start: number,
  end: number,
): DateFinding | undefined {
  const { quarter, quarters, half, firstMonths, quarterNumber, ofYear, quarterWhich } = groups
  if (half !== undefined && ofYear === undefined) return undefined
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
