/**
 * `retext-dates`: calendar dates, date ranges, years and relative time words in each sentence
 * ("September 25", "October 16 to 17", "in 2019", "yesterday"), stored as `sentence.data.dates`.
 *
 * Relative words and dates without a year are resolved against the article date (`file.data.meta.date`).
 */
import type { Root, Sentence } from 'nlcst'
import type { VFile } from 'vfile'
import { type DateOffset, months as monthTable, relativeDates, weekdays } from '../data/dates.js'
import { describe } from '../describe.js'
import { sentenceToks, type Tok } from '../entities/tokens.js'
import type { DateFinding } from '../findings.js'
import { forEachSentence } from './sentences.js'
import { phraseKey, sourceOf, textOf } from './text.js'
import { lastTokenBefore, tokenStartingAt } from './token-offsets.js'
import { defineWordKind, kindExtent } from './word-kinds.js'

declare module 'vfile' {
  interface DataMap {
    /** Metadata of the article (front matter); `date` is used to resolve relative dates. */
    meta: import('../model.js').ArticleMeta
  }
}

/** Options for `retextDates`. */
export interface Options {
  /** Find vague relative phrases ("recently", "in recent years", "currently") (default: `true`). */
  readonly vague?: boolean | null
}

// Abbreviations are matched with an optional full stop, so only the keys without one are needed.
const months = new Map([...monthTable].filter(([name]) => !name.endsWith('.')))
const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

// Relative phrases counted from the article date; `relativeDates` says how far. Phrases counted from
// another date in the text ("the next day") are left out: their date cannot be worked out here.
// biome-ignore format: packed list
const anchoredPhrases = [
  'the day before yesterday', 'yesterday', 'today', 'tonight', 'tomorrow', 'the day after tomorrow',
  'last week', 'this week', 'next week', 'last month', 'this month', 'next month',
  'the year before last', 'last year', 'this year', 'next year', 'the year after next',
]
// Vague phrases: relative, but with no date to resolve to.
// biome-ignore format: packed list
const vaguePhrases = [
  'in recent days', 'in recent weeks', 'in recent months', 'in recent years', 'in the past few days',
  'in the past few months', 'in the past few years', 'over the years', 'recently', 'currently', 'till now',
  'until now', 'up to now',
]
const relatives = new Map<string, { readonly shift?: DateOffset; readonly vague: boolean }>([
  ...anchoredPhrases.map((phrase) => [phrase, { shift: relativeDates.get(phrase), vague: false }] as const),
  ...vaguePhrases.map((phrase) => [phrase, { vague: true }] as const),
])

const capitalisable = (word: string) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`
const byLength = (a: string, b: string) => b.length - a.length

// Latin letters, spelled out: `\p{L}` makes every lookaround a Unicode table search, which tripled the cost.
const letter = String.raw`A-Za-z\u00C0-\u024F`
const monthName = [...months.keys()].sort(byLength).join('|')
const fullNames = new Map<number, string>()
for (const [name, number] of months) {
  if (name.length > (fullNames.get(number)?.length ?? 0)) fullNames.set(number, name)
}
const fullMonthNames = new Set(fullNames.values())
const abbreviations = [...months.keys()].filter((name) => !fullMonthNames.has(name)).sort(byLength)
// Only an abbreviation takes a full stop ("Sept. 25"): after "June" it ends the sentence.
const month =
  String.raw`(?:(?:${[...fullMonthNames].join('|')})|(?:${abbreviations.join('|')})\.?)` +
  String.raw`(?![${letter}])`
const day = String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![${letter}\d]|[.,]\d)`
const yearDigits = String.raw`(?:19\d\d|20\d\d|2100)`
const year = String.raw`${yearDigits}(?![${letter}\d]|[.,]\d)`
const dash = String.raw`\s*[-–—~]\s*`
// "May" alone is too often the verb; it counts as a month only after a word that introduces a time.
// biome-ignore format: packed list
const mayCue = [
  'in', 'since', 'until', 'till', 'by', 'of', 'early', 'late', 'mid', 'from', 'through', 'before', 'after',
  'during', 'last', 'next', 'this', 'to',
].map(capitalisable).join('|')
const fullMonth = [...fullMonthNames].filter((name) => name !== 'May').join('|')
const relativePhrases = [...relatives.keys()].sort(byLength)
const relative = relativePhrases
  .map((phrase) => capitalisable(phrase).replaceAll(' ', String.raw`\s+`))
  .join('|')

