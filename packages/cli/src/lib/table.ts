/**
 * Plain-text tables whose columns line up in a terminal, CJK and emoji included.
 */
import stringWidth from 'string-width'
import { toTerminalText } from './terminal-text.js'

/** A column of a table. */
export interface Column<Row> {
  /** Header text. */
  readonly header: string
  /** Cell text of a row. */
  readonly value: (row: Row) => string | number
  /** Align numbers to the right (default: left). */
  readonly align?: 'left' | 'right'
  /** Whether this column shrinks (with an ellipsis) when the table is wider than the terminal. */
  readonly flexible?: boolean
}

/**
 * The widest `text(item)` of `items`, at least `floor`. A loop, not `Math.max(...items)`: spreading a
 * few hundred thousand rows overflows the call stack.
 */
export function widest<Item>(items: readonly Item[], text: (item: Item) => string, floor = 0): number {
  let width = floor
  for (const item of items) width = Math.max(width, stringWidth(text(item)))
  return width
}

/**
 * Format `rows` as a table at most `width` columns wide; cells never hold control characters.
 */
export function formatTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[], width = 80): string {
  const cells = rows.map((row) =>
    columns.map((column) => toTerminalText(String(column.value(row))).replace(/\s+/g, ' ')),
  )
  const widths = columns.map((column, index) =>
    widest(cells, (row) => row[index]!, stringWidth(column.header)),
  )
  const gap = 2
  const total = widths.reduce((sum, item) => sum + item, 0) + gap * (columns.length - 1)
  const flexible = columns.findIndex((column) => column.flexible)
  if (total > width && flexible !== -1) {
    widths[flexible] = Math.max(
      stringWidth(columns[flexible]!.header),
      widths[flexible]! - (total - width),
      8,
    )
  }
  const line = (values: readonly string[]) =>
    values
      .map((value, index) => {
        const fitted = truncate(value, widths[index]!)
        const padding = ' '.repeat(widths[index]! - stringWidth(fitted))
        return columns[index]!.align === 'right' ? padding + fitted : fitted + padding
      })
      .join(' '.repeat(gap))
      .trimEnd()
  return [line(columns.map((column) => column.header)), ...cells.map(line)].join('\n')
}

/** Cut `text` to at most `width` terminal columns, ending in `…` when cut. */
export function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text
  let result = ''
  let used = 1 // the ellipsis
  for (const char of text) {
    const next = stringWidth(char)
    if (used + next > width) break
    result += char
    used += next
  }
  return `${result}…`
}
