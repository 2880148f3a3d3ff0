/**
 * The patterns `retext-dates` reads dates with: month names and abbreviations, days, years, ranges, weekdays
 * and relative phrases, the anchor that finds where a date can start, and the word kind that tells which
 * sentences can hold one.
 */
import { type DateOffset, months as monthTable, relativeDates, weekdays } from '../data/dates.js'
import { isDigit } from '../diagnostics/characters.js'
import { decadePattern } from './date-decades.js'
import { defineWordKind } from './word-kinds.js'

/** Abbreviations are matched with an optional full stop, so only the keys without one are needed. */
export const months = new Map([...monthTable].filter(([name]) => !name.endsWith('.')))
/** Days in each month, February counted with 29. */
export const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

// Relative phrases counted from the article date; `relativeDates` says how far. Phrases counted from
// another date in the text ("the next day") are left out: their date cannot be worked out here.
// biome-ignore format: packed list
const anchoredPhrases = [
  'the day before yesterday', 'yesterday', 'last night', 'today', 'tonight', 'tomorrow',
  'the day after tomorrow',
  'last week', 'this week', 'next week', 'last weekend', 'this weekend', 'next weekend', 'last month',
  'this month', 'next month', 'the year before last', 'last year', 'this year', 'next year',
  'the year after next',
]
// Vague phrases: relative, but with no date to resolve to.
// biome-ignore format: packed list
const vaguePhrases = [
  'in recent days', 'in recent weeks', 'in recent months', 'in recent years', 'in the past few days',
  'in the past few months', 'in the past few years', 'over the years', 'recently', 'currently', 'till now',
  'until now', 'up to now',
]
// "until the end of the year": the end of the year the text speaks of, a date as "the end of this year"
// is, left unresolved: in a report on 2019, "by the end of the year" is 2019, not the article's year. So is
// its beginning ("up 6% over the beginning of the year").
// "next spring", "last winter": a season said from the article's time; which months it spans is left open.
// Not "fall", a noun of change as well ("this fall in prices").
export const seasons: ReadonlySet<string> = new Set(['spring', 'summer', 'autumn', 'winter'])
const seasonPhrases = ['this', 'last', 'next'].flatMap((which) =>
  [...seasons].map((season) => `${which} ${season}`),
)
const unresolvedPhrases = [
  'end of the year',
  'end of the month',
  'beginning of the year',
  'start of the year',
  ...seasonPhrases,
]
// "The day before, the delegation visited …", "the pipe was mended the next day": one day counted from another
// date of the story, which is not always the article's ("Yesterday … The day before …" is two days back), so
// it is left unresolved. Only where no noun follows: "the day before the opening" is the opening's eve
// (see `readRelative`).
/** Phrases of a day counted from another date in the text, relative but left unresolved. */
export const eventDayPhrases: ReadonlySet<string> = new Set([
  'the day before',
  'the previous day',
  'the next day',
  'the following day',
])
/** Relative phrases → how far from the article date they lie, and whether they are vague. */
export const relatives = new Map<string, { readonly shift?: DateOffset; readonly vague: boolean }>([
  ...anchoredPhrases.map((phrase) => [phrase, { shift: relativeDates.get(phrase), vague: false }] as const),
  ...[...unresolvedPhrases, ...eventDayPhrases].map((phrase) => [phrase, { vague: false }] as const),
  ...vaguePhrases.map((phrase) => [phrase, { vague: true }] as const),
])

/** A pattern for `word` with its first letter in either case. */
export const capitalisable = (word: string) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`
const byLength = (a: string, b: string) => b.length - a.length

/** Latin letters, spelled out: `\p{L}` makes every lookaround a Unicode table search, which tripled the cost. */
export const letter = String.raw`A-Za-z\u00C0-\u024F`
/** Every month name and abbreviation, longest first, for a pattern. */
export const monthName = [...months.keys()].sort(byLength).join('|')
const fullNames = new Map<number, string>()
for (const [name, number] of months) {
  if (name.length > (fullNames.get(number)?.length ?? 0)) fullNames.set(number, name)
}
const fullMonthNames = new Set(fullNames.values())
const abbreviations = [...months.keys()].filter((name) => !fullMonthNames.has(name)).sort(byLength)
/** Only an abbreviation takes a full stop ("Sept. 25"): after "June" it ends the sentence. */
const month =
  String.raw`(?:(?:${[...fullMonthNames].join('|')})|(?:${abbreviations.join('|')})\.?)` + `(?![${letter}])`
/** A day of the month, with an optional ordinal ending. */
const day = String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![${letter}\d]|[.,]\d)`
// Founding years and history go back centuries ("founded in 1872", "the port opened in 1899").
const yearDigits = String.raw`(?:1[6-9]\d\d|20\d\d|2100)`
/** A year in digits, 1600–2100. */
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
/** Every relative phrase, longest first, either case at its start. */
const relative = relativePhrases
  .map((phrase) => capitalisable(phrase).replaceAll(' ', String.raw`\s+`))
  .join('|')

