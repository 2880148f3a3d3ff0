import { describe, expect, it } from 'vitest'
import { corpusStats, parseArticle } from '../../src/index.js'
import { fixtureArticles } from './fixture-articles.js'

describe('corpusStats', () => {
  it('should count units, types and ratios of a small corpus by hand', () => {
    // Words: "port day" + "the port grew" + "the big port grew fast" = 10 tokens;
    // types: port, day, the, grew, big, fast = 6. Sentences: title + 2 = 3; mean length 10 / 3.
    const article = parseArticle('Port Day\n\nThe port grew. The big port grew fast.')
    const stats = corpusStats([article])
    expect(stats).toMatchObject({
      articles: 1,
      paragraphs: 1,
      sentences: 3,
      words: 10,
      tokens: 10,
      characters: article.text.length,
      types: 6,
      typeTokenRatio: 0.6,
      meanSentenceLength: 10 / 3,
    })
  })

  it('should count a hyphenated word as one model word but as two analysis tokens', () => {
    const stats = corpusStats([parseArticle('Links\n\nThe Weihai-Busan ferry and the Weihai port.')])
    // Model words: links the weihai-busan ferry and the weihai port = 8; tokens split the hyphen: 9.
    // Types: links the weihai busan ferry and port = 7.
    expect(stats).toMatchObject({ words: 8, tokens: 9, types: 7 })
  })

  it('should sum entities, money by currency, dates and messages of the fixture articles', () => {
    const stats = corpusStats([
      ...fixtureArticles(),
      parseArticle('Bell\n\nA bell \u0007 rang \u0007 twice.', { id: 'bell' }),
    ])
    // People: Zhou Lihua (2 articles, merged), Qiao Wenbin, Fang Shuyin. Places: Yantai, Hangzhou, Wuhu,
    // Rotterdam. Bodies: the two companies.
    expect(stats.entities).toEqual({ person: 3, organization: 2, place: 4 })
    // 3.5 billion yuan + 20 million yuan; 1.2 million euros.
    expect(stats.money).toEqual({ CNY: 3_520_000_000, EUR: 1_200_000 })
    // Two articles have a front-matter date; the river works and the bell have none.
    expect(stats.dates).toEqual({ from: '2021-04-18', to: '2021-05-06', articles: 2 })
    expect(stats.messages).toEqual({ 'control-character': 2 })
    expect(stats.articles).toBe(4)
  })

  it('should give zeros and empty records for an empty corpus, never NaN', () => {
    expect(corpusStats([])).toEqual({
      articles: 0,
      paragraphs: 0,
      sentences: 0,
      words: 0,
      characters: 0,
      tokens: 0,
      types: 0,
      typeTokenRatio: 0,
      meanSentenceLength: 0,
      entities: { person: 0, organization: 0, place: 0 },
      mentions: { person: 0, organization: 0, place: 0 },
      money: {},
      dates: null,
      messages: {},
    })
  })

  it('should ignore front-matter dates that are not real calendar dates', () => {
    const dated = (date: string) => parseArticle(`---\ndate: "${date}"\n---\nTitle\n\nText.`)
    const stats = corpusStats([dated('2020-02-30'), dated('May 2020'), dated('2019-12-31T23:00:00Z')])
    expect(stats.dates).toEqual({ from: '2019-12-31', to: '2019-12-31', articles: 1 })
  })

  it('should reject something that is not an array of articles', () => {
    expect(() => corpusStats('corpus' as never)).toThrow(
      /`articles` to be an array of articles, got "corpus"/,
    )
  })
})
