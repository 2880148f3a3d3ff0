import { createCorpus, parseArticle } from '@dalian-news/core'
import { describe, expect, it } from 'vitest'
import { articleDate, listArticles, nextSortKey, sortKeys } from '../../src/app/article-list.js'

const corpus = createCorpus([
  parseArticle(
    '---\ndate: 2023-05-01\n---\nBeta Port Opens\n\nThe port opened. It is long and has many words in it.',
    { id: 'b' },
  ),
  parseArticle('Alpha Forum Held\n\nMayor Sun Qiaoling opened the forum.', { id: 'a' }),
  parseArticle('---\ndate: 2024-01-09\n---\nGamma Bridge Finished\n\nThe bridge is done.', { id: 'c' }),
])
const ids = (options: Parameters<typeof listArticles>[1]) =>
  listArticles(corpus.articles, options).map((article) => article.id)

describe('the article list', () => {
  it('should sort by id by default', () => {
    expect(ids({})).toEqual(['a', 'b', 'c'])
  })

  it('should sort by date with undated articles last, in either direction', () => {
    expect(ids({ sort: 'date' })).toEqual(['b', 'c', 'a'])
    expect(ids({ sort: 'date', descending: true })).toEqual(['c', 'b', 'a'])
  })

  it('should sort by title and by words', () => {
    expect(ids({ sort: 'title' })).toEqual(['a', 'b', 'c'])
    expect(ids({ sort: 'words', descending: true })[0]).toBe('b')
  })

  it('should keep articles whose title, id, date or people match every word typed', () => {
    expect(ids({ filter: 'port' })).toEqual(['b'])
    expect(ids({ filter: '2024' })).toEqual(['c'])
    expect(ids({ filter: 'qiaoling forum' })).toEqual(['a'])
    expect(ids({ filter: 'qiaoling bridge' })).toEqual([])
  })

  it('should cycle through every sort key and back', () => {
    let key = sortKeys[0]!
    const seen = [key]
    for (let step = 1; step < sortKeys.length; step++) {
      key = nextSortKey(key)
      seen.push(key)
    }
    expect(seen).toEqual(['id', 'date', 'title', 'words'])
    expect(nextSortKey(key)).toBe('id')
  })

  it('should read the date from front matter only', () => {
    expect(articleDate(corpus.get('c')!)).toBe('2024-01-09')
    expect(articleDate(corpus.get('a')!)).toBeUndefined()
  })
})
