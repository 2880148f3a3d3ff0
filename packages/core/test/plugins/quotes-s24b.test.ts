import type { Root } from 'nlcst'
import { describe, expect, it } from 'vitest'
import retextQuotes from '../../src/lib/plugins/retext-quotes.js'
import { annotate, paragraphsOf } from './support.js'

const found = (tree: Root, text: string) =>
  paragraphsOf(tree)
    .flatMap((paragraph) => paragraph.data?.quotes ?? [])
    .map(({ start, end, rule }) => ({ text: text.slice(start, end), rule }))

const quotesIn = (text: string) => found(annotate(retextQuotes, text, {}), text)

describe('retext-quotes: single curly marks padded with spaces', () => {
  it('should pair a ‘ and a ’ that both stand between spaces', () => {
    expect(quotesIn('Growers in Koper want ‘ slow money ’ that waits ten years for a harvest.')).toEqual([
      { text: 'slow money', rule: 'quote-single' },
    ])
  })

  it('should pair a padded ‘ with a padded ’ before a mark', () => {
    expect(quotesIn('The fund calls it ‘ quiet capital ’, and it lends for a decade.')).toEqual([
      { text: 'quiet capital', rule: 'quote-single' },
    ])
  })

  it('should not pair a padded ‘ with an apostrophe', () => {
    expect(quotesIn('The stall sold ‘ the farmer’s own honey at the Graz market.')).toEqual([])
  })

  it('should not pair a padded ‘ left alone in its paragraph', () => {
    expect(quotesIn('A stray ‘ mark stood in the Koper harbour notice.')).toEqual([])
  })
})