const notInWord = String.raw`(?![${letter}\d])`
const isoDate =
  String.raw`(?<![\d.,/-])(?<isoYear>${year})(?<isoSep>[-/.])(?<isoMonth>0?[1-9]|1[0-2])` +
  String.raw`\k<isoSep>(?<isoDay>0?[1-9]|[12]\d|3[01])${notInWord}`
// "October 24 and 25" is one range, but "September 25 and October 3" are two dates.
const until = String.raw`(?:${dash}|\s+(?:to|through|till|until)\s+)`
const untilDay = String.raw`${until}(?:(?<mdEndMonth>${month})\s+)?(?<mdEndDay>${day})`
const andDay = String.raw`\s+and\s+(?<mdAndDay>${day})`
const monthThenDay =
  String.raw`(?<mdMonth>${month})\s+(?<mdDay>${day})(?:${untilDay}|${andDay})?` +
  String.raw`(?:,?\s+(?<mdYear>${year}))?`
const monthYear = String.raw`(?<myMonth>${month}),?\s+(?<myYear>${year})`
// "From January to April this year": a range of months, with the year it falls in when one is said.
const monthRange =
  String.raw`(?<mrMonth>${month})(?:${dash}|\s+(?:to|through|till|until)\s+)(?<mrEndMonth>${month})` +
  String.raw`(?:,?\s+(?<mrYear>${year})|\s+(?<mrWhich>this|last|next)\s+year${notInWord}|(?!\s+\d))`
const dayThenMonth =
  String.raw`(?<!\d[.,])(?<dmDay>${day})(?:(?:${dash}|\s+(?:to|and)\s+(?:the\s+)?)(?<dmEndDay>${day}))?` +
  String.raw`\s+(?:of\s+)?(?<dmMonth>${month})(?:,?\s+(?<dmYear>${year}))?`
// "2018-19" ends in the same century; "2019-8888" is a telephone number, not a year.
const untilYear = String.raw`${dash}(?<endYearShort>\d\d)${notInWord}|(?:${dash}|\s+to\s+)(?<endYear>${year})`
const notInAmount = String.raw`(?<![_$€£¥￥₩₹₽.,/#]|\d[-–])`
// "On the 3rd", "on the morning of the 15th": a day of the month the article is in, after a word that says
// when ("on", "by", "from" …); whether a noun follows ("the 3rd floor") is checked in \`readDayOnly\`.
const dayCue = '[Oo]n|[Bb]y|[Bb]efore|[Aa]fter|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|to|and'
const partOfDay = '(?:morning|forenoon|afternoon|evening|night)'
const dayOnly =
  String.raw`(?<=(?<![${letter}])(?:${dayCue})\s+(?:the\s+${partOfDay}\s+of\s+)?the\s+)` +
  String.raw`(?<dayOnly>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?![${letter}\d])` +
  String.raw`(?:\s+(?:to|and)\s+(?:the\s+)?(?<dayOnlyEnd>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?![${letter}\d]))?`
const years = String.raw`${notInAmount}(?<year>${year})(?:${untilYear})?(?![-–/.]\d)`
const monthAlone = String.raw`(?<month>${fullMonth}|(?<=(?<![${letter}])(?:${mayCue})[\s-])May)${notInWord}`
// "on Monday", "last Tuesday": a weekday is a relative date; "last", "next" or "this" says which one.
const weekdayName = [...weekdays.keys()].join('|')
const weekdayCue = '[Ll]ast|[Nn]ext|[Tt]his'
const weekdayDate = String.raw`(?:(?<weekdayCue>${weekdayCue})\s+)?(?<weekday>${weekdayName})${notInWord}`
const relativeDate = `(?<relative>${relative})${notInWord}|${weekdayDate}`

// Tried only where `anchor` found a place a date can start, so the alternatives run a few times per
// sentence rather than at every word. At one place the first alternative wins: a full date beats a month.
// The alternatives, in this order, are isoDate, monthThenDay, monthYear, dayThenMonth, years, monthAlone
// and relativeDate; they are kept apart by what they start with, which the anchor tells: a digit, a month
// or a relative phrase. No alternative can start where one of another kind does, so trying a kind's own,
// in the same order, is trying them all, and a place ("in the", "2019") no longer runs through the
// alternatives that cannot start there.
const digitDate = new RegExp([isoDate, dayThenMonth, dayOnly, years].join('|'), 'y')
const monthDate = new RegExp([monthThenDay, monthRange, monthYear, monthAlone, relativeDate].join('|'), 'y')
const relativeDatePattern = new RegExp(relativeDate, 'y')
// Where a date can start: a digit, a month or the first two words of a relative phrase, at a word start.
// This one scan replaces trying every alternative above at every word, which cost as much again as a parse;
// a leading `\b` lets the engine skip to word starts, where a lookbehind would be tried at every character.
// Each place it finds is at most two words apart by white space, which bounds how far it is run (`annotate`).
const relativeStart = [...new Set(relativePhrases.map(firstWords))].join('|')
const anchor = new RegExp(
  String.raw`\b(?:\d|${monthName}|${relativeStart}|(?:${weekdayCue})\s+(?:${weekdayName})|${weekdayName})`,
  'g',
)

