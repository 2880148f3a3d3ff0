/**
 * The rows of the article list and of the entity browser as fixed-width text: a flexible name column and
 * right-aligned counts, fitted to the terminal's width.
 */
import type { Article } from '@dalian-news/core'
import { toTerminalText } from '../lib/terminal-text.js'
import { articleDate, peopleCount } from './article-list.js'
import type { EntityRow } from './entity-index.js'
import { columns, pad } from './wrap.js'

/** A column of a list. */
export interface ListColumn<Row> {
  /** Header text. */
  readonly header: string
  /** Cell text of a row. */
  readonly value: (row: Row) => string
  /** Right-aligned (numbers). */
  readonly align?: 'left' | 'right'
  /** Takes the room the others leave (one column should). */
  readonly flexible?: boolean
  /** Narrowest the flexible column may get. */
  readonly min?: number
}

/** The widths of `cols` over `rows` in `width` columns (2 spaces between columns). */
export function columnWidths<Row>(
  rows: readonly Row[],
  cols: readonly ListColumn<Row>[],
  width: number,
): number[] {
  const natural = cols.map((col) =>
    col.flexible
      ? 0
      : rows.reduce(
          (most, row) => Math.max(most, columns(toTerminalText(col.value(row)))),
          columns(col.header),
        ),
  )
  const fixed = cols.reduce((sum, col, index) => sum + (col.flexible ? 0 : natural[index]!), 0)
  const gaps = 2 * (cols.length - 1)
  return cols.map((col, index) =>
    col.flexible ? Math.max(col.min ?? 8, width - fixed - gaps) : natural[index]!,
  )
}

/** One line of a list: the cells padded to `widths`, 2 spaces apart, cut to `width`. */
export function listLine<Row>(
  cells: readonly string[],
  cols: readonly ListColumn<Row>[],
  widths: readonly number[],
): string {
  return cells
    .map((cell, index) => pad(toTerminalText(cell).replace(/\s+/g, ' '), widths[index]!, cols[index]!.align))
    .join('  ')
}

const count = (value: number) => value.toLocaleString('en-US')

/** The columns of the article list (the date only when some article has one). */
export function articleColumns(articles: readonly Article[]): ListColumn<Article>[] {
  const dated = articles.some((article) => articleDate(article) !== undefined)
  return [
    { header: 'Title', value: (article) => article.title, flexible: true, min: 12 },
    ...(dated ? [{ header: 'Date', value: (article: Article) => articleDate(article) ?? '—' }] : []),
    { header: 'Words', value: (article) => count(article.stats.words), align: 'right' },
    { header: 'People', value: (article) => count(peopleCount(article)), align: 'right' },
  ]
}

/** The columns of an entity tab. */
export function entityColumns(): ListColumn<EntityRow>[] {
  return [
    { header: 'Name', value: (row) => row.name, flexible: true, min: 12 },
    { header: 'Mentions', value: (row) => count(row.mentions.length), align: 'right' },
    { header: 'Articles', value: (row) => count(row.articles), align: 'right' },
  ]
}
