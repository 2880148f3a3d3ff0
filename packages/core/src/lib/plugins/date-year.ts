/**
 * Reading a year out of a date pattern's match: telling "in 2019" and "the 2026 regatta" (years) from
 * "2000 workers" and "$2019" (a count, an amount).
 */
import type { DateFinding } from '../findings.js'
import { capitalisable } from './date-patterns.js'

// A year is told from a count by the words around it: "in 2019", "2019 was" are years; "2000 workers" is not.
// biome-ignore format: packed list
const yearCueWords = [
  'in', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'during', 'through', 'throughout',
  'around', 'year', 'early', 'late', 'mid', 'between', 'and', 'fiscal', 'for', 'into',
].map(capitalisable).join('|')
// "the spring semester of 2026", "the 2026 season".
/** The parts a school or sports year is split into, as regex alternatives. */
export const termWords = 'semester|term|session|season'
// Before a year standing at the end of a clause: a cue ("in", "the end of"), "(", a name ("Expo 2019.")
// or nothing at all.
const partOf = String.raw`(?:end|beginning|start|middle|half|quarter|rest|${termWords})\s+of\s+$`
// "rose 5% compared with 2020,": the year a change is measured from.
const comparedWith = String.raw`[Cc]ompared\s+(?:with|to)\s+$`
// "up 8% on the same period of 2024.", "over the period of 2019.", not "a trial period of 2000.".
const periodOf = String.raw`(?:^|[^\p{L}])the\s+(?:same\s+)?period\s+of\s+$`
// "up 9 percent over 2023.", "6% higher than 2022,", "a rise on 2021.": the year a change is measured against.
const changeOver =
  String.raw`(?:(?:percent|per\s+cent|%)(?:\s+(?:higher|lower|up|down|above|below))?|increase|rise|growth|` +
  String.raw`decline|drop|decrease|gain)\s+(?:over|than|on)\s+$`
// "the launch is scheduled to 2031.", "the policy was extended to 2030.", "its berths are filled to 2031.":
// after a verb that moves a time or fills one, "to" names a year; after one of amount ("rose to 2000.") it
// names a count, so "to" alone is no cue.
const timeMovedTo = String.raw`(?:scheduled|extended|postponed|delayed|deferred|prolonged|booked|filled|valid)\s+to\s+$`
const yearCue = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${yearCueWords})[\s-]*$|${partOf}|${comparedWith}|${periodOf}|${changeOver}` +
    String.raw`|${timeMovedTo}|\(\s*$` +
    String.raw`|\p{Lu}\p{L}*\s+$|^\s*$`,
  'u',
)
// "the winners of 2023.", "the summer of 2023.": a year after "of" ends its clause when the noun before
// "of" is one a year owns, or a capitalised name ("the Best Volunteers of 2023."); after any other noun it
// is a count or a measure ("a peak of 2000.", "crowds of 2000.", "The team of 2000.").
const ofBefore = /(?:^|[^\p{L}])(\p{L}+)["”’)]?\s+of\s+$/u
// A name of two capitalised words before "of" ("Best Volunteers of"); "The Team of" starts a sentence.
const ofName = /(?:^|[^\p{L}])(?!(?:The|A|An)\s)(?:the|\p{Lu}\p{L}*)\s+\p{Lu}\p{L}+["”’)]?\s+of\s+$/u
// biome-ignore format: packed list
const yearNouns = new Set([
  'winners', 'winner', 'class', 'graduates', 'champions', 'champion', 'alumni', 'summer', 'winter', 'spring',
  'autumn', 'end', 'beginning', 'start', 'middle', 'half', 'quarter', 'rest', 'remainder', 'months', 'days',
  'crisis', 'flood', 'floods', 'earthquake', 'census', 'events', 'edition', 'budget', 'elections',
  // a year's work as a report reviews it: "reviewed the supervision work of 2023."
  'work', 'tasks', 'targets', 'goals', 'results', 'achievements', 'performance', 'plan', 'plans', 'report',
  'accounts', 'statistics', 'data', 'figures', 'review', 'summary',
])
const yearCueWord = new RegExp(String.raw`(?:^|[^\p{L}])(?:${yearCueWords})\s+$`, 'u')
const moneyBefore = /(?:[$€£¥￥₩₹₽#]|(?:^|[^\p{L}])(?:RMB|CNY|USD|EUR|GBP|JPY|HKD|KRW|No\.?))\s*$/u
// 'the 2024 "Spring Fair"': a quotation opened after the year starts the name the year is attributed to.
const nextWord = /^(?:\s+["“‘]|\s*)(\p{L}+|%)/u
// Lower-case words that may follow a year; any other lower-case word makes the number a count.
const wordsAfterYear = new Set(
  (
    'to and or through till until was is were will would has had have saw when while as the this that ' +
    'it its we our they their he she his her there compared than onwards onward also respectively but ' +
    'which witnessed marked marks'
  ).split(' '),
)
// biome-ignore format: packed list
const madeInBefore = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${[
    'adopted', 'enacted', 'passed', 'promulgated', 'amended', 'revised', 'issued', 'introduced', 'founded',
    'established', 'built', 'completed', 'launched', 'opened', 'approved', 'unveiled', 'published', 'born',
  ].join('|')})\s+in\s+$`,
  'u',
)
const timeCueWord =
  /(?:^|[^\p{L}])(?:[Ss]ince|[Bb]efore|[Aa]fter|[Uu]ntil|[Tt]ill|[Ii]nto|[Dd]uring|[Ii]n)\s+$/u
