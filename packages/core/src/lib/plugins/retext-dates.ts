/**
 * `retext-dates`: calendar dates, date ranges, years and relative time words in each sentence
 * ("September 25", "October 16 to 17", "in 2019", "yesterday"), stored as `sentence.data.dates`.
 *
 * Relative words and dates without a year are resolved against the article date (`file.data.meta.date`).
 */

import type { Root, Sentence } from 'nlcst'
import type { VFile } from 'vfile'
import { describe } from '../describe.js'
import { isDigit } from '../diagnostics/characters.js'
import { sentenceToks, type Tok } from '../entities/tokens.js'
import type { DateFinding } from '../findings.js'
import { type ArticleDate, readArticleDate } from './article-date.js'
import { type HalvesSaid, halvesContext } from './date-halves.js'
import { lunarDates, lunarToken, withLunarDates } from './date-lunar.js'
import {
  anchor,
  dateToken,
  digitDate,
  mayStartDigitDate,
  monthDate,
  months,
  relativeDatePattern,
} from './date-patterns.js'
import { read, withPartOf } from './date-reading.js'
import { titleYears } from './date-title.js'
import { forEachSentence } from './sentences.js'
import { sourceOf, textOf } from './text.js'
import { lastTokenBefore, tokenStartingAt } from './token-offsets.js'
import { kindExtent, sentenceKinds } from './word-kinds.js'

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
    // Which year's half a bare "in the first half" is: read only when a sentence has one.
    const halves = halvesContext(tree, source)
    forEachSentence(tree, (sentence, heading, paragraph) => {
      halves.at(sentence, paragraph)
      annotate(sentence, source, today, vague, halves.halvesSaid)
      if (heading) annotateTitle(sentence, source, today)
    })
  }
}

function annotate(
  sentence: Sentence,
  source: string | undefined,
  today: ArticleDate | undefined,
  vague: boolean,
  halvesSaid: HalvesSaid,
): void {
  const words = kindExtent(sentence, dateToken | lunarToken)
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
  let found: DateFinding[] = []
  anchor.lastIndex = Math.max(0, scanStart(toks, words.start) - base)
  for (let hit = anchor.exec(head); hit && hit.index < stop; hit = anchor.exec(head)) {
    // "FY2025" is read from its digits; `withPartOf` adds the letters back.
    const place = hit[0].startsWith('FY') ? hit.index + hit[0].length : hit.index
    const digits = isDigit(text.charCodeAt(place))
    if (digits && !mayStartDigitDate(text, place)) continue
    const pattern = digits ? digitDate : months.has(hit[0]) ? monthDate : relativeDatePattern
    pattern.lastIndex = place
    const match = pattern.exec(text)
    if (!match) continue
    const end = place + match[0].length
    anchor.lastIndex = end
    const finding = read(match, text, today, vague, base + place, base + end, halvesSaid)
    if (finding) found.push(withPartOf(finding, text, place, match[0]))
  }
  // "the fifth day of the fifth lunar month": read apart, in the few sentences that say "lunar".
  if (sentenceKinds(sentence) & lunarToken) found = withLunarDates(found, lunarDates(text, base))
  if (found.length > 0) {
    sentence.data ??= {}
    sentence.data.dates = found.length > 1 ? joinBetween(found, text, base) : found
  }
}

// "between March 3 and June 9", "between May 2019 and April 2022", "between 2016 and 2020": two dates of
// the same shape after "between" are one range, as "October 24 and 25" is; the range starts at the first
// date ("between" is left out) and ends where the second does. "in May and on June 9" stays two dates.
const betweenBefore = /(?:^|[^A-Za-z])[Bb]etween\s+$/
const andBetween = /^\s+and\s+$/
const ends = ['endYear', 'endMonth', 'endDay'] as const
const parts = ['year', 'month', 'day'] as const

function joinBetween(found: readonly DateFinding[], text: string, base: number): DateFinding[] {
  const joined: DateFinding[] = []
  for (let index = 0; index < found.length; index++) {
    const first = found[index]!
    const second = found[index + 1]
    if (
      second === undefined ||
      !sameShape(first, second) ||
      !andBetween.test(text.slice(first.end - base, second.start - base)) ||
      !betweenBefore.test(text.slice(Math.max(0, first.start - base - 9), first.start - base))
    ) {
      joined.push(first)
      continue
    }
    const { year, month, day } = second
    joined.push({
      ...first,
      end: second.end,
      rule: 'date-between',
      ...(year === undefined ? {} : { endYear: year }),
      ...(month === undefined ? {} : { endMonth: month }),
      ...(day === undefined ? {} : { endDay: day }),
    })
    index++
  }
  return joined
}

// Whether two dates each name one time, with the same parts said (a day and its month, a month and its
// year, a year), the second after the first when both say their year ("March 3, 2024 and March 9, 2024").
function sameShape(first: DateFinding, second: DateFinding): boolean {
  if (first.relative || second.relative) return false
  if (ends.some((end) => first[end] !== undefined || second[end] !== undefined)) return false
  if (parts.some((part) => (first[part] === undefined) !== (second[part] === undefined))) return false
  if (first.year === undefined || second.year === undefined) return first.month !== undefined
  return dayCount(first) < dayCount(second)
}

// A date's place in time, in days of 31 (a month or a day not said counts as 0), for telling which is later.
function dayCount({ year, month, day }: DateFinding): number {
  return ((year ?? 0) * 12 + (month ?? 0)) * 31 + (day ?? 0)
}

// A Title Case heading's relative years ("… Rose 8% Last Year"), added in order to the sentence's dates.
function annotateTitle(sentence: Sentence, source: string | undefined, today: ArticleDate | undefined): void {
  const base = sentence.position?.start.offset
  const to = sentence.position?.end.offset
  if (base === undefined || to === undefined) return
  const years = titleYears(textOf(sentence, source, base, to), base, today)
  if (years.length === 0) return
  sentence.data ??= {}
  const dates = [...(sentence.data.dates ?? []), ...years].sort((a, b) => a.start - b.start)
  sentence.data.dates = dates.filter((date, index) => index === 0 || date.start >= dates[index - 1]!.end)
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