// The word a relative phrase is told by: its last ("in recent years", "till now"), or "year" in "the year
// before last" and "the year after next" (last and next are everywhere). A phrase of one word is capitalised
// at the start of a sentence ("Yesterday"); the words after the first never are.
function unitWord(phrase: string): string {
  const words = phrase.split(' ')
  if (words.length === 1) return capitalisable(phrase)
  return /^(?:last|next)$/.test(words.at(-1)!) ? words[1]! : words.at(-1)!
}

function firstWords(phrase: string): string {
  return capitalisable(phrase.split(' ').slice(0, 2).join(' ')).replaceAll(' ', String.raw`\s+`)
}

// A date needs a year, a month or a relative word, each within one token (see `word-kinds.ts`): a date in
// digits alone is a year, starts with one or is a day with its ordinal ("the 3rd"), every month name starts
// with its three-letter abbreviation, and every relative phrase has a word of its own (see `unitWord`).
const monthStarts = [...new Set([...months.keys()].map((name) => name.slice(0, 3)))]
const dateWord = new RegExp(
  [yearDigits, String.raw`\d(?:st|nd|rd|th)`, ...monthStarts, ...weekdays.keys()]
    .concat([...new Set(relativePhrases.map(unitWord))])
    .join('|'),
)
const dateToken = defineWordKind((word) => dateWord.test(word))

// A year is told from a count by the words around it: "in 2019", "2019 was" are years; "2000 workers" is not.
// biome-ignore format: packed list
const yearCueWords = [
  'in', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'during', 'through', 'throughout',
  'around', 'year', 'early', 'late', 'mid', 'between', 'and', 'fiscal',
].map(capitalisable).join('|')
// Before a year standing at the end of a clause: a cue ("in", "the end of"), "(", a name ("Expo 2019.")
// or nothing at all.
const partOf = String.raw`(?:end|beginning|start|middle|half|quarter|rest)\s+of\s+$`
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
const currencyAfterYear =
  /^(?:yuan|rmb|cny|usd|dollars?|euros?|yen|won|pounds?|percent|per|million|billion)$/i
const theBefore = /(?:^|[^\p{L}])the\s+$/iu
const capitalBefore = /\p{Lu}\p{L}*\s+$/u
const lastOrNextBefore = /(?:^|[^\p{L}])(?:last|next)\s+$/iu
const articleDatePattern = /^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/

/** The article date as far as it is known. */
interface ArticleDate {
  readonly year: number
  readonly month?: number
  readonly day?: number
}

/**
 * Find date expressions in every sentence and store them as `sentence.data.dates`.
 */
export default function retextDates(options?: Readonly<Options> | null) {
  const vague = options?.vague ?? true
  if (typeof vague !== 'boolean') {
    throw new TypeError(
      `retextDates(options): expected \`options.vague\` to be a boolean, got ${describe(vague)}`,
    )
  }

  return (tree: Root, file: VFile): undefined => {
    const today = readArticleDate(file.data.meta?.date)
    const source = sourceOf(tree, file)
    // Plain loops (in `forEachSentence`), not unist-util-visit, which costs more than the parse here.
    forEachSentence(tree, (sentence) => annotate(sentence, source, today, vague))
  }
}

function annotate(
  sentence: Sentence,
  source: string | undefined,
  today: ArticleDate | undefined,
  vague: boolean,
): void {
  const words = kindExtent(sentence, dateToken)
  if (words === undefined) return
  const base = sentence.position?.start.offset
  const to = sentence.position?.end.offset
  if (base === undefined || to === undefined) return
  const text = textOf(sentence, source, base, to)
  const toks = sentenceToks(sentence)
  // A date holds one of those words, so none starts past the last of them, nor far before the first.
  const stop = words.end - base
  // The anchor looks no further than the token after the last of those words: a place it finds is one or
  // two words apart by white space, so one that starts before `stop` ends by then. Without the bound, the
  // last look went on to the end of the sentence for nothing.
  const limit = (toks[lastTokenBefore(toks, words.end) + 1]?.end ?? to) - base
  const head = limit < text.length ? text.slice(0, limit) : text
  const found: DateFinding[] = []
  anchor.lastIndex = Math.max(0, scanStart(toks, words.start) - base)
  for (let hit = anchor.exec(head); hit && hit.index < stop; hit = anchor.exec(head)) {
    const place = hit.index
    const pattern = isDigit(text.charCodeAt(place))
      ? digitDate
      : months.has(hit[0])
        ? monthDate
        : relativeDatePattern
    pattern.lastIndex = place
    const match = pattern.exec(text)
    if (!match) continue
    const end = place + match[0].length
    anchor.lastIndex = end
    const finding = read(match, text, today, vague, base + place, base + end)
    if (finding) found.push(withPartOf(finding, text, place, match[0]))
  }
  if (found.length > 0) {
    sentence.data ??= {}
    sentence.data.dates = found
  }
}