// After a cue of time a clause may go on with its subject or an adverb: "in 1896 a stone was set", "built in
// 1896 still stands". Not "more" or "new": "resulted in 2000 more jobs" counts them.
// biome-ignore format: packed list
const linkAfterCuedYear = new Set([
  'in', 'on', 'at', 'by', 'are', 'be', 'been', 'into', 'under', 'within', 'amid', 'following', 'after',
  'before', 'from', 'with', 'for', 'a', 'an', 'some', 'several', 'both', 'these', 'those',
  'another', 'one', 'you', 'still', 'already', 'again', 'then', 'alone', 'just', 'later', 'once',
  // "had known of the leak since 2019 without acting", "grew in 2022 despite the drought".
  'without', 'despite', 'because',
])
const currencyAfterYear =
  /^(?:yuan|rmb|cny|usd|dollars?|euros?|yen|won|pounds?|percent|per|million|billion)$/i
// "the chamber's 2021 survey", "The 2026 regatta": after "the" or an owner, a year names the one of a kind
// held that year when a singular noun follows; "the 2000 workers" has a plural, "the 2000 mu" a unit and
// "the 2000 member team" a count before its noun.
// "a 2023 graduate" is the one of that year's kind as well.
const ownerBefore = /(?:^|[^\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Aa]n?|\p{L}+['’]s)\s+$/u
// After "a", the noun must follow the year alone: "a 2000 kilogram load", "a 1800 parking-space garage"
// measure or count what follows.
const compound = /^-\p{L}/u
const articleBefore = /(?:^|[^\p{L}])[Aa]n?\s+$/u
// Plural nouns end in "s"; "business", "census" and "crisis" do too, and are singular.
const plural = /[^siu]s$/
const unitAfterYear =
  /^(?:mu|square|sqm|sq|cubic|ton|tonne|gram|kilogram|kg|meter|metre|kilometer|kilometre|hectare|acre|megawatt|odd|plus|more|member|seat|bed|room|person|strong|student|worker|employee|household|unit|piece|vehicle|car|word|page|yard|foot|feet|mile|liter|litre|kilowatt|watt|horsepower|pixel)$/
/**
 * The words before a year that make it a company's or a budget's year: "fiscal 2025", "fiscal year 2025",
 * "FY2025". They say it is a year whatever follows ("fiscal 2025 results"); the date keeps them, as
 * "the 2025 fiscal year" keeps its words after the year.
 */
export const fiscalBefore = /(?:^|[^\p{L}])((?:[Ff]iscal(?:\s+[Yy]ear)?|[Ff]inancial\s+[Yy]ear)\s+|FY\s?)$/u

/** The year (or range of years) `match` found, or undefined when the number is a count or an amount. */
export function readYear(
  match: RegExpExecArray,
  text: string,
  groups: Record<string, string | undefined>,
  start: number,
  end: number,
): DateFinding | undefined {
  const year = Number(groups.year)
  const short = groups.endYearShort ?? groups.endYearSlash
  const endYear =
    groups.endYear !== undefined
      ? Number(groups.endYear)
      : short !== undefined
        ? Math.floor(year / 100) * 100 + Number(short)
        : undefined
  if (endYear !== undefined && endYear <= year) return undefined
  // "fiscal year 2025/26" spans two years in a row; "file 2021/35" numbers a document.
  if (groups.endYearSlash !== undefined && endYear !== year + 1) return undefined
  const before = text.slice(Math.max(0, match.index - 24), match.index)
  if (moneyBefore.test(before)) return undefined
  const rest = text.slice(match.index + match[0].length)
  const after = nextWord.exec(rest)
  const word = after?.[1]
  if (word === '%' || (word !== undefined && currencyAfterYear.test(word))) return undefined
  // A range of years ("the 2018-2020 plan") is never a count; a lone number needs the words around it.
  if (endYear === undefined && !fiscalBefore.test(before)) {
    const lower = word !== undefined && word.charCodeAt(0) >= 97 && word.charCodeAt(0) <= 122
    // "in 2020 reached": after "in", "since" …, a verb in the past tense still leaves the number a year.
    // "built before 2000 in the plan", "those completed since 2004 are": after a cue, a preposition or "are"
    // also leaves it a year ("2000 workers" has a noun after it).
    // Only a cue of time does that: "increased by 2000 in May" and "around 2000 are employed" count people.
    const yearAfterCue =
      lower &&
      ((word.endsWith('ed') && yearCueWord.test(before)) ||
        (linkAfterCuedYear.has(word) && timeCueWord.test(before)))
    // "the law adopted in 2022 gives", "the hall built in 1998 seats": after a verb of making or passing,
    // "in" says when ("invested in 2024 enterprises" says what in).
    const madeIn = lower && year % 100 !== 0 && !unitAfterYear.test(word) && madeInBefore.test(before)
    const attributive =
      lower &&
      word.length > 2 &&
      !plural.test(word) &&
      !unitAfterYear.test(word) &&
      ownerBefore.test(before) &&
      !(articleBefore.test(before) && compound.test(rest.slice(after![0].length)))
    if (
      lower &&
      !wordsAfterYear.has(word) &&
      !yearAfterCue &&
      !madeIn &&
      !attributive &&
      !groups.countedYear &&
      !opensClauseAt(text, match.index, year, word)
    ) {
      return undefined
    }
    if (word === undefined && !yearCue.test(before) && !endsOfYear(before)) return undefined
  }
  return endYear === undefined
    ? { start, end, year, rule: 'date-year' }
    : { start, end, year, endYear, rule: 'date-year-range' }
}

// "In 2023 workers …", "said that in 2024 officials received …": a cue of time that opens its clause makes
// the number after it the clause's time, whatever noun follows; after a verb or a noun the cue governs a
// count ("invested in 2024 enterprises", "resulted in 2000 jobs"). A round hundred stays a count even there
// ("In 2000 households, …"), and so does a number before a unit ("in 2024 mu"); "more" after a year is the
// clause's ("In 2024 more than 300 firms …").
const clauseTimeCue = /(?:^|[^\p{L}])(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]y)\s+$/u
const clauseOpener = /(?:^|[,;:(“"]|(?:^|[^\p{L}])(?:and|but|that|while|whereas|then|so))\s*$/u

function opensClauseAt(text: string, at: number, year: number, word: string): boolean {
  if (year % 100 === 0 || (word !== 'more' && unitAfterYear.test(word))) return false
  const cue = clauseTimeCue.exec(text.slice(Math.max(0, at - 8), at))
  if (cue === null) return false
  // The cue's own start: the match may hold the character before it.
  const cueStart = at - cue[0].length + (/\p{L}/u.test(cue[0][0]!) ? 0 : 1)
  return clauseOpener.test(text.slice(Math.max(0, cueStart - 10), cueStart))
}

// Whether a year that ends its clause follows "of" after a noun a year owns, or a capitalised name.
function endsOfYear(before: string): boolean {
  const noun = ofBefore.exec(before)?.[1]
  if (noun === undefined) return false
  return yearNouns.has(noun.toLowerCase()) || ofName.test(before)
}
