/**
 * Keys in the entity browser (tabs of rows) and in a row's mention list (keyword in context).
 */
import { type EntityTab, entityTabs } from './entity-tabs.js'
import { groupedTop } from './grouped-list.js'
import type { Action } from './keymap.js'
import { bodyHeight } from './layout.js'
import type { EntitiesRoute, MentionsRoute } from './routes.js'
import { moveCursor, topForCursor } from './scroll.js'
import type { AppEnv, KeyPress, Step } from './step.js'
import { editField } from './text-input.js'
import { cursorDelta } from './update-list.js'
import { readerAt } from './update-reader.js'

function withTab(route: EntitiesRoute, tab: EntityTab): Step {
  return { route: { ...route, tab, cursor: 0, top: 0, filter: '', filtering: false } }
}

function filtered(route: EntitiesRoute, filter: string, env: AppEnv): Step {
  const next = { ...route, filter, cursor: 0, top: 0 }
  return { route: next, ...(env.data.entityRows(next).length === 0 ? { notice: 'No rows match' } : {}) }
}

/** What `action` does in the entity browser. */
export function updateEntities(route: EntitiesRoute, action: Action, key: KeyPress, env: AppEnv): Step {
  const rows = env.data.entityRows(route)
  const height = bodyHeight(route, env.height, false)
  const delta = cursorDelta(action, height, rows.length, route.cursor)
  if (delta !== undefined) {
    const cursor = moveCursor(route.cursor, delta, rows.length)
    return { route: { ...route, cursor, top: topForCursor(route.top, cursor, height, rows.length) } }
  }
  const position = entityTabs.findIndex((tab) => tab.id === route.tab)
  switch (action) {
    case 'next-tab':
      return withTab(route, entityTabs[(position + 1) % entityTabs.length]!.id)
    case 'previous-tab':
      return withTab(route, entityTabs[(position - 1 + entityTabs.length) % entityTabs.length]!.id)
    case 'tab-1':
    case 'tab-2':
    case 'tab-3':
    case 'tab-4':
    case 'tab-5':
    case 'tab-6':
    case 'tab-7':
      return withTab(route, entityTabs[Number(action.slice(4)) - 1]!.id)
    case 'open': {
      const row = rows[route.cursor]
      return row
        ? { push: { screen: 'mentions', rowKey: row.key, cursor: 0, top: 0 } }
        : { notice: 'Nothing to open' }
    }
    case 'filter':
      return { route: { ...route, filtering: true } }
    case 'type':
    case 'delete':
    case 'clear':
      return filtered(route, editField(route.filter, action, key.text), env)
    case 'accept':
      return { route: { ...route, filtering: false } }
    case 'cancel':
      return { route: { ...route, filter: '', filtering: false, cursor: 0, top: 0 } }
    case 'sort': {
      const sort = route.sort === 'count' ? 'name' : 'count'
      return {
        route: { ...route, sort, cursor: 0, top: 0 },
        notice: sort === 'name' ? 'Sorted by name' : 'Sorted by mentions',
      }
    }
    default:
      return {}
  }
}

/** What `action` does in a mention list. */
export function updateMentions(route: MentionsRoute, action: Action, _key: KeyPress, env: AppEnv): Step {
  const { row, grouped } = env.data.mentions(route.rowKey)
  const count = row?.mentions.length ?? 0
  const height = bodyHeight(route, env.height, false)
  const delta = cursorDelta(action, height, count, route.cursor)
  if (delta !== undefined) {
    const cursor = moveCursor(route.cursor, delta, count)
    return { route: { ...route, cursor, top: groupedTop(grouped, route.top, cursor, height) } }
  }
  if (action === 'open') {
    const mention = row?.mentions[route.cursor]
    if (!mention) return {}
    return { push: readerAt(mention.articleId, mention.start, mention.end, env) }
  }
  return {}
}
