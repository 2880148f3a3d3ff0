import fc from 'fast-check'
import type { Root } from 'nlcst'
import { describe, expect, it } from 'vitest'
import type { QuoteFinding } from '../../src/lib/findings.js'
import { parseArticle } from '../../src/lib/parse-article.js'
import retextQuotes from '../../src/lib/plugins/retext-quotes.js'
import { createProcessor } from '../../src/lib/processor.js'
import { articleText } from '../support/arbitraries.js'
import { annotate, annotateArticle, articleLike, paragraphsOf, readCases, title } from './support.js'

interface Expected {
  readonly text: string
  readonly rule: string
}

const cases = readCases<Expected>('quotes.json')

const found = (tree: Root, text: string) =>
  paragraphsOf(tree)
    .flatMap((paragraph) => paragraph.data?.quotes ?? [])
    .map(({ start, end, rule }) => ({ text: text.slice(start, end), rule }))

// A straight single mark closes a double one left open ('"bridgehead' in …'), so it is a quote mark too.
const marks = /^["'＂“„”‘’«»「」『』]$/

// Quotes lie in order of their opening marks and either nest or follow one another; they never cross.
function crossings(quotes: readonly QuoteFinding[]): string[] {
  const problems: string[] = []
  for (const [index, a] of quotes.entries()) {
    for (const b of quotes.slice(index + 1)) {
      if (b.open <= a.open) problems.push(`${b.open} opens before ${a.open}`)
      if (b.open < a.close && b.close > a.close)
        problems.push(`${a.open}–${a.close} crosses ${b.open}–${b.close}`)
    }
  }
  return problems
}

// Marks alone, in pairs, as apostrophes and inch marks, and around terms with stray spaces.
const vocabulary = ['"', '"', '“', '”', '‘', '’', '«', '»', '「', '」', 'old partners', ' two free zones']
  .concat(["'s", '’s', 'workers’', '55"', 'He said:', '. ', 'blue economy', '"blue economy"'])
  .concat(['“two free zones”', '‘smart port’', '" old partners"', '「海港」'])

describe('retext-quotes', () => {
  for (const item of cases) {
    const text = item.paragraph!
    it(title(text, item.expected, 'quotes'), () => {
      for (const fromTree of [false, true]) {
        expect(found(annotate(retextQuotes, text, { fromTree }, item.options), text)).toEqual(item.expected)
      }
    })
  }

  it('should leave curly single quotes alone when told to', () => {
    const text = 'The ‘smart port’ plan of Weihai.'
    expect(found(annotate(retextQuotes, text, {}, { single: false }), text)).toEqual([])
  })

  it('should throw a TypeError naming a bad option', () => {
    // @ts-expect-error: a value the types forbid, as JavaScript callers may pass
    expect(() => retextQuotes({ single: 1 })).toThrow(/options.single.*number 1/)
  })

  it('should annotate the paragraphs of an article parsed by parseArticle', () => {
    const text = 'Yantai Port News\n\nThe "blue economy" plan was adopted.\n\nNo quotes here.'
    const article = parseArticle(text, { processor: createProcessor([retextQuotes]) })
    expect(found(article.tree!, text)).toEqual([{ text: 'blue economy', rule: 'quote-pair' }])
  })

  it('should find quotes between marks, trimmed, inside their paragraph, either way it reads', () => {
    fc.assert(
      fc.property(fc.oneof(articleLike(vocabulary), articleText), (text) => {
        const { fromText, fromTree } = annotateArticle(retextQuotes, text)
        for (const paragraph of paragraphsOf(fromText)) {
          const quotes = paragraph.data?.quotes ?? []
          const { start, end } = {
            start: paragraph.position!.start.offset!,
            end: paragraph.position!.end.offset!,
          }
          expect(crossings(quotes)).toEqual([])
          for (const quote of quotes) {
            expect(text.charAt(quote.open)).toMatch(marks)
            expect(text.charAt(quote.close)).toMatch(marks)
            expect(quote.open >= start && quote.close < end).toBe(true)
            expect(quote.start >= quote.open + 1 && quote.end <= quote.close).toBe(true)
            expect(text.slice(quote.start, quote.end)).toMatch(/^\S(?:[\s\S]*\S)?$/)
          }
        }
        expect(found(fromTree, text)).toEqual(found(fromText, text))
      }),
      // The example: a curly double mark closed by a straight single one, which the runs found once.
      { numRuns: 300, examples: [["Title\n\nTsvm\n\u201d\ud800'\n\n"]] },
    )
  })
})
