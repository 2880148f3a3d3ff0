/**
 * Reading a date pattern's match into a finding: checking it is a date (a year, not a count; a weekday, not a
 * holiday's name), and resolving it against the article date.
 */
import { dayEventNouns } from '../data/dates.js'
import { functionWords } from '../entities/word-shape.js'
import type { DateFinding } from '../findings.js'
import { type ArticleDate, nearestDate, offsetDate, pad, validDay } from './article-date.js'
import { eventDayHere, monthDay, ofYearSaid, readDayOnly, readWeekday, textAfter } from './date-days.js'
import { readDecade } from './date-decades.js'
import { bareHalf, type HalvesSaid } from './date-halves.js'
import { eventDayPhrases, letter, relatives, seasons } from './date-patterns.js'
import { fiscalBefore, readYear, termWords } from './date-year.js'
import {
  type DateDraft,
  monthNumber,
  readDaysOfYears,
  readMonthPair,
  readMonthRange,
  readPartOfYear,
  yearOffsets,
} from './month-spans.js'
import { phraseKey } from './text.js'

const theBefore = /(?:^|[^\p{L}])the\s+$/iu
const capitalBefore = /\p{Lu}\p{L}*\s+$/u
const whichBefore = /(?:^|[^\p{L}])((last|next|this)\s+)$/iu

// "early this month", "late last year", "mid-2025", "the end of September": the part of a month or year
// belongs to the date. Days and weekdays have no such parts. So do a half of a month and the ten days a
// month is split into in Chinese reports: "the first half of March", "the last ten days of May". Not the
// word of time before it: "since the beginning of this year" gives "beginning of this year", as "since 2016"
// gives "2016".
const partWords = String.raw`end|beginning|start|middle|(?:first|second)\s+half|(?:first|middle|last)\s+(?:ten|10)\s+days`
const partOfPeriod = new RegExp(
  String.raw`(?:^|[^A-Za-z])((?:early|late|mid)[\s-]+|(?:${partWords})\s+of\s+)$`,
  'i',
)
// "the end of the first quarter": the part of a quarter or a half, kept with it as "the end of September" is.
const partOfQuarter = /(?:^|[^A-Za-z])((?:end|beginning|start|middle)\s+of\s+the\s+)$/i
const periodRules = new Set(['date-month', 'date-month-year', 'date-year', 'date-relative'])
const periodWord = /(?:month|year)$/i
// "the spring semester of 2026": a named term of a year is that year's date, said with the term.
const termOf = new RegExp(
  String.raw`(?:^|[^A-Za-z])((?:(?:spring|summer|autumn|fall|winter|first|second)\s+)?(?:${termWords})\s+of\s+)$`,
  'i',
)

const yearRules = new Set(['date-year', 'date-year-range'])

/**
 * The finding with the words before it that belong to it: the part of its month or year ("early", "late",
 * "mid-", "end of") and the words of a fiscal year ("fiscal 2025", "FY2025"), when there are some.
 */
export function withPartOf(finding: DateFinding, text: string, place: number, matched: string): DateFinding {
  // "fiscal year 2026-27": a year split in two is a budget's year of itself, written alone ("2026-27").
  const fiscal =
    yearRules.has(finding.rule) && !spelledFiscalRange(finding, text, place)
      ? fiscalBefore.exec(text.slice(Math.max(0, place - 24), place))
      : null
  if (!fiscal) return withPeriodPart(finding, text, place, matched)
  return withPeriodPart(moveStart(finding, fiscal[1]!.length), text, place - fiscal[1]!.length, matched)
}

// Whether `finding` is a range of years after the spelled words of a fiscal year ("fiscal year 2026/27"),
// not after "FY", which is written against its digits ("FY2026-27").
function spelledFiscalRange(finding: DateFinding, text: string, place: number): boolean {
  return finding.rule === 'date-year-range' && !/FY\s?$/.test(text.slice(Math.max(0, place - 3), place))
}

// "the end of September", "early this month": the part of the month or year said before it.
function withPeriodPart(finding: DateFinding, text: string, place: number, matched: string): DateFinding {
  if (finding.rule === 'date-part-of-year') {
    const part = partOfQuarter.exec(text.slice(Math.max(0, place - 18), place))
    return part ? moveStart(finding, part[1]!.length) : finding
  }
  if (!periodRules.has(finding.rule)) return finding
  if (finding.rule === 'date-relative' && !periodWord.test(matched)) return finding
  const part =
    partOfPeriod.exec(text.slice(Math.max(0, place - 20), place)) ??
    (finding.rule === 'date-year' ? termOf.exec(text.slice(Math.max(0, place - 24), place)) : null)
  return part ? moveStart(finding, part[1]!.length) : finding
}

// The finding started `by` characters earlier; a date draft's other fields stay as they are.
function moveStart(finding: DateFinding, by: number): DateFinding {
  return { ...finding, start: finding.start - by }
}

