import { describe, expect, it } from 'vitest'
import { createStopwords, frequencies, parseArticle } from '../../src/index.js'

// Words: title "port day" (2); "the port grew" (3); "the port the harbour and the port office grew fast" (10).
// 15 words; stopwords: "the" ×4, "and" ×1.
const port = parseArticle('Port Day\n\nThe port grew. The port, the harbour and the port office grew fast.')
const terms = (rows: readonly { term: string; count: number }[]) =>
  rows.map((row) => `${row.term} ${row.count}`)

describe('frequencies', () => {
  it('should count lower-cased words without stopwords, most frequent first, then by term', () => {
    const rows = frequencies([port])
    // port: title, sentence 1, twice in sentence 2 = 4; grew 2; the rest once. 4 + 2 + 4 × 1 = 10 = 15 − 5.
    expect(terms(rows)).toEqual(['port 4', 'grew 2', 'day 1', 'fast 1', 'harbour 1', 'office 1'])
    // Per million words of the whole text, stopwords included: 4 / 15 × 1,000,000.
    expect(rows[0]!.perMillion).toBeCloseTo(266_666.667, 2)
    expect(rows[0]!.articles).toBe(1)
  })

  it('should keep stopwords when given an empty set, and drop the words of an edited set', () => {
    expect(terms(frequencies([port], { stopwords: new Set() })).slice(0, 3)).toEqual([
      'port 4',
      'the 4',
      'grew 2',
    ])
    const rows = frequencies([port], { stopwords: createStopwords({ add: ['Port'], remove: ['and'] }) })
    expect(terms(rows)).toEqual(['grew 2', 'and 1', 'day 1', 'fast 1', 'harbour 1', 'office 1'])
  })

  it('should count bigrams within a run of words, stopping at commas and sentence ends', () => {
    // Runs: "port day" | "the port grew" | "the port" , "the harbour and the port office grew fast".
    // "and the" is only stopwords, so it is dropped; "the port" occurs three times.
    expect(terms(frequencies([port], { n: 2 }))).toEqual([
      'the port 3',
      'grew fast 1',
      'harbour and 1',
      'office grew 1',
      'port day 1',
      'port grew 1',
      'port office 1',
      'the harbour 1',
    ])
  })

  it('should count stems, and trigrams of stems', () => {
    const text = 'Notes\n\nThey invest in investment. Investing in investments pays.'
    // invest, investment, investing, investments all stem to "invest"; "they" and "in" are stopwords,
    // checked before stemming; "notes" → "note", "pays" → "pai" (Porter).
    expect(terms(frequencies([parseArticle(text)], { unit: 'stem' }))).toEqual([
      'invest 4',
      'note 1',
      'pai 1',
    ])
    expect(terms(frequencies([parseArticle(text)], { unit: 'stem', n: 3 }))).toEqual([
      'invest in invest 2',
      'in invest pai 1',
      'thei invest in 1',
    ])
  })

  it('should drop pure numbers unless asked, and never let an n-gram span one it dropped', () => {
    const text = 'Figures\n\nSales rose 12.5 percent in 2019 to 1,800 units of 5G phones.'
    const words = frequencies([parseArticle(text)])
    expect(words.map((row) => row.term)).not.toContain('2019')
    expect(words.map((row) => row.term)).toContain('5g')
    expect(frequencies([parseArticle(text)], { numbers: true }).map((row) => row.term)).toContain('12.5')
    const bigrams = frequencies([parseArticle(text)], { n: 2 }).map((row) => row.term)
    expect(bigrams).not.toContain('rose percent')
    expect(bigrams).toContain('5g phones')
  })

  it('should count "Dalian\'s" as "dalian", and the parts of a hyphenated word as words', () => {
    const text = "Links\n\nWeihai's port and the Weihai-Busan ferry serve Weihai’s traders."
    const rows = frequencies([parseArticle(text)])
    expect(rows[0]).toMatchObject({ term: 'weihai', count: 3 })
    expect(rows.map((row) => row.term)).toContain('busan')
  })

  it('should count the articles a term occurs in and apply minCount and limit', () => {
    const first = parseArticle('Tea\n\nGreen tea and black tea.')
    const second = parseArticle('Coffee\n\nBlack coffee.')
    // 6 + 3 = 9 words: "tea green tea and black tea" and "coffee black coffee".
    expect(frequencies([first, second])).toEqual([
      { term: 'tea', count: 3, articles: 1, perMillion: (3 / 9) * 1_000_000 },
      { term: 'black', count: 2, articles: 2, perMillion: (2 / 9) * 1_000_000 },
      { term: 'coffee', count: 2, articles: 1, perMillion: (2 / 9) * 1_000_000 },
      { term: 'green', count: 1, articles: 1, perMillion: (1 / 9) * 1_000_000 },
    ])
    expect(terms(frequencies([first, second], { minCount: 2, limit: 2 }))).toEqual(['tea 3', 'black 2'])
    expect(frequencies([first, second], { limit: 0 })).toEqual([])
  })

  it('should give an empty list for an empty corpus or an article without words', () => {
    expect(frequencies([])).toEqual([])
    expect(frequencies([parseArticle('')])).toEqual([])
    expect(frequencies([parseArticle('...\n\n!!! ???')])).toEqual([])
  })

  it('should reject misuse with a TypeError naming the value and the fix', () => {
    expect(() => frequencies([port], { n: 9 })).toThrow(
      /`options.n` to be an integer from 1 to 5, got number 9; pass e.g. \{ n: 2 \}/,
    )
    expect(() => frequencies([port], { n: 1.5 })).toThrow(TypeError)
    expect(() => frequencies([port], { unit: 'lemma' as never })).toThrow(/'word', 'stem'/)
    expect(() => frequencies([port], { stopwords: 'the' as never })).toThrow(/a set of words/)
    expect(() => frequencies([port], { minCount: 0 })).toThrow(/at least 1/)
    expect(() => frequencies([port], { numbers: 'yes' as never })).toThrow(/true or false/)
    expect(() => frequencies([port], 'n=2' as never)).toThrow(/`options` to be an object/)
  })
})
