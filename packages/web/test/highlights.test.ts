import { parseArticle } from '@dalian-news/core'
import { describe, expect, it } from 'vitest'
import { contextAround } from '../src/lib/context.js'
import {
  type ArticleMessage,
  articleMarks,
  highlightCounts,
  marksWithin,
  messageRange,
} from '../src/lib/highlights.js'
import { sentenceAt, sentenceByIndex } from '../src/lib/locate.js'

const text = [
  'Port Deal Signed in Harbin',
  '',
  'Mayor Zhou Minghua of Harbin visited Qingdao Port Group Co., Ltd. on May 5. He said the deal is worth 2 billion yuan.',
  '',
  'The Harbin Municipal Government welcomed it.\u0007',
  '',
].join('\n')
const article = parseArticle(text, { id: 'harbin-port' })
const typesOf = (marks: ReturnType<typeof articleMarks>) => new Set(marks.map((mark) => mark.data.type))

describe('articleMarks', () => {
  it('should mark every sentence, mention and amount, each at its exact text', () => {
    const marks = articleMarks(article)
    expect(typesOf(marks)).toEqual(new Set(['sentence', 'person', 'place', 'organization', 'money']))
    for (const mark of marks) {
      if (mark.data.type === 'money') expect(text.slice(mark.start, mark.end)).toBe('2 billion yuan')
      if (mark.data.type === 'person')
        expect(['Mayor Zhou Minghua', 'He']).toContain(text.slice(mark.start, mark.end))
    }
  })

  it('should leave out the types that are switched off', () => {
    const marks = articleMarks(article, { hidden: ['place', 'money'] })
    expect(typesOf(marks)).toEqual(new Set(['sentence', 'person', 'organization']))
  })

  it('should mark messages only when diagnostics are on', () => {
    expect(typesOf(articleMarks(article))).not.toContain('diagnostic')
    const diagnostics = articleMarks(article, { diagnostics: true }).filter(
      (mark) => mark.data.type === 'diagnostic',
    )
    expect(diagnostics.map((mark) => text.slice(mark.start, mark.end))).toEqual(['\u0007'])
  })

  it('should count the highlights of each type', () => {
    expect(highlightCounts(article)).toEqual({ person: 2, organization: 2, place: 2, money: 1 })
  })
})

describe('marksWithin', () => {
  it('should keep marks that overlap the range and points on its edges', () => {
    const marks = [
      { start: 0, end: 4, data: 'before' },
      { start: 3, end: 8, data: 'across' },
      { start: 10, end: 10, data: 'point at end' },
      { start: 11, end: 12, data: 'after' },
    ]
    expect(marksWithin(marks, 4, 10).map((mark) => mark.data)).toEqual(['across', 'point at end'])
  })
})

describe('messageRange', () => {
  it('should read a position, a point, and nothing from a message without a place', () => {
    const at = (place: unknown) => ({ place }) as unknown as ArticleMessage
    expect(
      messageRange(at({ start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 4, offset: 3 } })),
    ).toEqual({ start: 1, end: 3 })
    expect(messageRange(at({ line: 1, column: 5, offset: 4 }))).toEqual({ start: 4, end: 4 })
    expect(messageRange(at(undefined))).toBeUndefined()
  })
})

describe('locating offsets', () => {
  it('should find the sentence an amount is in, by offset and by index', () => {
    const money = article.money[0]!
    const sentence = sentenceAt(article, money.start)
    expect(sentence?.text).toBe('He said the deal is worth 2 billion yuan.')
    expect(sentenceByIndex(article, sentence!.index)).toBe(sentence)
    expect(sentenceAt(article, text.indexOf('\n\n'))).toBeUndefined()
  })
})

describe('contextAround', () => {
  it('should cut the context at word boundaries inside the paragraph and say where it goes on', () => {
    const start = text.indexOf('Qingdao')
    const paragraph = article.paragraphs[0]!
    const context = contextAround(
      text,
      start,
      start + 'Qingdao'.length,
      { from: paragraph.start, to: paragraph.end },
      20,
    )
    expect(context).toEqual({
      before: 'of Harbin visited ',
      match: 'Qingdao',
      after: ' Port Group Co.,',
      truncatedStart: true,
      truncatedEnd: true,
    })
  })

  it('should not cut when the paragraph is short', () => {
    const paragraph = article.paragraphs[1]!
    const start = text.indexOf('Harbin Municipal')
    const context = contextAround(text, start, start + 6, { from: paragraph.start, to: paragraph.end })
    expect(context.before).toBe('The ')
    expect(context.after).toBe(' Municipal Government welcomed it.')
    expect([context.truncatedStart, context.truncatedEnd]).toEqual([false, false])
  })
})
