/**
 * Keys in the corpus search (a query field with live results) and on the load errors screen.
 */
import { groupedTop } from './grouped-list.js'
import type { Action } from './keymap.js'
import { bodyHeight } from './layout.js'
import type { ErrorsRoute, SearchRoute } from './routes.js'
import { clamp, moveCursor } from './scroll.js'
import type { AppEnv, KeyPress, Step } from './step.js'
import { editField } from './text-input.js'
import { cursorDelta } from './update-list.js'
import { readerAt } from './update-reader.js'

/** What `action` does on the search screen. */
export function updateSearch(route: SearchRoute, action: Action, key: KeyPress, env: AppEnv): Step {
  const height = bodyHeight(route, env.height, false)
  const search = route.query.trim() === '' ? undefined : env.data.search(route.query)
  const count = search?.places.length ?? 0
  const delta = cursorDelta(action, height, count, route.cursor)
  if (delta !== undefined && search) {
    const cursor = moveCursor(route.cursor, delta, count)
    return { route: { ...route, cursor, top: groupedTop(search.grouped, route.top, cursor, height) } }
  }
  switch (action) {
    case 'type':
    case 'delete':
    case 'clear':
      return { route: { ...route, query: editField(route.query, action, key.text), cursor: 0, top: 0 } }
    case 'results':
      return count > 0 ? { route: { ...route, typing: false } } : { notice: 'No results yet: type a query' }
    case 'edit-query':
      return { route: { ...route, typing: true } }
    case 'open': {
      const place = search?.places[route.cursor]
      if (!place) return { notice: route.query.trim() === '' ? 'Type a query first' : 'No match to open' }
      return { push: readerAt(place.articleId, place.start, place.end, env) }
    }
    default:
      return {}
  }
}

/** Lines of the load errors screen in a frame of `width` columns (see `ErrorsScreen`). */
export function errorLineCount(env: AppEnv): number {
  return env.data.corpus.errors.length * 3
}

/** What `action` does on the load errors screen. */
export function updateErrors(route: ErrorsRoute, action: Action, _key: KeyPress, env: AppEnv): Step {
  const height = bodyHeight(route, env.height, true)
  const count = errorLineCount(env)
  const delta = cursorDelta(action, height, count, route.top)
  if (delta === undefined || action === 'first' || action === 'last') return {}
  return {
    route: { ...route, top: clamp(moveCursor(route.top, delta, count), 0, Math.max(0, count - height)) },
  }
}
