import { parseArticle } from '@dalian-news/core'
import { describe, expect, it } from 'vitest'
import { articleMarks, findMatches, markDecorations, problemMarks } from '../../src/app/marks.js'
import { toRuns } from '../../src/app/runs.js'
import { wrapText } from '../../src/app/wrap.js'

const article = parseArticle(
  'Port News\n\nOn May 3, Mayor Sun Qiaoling visited Ningbo and signed a deal worth 5 million yuan.',
  { id: 'port' },
)
const textOf = (mark: { start: number; end: number }) => article.text.slice(mark.start, mark.end)

describe('marks', () => {
  it('should mark people, places, money and dates at their offsets, in text order', () => {
    const marks = articleMarks(article)
    expect(marks.map((mark) => [mark.kind, textOf(mark)])).toEqual([
      ['date', 'May 3'],
      ['person', 'Mayor Sun Qiaoling'],
      ['place', 'Ningbo'],
      ['money', '5 million yuan'],
    ])
    expect(marks.find((mark) => mark.kind === 'money')!.ref).toBe('money:CNY:5000000')
  })

  it('should find text case-insensitively, across any white space', () => {
    const wrapped = parseArticle('Title\n\nThe new\n  port opened. A NEW PORT.', { id: 'x' })
    const matches = findMatches(wrapped, 'new port')
    expect(matches.map((mark) => wrapped.text.slice(mark.start, mark.end))).toEqual([
      'new\n  port',
      'NEW PORT',
    ])
    expect(findMatches(wrapped, '   ')).toEqual([])
  })

  it('should treat the text to find literally, not as a pattern', () => {
    const symbols = parseArticle('Title\n\nPrices (a+b) rose.', { id: 'y' })
    expect(findMatches(symbols, '(a+b)')).toHaveLength(1)
  })

  it('should place problems found in the text where they are', () => {
    const noisy = parseArticle('Title\n\nA bell \u0007 rang.', { id: 'z' })
    const [mark] = problemMarks(noisy)
    expect(noisy.text.slice(mark!.start, mark!.end)).toBe('\u0007')
  })

  it('should cut a line into runs by the marks over it', () => {
    const marks = articleMarks(article)
    const paragraph = article.paragraphs[0]!
    const [line] = wrapText(article.text, { start: paragraph.start, end: paragraph.end, width: 200 })
    const runs = toRuns(line!.pieces, marks)
    expect(runs.slice(0, 4)).toEqual([
      { text: 'On ', kinds: [] },
      { text: 'May 3', kinds: ['date'] },
      { text: ', ', kinds: [] },
      { text: 'Mayor Sun Qiaoling', kinds: ['person'] },
    ])
  })

  it('should stack a match over an entity in the runs', () => {
    const paragraph = article.paragraphs[0]!
    const [line] = wrapText(article.text, { start: paragraph.start, end: paragraph.end, width: 200 })
    const runs = toRuns(line!.pieces, [...articleMarks(article), ...findMatches(article, 'sun')])
    expect(runs).toContainEqual({ text: 'Sun', kinds: ['person', 'match'] })
  })

  it('should bracket marks by kind when there is no colour', () => {
    const paragraph = article.paragraphs[0]!
    const marks = articleMarks(article)
    const [line] = wrapText(article.text, {
      start: paragraph.start,
      end: paragraph.end,
      width: 200,
      decorations: markDecorations(marks),
    })
    expect(line!.pieces.map((piece) => piece.text).join('')).toBe(
      'On #May 3#, [Mayor Sun Qiaoling] visited <Ningbo> and signed a deal worth |5 million yuan|.',
    )
  })
})