// "early this month", "late last year", "mid-2025", "early June": the part of a month or year belongs to the
// date. Days and weekdays have no such parts.
const partOfPeriod = /(?:^|[^A-Za-z])(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+$/
const periodRules = new Set(['date-month', 'date-month-year', 'date-year', 'date-relative'])
const periodWord = /(?:month|year)$/i

function withPartOf(finding: DateFinding, text: string, place: number, matched: string): DateFinding {
  if (!periodRules.has(finding.rule)) return finding
  if (finding.rule === 'date-relative' && !periodWord.test(matched)) return finding
  const part = partOfPeriod.exec(text.slice(Math.max(0, place - 8), place))
  if (!part) return finding
  const length = part[0].length - (/[A-Za-z]/.test(part[0][0]!) ? 0 : 1)
  return { ...finding, start: finding.start - length }
}

// Where the anchor may start looking, given the offset of the first token a date needs: a date starts at
// most four tokens before it ("in the past few years", "16 to 17 of May"). The look starts at a token after
// punctuation, which no anchor pattern spans (each is letters, digits and white space), so it finds from
// there what it would have found from the start of the sentence. -1 when that is the start.
function scanStart(toks: readonly Tok[], first: number): number {
  let at = tokenStartingAt(toks, first) - 5
  while (at > 0 && toks[at - 1]!.kind !== 'punctuation') at--
  return at > 0 ? toks[at]!.start : -1
}

// A finding is written field by field, in the order of its type, rather than spread together from parts:
// each spread of a few fields cost more than reading the date.
type Draft = { -readonly [Key in keyof DateFinding]: DateFinding[Key] }

// The date `match` found at `start`–`end` (offsets in the article), or undefined when it is not one.
function read(
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
    return monthDay(start, end, mdMonth, mdDay!, mdEndMonth, endDay, mdYear, today)
  }
  if (groups.dmMonth !== undefined) {
    const { dmMonth, dmDay, dmEndDay, dmYear } = groups
    return monthDay(start, end, dmMonth, dmDay!, undefined, dmEndDay, dmYear, today)
  }
  if (groups.dayOnly !== undefined) return readDayOnly(match, text, groups, today, start, end)
  if (groups.mrMonth !== undefined) return readMonthRange(groups, today, start, end)
  if (groups.myMonth !== undefined) {
    const year = Number(groups.myYear)
    return { start, end, year, month: monthNumber(groups.myMonth), rule: 'date-month-year' }
  }
  if (groups.year !== undefined) return readYear(match, text, groups, start, end)
  if (groups.month !== undefined) {
    const month = monthNumber(groups.month)
    // "last September" is relative to the article, and which year it means is a guess; leave it unresolved.
    const resolve = today && !lastOrNextBefore.test(text.slice(Math.max(0, match.index - 6), match.index))
    const resolved = resolve ? closest(today, month, undefined) : undefined
    return resolved
      ? { start, end, month, resolved, rule: 'date-month' }
      : { start, end, month, rule: 'date-month' }
  }
  if (groups.weekday !== undefined) return readWeekday(match, text, groups, today, start, end)
  return readRelative(match, text, groups.relative!, today, vague, start, end)
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
  const next = afterDayOnly.exec(
    text.slice(match.index + match[0].length, match.index + match[0].length + 16),
  )
  if (next && !wordsAfterDay.has(next[1]!)) return undefined
  const day = Number.parseInt(groups.dayOnly!, 10)
  const endDay = groups.dayOnlyEnd === undefined ? undefined : Number.parseInt(groups.dayOnlyEnd, 10)
  if (endDay !== undefined && endDay <= day) return undefined
  const date = { start, end, day } as Draft
  if (endDay !== undefined) date.endDay = endDay
  const resolved = today?.month === undefined ? undefined : dayOfArticleMonth(today, day)
  if (resolved) date.resolved = resolved
  date.rule = endDay === undefined ? 'date-day' : 'date-day-range'
  return date
}