const notInWord = String.raw`(?![${letter}\d])`
const isoDate =
  String.raw`(?<![\d.,/-])(?<isoYear>${year})(?<isoSep>[-/.])(?<isoMonth>0?[1-9]|1[0-2])` +
  String.raw`\k<isoSep>(?<isoDay>0?[1-9]|[12]\d|3[01])${notInWord}`
// "October 24 and 25" is one range, but "September 25 and October 3" are two dates.
const until = String.raw`(?:${dash}|\s+(?:to|through|till|until)\s+)`
// "from 8 p.m. on September 3 to 2 p.m. on September 4": a number read as a clock time ("2 p.m.", "14:00")
// ends no span of days, so the two dates are read one by one.
// "PM2.5" after a day is the air's fine dust, no clock time: "from January 1 to 15 PM2.5 levels fell".
const clockAfter = String.raw`(?!:\d|\s*[AaPp]\.?[Mm](?![${letter}\d])|\s+o['’]clock)`
const untilDay = String.raw`${until}(?:(?<mdEndMonth>${month})\s+)?(?<mdEndDay>${day})${clockAfter}`
const andDay = String.raw`\s+and\s+(?<mdAndDay>${day})`
const monthThenDay =
  String.raw`(?<mdMonth>${month})\s+(?<mdDay>${day})(?:${untilDay}|${andDay})?` +
  String.raw`(?:,?\s+(?<mdYear>${year})|\s+(?<mdWhich>this|last|next)\s+year${notInWord})?`
const monthYear = String.raw`(?<myMonth>${month}),?\s+(?<myYear>${year})`
// "October 15 this year to March 31 next year", "December 1, 2025 to February 28, 2026": a span of days whose
// start says its year, and the end too (the end's year may be left for the reading to work out).
const whichYear = (group: string) => String.raw`\s+(?<${group}>this|last|next)\s+year${notInWord}`
const daysOfYears =
  String.raw`(?<ryMonth>${month})\s+(?<ryDay>${day})(?:,?\s+(?<ryYear>${year})|${whichYear('ryWhich')})` +
  String.raw`${until}(?<ryEndMonth>${month})\s+(?<ryEndDay>${day})` +
  String.raw`(?:,?\s+(?<ryEndYear>${year})|${whichYear('ryEndWhich')})?`
// "in December and January", "July and August this year": two months in a row joined by "and" are one
// period, as "October 24 and 25" is one span of days; "March and September" are two dates. Full names only
// ("Jan. and Feb." is a list's). A year said after the pair is its year, but not after "December and
// January", which crosses into the next year. Nor is it a period at the end of a list ("in January, February
// and March") or when "respectively" later in the sentence pairs each month with its own figure ("rose 5
// percent and 7 percent in June and July respectively"): those are months one by one.
const monthsByNumber = [...fullNames].sort(([a], [b]) => a - b).map(([, name]) => name)
const monthPair = monthsByNumber
  .slice(0, 11)
  .map((name, index) => String.raw`${name}\s+and\s+${monthsByNumber[index + 1]}`)
  .join('|')
const pairYear = String.raw`(?:,?\s+(?<pairYear>${year})|${whichYear('pairWhich')})?`
const notListed = String.raw`(?<!(?:${monthName}),\s+)(?!(?:[^.!?\n]|\.(?=\d))*\brespectively\b)`
const monthsInRow =
  `${notListed}(?:(?<pairMonths>${monthPair})${notInWord}${pairYear}` +
  String.raw`|(?<pairMonthsAcross>December\s+and\s+January)${notInWord})(?!\s+\d)`
// "From January to April this year": a range of months, with the year it falls in when one is said;
// "January 2021 to May this year" says the year it starts in too; "January to the end of February" ends
// with a part of its last month.
const monthRange =
  String.raw`(?<mrMonth>${month})(?:,?\s+(?<mrStartYear>${year}))?` +
  String.raw`(?:${dash}|\s+(?:to|through|till|until)\s+(?:the\s+(?:end|beginning|middle)\s+of\s+)?)` +
  String.raw`(?<mrEndMonth>${month})` +
  String.raw`(?:,?\s+(?<mrYear>${year})|\s+(?<mrWhich>this|last|next)\s+year${notInWord}|(?!\s+\d))`
