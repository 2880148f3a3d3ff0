import { describe, expect, it } from 'vitest'
import { keywords, parseArticle } from '../../src/index.js'

// a = 8 words: salt report salt prices rose salt exports rose.
const salt = parseArticle('Salt Report\n\nSalt prices rose. Salt exports rose.', { id: 'salt' })
// b = 10 words: rice report rice prices fell rice exports fell salt stayed.
const rice = parseArticle('Rice Report\n\nRice prices fell. Rice exports fell. Salt stayed.', { id: 'rice' })
// 7 words: ice notes ice ice ice ice ice.
const ice = parseArticle('Ice Notes\n\nIce ice ice ice ice.', { id: 'ice' })

describe('keywords', () => {
  it('should score over-used words by hand-checked log-likelihood and leave out under-used ones', () => {
    const rows = keywords(salt, [salt, rice], { minKeyness: 0 })
    // rose: o11 = 2, o12 = 6, o21 = 0, o22 = 10, n = 18; e11 = 8·2/18 = 0.888889, e12 = 8·16/18 = 7.111111,
    //   e22 = 10·16/18 = 8.888889; G² = 2·(2·ln(2/0.888889) + 6·ln(6/7.111111) + 10·ln(10/8.888889))
    //   = 2·(1.621860 − 1.019394 + 1.177830) = 3.560593.
    // salt: o11 = 3, o12 = 5, o21 = 1, o22 = 9; e = 1.777778, 6.222222, 2.222222, 7.777778;
    //   G² = 2·(1.569744 − 1.093446 − 0.798508 + 1.313585) = 1.982752.
    // report, prices, exports: 1 in 8 against 1 in 10, o = (1, 7, 1, 9): G² = 0.027973 each.
    // fell, rice and stayed are rarer in the article than in the reference: not keywords.
    expect(rows.map((row) => [row.term, row.count, row.reference])).toEqual([
      ['rose', 2, 0],
      ['salt', 3, 1],
      ['exports', 1, 1],
      ['prices', 1, 1],
      ['report', 1, 1],
    ])
    expect(rows.map((row) => row.keyness)).toEqual([
      expect.closeTo(3.560593, 5),
      expect.closeTo(1.982752, 5),
      expect.closeTo(0.027973, 5),
      expect.closeTo(0.027973, 5),
      expect.closeTo(0.027973, 5),
    ])
  })

  it('should keep only words with keyness of at least 3.84 (p < 0.05) by default', () => {
    expect(keywords(salt, [salt, rice])).toEqual([])
    // ice: o = (6, 1, 0, 10), n = 17; e11 = 7·6/17 = 2.470588, e12 = 7·11/17 = 4.529412, e22 = 10·11/17 =
    //   6.470588; G² = 2·(6·ln(6/2.470588) + 1·ln(1/4.529412) + 10·ln(10/6.470588)) = 16.332816.
    // notes: o = (1, 6, 0, 10): G² = 1.864786, under the threshold.
    expect(keywords(ice, [ice, rice])).toEqual([
      { term: 'ice', count: 6, reference: 0, keyness: expect.closeTo(16.332816, 5) },
    ])
  })

  it('should use the whole corpus as reference when the article is not in it, and find it by id', () => {
    const expected = keywords(salt, [salt, rice], { minKeyness: 0 })
    expect(keywords(salt, [rice], { minKeyness: 0 })).toEqual(expected)
    const copy = parseArticle(salt.text, { id: 'salt' })
    expect(keywords(salt, [copy, rice], { minKeyness: 0 })).toEqual(expected)
  })

  it('should give an empty list when there is nothing to compare with', () => {
    expect(keywords(salt, [salt], { minKeyness: 0 })).toEqual([])
    expect(keywords(salt, [], { minKeyness: 0 })).toEqual([])
    expect(keywords(salt, [salt, parseArticle('')], { minKeyness: 0 })).toEqual([])
    expect(keywords(parseArticle(''), [salt, rice], { minKeyness: 0 })).toEqual([])
  })

  it('should apply stopwords, minCount and limit', () => {
    expect(keywords(salt, [rice], { minKeyness: 0, minCount: 2 }).map((row) => row.term)).toEqual([
      'rose',
      'salt',
    ])
    const stop = new Set(['rose'])
    expect(keywords(salt, [rice], { minKeyness: 0, stopwords: stop, limit: 1 })).toEqual([
      expect.objectContaining({ term: 'salt' }),
    ])
  })

  it('should reject misuse with a TypeError naming the value and the fix', () => {
    expect(() => keywords(salt, [rice], { minKeyness: Number.NaN })).toThrow(/`options.minKeyness`.*NaN/)
    expect(() => keywords(salt, rice as never)).toThrow(/`corpus` to be an array of articles/)
    expect(() => keywords(null as never, [rice])).toThrow(/`article` to be an article, got null/)
    expect(() => keywords(salt, [rice], { limit: -1 })).toThrow(/`options.limit`/)
  })
})
