/**
 * Scrolling arithmetic for lists and pages, kept apart from drawing so it can be tested on its own.
 */

/** `value` kept between `min` and `max` (`min` wins when the range is empty). */
export function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max))
}

/** The first line a view of `height` lines may show over `count` lines (0 when everything fits). */
export function maxTop(count: number, height: number): number {
  return Math.max(0, count - Math.max(1, height))
}

/**
 * The first row to show so that row `cursor` of `count` is visible in `height` rows, moving as little as
 * possible from `top` (so the view does not jump while the cursor moves inside it).
 */
export function topForCursor(top: number, cursor: number, height: number, count: number): number {
  const rows = Math.max(1, height)
  let next = top
  if (cursor < next) next = cursor
  if (cursor >= next + rows) next = cursor - rows + 1
  return clamp(next, 0, maxTop(count, rows))
}

/** A cursor moved by `delta` rows, kept inside `count` rows. */
export function moveCursor(cursor: number, delta: number, count: number): number {
  return clamp(cursor + delta, 0, Math.max(0, count - 1))
}

/** Which of `count` items a scroll bar would call the view: `12–31 of 80`, or `all 5` when it fits. */
export function rangeLabel(top: number, height: number, count: number): string {
  if (count <= height) return `all ${count}`
  return `${top + 1}–${Math.min(count, top + height)} of ${count}`
}

/** How far down a view is, as a percentage (`Top`, `Bot`, `All` at the ends, as `less` says it). */
export function positionLabel(top: number, height: number, count: number): string {
  if (count <= height) return 'All'
  if (top <= 0) return 'Top'
  if (top >= maxTop(count, height)) return 'Bot'
  return `${Math.round(((top + height) / count) * 100)}%`
}
