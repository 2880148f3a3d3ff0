import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/lib/parse-article.js'

const halves = (text: string) =>
  parseArticle(text)
    .dates.filter((date) => /half/.test(date.text))
    .map(({ text, year, month, endMonth, relative }) => ({ text, year, month, endMonth, relative }))

describe('a half of a year said without its year', () => {
  it('should read a bare first half as the half year the heading names, paragraphs later', () => {
    const text =
      'Tenvale Deposits Rise in the First Half of the Year\n\nBanks in Tenvale held a briefing.\n\n' +
      'The port was busy.\n\nLoans fell 3% in the first half, down from 5%.'
    expect(halves(text)).toEqual([
      { text: 'first half', year: undefined, month: 1, endMonth: 6, relative: true },
    ])
  })

  it('should read only the dated half when neither the heading nor the text near the bare half names a half year', () => {
    const text =
      'Tenvale Banks Report\n\nDeposits rose in the first half of last year.\n\nThe port was busy.\n\n' +
      'Loans fell 3% in the first half, down from 5%.'
    expect(halves(text)).toEqual([
      { text: 'first half of last year', year: undefined, month: 1, endMonth: 6, relative: true },
    ])
  })
})
