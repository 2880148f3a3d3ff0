/**
 * retext-dates passes over sentences without a year, a month or a relative word (and scans only around
 * those words, up to the token after the last), judged from the kinds of their tokens (`word-kinds.ts`). Skipping must never lose a date:
 * the plugin must find what it finds when every sentence is read whole.
 */
import fc from 'fast-check'
import type { Root } from 'nlcst'
import { describe, expect, it } from 'vitest'
import retextDates from '../../src/lib/plugins/retext-dates.js'
import { articleText } from '../support/arbitraries.js'
import { withEverySentenceRead } from './every-sentence.js'
import { annotateArticle, articleLike, sentencesOf } from './support.js'

const found = (tree: Root) => sentencesOf(tree).map((sentence) => sentence.data?.dates ?? [])

// Dates, pieces of them, and words that look like them without being one.
// biome-ignore format: packed list
const vocabulary = [
  'September 25', 'Sept.', 'May', 'Mayor', 'mid-May', "May's", 'October 16 to 17', '16 to 17 of October',
  '25 - 27 October', '16th–17th of October', '24 and 25 of May', 'in the day before yesterday', '2019', '2018-2020', '2018-19', '2019-09-25', '2019年', 'COVID-19', 'in 2019', '$2019',
  'yesterday', 'Yesterday', "today's", 'Today', 'the day before yesterday', 'the year before last',
  'the year after next', 'last year', 'next week', 'in recent years', 'in the past few months', 'over the years',
  'up to now', 'till now', 'now', 'known', 'currently', 'Recently', 'three-year', '18 years', 'in the', ',',
  // The first words of relative phrases, which the scan finds one or two words past the last date word.
  'the', 'the day', 'the year', 'in', 'in recent', 'over the', 'up to', 'until', 'till', 'this', 'last', 'next',
]

describe('retext-dates skipping sentences', () => {
  it('should find the same dates as when every sentence is read whole', async () => {
    const everySentence = await withEverySentenceRead(() => import('../../src/lib/plugins/retext-dates.js'))
    fc.assert(
      fc.property(fc.oneof(articleLike(vocabulary), articleText), (text) => {
        const skipping = annotateArticle(retextDates, text)
        const reading = annotateArticle(everySentence.default, text)
        expect(found(skipping.fromText)).toEqual(found(reading.fromText))
        expect(found(skipping.fromTree)).toEqual(found(reading.fromTree))
      }),
      { numRuns: 300 },
    )
  })
})
