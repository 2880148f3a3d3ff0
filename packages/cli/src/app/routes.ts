/**
 * Where a person is in the browser: a stack of routes (the screen at the top is shown; Esc pops it), each
 * route holding everything its screen needs to be drawn again the same way, so going back restores the
 * cursor, the scroll position, the filter and the tab as they were.
 */
import type { SortKey } from './article-list.js'
import type { EntityTab } from './entity-tabs.js'

/** The article list. */
export interface ListRoute {
  readonly screen: 'list'
  /** Selected row. */
  readonly cursor: number
  /** First row shown. */
  readonly top: number
  /** The filter typed. */
  readonly filter: string
  /** Whether the filter is being typed. */
  readonly filtering: boolean
  /** Sort key. */
  readonly sort: SortKey
  /** Whether the order is reversed. */
  readonly descending: boolean
}

/**
 * Where the reader is scrolled to: a line of a given layout, and the offset of that line so the place is
 * kept when the layout changes (another width, problems shown or hidden).
 */
export interface ReaderTop {
  /** First line shown. */
  readonly line: number
  /** Offset of the text of that line. */
  readonly offset: number
  /** The layout `line` counts in (see `ReaderView.layoutKey`). */
  readonly layout: string
}

/** A stretch of article text. */
export interface Stretch {
  /** Offset of its first character. */
  readonly start: number
  /** Offset just past its last character. */
  readonly end: number
}

/** Reading one article. */
export interface ReaderRoute {
  readonly screen: 'reader'
  /** The article. */
  readonly articleId: string
  /** Scroll position. */
  readonly top: ReaderTop
  /** The text to find. */
  readonly find: string
  /** Whether it is being typed. */
  readonly finding: boolean
  /** Index of the current match (-1: none). */
  readonly match: number
  /** The highlight selected with Tab. */
  readonly selected?: Stretch
  /** The mention the reader was opened at, and its sentence. */
  readonly target?: Stretch & { readonly sentence: Stretch }
  /** Whether problems are shown under their paragraphs. */
  readonly problems: boolean
}

/** The entity browser. */
export interface EntitiesRoute {
  readonly screen: 'entities'
  /** The tab shown. */
  readonly tab: EntityTab
  /** Selected row. */
  readonly cursor: number
  /** First row shown. */
  readonly top: number
  /** The filter typed. */
  readonly filter: string
  /** Whether the filter is being typed. */
  readonly filtering: boolean
  /** Sort order. */
  readonly sort: 'count' | 'name'
}

/** Every mention of one entity row, in context. */
export interface MentionsRoute {
  readonly screen: 'mentions'
  /** The row (see `EntityRow.key`). */
  readonly rowKey: string
  /** Selected mention. */
  readonly cursor: number
  /** First display line shown. */
  readonly top: number
}

/** Searching the corpus. */
export interface SearchRoute {
  readonly screen: 'search'
  /** The query typed. */
  readonly query: string
  /** Whether keys go to the query (else to the results). */
  readonly typing: boolean
  /** Selected match. */
  readonly cursor: number
  /** First display line shown. */
  readonly top: number
}

/** The files that could not be loaded. */
export interface ErrorsRoute {
  readonly screen: 'errors'
  /** First line shown. */
  readonly top: number
}

/** Any route. */
export type Route = ListRoute | ReaderRoute | EntitiesRoute | MentionsRoute | SearchRoute | ErrorsRoute

/** The whole state of the browser. */
export interface AppState {
  /** Routes, the one shown last; never empty. */
  readonly stack: readonly Route[]
  /** Whether the help overlay is open. */
  readonly help: boolean
  /** First line of the help shown. */
  readonly helpTop: number
  /** A short message for the status line, until the next key. */
  readonly notice?: string
}

/** The state the browser starts in: the article list, sorted by id. */
export const initialState: AppState = {
  stack: [{ screen: 'list', cursor: 0, top: 0, filter: '', filtering: false, sort: 'id', descending: false }],
  help: false,
  helpTop: 0,
}

/** A reader route at the top of `articleId`. */
export function readerRoute(articleId: string): ReaderRoute {
  return {
    screen: 'reader',
    articleId,
    top: { line: 0, offset: 0, layout: '' },
    find: '',
    finding: false,
    match: -1,
    problems: false,
  }
}

/** The route shown. */
export function currentRoute(state: AppState): Route {
  return state.stack[state.stack.length - 1]!
}
