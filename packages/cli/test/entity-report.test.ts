import { parseArticle } from '@dalian-news/core'
import { describe, expect, it } from 'vitest'
import { entityReport } from '../src/lib/entity-report.js'

const report = (text: string) => entityReport(parseArticle(text, { id: 'a', tree: false }))

describe('entityReport money', () => {
  it('should list an amount written again in another letter case once, as first written', () => {
    const text = 'Ostrava Signs Deals Worth 3.6 Billion Yuan\n\nOstrava signed deals worth 3.6 billion yuan.'
    expect(report(text).money).toEqual([{ text: '3.6 Billion Yuan', amount: 3600000000, currency: 'CNY' }])
    expect(parseArticle(text).money).toHaveLength(2)
  })

  it('should keep equal amounts written differently and give a range its end_amount', () => {
    const text = 'Brno Park\n\nBrno put in RMB 5 million and 5 million yuan, and expects 2 to 3 billion yuan.'
    expect(report(text).money).toEqual([
      { text: 'RMB 5 million', amount: 5000000, currency: 'CNY' },
      { text: '5 million yuan', amount: 5000000, currency: 'CNY' },
      { text: '2 to 3 billion yuan', amount: 2000000000, currency: 'CNY', end_amount: 3000000000 },
    ])
  })
})

describe('entityReport dates', () => {
  it('should list a date written again in another letter case once, and keep different dates', () => {
    const text =
      'Opava Output Rises in the Third Quarter\n\nOpava output rose in the third quarter and in October.'
    expect(report(text).dates.map((date) => date.text)).toEqual(['Third Quarter', 'October'])
    expect(parseArticle(text).dates).toHaveLength(3)
  })
})
