/**
 * Reading a date pattern's match into a finding: checking it is a date (a year, not a count; a weekday, not a
 * holiday's name), and resolving it against the article date.
 */
import { weekdays } from '../data/dates.js'
import { functionWords } from '../entities/word-shape.js'
import type { DateFinding } from '../findings.js'
import {
  type ArticleDate,
  dayOfArticleMonth,
  nearestDate,
  offsetDate,
  pad,
  validDay,
  weekdayFrom,
} from './article-date.js'
import { capitalisable, letter, monthName, relatives } from './date-patterns.js'
import { type DateDraft, monthNumber, readMonthRange, readPartOfYear, yearOffsets } from './month-spans.js'
import { phraseKey } from './text.js'

// A year is told from a count by the words around it: "in 2019", "2019 was" are years; "2000 workers" is not.
// biome-ignore format: packed list
const yearCueWords = [
  'in', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'during', 'through', 'throughout',
  'around', 'year', 'early', 'late', 'mid', 'between', 'and', 'fiscal', 'for', 'into',
].map(capitalisable).join('|')
// The parts a school or a sports year is split into: "the spring semester of 2026", "the 2026 season".
const termWords = 'semester|term|session|season'
// Before a year standing at the end of a clause: a cue ("in", "the end of"), "(", a name ("Expo 2019.")
// or nothing at all.
const partOf = String.raw`(?:end|beginning|start|middle|half|quarter|rest|${termWords})\s+of\s+$`
const yearCue = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${yearCueWords})[\s-]*$|${partOf}|\(\s*$|\p{Lu}\p{L}*\s+$|^\s*$`,
  'u',
)
const yearCueWord = new RegExp(String.raw`(?:^|[^\p{L}])(?:${yearCueWords})\s+$`, 'u')
const moneyBefore = /(?:[$€£¥￥₩₹₽#]|(?:^|[^\p{L}])(?:RMB|CNY|USD|EUR|GBP|JPY|HKD|KRW|No\.?))\s*$/u
const nextWord = /^\s*(\p{L}+|%)/u
// Lower-case words that may follow a year; any other lower-case word makes the number a count.
const wordsAfterYear = new Set(
  (
    'to and or through till until was is were will would has had have saw when while as the this that ' +
    'it its we our they their he she his her there compared than onwards onward also respectively but ' +
    'which witnessed marked marks'
  ).split(' '),
)
const timeCueWord =
  /(?:^|[^\p{L}])(?:[Ss]ince|[Bb]efore|[Aa]fter|[Uu]ntil|[Tt]ill|[Ii]nto|[Dd]uring|[Ii]n)\s+$/u
// biome-ignore format: packed list
const linkAfterCuedYear = new Set([
  'in', 'on', 'at', 'by', 'are', 'be', 'been', 'into', 'under', 'within', 'amid', 'following', 'after',
  'before', 'from', 'with', 'for',
])
const currencyAfterYear =
  /^(?:yuan|rmb|cny|usd|dollars?|euros?|yen|won|pounds?|percent|per|million|billion)$/i
const theBefore = /(?:^|[^\p{L}])the\s+$/iu
const capitalBefore = /\p{Lu}\p{L}*\s+$/u
const whichBefore = /(?:^|[^\p{L}])((last|next|this)\s+)$/iu
// "the chamber's 2021 survey", "The 2026 regatta": after "the" or an owner, a year names the one of a kind
// held that year when a singular noun follows; "the 2000 workers" has a plural, "the 2000 mu" a unit.
const ownerBefore = /(?:^|[^\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|\p{L}+['’]s)\s+$/u
// Plural nouns end in "s"; "business", "census" and "crisis" do too, and are singular.
const plural = /[^siu]s$/
const unitAfterYear =
  /^(?:mu|square|cubic|ton|tonne|meter|metre|kilometer|kilometre|hectare|acre|odd|plus|more)$/

// "early this month", "late last year", "mid-2025", "the end of September": the part of a month or year
// belongs to the date. Days and weekdays have no such parts.
const partOfPeriod = /(?:^|[^A-Za-z])((?:early|late|mid)[\s-]+|(?:end|beginning|start|middle)\s+of\s+)$/i
const periodRules = new Set(['date-month', 'date-month-year', 'date-year', 'date-relative'])
const periodWord = /(?:month|year)$/i
// "the spring semester of 2026": a named term of a year is that year's date, said with the term.
const termOf = new RegExp(
  String.raw`(?:^|[^A-Za-z])((?:(?:spring|summer|autumn|fall|winter|first|second)\s+)?(?:${termWords})\s+of\s+)$`,
  'i',
)
const sinceThe = /(?:^|[^A-Za-z])([Ss]ince\s+the\s+)$/

/** The finding with the part of its month or year ("early", "late", "mid-") before it, when there is one. */
export function withPartOf(finding: DateFinding, text: string, place: number, matched: string): DateFinding {
  if (!periodRules.has(finding.rule)) return finding
  if (finding.rule === 'date-relative' && !periodWord.test(matched)) return finding
  const part =
    partOfPeriod.exec(text.slice(Math.max(0, place - 14), place)) ??
    (finding.rule === 'date-year' ? termOf.exec(text.slice(Math.max(0, place - 24), place)) : null)
  if (!part) return finding
  const at = place - part[1]!.length
  // "since the beginning of this year" is the time from then until now, as "in recent years" keeps its "in".
  const since = /^(?:beginning|start)/i.test(part[1]!)
    ? sinceThe.exec(text.slice(Math.max(0, at - 12), at))
    : null
  return { ...finding, start: finding.start - part[1]!.length - (since ? since[1]!.length : 0) }
}

/** The date `match` found at `start`–`end` (offsets in the article), or undefined when it is not one. */
export function read(
  match: RegExpExecArray,
  text: string,
  today: ArticleDate | undefined,
  vague: boolean,
  start: number,
  end: number,
): DateFinding | undefined {
  const groups = match.groups!
  if (groups.isoYear !== undefined) {
    const year = Number(groups.isoYear)
    const month = Number(groups.isoMonth)
    const day = Number(groups.isoDay)
    return validDay(month, day) ? { start, end, year, month, day, rule: 'date-iso' } : undefined
  }
  if (groups.mdMonth !== undefined) {
    const endDay = groups.mdEndDay ?? groups.mdAndDay
    const { mdMonth, mdDay, mdEndMonth, mdYear } = groups
    const date = monthDay(start, end, mdMonth, mdDay!, mdEndMonth, endDay, mdYear, today)
    return ofYearSaid(date, groups.mdWhich, today)
  }
  if (groups.dmMonth !== undefined) {
    const { dmMonth, dmDay, dmEndDay, dmYear } = groups
    return ofYearSaid(
      monthDay(start, end, dmMonth, dmDay!, undefined, dmEndDay, dmYear, today),
      groups.dmWhich,
      today,
    )
  }
  if (groups.dayOnly !== undefined) return readDayOnly(match, text, groups, today, start, end)
  if (groups.mrMonth !== undefined) return readMonthRange(groups, today, start, end)
  if (groups.myMonth !== undefined) {
    const year = Number(groups.myYear)
    return { start, end, year, month: monthNumber(groups.myMonth), rule: 'date-month-year' }
  }
  if (groups.year !== undefined) return readYear(match, text, groups, start, end)
  if (groups.month !== undefined) {
    return readMonth(match, text, groups, today, start, end)
  }
  if (groups.weekday !== undefined) return readWeekday(match, text, groups, today, start, end)
  if (
    groups.quarter !== undefined ||
    groups.quarters !== undefined ||
    groups.half !== undefined ||
    groups.firstMonths !== undefined ||
    groups.quarterNumber !== undefined
  ) {
    return partOfYearHere(match, text, groups) ? readPartOfYear(groups, today, start, end) : undefined
  }
  return readRelative(match, text, groups.relative!, today, vague, start, end)
}

// "Q3" after a capitalised word or before a product noun is a model ("the Audi Q3", "Q5 models"), and "the
// first six months" without its year is a part of the year only in "in/during/over the first six months"
// ("in its first six months of operation", "for the first six months" of a life are no dates).
const nameBefore = /(\p{Lu}[\p{L}\d]*)\s+$/u
const productAfter = /^\s+(?:models?|series|versions?|editions?|cars?|SUVs?|sedans?|phones?|chips?)\b/
const theirFirst = /(?:^|[^\p{L}])(?:[Ii]n|[Dd]uring|[Oo]ver)\s+the\s+$/u

function partOfYearHere(match: RegExpExecArray, text: string, groups: Record<string, string | undefined>) {
  const before = text.slice(Math.max(0, match.index - 16), match.index)
  if (groups.quarterNumber !== undefined) {
    const name = nameBefore.exec(before)?.[1]
    if (name !== undefined && !functionWords.has(name.toLowerCase())) return false
    return !productAfter.test(textAfter(match, text))
  }
  if (groups.firstMonths !== undefined && groups.ofYear === undefined) return theirFirst.test(before)
  return true
}

// A month alone: "September", the closest September to the article date; "March last year", "January this
// year", of the year the article date points to; "last September", "this March", relative, with the word
// that says which, and resolved only for "this" (whether "last September" is this year's or last year's is
// a guess).
function readMonth(
  match: RegExpExecArray,
  text: string,
  groups: Record<string, string | undefined>,
  today: ArticleDate | undefined,
  start: number,
  end: number,
): DateFinding {
  const month = monthNumber(groups.month!)
  const date = { start, end, month } as DateDraft
  const which = groups.monthWhich
  const before = which ? undefined : whichBefore.exec(text.slice(Math.max(0, match.index - 6), match.index))
  if (before) date.start = start - before[1]!.length
  if (which || before) date.relative = true
  // The year is said after the month, or by "this" before it; "last"/"next" before it leave it a guess.
  const word = (which ?? before?.[2])?.toLowerCase()
  let resolved: string | undefined
  if (today && word === undefined) resolved = nearestDate(today, month, undefined)
  else if (today && (which !== undefined || word === 'this')) {
    resolved = `${pad(today.year + yearOffsets[word!]!, 4)}-${pad(month, 2)}`
  }
  if (resolved) date.resolved = resolved
  date.rule = 'date-month'
  return date
}

// A word that may follow a day of the month alone: "on the 3rd, …", "on the 3rd and 4th", "by the 20th the
// team …"; any other lower-case word makes it an ordinal of a noun ("the 3rd floor").
const afterDayOnly = /^\s+([a-z]+)/
const wordsAfterDay = new Set(['and', 'to', 'the', 'a', 'he', 'she', 'it', 'they', 'we', 'at', 'in', 'of'])

function readDayOnly(
  match: RegExpExecArray,
  text: string,
  groups: Record<string, string | undefined>,
  today: ArticleDate | undefined,
  start: number,
  end: number,
): DateFinding | undefined {
  const next = afterDayOnly.exec(textAfter(match, text))
  if (next && !wordsAfterDay.has(next[1]!)) return undefined
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

// Words before a weekday that make it no date: "every Monday" recurs, "Good Friday" is a name.
const recurringBefore = /(?:^|[^\p{L}])(?:every|each)\s+$/iu
const wordBefore = /(\p{L}+)\s+$/u
// "Wednesday, November 18": the weekday only names the day of the date that follows, which is read alone.
const dateAfter = new RegExp(String.raw`^,?\s+(?:the\s+)?(?:\d|(?:${monthName})(?![${letter}]))`)
// biome-ignore format: packed list
const capitalisedCues = new Set([
  'On', 'By', 'Since', 'Until', 'Till', 'From', 'Before', 'After', 'Last', 'Next', 'This', 'Through', 'And',
])

function readWeekday(
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
    if (recurringBefore.test(before)) return undefined
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

// The few characters after a match, enough to read the word that follows it.
function textAfter(match: RegExpExecArray, text: string): string {
  const end = match.index + match[0].length
  return text.slice(end, end + 16)
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

// "April 5 next year", "March 3 last year": a day of the year that "next" or "last" points to from the
// article date, which makes it relative.
function ofYearSaid(
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

function monthDay(
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
  if (year !== undefined) date.year = year
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

function readYear(
  match: RegExpExecArray,
  text: string,
  groups: Record<string, string | undefined>,
  start: number,
  end: number,
): DateFinding | undefined {
  const year = Number(groups.year)
  const endYear =
    groups.endYear !== undefined
      ? Number(groups.endYear)
      : groups.endYearShort !== undefined
        ? Math.floor(year / 100) * 100 + Number(groups.endYearShort)
        : undefined
  if (endYear !== undefined && endYear <= year) return undefined
  const before = text.slice(Math.max(0, match.index - 24), match.index)
  if (moneyBefore.test(before)) return undefined
  const after = nextWord.exec(text.slice(match.index + match[0].length))
  const word = after?.[1]
  if (word === '%' || (word !== undefined && currencyAfterYear.test(word))) return undefined
  // A range of years ("the 2018-2020 plan") is never a count; a lone number needs the words around it.
  if (endYear === undefined) {
    const lower = word !== undefined && word.charCodeAt(0) >= 97 && word.charCodeAt(0) <= 122
    // "in 2020 reached": after "in", "since" …, a verb in the past tense still leaves the number a year.
    // "built before 2000 in the plan", "those completed since 2004 are": after a cue, a preposition or "are"
    // also leaves it a year ("2000 workers" has a noun after it).
    // Only a cue of time does that: "increased by 2000 in May" and "around 2000 are employed" count people.
    const yearAfterCue =
      lower &&
      ((word.endsWith('ed') && yearCueWord.test(before)) ||
        (linkAfterCuedYear.has(word) && timeCueWord.test(before)))
    const attributive =
      lower && word.length > 2 && !plural.test(word) && !unitAfterYear.test(word) && ownerBefore.test(before)
    if (lower && !wordsAfterYear.has(word) && !yearAfterCue && !attributive && !groups.countedYear) {
      return undefined
    }
    if (word === undefined && !yearCue.test(before)) return undefined
  }
  return endYear === undefined
    ? { start, end, year, rule: 'date-year' }
    : { start, end, year, endYear, rule: 'date-year-range' }
}

function readRelative(
  match: RegExpExecArray,
  text: string,
  phrase: string,
  today: ArticleDate | undefined,
  vague: boolean,
  start: number,
  end: number,
): DateFinding | undefined {
  const key = phraseKey(phrase)
  const entry = relatives.get(key)
  if (!entry || (entry.vague && !vague)) return undefined
  const before = text.slice(Math.max(0, match.index - 40), match.index)
  // "the last year of the plan" is not last year; "China Today" is a name.
  if (key.startsWith('last ') && theBefore.test(before)) return undefined
  if (key === 'today' && phrase.charCodeAt(0) === 84 && capitalBefore.test(before)) return undefined
  const resolved = entry.shift && today ? offsetDate(today, entry.shift) : undefined
  return resolved
    ? { start, end, relative: true, resolved, rule: 'date-relative' }
    : { start, end, relative: true, rule: 'date-relative' }
}

/** Whether a character code is an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