/**
 * The date `match` found at `start`–`end` (offsets in the article), or undefined when it is not one.
 * `halvesSaid` tells which year's half a bare "in the first half" is, from the text near it; without
 * one said there, a half is a date only with its year ("the first half of 2025").
 */
export function read(
  match: RegExpExecArray,
  text: string,
  today: ArticleDate | undefined,
  vague: boolean,
  start: number,
  end: number,
  halvesSaid: HalvesSaid,
): DateFinding | undefined {
  const groups = match.groups!
  if (groups.isoYear !== undefined) {
    const year = Number(groups.isoYear)
    const month = Number(groups.isoMonth)
    const day = Number(groups.isoDay)
    return validDay(month, day) ? { start, end, year, month, day, rule: 'date-iso' } : undefined
  }
  if (groups.ryMonth !== undefined) return readDaysOfYears(groups, today, start, end)
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
  if (groups.pairMonths !== undefined || groups.pairMonthsAcross !== undefined) {
    return readMonthPair(groups, today, start, end)
  }
  if (groups.myMonth !== undefined) {
    const year = Number(groups.myYear)
    return { start, end, year, month: monthNumber(groups.myMonth), rule: 'date-month-year' }
  }
  if (groups.year !== undefined) return readYear(match, text, groups, start, end)
  if (groups.decade !== undefined) return readDecade(match, text, groups, start, end)
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
    if (groups.half !== undefined && groups.ofYear === undefined) {
      // "the first half" is of the year said near it: "the first half of 2025 … in the first half, up 4%".
      const said = bareHalf(match, text, halvesSaid)
      if (said === undefined) return undefined
      return readPartOfYear(
        { ...groups, quarterYear: said.year, quarterWhich: said.which },
        today,
        start,
        end,
      )
    }
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
  if (today && word === undefined) {
    resolved =
      today.month !== undefined && futureBefore(text, match.index)
        ? `${pad(month >= today.month ? today.year : today.year + 1, 4)}-${pad(month, 2)}`
        : nearestDate(today, month, undefined)
  } else if (today && (which !== undefined || word === 'this')) {
    resolved = `${pad(today.year + yearOffsets[word!]!, 4)}-${pad(month, 2)}`
  }
  if (resolved) date.resolved = resolved
  date.rule = 'date-month'
  return date
}

// "will hire 40 welders by December", "agreed to hold the fair in October": a month its clause says is to
// come is the next such month, not the nearest (in an article of April, December is this year's). Not "will
// visit the plant that opened in March", "the firm, which will grow, opened in March" (another clause), "will
// add a line after sales rose in May" or "will review the deal signed in February" (a past verb between).
// "is expected in June", "is due by May" look ahead without "to" as well.
const futureCue =
  /(?:^|[^\p{L}])(?:will|shall|plans?\s+to|planning\s+to|(?:is|are)\s+(?:(?:expected|scheduled|due)(?:\s+to)?|(?:set|going)\s+to)|agreed\s+to|aims?\s+to|intends?\s+to)(?![\p{L}])/gu
const clauseBreak = /[,;:()]/g
const betweenWord = /\p{L}+/gu
// Words that start a past clause or a clause of their own after the cue ("will grow after the plant opened").
// biome-ignore format: packed list
const pastWords = new Set([
  'was', 'were', 'had', 'did', 'ago', 'last', 'that', 'which', 'who', 'after', 'since', 'when', 'as',
])
// Past forms not written with "-ed" and unlike the plain verb ("cut", "set", "hit" are left out).
// biome-ignore format: packed list
const irregularPasts = new Set([
  'rose', 'grew', 'fell', 'began', 'won', 'made', 'saw', 'took', 'came', 'went', 'gave', 'got', 'sold',
  'bought', 'built', 'paid', 'held', 'led', 'left', 'met', 'said', 'told', 'brought', 'spent', 'sent',
  'became', 'ran', 'wrote', 'chose', 'drove', 'broke', 'knew', 'thought', 'kept', 'lost', 'struck', 'drew',
])
// "-ed" words that are no past ("need", "speed", "agreed" end in "eed"; "hundred"), and the words before a
// participle that keep the future ("will be completed in May", "will have finished by June").
const notPast = /^(?:\p{L}*eed|hundred|sacred)$/u
const keepsFuture = new Set(['be', 'been', 'being', 'have', 'get'])

// Whether the words of `between` (after a future cue, before the month) start a past or another clause.
function pastBetween(between: string): boolean {
  let previous = ''
  for (const [word] of between.toLowerCase().matchAll(betweenWord)) {
    if (pastWords.has(word)) return true
    const past = irregularPasts.has(word) || (word.length > 4 && word.endsWith('ed') && !notPast.test(word))
    if (past && !keepsFuture.has(previous)) return true
    previous = word
  }
  return false
}

