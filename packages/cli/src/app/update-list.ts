/**
 * Keys on the article list: moving, filtering, sorting, and opening the other screens.
 */
import type { Article } from '@dalian-news/core'
import { nextSortKey } from './article-list.js'
import type { Action } from './keymap.js'
import { bodyHeight } from './layout.js'
import { type ListRoute, readerRoute } from './routes.js'
import { moveCursor, topForCursor } from './scroll.js'
import type { AppEnv, KeyPress, Step } from './step.js'
import { editField } from './text-input.js'

/** How far each moving action goes in a list of `height` rows. */
export function cursorDelta(
  action: Action,
  height: number,
  count: number,
  cursor: number,
): number | undefined {
  switch (action) {
    case 'down':
      return 1
    case 'up':
      return -1
    case 'page-down':
      return Math.max(1, height - 1)
    case 'page-up':
      return -Math.max(1, height - 1)
    case 'first':
      return -cursor
    case 'last':
      return count - 1 - cursor
    default:
      return undefined
  }
}

// After a new filter or order, stay on the same article when it is still listed.
function reselect(route: ListRoute, before: readonly Article[], env: AppEnv): ListRoute {
  const id = before[route.cursor]?.id
  const after = env.data.articles(route)
  const found = id === undefined ? -1 : after.findIndex((article) => article.id === id)
  const cursor = found === -1 ? 0 : found
  const height = bodyHeight(route, env.height, env.data.corpus.errors.length > 0)
  return { ...route, cursor, top: topForCursor(found === -1 ? 0 : route.top, cursor, height, after.length) }
}

/** What `action` does on the article list. */
export function updateList(route: ListRoute, action: Action, key: KeyPress, env: AppEnv): Step {
  const articles = env.data.articles(route)
  const height = bodyHeight(route, env.height, env.data.corpus.errors.length > 0)
  const delta = cursorDelta(action, height, articles.length, route.cursor)
  if (delta !== undefined) {
    const cursor = moveCursor(route.cursor, delta, articles.length)
    return { route: { ...route, cursor, top: topForCursor(route.top, cursor, height, articles.length) } }
  }
  switch (action) {
    case 'open': {
      const article = articles[route.cursor]
      return article ? { push: readerRoute(article.id) } : { notice: 'No article to open' }
    }
    case 'filter':
      return { route: { ...route, filtering: true } }
    case 'type':
    case 'delete':
    case 'clear':
      return {
        route: reselect({ ...route, filter: editField(route.filter, action, key.text) }, articles, env),
      }
    case 'accept':
      return { route: { ...route, filtering: false } }
    case 'cancel':
      return { route: reselect({ ...route, filter: '', filtering: false }, articles, env) }
    case 'sort': {
      const sort = nextSortKey(route.sort)
      return { route: reselect({ ...route, sort }, articles, env), notice: `Sorted by ${sort}` }
    }
    case 'reverse': {
      const descending = !route.descending
      return {
        route: reselect({ ...route, descending }, articles, env),
        notice: `Sorted by ${route.sort}, ${descending ? 'descending' : 'ascending'}`,
      }
    }
    case 'search':
      return { push: { screen: 'search', query: '', typing: true, cursor: 0, top: 0 } }
    case 'entities':
      return {
        push: {
          screen: 'entities',
          tab: 'people',
          cursor: 0,
          top: 0,
          filter: '',
          filtering: false,
          sort: 'count',
        },
      }
    case 'errors':
      return { push: { screen: 'errors', top: 0 } }
    default:
      return {}
  }
}
