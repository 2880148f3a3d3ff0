import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/lib/parse-article.js'
import retextDates from '../../src/lib/plugins/retext-dates.js'
import { createProcessor } from '../../src/lib/processor.js'

// Relative years in a Title Case headline, which only the heading reads (date-title.ts).
const datesOf = (text: string) =>
  parseArticle(text, { processor: createProcessor([retextDates]) }).dates.map(({ text, resolved, rule }) => ({
    text,
    resolved,
    rule,
  }))

describe('retext-dates in a Title Case heading', () => {
  it('should find "Last Year" and "This Year" in the heading, resolved against the article date', () => {
    const text =
      '---\ndate: 2026-03-02\n---\nTolvane Courts Closed 300 Cases Last Year, More to Come This Year\n\nNo date.'
    expect(datesOf(text)).toEqual([
      { text: 'Last Year', resolved: '2025', rule: 'date-relative' },
      { text: 'This Year', resolved: '2026', rule: 'date-relative' },
    ])
  })

  it('should not read a Title Case "Last Year" in the body as a date', () => {
    expect(datesOf('Orvel Fund News\n\nThe Tarnwick Last Year Fund paid out 40 grants.')).toEqual([])
  })

  it('should not read a "Last Year" inside quotation marks in the heading as a date', () => {
    expect(
      datesOf(
        '---\ndate: 2026-03-02\n---\nFilm "Last Year at Fennick" Screened at Ardlow Film Week\n\nNo date.',
      ),
    ).toEqual([])
  })

  it('should not read "the Last Year" in the heading as a date', () => {
    expect(
      datesOf('---\ndate: 2026-03-02\n---\nArdlow Named Best City of the Last Year\n\nNo date.'),
    ).toEqual([])
  })

  it('should not read "This Year" before a noun that makes a name in the heading as a date', () => {
    expect(datesOf('---\ndate: 2026-03-02\n---\nFennick Launches This Year Plan\n\nNo date.')).toEqual([])
  })
})