// Whether the clause before offset `at` of `text` speaks of the future (a cue and no past after it).
function futureBefore(text: string, at: number): boolean {
  let from = Math.max(0, at - 100)
  clauseBreak.lastIndex = from
  for (let hit = clauseBreak.exec(text); hit && hit.index < at; hit = clauseBreak.exec(text))
    from = hit.index + 1
  futureCue.lastIndex = from
  let cueEnd = -1
  for (let hit = futureCue.exec(text); hit && hit.index < at; hit = futureCue.exec(text)) {
    if (hit.index + hit[0].length <= at) cueEnd = hit.index + hit[0].length
  }
  return cueEnd !== -1 && !pastBetween(text.slice(cueEnd, at))
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
  if (possessiveDays.has(key) && !possessiveOfDay(text, match.index + match[0].length)) return undefined
  if (key === 'tomorrow' && figurativeBefore(before, text, match.index + match[0].length)) return undefined
  if (key.endsWith('weekend') && nounAfter(text, match.index + match[0].length)) return undefined
  if (eventDayPhrases.has(key) && !eventDayHere(key, text, match.index + match[0].length)) return undefined
  // "the next summer camp", "last winter Olympics": a season before a noun or after "the" says which one of
  // a kind, no date; "next spring, when", "this winter heating" are dates.
  if (seasons.has(key.slice(key.indexOf(' ') + 1))) {
    if (theBefore.test(before) || nounAfter(text, match.index + match[0].length)) return undefined
  }
  // "the end of the year 2019" is the year's own date, read from its digits; "the end of the year-long
  // campaign" is the campaign's end, no date. So for its beginning.
  if (partOfThe.test(key) && endOfAfter.test(text.slice(match.index + match[0].length))) return undefined
  const resolved = entry.shift && today ? offsetDate(today, entry.shift) : undefined
  return resolved
    ? { start, end, relative: true, resolved, rule: 'date-relative' }
    : { start, end, relative: true, rule: 'date-relative' }
}

// "the sea of tomorrow", "talents for tomorrow": after a noun of the future and "of" or "for", "tomorrow" is
// the future at large. After any other word it is the day ("the agenda for tomorrow", "rain is expected for
// tomorrow", "the weather of tomorrow"); a possessive ("for tomorrow's match") is left to possessiveOfDay.
const figurativeOf =
  /(?:^|[^\p{L}])(?:city|cities|port|ports|world|sea|seas|ocean|oceans|river|rivers|leaders|talents|skills|school|schools|generation|generations|industries)\s+(?:of|for)\s+$/iu

function figurativeBefore(before: string, text: string, end: number): boolean {
  const code = before.charCodeAt(before.length - 2)
  // A cheap look at the letter before the space first: "of" and "for" end in "f" or "r".
  if (code !== 102 && code !== 114) return false
  const after = text.charCodeAt(end)
  return after !== 39 && after !== 0x2019 && figurativeOf.test(before)
}

const partOfThe = /^(?:end|beginning|start) of the/
const endOfAfter = new RegExp(String.raw`^(?:\s+\d|[-‐‑–${letter}])`)
const possessiveDays = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'last night'])
// "'s" and the next one or two lower-case words ("today's opening ceremony").
const possessiveAfter = /^['’]s\s+([a-z]+)(?:[\s-]+([a-z]+))?/
// Whether "today" (or another day word) that ends at `end` is a day: always unless it is a possessive
// ("today's"), which is the day only before what happens on it ("today's meeting"), and otherwise the
// present ("cherish today's happy life").
function possessiveOfDay(text: string, end: number): boolean {
  const code = text.charCodeAt(end)
  if (code !== 39 && code !== 0x2019) return true
  const words = possessiveAfter.exec(text.slice(end, end + 40))
  if (words === null) return text.charCodeAt(end + 1) !== 115
  return dayEventNouns.has(words[1]!) || (words[2] !== undefined && dayEventNouns.has(words[2]))
}

// "the next weekend market opens", "this weekend trip": "weekend" before a noun says what kind of thing it
// is, no date. Before a verb, an adverb, a word of the clause or its end it is one: "opens next weekend in
// Tenvale", "last weekend saw crowds", "this weekend only".
const lowerAfter = /^\s+([a-z]+)/
// biome-ignore format: packed list
const verbsAfter = new Set([
  'is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'has', 'had',
  'have', 'saw', 'sees', 'drew', 'brought', 'alone', 'too', 'again',
])

function nounAfter(text: string, end: number): boolean {
  const word = lowerAfter.exec(text.slice(end, end + 24))?.[1]
  if (word === undefined || functionWords.has(word) || verbsAfter.has(word)) return false
  return !word.endsWith('ed') && !word.endsWith('ing') && !word.endsWith('ly')
}
