import fc from 'fast-check'
import type { Root } from 'nlcst'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/lib/parse-article.js'
import retextMoney from '../../src/lib/plugins/retext-money.js'
import { createProcessor } from '../../src/lib/processor.js'
import { fromJSON, toJSON } from '../../src/lib/serialise.js'
import { articleText } from '../support/arbitraries.js'
import {
  annotateArticle,
  articleLike,
  itFindsEachCase,
  readCases,
  sentenceSpan,
  sentencesOf,
  spanProblems,
} from './support.js'

interface Expected {
  readonly text: string
  readonly amount: number
  readonly currency: string
  readonly endAmount?: number
  readonly rule: string
}

const cases = readCases<Expected>('money.json')

const found = (tree: Root, text: string) =>
  sentencesOf(tree)
    .flatMap((sentence) => sentence.data?.money ?? [])
    .map(({ start, end, amount, currency, endAmount, rule }) => ({
      text: text.slice(start, end),
      amount,
      currency,
      ...(endAmount === undefined ? {} : { endAmount }),
      rule,
    }))

// What each rule's text looks like: a sign or a code and an amount, or an amount and a currency word.
const shapes: Record<string, RegExp> = {
  'money-symbol-number': /^[A-Z.]*[^\w\s]\s?[\dA-Za-z](?:[\s\S]*[\dA-Za-z])?$/,
  'money-code-number': /^[A-Z]{3}\s?[\dA-Za-z](?:[\s\S]*[\dA-Za-z])?$/,
  'money-number-currency': /^[\dA-Za-z][\s\S]*[A-Za-z]$/,
}

const vocabulary = ['59.3', '1,000', '5', 'billion', 'million', 'hundred', 'thousand', 'bn', 'm', 'yuan']
  .concat(['Yuan', 'RMB', 'CNY', 'USD', 'US$', '$', '€', '£', '¥', 'HK$', 'dollars', 'US dollars', 'won'])
  .concat(['yen', 'euros', 'five', 'two', 'a', 'ten', 'percent', 'real', 'pounds', '2019', 'nearly'])
  .concat(['59.3 billion yuan', 'US$1.5 million', 'RMB5bn', 'five million yuan', '10,000 yuan', '£2bn'])
  .concat(['to', '-', 'between', 'and', 'from', 'ranging', '2 to 3 billion yuan', 'RMB 2-3 billion', '2025'])

describe('retext-money', () => {
  itFindsEachCase(retextMoney, cases, found, 'money')

  it('should throw a TypeError naming a bad option', () => {
    expect(() => retextMoney({ dollar: 'dollars' })).toThrow(/options.dollar.*"dollars"/)
    // @ts-expect-error: a value the types forbid, as JavaScript callers may pass
    expect(() => retextMoney({ yenSign: 'KRW' })).toThrow(TypeError)
  })

  it('should annotate the sentences of an article parsed by parseArticle', () => {
    const text = 'Ningbo Port News\n\nThe Ningbo port group invested 7.5 billion yuan.\n\nNo money here.'
    const article = parseArticle(text, { processor: createProcessor([retextMoney]) })
    expect(found(article.tree!, text)).toEqual([
      { text: '7.5 billion yuan', amount: 7500000000, currency: 'CNY', rule: 'money-number-currency' },
    ])
  })

  it('should keep the upper bound of a range in the model and through toJSON and fromJSON', () => {
    const text = 'Shenfang Mill\n\nThe Shenfang mill will earn 6 to 8 million euros, up from 5 million euros.'
    const article = parseArticle(text, { tree: false })
    const ranges = article.money.map(({ text, amount, endAmount }) => ({ text, amount, endAmount }))
    expect(ranges).toEqual([
      { text: '6 to 8 million euros', amount: 6000000, endAmount: 8000000 },
      { text: '5 million euros', amount: 5000000, endAmount: undefined },
    ])
    expect(fromJSON(JSON.parse(JSON.stringify(toJSON(article)))).money).toEqual(article.money)
  })

  it('should find money in order, inside its sentence, in the shape of its rule, either way it reads', () => {
    fc.assert(
      fc.property(fc.oneof(articleLike(vocabulary), articleText), (text) => {
        const { fromText, fromTree } = annotateArticle(retextMoney, text)
        for (const sentence of sentencesOf(fromText)) {
          const money = sentence.data?.money ?? []
          const { start, end } = sentenceSpan(sentence)
          expect(spanProblems(money, start, end)).toEqual([])
          for (const finding of money) {
            expect(text.slice(finding.start, finding.end)).toMatch(shapes[finding.rule]!)
            expect(finding.currency).toMatch(/^[A-Z]{3}$/)
            expect(Number.isFinite(finding.amount) && finding.amount >= 0).toBe(true)
            // A range runs upwards from its lower bound, `amount`.
            if (finding.endAmount !== undefined) expect(finding.endAmount).toBeGreaterThan(finding.amount)
          }
        }
        expect(found(fromTree, text)).toEqual(found(fromText, text))
      }),
      { numRuns: 300 },
    )
  })
})
