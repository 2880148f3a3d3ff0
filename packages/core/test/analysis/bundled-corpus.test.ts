import { beforeAll, describe, expect, it } from 'vitest'
import {
  type Article,
  collocates,
  concordance,
  corpusEntities,
  corpusStats,
  entityNetwork,
  frequencies,
  keywords,
} from '../../src/index.js'
import { loadCorpus } from '../../src/node.js'
import { corpusDir } from '../support/paths.js'

let articles: readonly Article[] = []
beforeAll(async () => {
  articles = (await loadCorpus(corpusDir)).articles
})

// "Dalian" as a whole word, in any case: a hyphen ("Shanghai-Dalian") or a possessive ends a word too.
const dalian = /\bdalian\b/gi
const regexCount = (article: Article) => article.text.match(dalian)?.length ?? 0

describe('analysis of the bundled corpus', () => {
  it('should give as many KWIC lines for "Dalian" as a plain regex finds, article by article', () => {
    const lines = concordance(articles, 'Dalian')
    for (const article of articles) {
      const own = lines.filter((line) => line.articleId === article.id)
      expect(own.length, article.id).toBe(regexCount(article))
      for (const line of own) expect(article.text.slice(line.start, line.end).toLowerCase()).toBe('dalian')
    }
    expect(lines.length).toBeGreaterThan(50)
  })

  it('should count "dalian" in the frequency list as often as the regex finds it', () => {
    const total = articles.reduce((sum, article) => sum + regexCount(article), 0)
    expect(frequencies(articles).find((row) => row.term === 'dalian')).toMatchObject({
      count: total,
      articles: articles.filter((article) => regexCount(article) > 0).length,
    })
  })

  it('should link the mayor and the city in every article that names both', () => {
    // Found by role, not by name: the most mentioned person with a "mayor" role, and the most mentioned place.
    const merged = corpusEntities(articles)
    const mayor = merged.find(
      (entity) => entity.type === 'person' && entity.roles.some((role) => /mayor/i.test(role)),
    )
    const city = merged.find((entity) => entity.type === 'place')
    expect(mayor).toBeDefined()
    expect(city).toBeDefined()
    const named = (entity: typeof mayor) =>
      new Set(
        entity!.articles
          .filter((item) => item.entity.mentions.some((mention) => !mention.pronoun))
          .map((item) => item.articleId),
      )
    const both = [...named(mayor)].filter((id) => named(city).has(id))
    expect(both.length).toBeGreaterThan(0)
    const edge = entityNetwork(articles).edges.find(
      (item) => [item.source, item.target].sort().join() === [mayor!.id, city!.id].sort().join(),
    )
    expect(edge).toMatchObject({ articles: both.length })
    expect(edge!.sentences).toBeGreaterThan(0)
  })

  it('should give keywords whose counts agree with the frequency lists of the article and the rest', () => {
    for (const article of articles) {
      const rows = keywords(article, articles, { limit: 5 })
      expect(rows.length, article.id).toBeGreaterThan(0)
      const rest = articles.filter((other) => other !== article)
      for (const row of rows) {
        expect(row.keyness).toBeGreaterThanOrEqual(3.84)
        expect(frequencies([article]).find((item) => item.term === row.term)?.count).toBe(row.count)
        expect(frequencies(rest).find((item) => item.term === row.term)?.count ?? 0).toBe(row.reference)
        expect(row.count / corpusStats([article]).tokens).toBeGreaterThan(
          row.reference / corpusStats(rest).tokens,
        )
      }
    }
  })

  it('should find collocates of "cooperation" that never occur more often than in the whole corpus', () => {
    const rows = collocates(articles, 'cooperation', { minCount: 2 })
    const counts = new Map(frequencies(articles).map((row) => [row.term, row.count]))
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row.count).toBeLessThanOrEqual(row.frequency)
      expect(row.frequency).toBe(counts.get(row.term))
    }
    const scores = rows.map((row) => row.logLikelihood)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })

  it('should sum the corpus statistics from the articles', () => {
    const stats = corpusStats(articles)
    expect(stats.articles).toBe(5)
    expect(stats.words).toBe(articles.reduce((sum, article) => sum + article.stats.words, 0))
    const sum = frequencies(articles, { stopwords: new Set(), numbers: true }).reduce(
      (n, row) => n + row.count,
      0,
    )
    expect(stats.tokens).toBe(sum)
    expect(stats.types).toBe(frequencies(articles, { stopwords: new Set(), numbers: true }).length)
    expect(stats.dates).toBeNull()
  })
})
