import fc from 'fast-check'
import type { Root } from 'nlcst'
import { describe, expect, it } from 'vitest'
import type { DateFinding } from '../../src/lib/findings.js'
import { parseArticle } from '../../src/lib/parse-article.js'
import retextDates from '../../src/lib/plugins/retext-dates.js'
import { createProcessor } from '../../src/lib/processor.js'
import { articleText } from '../support/arbitraries.js'
import {
  annotate,
  annotateArticle,
  articleLike,
  itFindsEachCase,
  readCases,
  sentenceSpan,
  sentencesOf,
  spanProblems,
} from './support.js'

type Expected = Omit<DateFinding, 'start' | 'end'> & { readonly text: string }

const cases = readCases<Expected>('dates.json')

const found = (tree: Root, text: string) =>
  sentencesOf(tree)
    .flatMap((sentence) => sentence.data?.dates ?? [])
    .map(({ start, end, ...rest }) => ({ text: text.slice(start, end), ...rest }))

const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
// A day without a month ("on the 3rd") may be any day a month has.
const validDay = (month: number | undefined, day: number | undefined) =>
  day === undefined || (day >= 1 && day <= (month === undefined ? 31 : daysInMonth[month - 1]!))

const vocabulary = ['September', 'Sept.', 'Oct', 'May', '25', '16', '2019', '2018-2020', '2019-09-25', ' to ']
  .concat([' and ', '-', 'yesterday', 'Yesterday', 'last year', 'the day before', 'in recent years', 'On'])
  .concat(['currently', 'till now', 'afternoon', '18 years', 'three-year', 'yuan', 'percent', 'of', 'in'])
  .concat(['September 25', 'October 16 to 17', 'October 24 and 25', 'in 2019', 'Oct 17', '25 September'])
  .concat(['on the 3rd', 'the 15th', 'January to April', 'this year', 'last Tuesday', 'Monday', 'floor'])
  .concat(['the first half of', 'third quarter', 'first three quarters', 'end of', 'early', 'mid-'])

describe('retext-dates', () => {
  itFindsEachCase(retextDates, cases, found, 'dates')

  it('should throw a TypeError naming a bad option', () => {
    // @ts-expect-error: a value the types forbid, as JavaScript callers may pass
    expect(() => retextDates({ vague: 'yes' })).toThrow(/options.vague.*"yes"/)
  })

  it('should annotate the sentences of an article parsed by parseArticle', () => {
    const text = 'Xiamen Port News\n\nThe Xiamen cruise terminal opened on July 6.\n\nNo date here.'
    const article = parseArticle(text, { processor: createProcessor([retextDates]) })
    expect(found(article.tree!, text)).toEqual([{ text: 'July 6', month: 7, day: 6, rule: 'date-month-day' }])
  })

  it('should not resolve anything against an article date that is not a date', () => {
    for (const date of ['October 17', 'soon', '0099-01-01']) {
      const tree = annotate(retextDates, 'Yesterday the Weihai port opened on July 6.', { date })
      expect(found(tree, '').map((finding) => finding.resolved)).toEqual([undefined, undefined])
    }
  })

  it('should find dates in order, inside their sentence, with valid fields, either way it reads', () => {
    fc.assert(
      fc.property(fc.oneof(articleLike(vocabulary), articleText), (text) => {
        const { fromText, fromTree } = annotateArticle(retextDates, text)
        for (const sentence of sentencesOf(fromText)) {
          const dates = sentence.data?.dates ?? []
          const { start, end } = sentenceSpan(sentence)
          expect(spanProblems(dates, start, end)).toEqual([])
          for (const date of dates) {
            expect(date.month === undefined || (date.month >= 1 && date.month <= 12)).toBe(true)
            expect(validDay(date.month, date.day) && validDay(date.endMonth, date.endDay)).toBe(true)
            expect(date.year === undefined || (date.year >= 1600 && date.year <= 2100)).toBe(true)
            expect(text.slice(date.start, date.end)).toMatch(/^\S(?:[\s\S]*\S)?$/)
          }
        }
        expect(found(fromTree, text)).toEqual(found(fromText, text))
      }),
      { numRuns: 300 },
    )
  })
})
