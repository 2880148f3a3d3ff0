/**
 * The article date and the calendar sums that resolve a date against it: the nearest year of a month and
 * day, the day a relative word or a weekday points to, a day of the article's month.
 */
import type { DateOffset } from '../data/dates.js'
import { daysInMonth } from './date-patterns.js'

const articleDatePattern = /^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/

/** The article date as far as it is known. */
export interface ArticleDate {
  readonly year: number
  readonly month?: number
  readonly day?: number
}

/**
 * A day alone as a day of the article's month, as news written in Chinese counts it ("3日"), unless it lies
 * more than a week past the article date: "the 28th" in an article of the 2nd is last month's.
 */
export function dayOfArticleMonth(today: ArticleDate, day: number): string | undefined {
  const back = today.day !== undefined && day > today.day + 7 ? 1 : 0
  const date = new Date(Date.UTC(today.year, today.month! - 1 - back, day))
  // Date.UTC rolls the 31st of a short month into the next; such a month has no such day.
  if (date.getUTCDate() !== day) return undefined
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(day, 2)}`
}

/**
 * The weekday (ISO 1–7) that "last", "next" or "this" points to from the article date: the latest one
 * before it, the first one after it, or the one in the same Monday-to-Sunday week.
 */
export function weekdayFrom(today: ArticleDate, weekday: number, cue: string): string | undefined {
  if (today.month === undefined || today.day === undefined) return undefined
  const now = Date.UTC(today.year, today.month - 1, today.day)
  const todayWeekday = ((new Date(now).getUTCDay() + 6) % 7) + 1
  let days = weekday - todayWeekday
  if (cue === 'last' && days >= 0) days -= 7
  if (cue === 'next' && days <= 0) days += 7
  const date = new Date(now + days * 86_400_000)
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`
}

/** Whether `day` is a day of `month` (1–12) in some year. */
export function validDay(month: number, day: number): boolean {
  return day >= 1 && day <= daysInMonth[month - 1]!
}

/** The article date from the front matter's `date`, as far as it is a date. */
export function readArticleDate(value: unknown): ArticleDate | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  const match = articleDatePattern.exec(String(value))
  if (!match) return undefined
  const year = Number(match[1])
  // Date.UTC reads years below 100 as 19xx, and no news article is dated before the year 1000.
  if (year < 1000) return undefined
  const month = match[2] === undefined ? undefined : Number(match[2])
  const day = match[3] === undefined ? undefined : Number(match[3])
  if (month === undefined || month < 1 || month > 12) return { year }
  if (day === undefined || !validDay(month, day)) return { year, month }
  return { year, month, day }
}

/**
 * A month (and day) without a year, in whichever year puts it nearest the article date: "December 28" in
 * an article of January 3 means the December just gone.
 */
export function nearestDate(today: ArticleDate, month: number, day: number | undefined): string {
  let year = today.year
  if (today.month !== undefined) {
    const now = Date.UTC(today.year, today.month - 1, today.day ?? 15)
    let best = Number.POSITIVE_INFINITY
    for (const candidate of [today.year - 1, today.year, today.year + 1]) {
      const distance = Math.abs(Date.UTC(candidate, month - 1, day ?? 15) - now)
      if (distance < best) {
        best = distance
        year = candidate
      }
    }
  }
  return day === undefined
    ? `${pad(year, 4)}-${pad(month, 2)}`
    : `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

/** The calendar date a relative offset points to from the article date, when it has one. */
export function offsetDate(today: ArticleDate, by: DateOffset): string | undefined {
  if (by.unit === 'year') return pad(today.year + by.offset, 4)
  // A week has no calendar name of its own to resolve to.
  if (by.unit === 'week' || today.month === undefined) return undefined
  if (by.unit === 'month') {
    const date = new Date(Date.UTC(today.year, today.month - 1 + by.offset, 1))
    return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}`
  }
  if (today.day === undefined) return undefined
  const date = new Date(Date.UTC(today.year, today.month - 1, today.day + by.offset))
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`
}

/** `value` in decimal, padded with zeros to `length` digits. */
export function pad(value: number, length: number): string {
  return String(value).padStart(length, '0')
}
