/**
 * Screen geometry: how many lines each screen's scrolling part gets, the smallest usable terminal, and
 * the width of the reader's text.
 */
import type { Route } from './routes.js'

/** Below this size the browser asks for a larger terminal instead of drawing a cramped screen. */
export const minimumSize = { columns: 40, rows: 10 } as const

/**
 * Lines a frame may take in a terminal of `rows` rows. One row is left free: when Ink's output fills the
 * whole terminal it clears the screen before every frame, which flickers.
 */
export function frameHeight(rows: number): number {
  return Math.max(1, rows - 1)
}

/** Lines of a screen that are not its scrolling body (title bars, headers, the status line). */
export function chromeLines(route: Route, hasLoadErrors: boolean): number {
  switch (route.screen) {
    case 'list':
      return hasLoadErrors ? 4 : 3
    case 'reader':
      return 5
    case 'entities':
      return 4
    case 'mentions':
      return 3
    case 'search':
      return 4
    case 'errors':
      return 2
  }
}

/** Lines the scrolling body of `route` gets in a frame of `height` lines. */
export function bodyHeight(route: Route, height: number, hasLoadErrors: boolean): number {
  return Math.max(1, height - chromeLines(route, hasLoadErrors))
}

/** Columns of text in the reader: the terminal less a margin and a gutter, at most 100 so lines stay readable. */
export function readerTextWidth(columns: number): number {
  return Math.max(10, Math.min(columns - 4, 100))
}
