/**
 * Relative years in a headline written in Title Case ("… 186 Million Yuan Last Year"), where every word is
 * capitalised and the patterns of the body, which take "last year" in lower case, find nothing.
 */
import { relativeDates } from '../data/dates.js'
import type { DateFinding } from '../findings.js'
import { type ArticleDate, offsetDate } from './article-date.js'

// Only in the heading: in the body, "Last Year" with both words capitalised is a name's ("the Last Year
// Project"), and a sentence's "Last year, …" is read by the patterns of the body.
const titleYear = /(?<![A-Za-z])(Last|This|Next) Year(?![A-Za-z])/g

/**
 * The relative years a Title Case heading sentence `text` says, at offsets from `base` (its start in the
 * article), resolved against the article date when there is one; empty when there are none.
 */
export function titleYears(text: string, base: number, today: ArticleDate | undefined): DateFinding[] {
  // A cheap look first: most headings say no "Year".
  if (!text.includes(' Year')) return []
  const found: DateFinding[] = []
  titleYear.lastIndex = 0
  for (let hit = titleYear.exec(text); hit; hit = titleYear.exec(text)) {
    const start = base + hit.index
    const end = start + hit[0].length
    const shift = relativeDates.get(`${hit[1]!.toLowerCase()} year`)
    const resolved = shift && today ? offsetDate(today, shift) : undefined
    found.push(
      resolved
        ? { start, end, relative: true, resolved, rule: 'date-relative' }
        : { start, end, relative: true, rule: 'date-relative' },
    )
  }
  return found
}
