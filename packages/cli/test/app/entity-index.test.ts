import { parseArticle } from '@dalian-news/core'
import { describe, expect, it } from 'vitest'
import { buildEntityIndex, filterRows } from '../../src/app/entity-index.js'

const articles = [
  parseArticle(
    'Forum in Ningbo\n\nMayor Sun Qiaoling opened the forum in Ningbo on May 3. Sun Qiaoling said the city will invest 5 million yuan.',
    {
      id: 'one',
    },
  ),
  parseArticle(
    'Ningbo Port Grows\n\nSun Qiaoling visited the port of Ningbo. The "smart port" plan costs 5 million yuan.',
    {
      id: 'two',
    },
  ),
]
const index = buildEntityIndex(articles)

describe('the entity index', () => {
  it('should merge a person across articles, with every mention in corpus order', () => {
    const [person] = index.rows('people')
    expect(person!.name).toBe('Sun Qiaoling')
    expect(person!.articles).toBe(2)
    expect(person!.mentions.map((mention) => mention.articleId)).toEqual(['one', 'one', 'two'])
  })

  it('should count mentions and articles of places', () => {
    const place = index.rows('places').find((row) => row.name === 'Ningbo')!
    expect(place.mentions.length).toBe(4)
    expect(place.articles).toBe(2)
  })

  it('should group equal amounts of money across articles', () => {
    const [money] = index.rows('money')
    expect(money!.name).toBe('5 million yuan')
    expect(money!.detail).toBe('CNY 5,000,000')
    expect(money!.articles).toBe(2)
  })

  it('should list quoted terms and speakers with their cues', () => {
    expect(index.rows('quotes').map((row) => row.name)).toEqual(['smart port'])
    const [speaker] = index.rows('speech')
    expect(speaker!.name).toBe('Sun Qiaoling')
    expect(speaker!.detail).toBe('said')
  })

  it("should find the row of an article's entity by its id in that article", () => {
    const entity = articles[1]!.entities.find((item) => item.type === 'person')!
    expect(index.rowFor('two', entity.id)!.key).toBe(index.rows('people')[0]!.key)
  })

  it('should filter rows by name and sort them by name', () => {
    expect(filterRows(index.rows('places'), { filter: 'ningbo' }).map((row) => row.name)).toEqual(['Ningbo'])
    const sorted = filterRows(index.rows('places'), { sort: 'name' }).map((row) => row.name)
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })))
  })
})