const dayThenMonth =
  String.raw`(?<!\d[.,])(?<dmDay>${day})(?:(?:${dash}|\s+(?:to|and)\s+(?:the\s+)?)(?<dmEndDay>${day}))?` +
  String.raw`\s+(?:of\s+)?(?<dmMonth>${month})` +
  String.raw`(?:,?\s+(?<dmYear>${year})|\s+(?<dmWhich>this|last|next)\s+year${notInWord})?`
// "2018-19" ends in the same century; "2019-8888" is a telephone number, not a year.
// "2025/26", a budget's or a season's year, ends in the next year (see `readYear`).
const untilYear =
  String.raw`${dash}(?<endYearShort>\d\d)${notInWord}|\/(?<endYearSlash>\d\d)${notInWord}` +
  String.raw`|(?:${dash}|\s+to\s+)(?<endYear>${year})`
const notInAmount = String.raw`(?<![_$€£¥￥₩₹₽.,/#]|\d[-–])`
// "On the 3rd", "on the morning of the 15th": a day of the month the article is in, after a word that says
// when ("on", "by", "from" …); whether a noun follows ("the 3rd floor") is checked in \`readDayOnly\`.
export const dayCue = '[Oo]n|[Bb]y|[Bb]efore|[Aa]fter|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|to|and'
export const partsOfDay: readonly string[] = ['morning', 'forenoon', 'afternoon', 'evening', 'night']
const partOfDay = `(?:${partsOfDay.join('|')})`
const dayOnly =
  String.raw`(?<=(?<![${letter}])(?:${dayCue})\s+(?:the\s+${partOfDay}\s+of\s+)?the\s+)` +
  String.raw`(?<dayOnly>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?![${letter}\d])` +
  String.raw`(?:\s+(?:to|and)\s+(?:the\s+)?(?<dayOnlyEnd>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?![${letter}\d]))?`
// "the 2025-2026 academic year": the year a school or budget counts by is one date with its year words.
const yearOfCount = String.raw`\s+(?:academic|school|fiscal|financial)\s+year${notInWord}`
const years =
  String.raw`${notInAmount}(?<year>${year})(?:${untilYear})?(?![-–/.]\d)` + `(?<countedYear>${yearOfCount})?`
// "March last year", "January this year": a month of the year the article date points to.
const monthAlone =
  String.raw`(?<month>${fullMonth}|(?<=(?<![${letter}])(?:${mayCue})[\s-])May)${notInWord}` +
  String.raw`(?:\s+(?<monthWhich>this|last|next)\s+year${notInWord})?`
// "on Monday", "last Tuesday": a weekday is a relative date; "last", "next" or "this" says which one.
const weekdayName = [...weekdays.keys()].join('|')
const weekdayCue = '[Ll]ast|[Nn]ext|[Tt]his'
// "from Tuesday to Sunday" is one span of days, not two dates.
const weekdayDate =
  String.raw`(?:(?<weekdayCue>${weekdayCue})\s+)?(?<weekday>${weekdayName})${notInWord}` +
  String.raw`(?:(?:${dash}|\s+(?:to|through|till|until)\s+)(?<weekdayEnd>${weekdayName})${notInWord})?`
// "the third quarter", "the first three quarters of 2019", "the first half of the year": parts of a year. A
// half needs its year said ("the first half of the match" is none); a quarter is a part of a year as it is.
const quarterStart = '[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth'
const quarterOf =
  String.raw`(?<ofYear>\s+of\s+(?:(?<quarterYear>${year})|(?:the\s+)?year${notInWord}` +
  String.raw`|(?<quarterWhich>this|last|next)\s+year${notInWord}))`
// "the first nine months", "the first 10 months of 2024": the months from January; a count of months from
// two to eleven, in words or digits.
const monthCount = 'two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]'
const quarterDate =
  String.raw`(?:(?<quarter>${quarterStart})\s+[Qq]uarter|[Ff]irst\s+(?<quarters>two|three)\s+[Qq]uarters` +
  String.raw`|(?<half>[Ff]irst|[Ss]econd)\s+[Hh]alf|[Ff]irst\s+(?<firstMonths>${monthCount})\s+months)` +
  `${notInWord}${quarterOf}?`
// "Q3", "Q4 2024": a quarter as business and statistics reports abbreviate it, with its year when one follows.
const quarterShort = String.raw`Q(?<quarterNumber>[1-4])(?:\s+(?<quarterNumberYear>${year}))?${notInWord}`
const relativeDate = `(?<relative>${relative})${notInWord}|${weekdayDate}|${quarterDate}|${quarterShort}`

