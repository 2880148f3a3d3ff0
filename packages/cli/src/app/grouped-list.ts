/**
 * A list of places in articles (mentions, search matches) shown grouped under a line per article. The
 * cursor moves over the places; the headers scroll with them.
 */
import { clamp, maxTop } from './scroll.js'

/** A place in an article. */
export interface Place {
  /** The article. */
  readonly articleId: string
  /** Offset of the mention or match. */
  readonly start: number
  /** Offset just past it. */
  readonly end: number
  /** 1-based line of `start`, when known. */
  readonly line?: number
  /** 1-based column of `start`, when known. */
  readonly column?: number
}

/** A display line of a grouped list. */
export type GroupedLine =
  | { readonly kind: 'header'; readonly articleId: string; readonly count: number }
  | { readonly kind: 'item'; readonly index: number }

/** A grouped list: its display lines, and the line of each place. */
export interface Grouped {
  /** Display lines in order. */
  readonly lines: readonly GroupedLine[]
  /** `lineOfItem[i]` is the display line of place `i`. */
  readonly lineOfItem: readonly number[]
}

/** Group `places` (already in the order to show) under a header each time the article changes. */
export function groupByArticle(places: readonly Place[]): Grouped {
  const lines: GroupedLine[] = []
  const lineOfItem: number[] = []
  let header = -1
  places.forEach((place, index) => {
    const previous = places[index - 1]
    if (!previous || previous.articleId !== place.articleId) {
      header = lines.length
      lines.push({ kind: 'header', articleId: place.articleId, count: 0 })
    }
    const owner = lines[header] as { kind: 'header'; articleId: string; count: number }
    lines[header] = { ...owner, count: owner.count + 1 }
    lineOfItem.push(lines.length)
    lines.push({ kind: 'item', index })
  })
  return { lines, lineOfItem }
}

/**
 * The first display line to show so the selected place is visible, moving as little as possible from
 * `top`, and showing the selected place's article header when the place is the first of its article.
 */
export function groupedTop(grouped: Grouped, top: number, cursor: number, height: number): number {
  const rows = Math.max(1, height)
  const line = grouped.lineOfItem[cursor] ?? 0
  let next = top
  const wanted = grouped.lines[line - 1]?.kind === 'header' ? line - 1 : line
  if (wanted < next) next = wanted
  if (line >= next + rows) next = line - rows + 1
  return clamp(next, 0, maxTop(grouped.lines.length, rows))
}
