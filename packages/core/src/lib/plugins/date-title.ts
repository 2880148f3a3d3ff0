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
// "Best City of the Last Year" is one of a kind, as the body reads "the last year" (no date).
const theBefore = /(?:^|[^A-Za-z])[Tt]he\s+$/
const wordAfter = /^\s+([A-Z][a-z]+)/
// A capitalised noun right after it makes "This Year" part of a name: "Launches This Year Plan".
// biome-ignore format: packed list
const nameNouns = new Set([
  'Plan', 'Plans', 'Fund', 'Project', 'Projects', 'Programme', 'Program', 'Award', 'Awards', 'Campaign',
  'Prize', 'Scheme', 'Initiative', 'Festival', 'Exhibition', 'Series', 'Show', 'Contest', 'Competition',
])
// Opening quotation marks left unclosed before `index`: a title said in them ('Film "Last Year at …"') is a
// name, no date.
function quoted(text: string, index: number): boolean {
  let straight = 0
  let curly = 0
  for (let i = 0; i < index; i++) {
    const code = text.charCodeAt(i)
    if (code === 34) straight ^= 1
    else if (code === 0x201c) curly++
    else if (code === 0x201d && curly > 0) curly--
  }
  return straight === 1 || curly > 0
}

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
    if (theBefore.test(text.slice(Math.max(0, hit.index - 5), hit.index))) continue
    const after = wordAfter.exec(text.slice(hit.index + hit[0].length, hit.index + hit[0].length + 24))
    if ((after && nameNouns.has(after[1]!)) || quoted(text, hit.index)) continue
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