/**
 * Tried only where `anchor` found a place a date can start, so the alternatives run a few times per
 * sentence rather than at every word. At one place the first alternative wins: a full date beats a month.
 * The alternatives, in this order, are isoDate, dayThenMonth, dayOnly, years and decadePattern (from a
 * digit), and monthThenDay, monthRange, monthYear, monthAlone and relativeDate (from a month or a word); they are kept apart by what they start with, which the anchor tells: a digit, a month
 * or a relative phrase. No alternative can start where one of another kind does, so trying a kind's own,
 * in the same order, is trying them all, and a place ("in the", "2019") no longer runs through the
 * alternatives that cannot start there.
 */
export const digitDate = new RegExp([isoDate, dayThenMonth, dayOnly, years, decadePattern].join('|'), 'y')
/**
 * Whether `digitDate` can match at `place`, the first digit of a number: each of its dates starts with a
 * day (one or two digits) or a year (four), and no further digit, nor a decimal or thousands mark and a
 * digit, may follow either. Most numbers in the news are counts and amounts ("300", "1,200", "3.5",
 * "12000"), turned away here without running the pattern.
 */
export function mayStartDigitDate(text: string, place: number): boolean {
  let end = place
  while (isDigit(text.charCodeAt(end))) end++
  const length = end - place
  if (length === 3 || length > 4) return false
  const next = text.charCodeAt(end)
  return !((next === 0x2e || next === 0x2c) && isDigit(text.charCodeAt(end + 1)))
}

/** Dates that start with a month or a word: "September 25", "January to April", "May", "yesterday". */
export const monthDate = new RegExp(
  [daysOfYears, monthThenDay, monthRange, monthsInRow, monthYear, monthAlone, relativeDate].join('|'),
  'y',
)
/** Relative phrases and weekdays alone. */
export const relativeDatePattern = new RegExp(relativeDate, 'y')
const relativeStart = [...new Set(relativePhrases.map(firstWords))].join('|')
// "FY2025": the anchor finds the year after the letters, which leave no word start before its digits.
const fiscalShort = String.raw`FY\s?(?=\d)`
/**
 * Where a date can start: a digit, a month, a weekday or the first two words of a relative phrase, at a
 * word start. This one scan replaces trying every alternative above at every word, which cost as much again
 * as a parse; a leading `\b` lets the engine skip to word starts, where a lookbehind would be tried at every
 * character. Each place it finds is at most two words apart by white space, which bounds how far it is run
 * (`annotate`).
 */
export const anchor = new RegExp(
  String.raw`\b(?:\d|${monthName}|${relativeStart}|(?:${weekdayCue})\s+(?:${weekdayName})|${weekdayName}` +
    String.raw`|(?:${quarterStart})\s+(?:[Qq]uarter|[Hh]alf|two\s+[Qq]uarters|three\s+[Qq]uarters)` +
    String.raw`|[Ff]irst\s+(?:${monthCount})\s+months|Q[1-4]|${fiscalShort})`,
  'g',
)

// The word a relative phrase is told by: its last ("in recent years", "till now"), or "year" in "the year
// before last" and "day" in "the day before" (last, next and before are everywhere). A phrase of one word is
// capitalised at the start of a sentence ("Yesterday"); the words after the first never are.
function unitWord(phrase: string): string {
  const words = phrase.split(' ')
  if (words.length === 1) return capitalisable(phrase)
  return /^(?:last|next|before)$/.test(words.at(-1)!) ? words[1]! : words.at(-1)!
}

// A phrase that starts with "the" is anchored at "the" with its second word only looked at: "the next year"
// fails "the next day" there, and the look goes on from "next", where "next year" starts.
function firstWords(phrase: string): string {
  const [first, second] = phrase.split(' ')
  if (second === undefined) return capitalisable(first!)
  return first === 'the'
    ? String.raw`[Tt]he(?=\s+${second})`
    : String.raw`${capitalisable(first!)}\s+${second}`
}

// A date needs a year, a month or a relative word, each within one token (see `word-kinds.ts`): a date in
// digits alone is a year, starts with one or is a day with its ordinal ("the 3rd"), every month name starts
// with its three-letter abbreviation, and every relative phrase has a word of its own (see `unitWord`).
const monthStarts = [...new Set([...months.keys()].map((name) => name.slice(0, 3)))]
const dateWord = new RegExp(
  [
    yearDigits,
    String.raw`\d(?:st|nd|rd|th)`,
    '^[Qq]uarters?$',
    '^[Hh]alf$',
    '^months$',
    '^Q[1-4]$',
    ...monthStarts,
    ...weekdays.keys(),
  ]
    .concat([...new Set(relativePhrases.map(unitWord))])
    .join('|'),
)
/** The word kind of the words a date needs: a sentence without one is skipped. */
export const dateToken = defineWordKind((word) => dateWord.test(word))
