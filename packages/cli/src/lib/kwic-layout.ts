/**
 * Laying out keyword-in-context lines for a terminal: the matches in one column, the left context
 * right-aligned against it, each side cut to fit (the left from its start, the right from its end).
 */
import stringWidth from 'string-width'
import { widest } from './table.js'
import { toTerminalText } from './terminal-text.js'

/** A line to lay out: a label (where it is), the context and the match. */
export interface KwicRow {
  /** Where the match is, e.g. `001_xxx:3:14`. */
  readonly label: string
  /** Text before the match. */
  readonly left: string
  /** The match. */
  readonly match: string
  /** Text after the match. */
  readonly right: string
}

const clean = (text: string) => toTerminalText(text).replace(/\s+/g, ' ')

/** Keep the last `width` columns of `text`, marking a cut with `…`. */
export function keepEnd(text: string, width: number): string {
  if (stringWidth(text) <= width) return text
  if (width <= 0) return ''
  const chars = [...text]
  let result = ''
  for (let index = chars.length - 1; index >= 0; index--) {
    const next = chars[index] + result
    if (stringWidth(next) > width - 1) break
    result = next
  }
  return `…${result}`
}

/** Keep the first `width` columns of `text`, marking a cut with `…`. */
export function keepStart(text: string, width: number): string {
  if (stringWidth(text) <= width) return text
  if (width <= 0) return ''
  let result = ''
  for (const char of text) {
    if (stringWidth(result + char) > width - 1) break
    result += char
  }
  return `${result}…`
}

/** Lay out `rows` within `width` columns (unlimited when `Infinity`), one string per row. */
export function layoutKwic(rows: readonly KwicRow[], width: number): string[] {
  const cleaned = rows.map((row) => ({
    label: clean(row.label),
    left: clean(row.left).trimStart(),
    match: clean(row.match),
    right: clean(row.right).trimEnd(),
  }))
  const labelWidth = widest(cleaned, (row) => row.label)
  const matchWidth = widest(cleaned, (row) => row.match)
  const natural = widest(cleaned, (row) => row.left)
  const room = Number.isFinite(width)
    ? Math.max(10, width - labelWidth - matchWidth - 6)
    : Number.POSITIVE_INFINITY
  const leftWidth = Math.min(natural, Math.floor(room / 2))
  const rightWidth = Number.isFinite(room) ? room - leftWidth : Number.POSITIVE_INFINITY
  return cleaned.map((row) => {
    const left = keepEnd(row.left, leftWidth)
    const right = Number.isFinite(rightWidth) ? keepStart(row.right, rightWidth) : row.right
    const label = row.label + ' '.repeat(labelWidth - stringWidth(row.label))
    const pad = ' '.repeat(Math.max(0, leftWidth - stringWidth(left)))
    return `${label}  ${pad}${left}  ${row.match}  ${right}`.trimEnd()
  })
}
