/**
 * A ledger table: a caption, column headers (optionally sortable), rows shown a page at a time, in a region
 * that scrolls sideways when a wide table meets a middling screen. On a phone the styles lay each row out as
 * a card, every cell under its column's name.
 */
import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { formatCount } from '../lib/format.js'

/** A column of the table. */
export interface Column {
  /** Header text. */
  readonly title: string
  /** Current sort state, when the column can be sorted by. */
  readonly sort?: 'ascending' | 'descending' | 'none'
  /** Called when the header's sort button is pressed. */
  readonly onSort?: () => void
}

type Props<T> = {
  /** What the table lists. */
  readonly caption: string
  /** Columns. */
  readonly columns: readonly Column[]
  /** Rows, in order. */
  readonly rows: readonly T[]
  /** A stable key for a row. */
  readonly rowKey: (row: T) => string
  /** The cells of a row, one per column. */
  readonly cells: (row: T) => readonly ComponentChildren[]
  /** The label of the "show more" button for `count` more rows (default "Show N more"). */
  readonly countLabel?: (count: number) => string
}

// Rows rendered at first: a ledger of a big corpus grows a page at a time.
const pageSize = 200

/** The table. */
export function LedgerTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  cells,
  countLabel = (count) => `Show ${formatCount(count)} more`,
}: Props<T>) {
  const [shown, setShown] = useState(pageSize)
  const visible = rows.slice(0, shown)
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it */}
      <section class="table-scroll" aria-label={caption} tabIndex={0}>
        <table class="ledger-table">
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.title} scope="col" aria-sort={column.onSort ? column.sort : undefined}>
                  {column.onSort ? (
                    <button type="button" class="sort-button" onClick={column.onSort}>
                      {column.title}
                      <span aria-hidden="true" class="sort-mark">
                        {column.sort === 'descending' ? ' ↓' : column.sort === 'ascending' ? ' ↑' : ' ↕'}
                      </span>
                    </button>
                  ) : (
                    column.title
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={rowKey(row)}>
                {cells(row).map((cell, index) => (
                  <td key={columns[index]?.title ?? index} data-label={columns[index]?.title}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {rows.length > visible.length ? (
        <button type="button" class="button" onClick={() => setShown(shown + pageSize)}>
          {countLabel(Math.min(pageSize, rows.length - visible.length))}
        </button>
      ) : null}
    </>
  )
}
