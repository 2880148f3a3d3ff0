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
    expect(datesOf('Orvel Fund News\n\nThe Kestrel Last Year Fund paid out 40 grants.')).toEqual([])
  })

  it('should not read "Year" without last, this or next in the heading as a date', () => {
    expect(datesOf('Halvik Names Its Volunteer of the Year\n\nThe Halvik club met.')).toEqual([])
  })
})