function readMonthRange(
  groups: Record<string, string | undefined>,
  today: ArticleDate | undefined,
  start: number,
  end: number,
): DateFinding | undefined {
  const month = monthNumber(groups.mrMonth!)
  const endMonth = monthNumber(groups.mrEndMonth!)
  const offset = groups.mrWhich === undefined ? undefined : { last: -1, this: 0, next: 1 }[groups.mrWhich]!
  const year =
    groups.mrYear !== undefined
      ? Number(groups.mrYear)
      : offset !== undefined && today
        ? today.year + offset
        : undefined
  if (year === undefined && groups.mrWhich === undefined) {
    return endMonth === month ? undefined : { start, end, month, endMonth, rule: 'date-month-range' }
  }
  if (year === undefined) return { start, end, month, endMonth, relative: true, rule: 'date-month-range' }
  const date = { start, end } as Draft
  if (groups.mrYear !== undefined) {
    date.year = year
    date.month = month
    date.endYear = year
    date.endMonth = endMonth
  } else {
    date.month = month
    date.endMonth = endMonth
    date.relative = true
    date.resolved = `${pad(year, 4)}-${pad(month, 2)}`
  }
  date.rule = 'date-month-range'
  return date
}

// A day alone is a day of the article's month, as news written in Chinese counts it ("3日"), unless it lies
// more than a week past the article date: "the 28th" in an article of the 2nd is last month's.
function dayOfArticleMonth(today: ArticleDate, day: number): string | undefined {
  const back = today.day !== undefined && day > today.day + 7 ? 1 : 0
  const date = new Date(Date.UTC(today.year, today.month! - 1 - back, day))
  // Date.UTC rolls the 31st of a short month into the next; such a month has no such day.
  if (date.getUTCDate() !== day) return undefined
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(day, 2)}`
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
  if (dateAfter.test(text.slice(match.index + match[0].length, match.index + match[0].length + 16))) {
    return undefined
  }
  const cue = groups.weekdayCue?.toLowerCase()
  if (cue === undefined) {
    const before = text.slice(Math.max(0, match.index - 12), match.index)
    const previous = wordBefore.exec(before)?.[1]
    if (previous !== undefined && isUpper(previous.charCodeAt(0)) && !capitalisedCues.has(previous)) {
      return undefined
    }
    if (recurringBefore.test(before)) return undefined
  }
  const resolved = cue && today ? weekdayFrom(today, weekdays.get(groups.weekday!)!, cue) : undefined
  return resolved
    ? { start, end, relative: true, resolved, rule: 'date-weekday' }
    : { start, end, relative: true, rule: 'date-weekday' }
}

// The weekday (ISO 1–7) that "last", "next" or "this" points to from the article date: the latest one
// before it, the first one after it, or the one in the same Monday-to-Sunday week.
function weekdayFrom(today: ArticleDate, weekday: number, cue: string): string | undefined {
  if (today.month === undefined || today.day === undefined) return undefined
  const now = Date.UTC(today.year, today.month - 1, today.day)
  const todayWeekday = ((new Date(now).getUTCDay() + 6) % 7) + 1
  let days = weekday - todayWeekday
  if (cue === 'last' && days >= 0) days -= 7
  if (cue === 'next' && days <= 0) days += 7
  const date = new Date(now + days * 86_400_000)
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
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
  const resolved = year === undefined && today ? closest(today, month, day) : undefined
  const date = { start, end } as Draft
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
    const verbAfterCue = lower && word.endsWith('ed') && yearCueWord.test(before)
    if (lower && !wordsAfterYear.has(word) && !verbAfterCue) return undefined
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
  const resolved = entry.shift && today ? shift(today, entry.shift) : undefined
  return resolved
    ? { start, end, relative: true, resolved, rule: 'date-relative' }
    : { start, end, relative: true, rule: 'date-relative' }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function monthNumber(text: string): number {
  return months.get(text.endsWith('.') ? text.slice(0, -1) : text)!
}

function validDay(month: number, day: number): boolean {
  return day >= 1 && day <= daysInMonth[month - 1]!
}

function readArticleDate(value: unknown): ArticleDate | undefined {
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

// A date without a year is taken in whichever year puts it nearest the article date: "December 28"
// in an article of January 3 means the December just gone.
function closest(today: ArticleDate, month: number, day: number | undefined): string {
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

function shift(today: ArticleDate, by: DateOffset): string | undefined {
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

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0')
}
