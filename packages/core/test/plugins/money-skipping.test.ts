/**
 * retext-money passes over sentences without both a number (a digit or a number word) and a currency (a
 * sign, a code or a name), judged from the kinds of their tokens (`word-kinds.ts`). Skipping must never lose
 * an amount: the plugin must find what it finds when every sentence is read whole.
 */
import fc from 'fast-check'
import type { Root } from 'nlcst'
import { describe, expect, it } from 'vitest'
import retextMoney from '../../src/lib/plugins/retext-money.js'
import { articleText } from '../support/arbitraries.js'
import { withEverySentenceRead } from './every-sentence.js'
import { annotateArticle, articleLike, sentencesOf } from './support.js'

const found = (tree: Root) => sentencesOf(tree).map((sentence) => sentence.data?.money ?? [])

// Amounts, pieces of them, and words that look like them without being one.
// biome-ignore format: packed list
const vocabulary = [
  '5 billion yuan', '59.3 billion yuan', 'yuan', 'YUAN', 'Yuan', 'RMB', 'RMB5bn', 'RMB 5 billion yuan', 'RMBfive',
  'US$1.5 million', 'U.S.$', '$', '¥', '€30', 'HK$', 'USD', 'dollars', 'US dollars', 'a billion', 'an', 'a',
  'five', 'twenty-five', 'Seventy', 'hundred', 'THOUSAND', 'million', 'won', 'real', 'reais', 'Dong',
  'Yuan Jiajun', '3 pounds', 'pesos', 'francs', 'euro', 'done', 'often', 'someone', 'brand', 'really', '%',
]

describe('retext-money skipping sentences', () => {
  it('should find the same amounts as when every sentence is read whole', async () => {
    const everySentence = await withEverySentenceRead(() => import('../../src/lib/plugins/retext-money.js'))
    fc.assert(
      fc.property(fc.oneof(articleLike(vocabulary), articleText), (text) => {
        const skipping = annotateArticle(retextMoney, text)
        const reading = annotateArticle(everySentence.default, text)
        expect(found(skipping.fromText)).toEqual(found(reading.fromText))
        expect(found(skipping.fromTree)).toEqual(found(reading.fromTree))
      }),
      { numRuns: 300 },
    )
  })
})
