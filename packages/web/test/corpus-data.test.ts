import { parseArticle, toJSON } from '@dalian-news/core'
import { describe, expect, it } from 'vitest'
import { createCorpusData, resolveEntity } from '../src/lib/corpus-data.js'
import { facetGroups } from '../src/lib/facets.js'

const first = parseArticle(
  'Harbin Port Opens\n\nMayor Zhou Minghua opened the Harbin port. Zhou Minghua spoke.\n',
  {
    id: 'one',
  },
)
const second = parseArticle(
  'Trade Fair in Qingdao\n\nZhou Minghua met Li Xiaoyan of the Qingdao Port Group Co., Ltd. in Qingdao.\n',
  { id: 'two' },
)
const data = [toJSON(first), toJSON(second)]

describe('createCorpusData', () => {
  it('should rebuild the articles and merge the same person across them', () => {
    const corpus = createCorpusData(data)
    expect(corpus.articles.map((article) => article.id)).toEqual(['one', 'two'])
    const person = corpus.entityById.get('person:Zhou Minghua')
    expect(person?.articles.map((item) => item.articleId)).toEqual(['one', 'two'])
    expect(corpus.corpusEntityOf('two', 'person:Zhou Minghua')).toBe(person)
  })

  it('should leave out a malformed article and a repeated id, and say why', () => {
    const corpus = createCorpusData([data[0], { format: 'something else' }, data[0]])
    expect(corpus.articles.map((article) => article.id)).toEqual(['one'])
    expect(corpus.errors).toHaveLength(2)
    expect(corpus.errors[0]).toMatch(/^article 1: .*format/)
    expect(corpus.errors[1]).toBe('article 2: duplicate id "one", left out')
  })

  it('should throw a TypeError when corpus.json is not an array', () => {
    expect(() => createCorpusData({ articles: [] })).toThrow(TypeError)
  })

  it('should search the articles with core’s index, built on first use', () => {
    const corpus = createCorpusData(data)
    const response = corpus.searchIndex().search('trade fair')
    expect(response.results.map((result) => result.id)).toEqual(['two'])
    expect(corpus.searchIndex()).toBe(corpus.searchIndex())
  })
})

describe('resolveEntity', () => {
  it('should find an article’s entity by its own id or by a corpus id', () => {
    const corpus = createCorpusData(data)
    const article = corpus.articleById.get('two')!
    expect(resolveEntity(article, 'place:Qingdao', corpus)?.name).toBe('Qingdao')
    expect(resolveEntity(article, 'person:Zhou Minghua', corpus)?.id).toBe('person:Zhou Minghua')
    expect(resolveEntity(article, 'person:Nobody', corpus)).toBeUndefined()
    expect(resolveEntity(article, undefined, corpus)).toBeUndefined()
  })
})

describe('facetGroups', () => {
  it('should count mentions and articles over the articles in view only', () => {
    const corpus = createCorpusData(data)
    const all = facetGroups(corpus.entities, undefined)
    expect(all.person.find((facet) => facet.entity.name === 'Zhou Minghua')).toMatchObject({
      mentions: 3,
      articles: 2,
    })
    const onlyTwo = facetGroups(corpus.entities, new Set(['two']))
    expect(onlyTwo.person.find((facet) => facet.entity.name === 'Zhou Minghua')).toMatchObject({
      mentions: 1,
      articles: 1,
    })
    expect(onlyTwo.place.map((facet) => facet.entity.name)).not.toContain('Harbin')
  })

  it('should order each type by mentions, most first', () => {
    const groups = facetGroups(createCorpusData(data).entities, undefined)
    for (const list of Object.values(groups)) {
      const counts = list.map((facet) => facet.mentions)
      expect(counts).toEqual([...counts].sort((a, b) => b - a))
    }
  })
})
