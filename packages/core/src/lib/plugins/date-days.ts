/**
 * Reading days out of a date pattern's match: a day of a month ("March 3", "3 March"), a day of the month
 * alone ("on the 3rd") and a weekday ("on Monday").
 */
import { weekdays } from '../data/dates.js'
import { organisationHeadWords } from '../data/organisations.js'
import { functionWords } from '../entities/word-shape.js'
import type { DateFinding } from '../findings.js'
import {
  type ArticleDate,
  dayOfArticleMonth,
  nearestDate,
  pad,
  validDay,
  weekdayFrom,
} from './article-date.js'
import { dayCue, letter, monthName, partsOfDay } from './date-patterns.js'
import { type DateDraft, monthNumber, yearOffsets } from './month-spans.js'

// A word that may follow a day of the month alone: "on the 3rd, …", "on the 3rd and 4th", "by the 20th the
// team …"; any other lower-case word makes it an ordinal of a noun ("the 3rd floor"). A capitalised one
// makes it an ordinal of a name ("a deputy to the 12th Hexi Municipal People's Congress", "to the 9th
// National Games", "from the 3rd Plenary Session"), unless "on (the)" says when and the capitalised words
// are a subject that ends in no name's head ("On the 17th Vice Mayor Gu …", "On the 22nd Lanzhen hosted").
const afterDayOnly = /^\s+([A-Za-z]+)/
const wordsAfterDay = new Set(['and', 'to', 'the', 'a', 'he', 'she', 'it', 'they', 'we', 'at', 'in', 'of'])
const onBefore = /(?:^|[^\p{L}])[Oo]n\s+(?:the\s+\p{L}+\s+of\s+)?the\s+$/u
// The capitalised words after the ordinal, through "of", "and" and "the" inside a name.
const capitalisedRun = /^(?:\s+(?:[A-Z][\p{L}'’-]*|of|and|the|for))+/u
// Last words of a numbered name: an event, a session or a body (with `organisationHeadWords`).
// biome-ignore format: packed list
const numberedHeads: ReadonlySet<string> = new Set([
  'Congress', 'Games', 'Session', 'Plenum', 'Festival', 'Conference', 'Committee', 'Anniversary', 'Forum',
  'Expo', 'Exposition', 'Fair', 'Exhibition', 'Summit', 'Symposium', 'Seminar', 'Meeting', 'Assembly',
  'Olympics', 'Championship', 'Championships', 'Cup', 'Marathon', 'Regatta', 'Race', 'Tournament', 'Week',
  'Awards', 'Award', 'Show', 'Convention', 'Dialogue', 'Round', 'Edition', 'Biennale', 'Triennale',
  'Plan', 'Five-Year', 'Army', 'Division', 'Brigade', 'Regiment', 'Floor', 'Century',
])

// "and", "to" say no time of their own: "the first in the county and the 11th in the province" ranks. After
// them an ordinal is a day only when the sentence has named a month or a day before it ("on May 2 and the
// 11th", "on the morning of the 3rd and the 9th"): an earlier ordinal counts only when it was read as a
// day itself ("ranked 5th … and the 12th", "the 2nd quarter and the 3rd" rank), and "in/among the <noun>"
// after the ordinal ranks it whatever came before ("and the 10th in the country").
const joinBefore = /(?:^|[^\p{L}])(?:and|to)\s+(?:the\s+\p{L}+\s+of\s+)?the\s+$/u
const monthBefore = new RegExp(`(?:${monthName})(?![${letter}])`)
const rankAfter = /^\s+(?:in|among)\s+the\s+(\p{L}+)/u
const dayParts: ReadonlySet<string> = new Set(partsOfDay)
// An earlier day of the month alone, with the words before it that `dayOnly` (date-patterns.ts) asks for.
const theDayBefore = String.raw`(?<=(?<!\p{L})(?:${dayCue})\s+(?:the\s+\p{L}+\s+of\s+)?the\s+)`
const ordinalDay = String.raw`(?<dayOnly>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?![\p{L}\d])`
const dayOnlyBefore = new RegExp(theDayBefore + ordinalDay, 'gu')

/** The day of the month said alone ("on the 3rd"), or undefined when it is an ordinal of a noun. */
export function readDayOnly(
  match: RegExpExecArray,
  text: string,
  groups: Record<string, string | undefined>,
  today: ArticleDate | undefined,
  start: number,
  end: number,
): DateFinding | undefined {
  const next = afterDayOnly.exec(textAfter(match, text))
  if (next && isUpper(next[1]!.charCodeAt(0))) {
    if (namesNumbered(match, text)) return undefined
  } else if (next && !wordsAfterDay.has(next[1]!)) return undefined
  if (joinBefore.test(text.slice(Math.max(0, match.index - 40), match.index))) {
    const end = match.index + match[0].length
    const rank = rankAfter.exec(text.slice(end, end + 32))
    if (rank && !dayParts.has(rank[1]!)) return undefined
    if (!monthBefore.test(text.slice(0, match.index)) && !dayBefore(text, match.index)) return undefined
  }
  const day = Number.parseInt(groups.dayOnly!, 10)
  const endDay = groups.dayOnlyEnd === undefined ? undefined : Number.parseInt(groups.dayOnlyEnd, 10)
  if (endDay !== undefined && endDay <= day) return undefined
  const date = { start, end, day } as DateDraft
  if (endDay !== undefined) date.endDay = endDay
  const resolved = today?.month === undefined ? undefined : dayOfArticleMonth(today, day)
  if (resolved) date.resolved = resolved
  date.rule = endDay === undefined ? 'date-day' : 'date-day-range'
  return date
}

// Whether an ordinal before `index` was itself read as a day of the month alone.
function dayBefore(text: string, index: number): boolean {
  // matchAll runs on a copy of the pattern, so a nested check (an earlier joined day) keeps this one's place.
  for (const found of text.slice(0, index).matchAll(dayOnlyBefore)) {
    const groups = found.groups as Record<string, string | undefined>
    const at = found.index
    if (readDayOnly(found as RegExpExecArray, text, groups, undefined, at, at + found[0].length)) return true
  }
  return false
}

// Whether the capitalised words after a day alone make it the ordinal of a name: always but after "on
// (the)", there when they end in a name's head ("on the 4th Lanzhen Ice Lantern Festival").
function namesNumbered(match: RegExpExecArray, text: string): boolean {
  if (!onBefore.test(text.slice(Math.max(0, match.index - 40), match.index))) return true
  const end = match.index + match[0].length
  const run = capitalisedRun.exec(text.slice(end, end + 120))
  if (run === null) return true
  const words = run[0].trim().split(/\s+/)
  while (words.length > 1 && /^[a-z]/.test(words[words.length - 1]!)) words.pop()
  const last = words[words.length - 1]!
  return numberedHeads.has(last) || organisationHeadWords.has(last)
}

// Words before a weekday that make it no date: "every Monday" recurs, and so does each weekday of a list
// after "every" ("every Tuesday and Sunday", "every Monday, Thursday and Sunday"); "Good Friday" is a name.
const weekdayList = String.raw`(?:(?:${[...weekdays.keys()].join('|')}),?\s+(?:(?:and|or)\s+)?)*`
const recurringBefore = new RegExp(String.raw`(?:^|[^\p{L}])(?:every|each)\s+${weekdayList}$`, 'iu')
const wordBefore = /(\p{L}+)\s+$/u
// "Wednesday, November 18": the weekday only names the day of the date that follows, which is read alone.
const dateAfter = new RegExp(String.raw`^,?\s+(?:the\s+)?(?:\d|(?:${monthName})(?![${letter}]))`)
// biome-ignore format: packed list
const capitalisedCues = new Set([
  'On', 'By', 'Since', 'Until', 'Till', 'From', 'Before', 'After', 'Last', 'Next', 'This', 'Through', 'And',
])

/** The weekday `match` found, or undefined when it names a holiday, recurs or heads a date. */
export function readWeekday(
  match: RegExpExecArray,
  text: string,
  groups: Record<string, string | undefined>,
  today: ArticleDate | undefined,
  start: number,
  end: number,
): DateFinding | undefined {
  if (dateAfter.test(textAfter(match, text))) return undefined
  const cue = groups.weekdayCue?.toLowerCase()
  if (cue === undefined) {
    const before = text.slice(Math.max(0, match.index - 12), match.index)
    const previous = wordBefore.exec(before)?.[1]
    if (previous !== undefined && isUpper(previous.charCodeAt(0)) && !capitalisedCues.has(previous)) {
      return undefined
    }
    if (recurringBefore.test(text.slice(Math.max(0, match.index - 60), match.index))) return undefined
  }
  // A span of weekdays ("Tuesday to Sunday") is not one day to resolve to.
  const resolved =
    cue && today && groups.weekdayEnd === undefined
      ? weekdayFrom(today, weekdays.get(groups.weekday!)!, cue)
      : undefined
  return resolved
    ? { start, end, relative: true, resolved, rule: 'date-weekday' }
    : { start, end, relative: true, rule: 'date-weekday' }
}

// After "the day before", "the next day" …: "the", "its" or a noun makes the phrase a day counted from what
// follows ("the day before the opening", "the day before departure"), no date; so does a name after
// "before" ("the day before National Day"), and "'s" ("the next day's session"). The end of the clause, a
// verb or an adverb leave it one: "The day before, the mayor met …", "was mended the next day."
// biome-ignore format: packed list
const determinersAfter = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'of'])
const wordAfter = /^\s+(\p{L}+)/u

/** Whether a phrase of a day counted from another ("the day before") that ends at `end` is a date. */
export function eventDayHere(phrase: string, text: string, end: number): boolean {
  const code = text.charCodeAt(end)
  if (code === 39 || code === 0x2019) return false
  const word = wordAfter.exec(text.slice(end, end + 24))?.[1]
  if (word === undefined) return true
  if (isUpper(word.charCodeAt(0))) return !phrase.endsWith('before')
  if (determinersAfter.has(word)) return false
  return functionWords.has(word) || verbLike(word)
}

// A lower-case word after the phrase that goes on with the clause rather than naming an event.
function verbLike(word: string): boolean {
  return (
    word.endsWith('ed') ||
    word.endsWith('ly') ||
    /^(?:is|was|are|were|will|would|can|could|saw|sees|began|came|went|left|met|got|took)$/.test(word)
  )
}

/** The few characters after a match, enough to read the word that follows it. */
export function textAfter(match: RegExpExecArray, text: string): string {
  const end = match.index + match[0].length
  return text.slice(end, end + 16)
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

// "April 5 next year", "March 3 last year": a day of the year that "next" or "last" points to from the
// article date, which makes it relative.
/** The day of the month with the year "next" or "last" points to, when one is said. */
export function ofYearSaid(
  date: DateFinding | undefined,
  which: string | undefined,
  today: ArticleDate | undefined,
): DateFinding | undefined {
  if (date === undefined || which === undefined) return date
  const said = { ...date, relative: true } as DateDraft
  delete said.resolved
  if (today) {
    const year = today.year + yearOffsets[which.toLowerCase()]!
    said.resolved = `${pad(year, 4)}-${pad(date.month!, 2)}-${pad(date.day!, 2)}`
  }
  return said
}

/** The day (or range of days) of a month, resolved against the article date when no year is said. */
export function monthDay(
  start: number,
  end: number,
  monthText: string,
  dayText: string,
  endMonthText: string | undefined,
  endDayText: string | undefined,
  yearText: string | undefined,
  today: ArticleDate | undefined,
): DateFinding | undefined {
  const month = monthNumber(monthText)
  const day = Number.parseInt(dayText, 10)
  if (!validDay(month, day)) return undefined
  const year = yearText === undefined ? undefined : Number(yearText)
  const range = endDayText !== undefined
  const endMonth = endMonthText === undefined ? month : monthNumber(endMonthText)
  const endDay = range ? Number.parseInt(endDayText, 10) : undefined
  if (range && !validDay(endMonth, endDay!)) return undefined
  const resolved = year === undefined && today ? nearestDate(today, month, day) : undefined
  const date = { start, end } as DateDraft
  // "December 20 to March 1, 2026": the year said at the end is the end's; the start is in the year before.
  if (year !== undefined) date.year = range && endMonth < month ? year - 1 : year
  date.month = month
  date.day = day
  if (range) {
    if (year !== undefined) date.endYear = year
    date.endMonth = endMonth
    date.endDay = endDay
  }
  if (resolved) date.resolved = resolved
  date.rule = range ? 'date-range' : 'date-month-day'
  return date
}
