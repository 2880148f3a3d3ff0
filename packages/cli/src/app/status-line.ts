/**
 * The status line at the bottom of every screen: where you are (a breadcrumb of the screens opened), the
 * most used keys of this screen (or a notice, or the field being typed), and the position on the right.
 */
import { toTerminalText } from '../lib/terminal-text.js'
import type { AppData } from './app-data.js'
import { entityTabs } from './entity-tabs.js'
import type { KeyBinding } from './keymap.js'
import type { Route } from './routes.js'
import { columns, fit } from './wrap.js'

/** The three parts of a status line, which together take exactly the width asked for. */
export interface StatusParts {
  /** The breadcrumb, with a space on each side. */
  readonly crumb: string
  /** Keys, a notice or a text field, padded to fill the line. */
  readonly middle: string
  /** The position, with a space on each side (may be empty). */
  readonly right: string
}

/** The name of `route` in a breadcrumb. */
export function crumbOf(route: Route, data: AppData): string {
  switch (route.screen) {
    case 'list':
      return 'Articles'
    case 'reader':
      // The article's title is on the reader's first line; the breadcrumb only says where it was opened from.
      return 'Reader'
    case 'entities':
      return `Entities: ${entityTabs.find((tab) => tab.id === route.tab)?.label ?? ''}`
    case 'mentions':
      return fit(toTerminalText(data.mentions(route.rowKey).row?.name ?? 'Mentions'), 20)
    case 'search':
      return 'Search'
    case 'errors':
      return 'Load errors'
  }
}

/** Hints the status line keeps however narrow it is. */
export const essentialHints: readonly string[] = ['Esc back', '? help', 'q quit']

/** The short labels of the bindings that have one, for the status line. */
export function hintsOf(bindings: readonly KeyBinding[]): string[] {
  return bindings.flatMap((binding) => (binding.hint ? [binding.hint] : []))
}

/** Lay out a status line `width` columns wide. */
export function statusParts(options: {
  readonly crumbs: readonly string[]
  readonly width: number
  readonly hints?: readonly string[]
  readonly notice?: string
  readonly prompt?: string
  readonly right?: string
}): StatusParts {
  const width = Math.max(1, options.width)
  const right = options.right ? ` ${options.right} ` : ''
  // The breadcrumb keeps its last screens and gives way first, to at most two fifths of the line.
  const room = Math.max(12, Math.floor((width * 2) / 5))
  const crumbs = [...options.crumbs]
  let crumb = ` ${crumbs.join(' › ')} `
  while (columns(crumb) > room && crumbs.length > 1) {
    crumbs.shift()
    crumb = ` … › ${crumbs.join(' › ')} `
  }
  crumb = fit(crumb, Math.min(room, width))
  const prompt = options.prompt === undefined ? '' : ` ${options.prompt}`
  const free = Math.max(0, width - columns(crumb) - columns(right) - columns(prompt))
  let middle: string
  if (options.notice !== undefined) {
    middle = ` ${fit(toTerminalText(options.notice), Math.max(0, free - 1))}`
  } else {
    // The screen's own keys in order while they fit, but always room for the way to the help.
    const hints = options.hints ?? []
    const kept = hints.filter((hint) => essentialHints.includes(hint))
    const room = free - kept.reduce((sum, hint) => sum + 2 + columns(hint), 0)
    let used = 0
    const chosen = new Set<string>(kept)
    for (const hint of hints) {
      if (chosen.has(hint)) continue
      if (used + 2 + columns(hint) > room) break
      used += 2 + columns(hint)
      chosen.add(hint)
    }
    // The screen's keys first, then the essential ones, always last and in the same order.
    middle = [...hints.filter((hint) => chosen.has(hint) && !kept.includes(hint)), ...kept]
      .map((hint) => `  ${hint}`)
      .join('')
  }
  middle = fit(middle, free)
  middle = fit(prompt, width - columns(crumb) - columns(right)) + middle
  middle += ' '.repeat(Math.max(0, width - columns(crumb) - columns(right) - columns(middle)))
  return { crumb, middle, right: columns(crumb) + columns(right) > width ? '' : right }
}

/** What a screen is told for its status line. */
export interface StatusInput {
  /** The breadcrumb: the name of each screen on the stack. */
  readonly crumbs: readonly string[]
  /** The short labels of the keys that work. */
  readonly hints: readonly string[]
  /** A message to show instead of the keys. */
  readonly notice?: string
}
