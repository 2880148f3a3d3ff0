import { describe, expect, it } from 'vitest'
import { collocates, parseArticle } from '../../src/index.js'

// Sentences and words:
//   0 "Trade Notes"                          trade notes               (2)
//   1 "Green tea sells well."                green tea sells well      (4)
//   2 "Green tea and black tea sell."        green tea and black tea sell (6)
//   3 "Coffee sells."                        coffee sells              (2)
// N = 14 words. The node "tea" occurs 3 times.
const trade = parseArticle('Trade Notes\n\nGreen tea sells well. Green tea and black tea sell. Coffee sells.')

describe('collocates', () => {
  it('should score a one-word window by hand-checked MI and log-likelihood', () => {
    // Window 1 left, 1 right: sentence 1 gives green, sells; sentence 2 gives green, and (first tea) and
    // black, sell (second tea). W = 6 window words; "and" is a stopword: it fills a place but is not listed.
    const rows = collocates([trade], 'tea', { left: 1, right: 1 })
    expect(rows.map((row) => [row.term, row.count, row.frequency])).toEqual([
      ['green', 2, 2],
      ['black', 1, 1],
      ['sell', 1, 1],
      ['sells', 1, 2],
    ])
    // green: o11 = 2, o12 = W − 2 = 4, o21 = f − 2 = 0, o22 = N − W − f + O = 14 − 6 − 2 + 2 = 8.
    //   e11 = W·f/N = 6·2/14 = 0.857143; MI = log2(2 / 0.857143) = 1.222392.
    //   e12 = 6·12/14 = 5.142857, e22 = 8·12/14 = 6.857143;
    //   G² = 2·(2·ln(2/0.857143) + 4·ln(4/5.142857) + 8·ln(8/6.857143)) = 2·(1.694596 − 1.005258 + 1.233205)
    //      = 3.845087.
    expect(rows[0]!.expected).toBeCloseTo(0.857143, 5)
    expect(rows[0]!.mi).toBeCloseTo(1.222392, 5)
    expect(rows[0]!.logLikelihood).toBeCloseTo(3.845087, 5)
    // black: o11 = 1, o12 = 5, o21 = 0, o22 = 8; e11 = 6·1/14 = 0.428571; MI = log2(2.333333) = 1.222392;
    //   G² = 2·(1·ln(1/0.428571) + 5·ln(5/5.571429) + 8·ln(8/7.428571)) = 1.798187.
    expect(rows[1]!.mi).toBeCloseTo(1.222392, 5)
    expect(rows[1]!.logLikelihood).toBeCloseTo(1.798187, 5)
    // sells: o11 = 1, o12 = 5, o21 = 1, o22 = 7; e11 = 0.857143; MI = log2(1.166667) = 0.222392;
    //   G² = 2·(ln(1/0.857143) + 5·ln(5/5.142857) + ln(1/1.142857) + 7·ln(7/6.857143)) = 0.048200.
    expect(rows[3]!.mi).toBeCloseTo(0.222392, 5)
    expect(rows[3]!.logLikelihood).toBeCloseTo(0.0482, 4)
  })

  it('should count a word in two overlapping windows once, and never the node itself', () => {
    // Default window 5/5. Sentence 1: green, sells, well. Sentence 2: the two "tea" share green, and, black,
    // sell; each "tea" is a node, so neither is in the other's window. W = 3 + 4 = 7.
    const rows = collocates([trade], 'tea')
    expect(rows.find((row) => row.term === 'black')).toMatchObject({
      count: 1,
      frequency: 1,
      expected: 7 / 14,
    })
    expect(rows.find((row) => row.term === 'green')).toMatchObject({ count: 2, frequency: 2 })
    expect(rows.map((row) => row.term)).not.toContain('tea')
    // The window stays in the sentence: "coffee" is never near "tea".
    expect(rows.map((row) => row.term)).not.toContain('coffee')
  })

  it('should take a phrase as the node and measure its window from the phrase edges', () => {
    // "green tea" twice; windows 1/1: "sells" (sentence 1), "and" (sentence 2, a stopword). W = 2.
    expect(collocates([trade], 'Green Tea', { left: 1, right: 1 })).toEqual([
      expect.objectContaining({ term: 'sells', count: 1, frequency: 2, expected: (2 * 2) / 14 }),
    ])
  })

  it('should find both "sells" and "sell" as the node when matching stems', () => {
    const rows = collocates([trade], 'selling', { match: 'stem', left: 1, right: 0 })
    // Left of "sells" (×2) and "sell": tea, tea, coffee.
    expect(rows.map((row) => [row.term, row.count])).toEqual([
      ['tea', 2],
      ['coffee', 1],
    ])
  })

  it('should rank by the chosen score and drop collocates under minCount', () => {
    const byCount = collocates([trade], 'tea', { left: 1, right: 1, sort: 'count', minCount: 2 })
    expect(byCount.map((row) => row.term)).toEqual(['green'])
    const byMi = collocates([trade], 'tea', { left: 1, right: 1, sort: 'mi' })
    expect(byMi.at(-1)!.term).toBe('sells')
    expect(collocates([trade], 'tea', { limit: 1 })).toHaveLength(1)
  })

  it('should give an empty list for an unknown term, a query without words or an empty corpus', () => {
    expect(collocates([trade], 'rice')).toEqual([])
    expect(collocates([trade], '?!')).toEqual([])
    expect(collocates([], 'tea')).toEqual([])
    expect(collocates([trade], `${'tea '.repeat(2500)}`)).toEqual([])
  })

  it('should reject misuse with a TypeError naming the value and the fix', () => {
    expect(() => collocates([trade], 'tea', { left: -1 })).toThrow(/`options.left`.*got number -1/)
    expect(() => collocates([trade], 'tea', { sort: 'dice' as never })).toThrow(
      /'logLikelihood', 'mi', 'count'/,
    )
    expect(() => collocates([trade], undefined as never)).toThrow(/`term` to be a string/)
  })
})
