/**
 * Decades: "the 1990s", "the late 1970s", "the 1950s and 1960s". A decade is a range of years, written in the
 * model as any range of years is: `year` its first year, `endYear` its last ("the 1990s" is 1990–1999).
 */
import type { DateFinding } from '../findings.js'

const decadeDigits = String.raw`(?:1[6-9]\d0|20\d0)`
const decadeEnd = String.raw`['’]?s(?![A-Za-z\u00C0-\u024F\d])`
// "the 1950s and 1960s", "the 1930s-1940s": two decades in a row are one span, as "October 24 and 25" is one
// span of days.
const joiner = String.raw`(?:\s*[-–—~]\s*|\s+(?:and|to|through|till|until)\s+)(?:the\s+)?`
/** A decade in digits, alone or with a later one ("1990s", "1950s and 1960s"), as a pattern alternative. */
export const decadePattern =
  String.raw`(?<![\d.,/$€£¥￥])(?<decade>${decadeDigits})${decadeEnd}` +
  `(?:${joiner}(?<decadeLast>${decadeDigits})${decadeEnd})?`

// "the early 1990s", "the mid-1980s", "the late 1970s": the third of the decade the word says, as the usual
// reading of these words goes (early 0–3, mid 4–6, late 7–9).
const partBefore = /(?:^|[^A-Za-z])((?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)$/
const partYears: Readonly<Record<string, readonly [number, number]>> = {
  early: [0, 3],
  mid: [4, 6],
  late: [7, 9],
}
// "the post-90s generation", "the post-1990s generation": people born then, a generation and not a date.
const generationBefore = /(?:^|[^A-Za-z])post[\s-]*$/i

/** The decade (or span of decades) `match` found, or undefined for a generation or a span that runs back. */
export function readDecade(
  match: RegExpExecArray,
  text: string,
  groups: Record<string, string | undefined>,
  start: number,
  end: number,
): DateFinding | undefined {
  const before = text.slice(Math.max(0, match.index - 8), match.index)
  if (generationBefore.test(before)) return undefined
  const first = Number(groups.decade)
  const last = groups.decadeLast === undefined ? first : Number(groups.decadeLast)
  if (last < first) return undefined
  const part = partBefore.exec(before)
  if (part === null) return { start, end, year: first, endYear: last + 9, rule: 'date-decade' }
  const [from, to] = partYears[part[1]!.trimEnd().replace(/-$/, '').toLowerCase()]!
  // "the late 1950s and 1960s": the word says where the span starts; its end is the last decade's end.
  const endYear = last === first ? first + to : last + 9
  return { start: start - part[1]!.length, end, year: first + from, endYear, rule: 'date-decade' }
}
