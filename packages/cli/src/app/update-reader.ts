/**
 * Keys in the reader: scrolling, finding text, selecting highlights with Tab and opening their mentions,
 * showing problems; and opening the reader at a mention.
 */
import type { Action } from './keymap.js'
import { bodyHeight, readerTextWidth } from './layout.js'
import {
  marksInView,
  type ReaderView,
  readerView,
  targetOf,
  topAt,
  topForTarget,
  topShowing,
} from './reader-view.js'
import { type ReaderRoute, readerRoute } from './routes.js'
import type { AppEnv, KeyPress, Step } from './step.js'
import { editField } from './text-input.js'

/** The reader's view of `route` in `env` (undefined when the article is gone). */
export function readerViewOf(route: ReaderRoute, env: AppEnv): ReaderView | undefined {
  const article = env.data.article(route.articleId)
  if (!article) return undefined
  return readerView(article, route, {
    width: readerTextWidth(env.columns),
    height: bodyHeight(route, env.height, false),
    colour: env.colour,
  })
}

/** A reader route opened at the mention from `start` to `end` of `articleId`, its sentence in view. */
export function readerAt(articleId: string, start: number, end: number, env: AppEnv): ReaderRoute {
  const base = readerRoute(articleId)
  const article = env.data.article(articleId)
  if (!article) return base
  const target = targetOf(article, start, end)
  const route: ReaderRoute = { ...base, target }
  const view = readerViewOf(route, env)
  return view ? { ...route, top: topForTarget(view, target) } : route
}

function scroll(route: ReaderRoute, view: ReaderView, line: number): Step {
  return { route: { ...route, top: topAt(view, line) } }
}

// While typing, the first match at or after the top of the view becomes current, as in `less`.
function refind(route: ReaderRoute, find: string, env: AppEnv): Step {
  const next: ReaderRoute = { ...route, find, match: -1 }
  const before = readerViewOf(route, env)
  const view = readerViewOf(next, env)
  if (!view || !before) return { route: next }
  const from = before.lines[before.top]?.start ?? 0
  if (view.matches.length === 0) return { route: next }
  const found = view.matches.findIndex((match) => match.start >= from)
  const match = found === -1 ? 0 : found
  const withMatch: ReaderRoute = { ...next, match }
  const shown = readerViewOf(withMatch, env)!
  return { route: { ...withMatch, top: topShowing(shown, view.matches[match]!) } }
}

function step(route: ReaderRoute, view: ReaderView, direction: 1 | -1, env: AppEnv): Step {
  if (route.find.trim() === '') return { notice: 'Press / to find text first' }
  const count = view.matches.length
  if (count === 0) return { notice: `No matches for "${route.find}"` }
  const raw = route.match + direction
  const match = ((raw % count) + count) % count
  const wrapped = route.match >= 0 && raw !== match
  const { selected: _, ...rest } = route
  const next: ReaderRoute = { ...rest, match }
  const shown = readerViewOf(next, env)!
  return {
    route: { ...next, top: topShowing(shown, view.matches[match]!) },
    ...(wrapped
      ? { notice: direction === 1 ? 'Search wrapped to the top' : 'Search wrapped to the bottom' }
      : {}),
  }
}

function select(route: ReaderRoute, view: ReaderView, direction: 1 | -1): Step {
  const marks = marksInView(view)
  if (marks.length === 0) return { notice: 'No highlights in view' }
  const at = route.selected
    ? marks.findIndex((mark) => mark.start === route.selected!.start && mark.end === route.selected!.end)
    : -1
  const index =
    at === -1 ? (direction === 1 ? 0 : marks.length - 1) : (at + direction + marks.length) % marks.length
  const mark = marks[index]!
  return { route: { ...route, selected: { start: mark.start, end: mark.end } } }
}

function open(route: ReaderRoute, view: ReaderView, env: AppEnv): Step {
  const selected = route.selected
  if (!selected) return { notice: 'Press Tab to select a highlight, then Enter' }
  const mark = view.selectable.find((item) => item.start === selected.start && item.end === selected.end)
  const row = mark?.ref ? env.data.entities().rowFor(route.articleId, mark.ref) : undefined
  if (!row) return { notice: 'Nothing to open for this highlight' }
  const cursor = Math.max(
    0,
    row.mentions.findIndex(
      (mention) => mention.articleId === route.articleId && mention.start === selected.start,
    ),
  )
  return { push: { screen: 'mentions', rowKey: row.key, cursor, top: 0 } }
}

/** What `action` does in the reader. */
export function updateReader(route: ReaderRoute, action: Action, key: KeyPress, env: AppEnv): Step {
  const view = readerViewOf(route, env)
  if (!view) return {}
  const page = Math.max(1, view.height - 1)
  switch (action) {
    case 'down':
      return scroll(route, view, view.top + 1)
    case 'up':
      return scroll(route, view, view.top - 1)
    case 'page-down':
      return scroll(route, view, view.top + page)
    case 'page-up':
      return scroll(route, view, view.top - page)
    case 'first':
      return scroll(route, view, 0)
    case 'last':
      return scroll(route, view, view.lines.length)
    case 'find':
      return { route: { ...route, finding: true, find: '', match: -1 } }
    case 'type':
    case 'delete':
    case 'clear':
      return refind(route, editField(route.find, action, key.text), env)
    case 'accept':
      return route.find.trim() !== '' && view.matches.length === 0
        ? { route: { ...route, finding: false }, notice: `No matches for "${route.find}"` }
        : { route: { ...route, finding: false } }
    case 'cancel':
      return { route: { ...route, finding: false, find: '', match: -1 } }
    case 'next-match':
      return step(route, view, 1, env)
    case 'previous-match':
      return step(route, view, -1, env)
    case 'next-mark':
      return select(route, view, 1)
    case 'previous-mark':
      return select(route, view, -1)
    case 'open':
      return open(route, view, env)
    case 'diagnostics': {
      const problems = !route.problems
      const count = view.article.messages.length
      const notice = problems
        ? count === 0
          ? 'No problems found in this article'
          : `Showing ${count} problem${count === 1 ? '' : 's'}`
        : 'Problems hidden'
      return { route: { ...route, problems }, notice }
    }
    default:
      return {}
  }
}
