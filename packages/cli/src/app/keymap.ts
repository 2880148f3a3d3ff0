/**
 * Every key binding of the terminal browser, as data: per screen (and per text field), each binding's
 * keys, the action it triggers and what it does. Input handling looks keys up here and the `?` overlay
 * lists the bindings from here, so the help can never disagree with the program; the docs site generates
 * its key reference from `keymap` as well.
 */
import { keyLabel } from './key-name.js'

/** Where keys are read: a screen, or a text field being typed in. */
export type KeyContext =
  | 'global'
  | 'list'
  | 'list-filter'
  | 'reader'
  | 'reader-find'
  | 'entities'
  | 'entities-filter'
  | 'mentions'
  | 'search'
  | 'search-results'
  | 'errors'
  | 'help'

/** What a key does. */
export type Action =
  | 'quit'
  | 'help'
  | 'back'
  | 'close-help'
  | 'up'
  | 'down'
  | 'page-up'
  | 'page-down'
  | 'first'
  | 'last'
  | 'open'
  | 'filter'
  | 'sort'
  | 'reverse'
  | 'search'
  | 'entities'
  | 'errors'
  | 'find'
  | 'next-match'
  | 'previous-match'
  | 'next-mark'
  | 'previous-mark'
  | 'diagnostics'
  | 'next-tab'
  | 'previous-tab'
  | 'tab-1'
  | 'tab-2'
  | 'tab-3'
  | 'tab-4'
  | 'tab-5'
  | 'tab-6'
  | 'tab-7'
  | 'type'
  | 'delete'
  | 'clear'
  | 'accept'
  | 'cancel'
  | 'results'
  | 'edit-query'

/** When a binding works; without one it always does. */
export type Condition = 'can-go-back' | 'has-load-errors'

/** One binding. */
export interface KeyBinding {
  /** Key names (see `keyName`); `text` stands for any printable character. */
  readonly keys: readonly string[]
  /** The action triggered. */
  readonly action: Action
  /** What it does, for the help overlay and the docs. */
  readonly description: string
  /** A short label for the status line; bindings without one are listed in the help only. */
  readonly hint?: string
  /** When the binding works (default: always). */
  readonly when?: Condition
}

/** The bindings of one context. */
export interface KeymapSection {
  /** Which context. */
  readonly context: KeyContext
  /** Its name for people. */
  readonly title: string
  /** Whether printable characters are typed as text here (the global keys then do not apply). */
  readonly typing: boolean
  /** The bindings, most used first. */
  readonly bindings: readonly KeyBinding[]
}

const moveList = (noun: string): KeyBinding[] => [
  { keys: ['down', 'j'], action: 'down', description: `next ${noun}` },
  { keys: ['up', 'k'], action: 'up', description: `previous ${noun}` },
  { keys: ['pgdn', 'space', 'ctrl-d'], action: 'page-down', description: 'one page down' },
  { keys: ['pgup', 'b', 'ctrl-u'], action: 'page-up', description: 'one page up' },
  { keys: ['g', 'home'], action: 'first', description: `first ${noun}` },
  { keys: ['G', 'end'], action: 'last', description: `last ${noun}` },
]

const textField = (what: string, accept: string): KeyBinding[] => [
  { keys: ['text'], action: 'type', description: `type the ${what}` },
  { keys: ['enter'], action: 'accept', description: accept, hint: `Enter ${accept}` },
  { keys: ['esc'], action: 'cancel', description: `clear the ${what} and stop typing`, hint: 'Esc cancel' },
  { keys: ['backspace'], action: 'delete', description: 'delete the last character' },
  { keys: ['ctrl-u'], action: 'clear', description: `clear the ${what}` },
]

/** Every binding, by context. */
export const keymap: readonly KeymapSection[] = [
  {
    context: 'global',
    title: 'Everywhere',
    typing: false,
    bindings: [
      { keys: ['?'], action: 'help', description: 'show the keys of this screen', hint: '? help' },
      {
        keys: ['esc', 'backspace'],
        action: 'back',
        description: 'back to the previous screen',
        hint: 'Esc back',
        when: 'can-go-back',
      },
      { keys: ['q', 'ctrl-c'], action: 'quit', description: 'quit', hint: 'q quit' },
    ],
  },
  {
    context: 'list',
    title: 'Articles',
    typing: false,
    bindings: [
      ...moveList('article'),
      { keys: ['enter'], action: 'open', description: 'read the article', hint: 'Enter read' },
      { keys: ['/'], action: 'search', description: 'search the whole corpus', hint: '/ search' },
      {
        keys: ['e'],
        action: 'entities',
        description: 'people, bodies, places, money, dates, quotes',
        hint: 'e entities',
      },
      {
        keys: ['f'],
        action: 'filter',
        description: 'filter by title, id, date, or a person, body or place named',
        hint: 'f filter',
      },
      { keys: ['s'], action: 'sort', description: 'sort by id, date, title, then words', hint: 's sort' },
      { keys: ['r'], action: 'reverse', description: 'reverse the order' },
      {
        keys: ['!'],
        action: 'errors',
        description: 'files that could not be loaded',
        hint: '! load errors',
        when: 'has-load-errors',
      },
    ],
  },
  {
    context: 'list-filter',
    title: 'Filtering articles',
    typing: true,
    bindings: textField('filter', 'keep'),
  },
  {
    context: 'reader',
    title: 'Reader',
    typing: false,
    bindings: [
      { keys: ['down', 'j'], action: 'down', description: 'scroll down a line', hint: 'j/k scroll' },
      { keys: ['up', 'k'], action: 'up', description: 'scroll up a line' },
      { keys: ['space', 'pgdn', 'ctrl-d'], action: 'page-down', description: 'one page down' },
      { keys: ['pgup', 'b', 'ctrl-u'], action: 'page-up', description: 'one page up' },
      { keys: ['g', 'home'], action: 'first', description: 'top of the article' },
      { keys: ['G', 'end'], action: 'last', description: 'end of the article' },
      { keys: ['/'], action: 'find', description: 'find text in this article', hint: '/ find' },
      { keys: ['n'], action: 'next-match', description: 'next match' },
      { keys: ['N'], action: 'previous-match', description: 'previous match' },
      {
        keys: ['tab'],
        action: 'next-mark',
        description: 'select the next highlight in view',
        hint: 'Tab select',
      },
      { keys: ['shift-tab'], action: 'previous-mark', description: 'select the previous highlight in view' },
      {
        keys: ['enter'],
        action: 'open',
        description: 'every mention of the selected highlight, across the corpus',
        hint: 'Enter mentions',
      },
      {
        keys: ['d'],
        action: 'diagnostics',
        description: 'show or hide the problems found in the text',
        hint: 'd problems',
      },
    ],
  },
  {
    context: 'reader-find',
    title: 'Finding in the article',
    typing: true,
    bindings: textField('text to find', 'find'),
  },
  {
    context: 'entities',
    title: 'Entities',
    typing: false,
    bindings: [
      ...moveList('row'),
      { keys: ['enter'], action: 'open', description: 'every mention, in context', hint: 'Enter mentions' },
      { keys: ['tab', 'right', 'l'], action: 'next-tab', description: 'next tab', hint: 'Tab next tab' },
      { keys: ['shift-tab', 'left', 'h'], action: 'previous-tab', description: 'previous tab' },
      { keys: ['1'], action: 'tab-1', description: 'people' },
      { keys: ['2'], action: 'tab-2', description: 'organizations' },
      { keys: ['3'], action: 'tab-3', description: 'places' },
      { keys: ['4'], action: 'tab-4', description: 'money' },
      { keys: ['5'], action: 'tab-5', description: 'dates' },
      { keys: ['6'], action: 'tab-6', description: 'quoted terms' },
      { keys: ['7'], action: 'tab-7', description: 'speech' },
      { keys: ['f'], action: 'filter', description: 'filter the rows by name', hint: 'f filter' },
      { keys: ['s'], action: 'sort', description: 'sort by mentions or by name', hint: 's sort' },
    ],
  },
  {
    context: 'entities-filter',
    title: 'Filtering entities',
    typing: true,
    bindings: textField('filter', 'keep'),
  },
  {
    context: 'mentions',
    title: 'Mentions',
    typing: false,
    bindings: [
      ...moveList('mention'),
      {
        keys: ['enter'],
        action: 'open',
        description: 'read the article at this sentence',
        hint: 'Enter read',
      },
    ],
  },
  {
    context: 'search',
    title: 'Search (typing)',
    typing: true,
    bindings: [
      { keys: ['text'], action: 'type', description: 'type the query; results follow as you type' },
      { keys: ['down', 'ctrl-n'], action: 'down', description: 'next match', hint: '↑↓ move' },
      { keys: ['up', 'ctrl-p'], action: 'up', description: 'previous match' },
      {
        keys: ['enter'],
        action: 'open',
        description: 'read the article at the selected match',
        hint: 'Enter read',
      },
      {
        keys: ['tab'],
        action: 'results',
        description: 'move to the results (j/k, ?, q work there)',
        hint: 'Tab results',
      },
      { keys: ['backspace'], action: 'delete', description: 'delete the last character' },
      { keys: ['ctrl-u'], action: 'clear', description: 'clear the query' },
      { keys: ['esc'], action: 'back', description: 'back to the previous screen', hint: 'Esc back' },
    ],
  },
  {
    context: 'search-results',
    title: 'Search results',
    typing: false,
    bindings: [
      ...moveList('match'),
      {
        keys: ['enter'],
        action: 'open',
        description: 'read the article at the selected match',
        hint: 'Enter read',
      },
      { keys: ['/', 'tab'], action: 'edit-query', description: 'edit the query', hint: '/ edit query' },
    ],
  },
  {
    context: 'errors',
    title: 'Load errors',
    typing: false,
    bindings: [
      { keys: ['down', 'j'], action: 'down', description: 'scroll down', hint: 'j/k scroll' },
      { keys: ['up', 'k'], action: 'up', description: 'scroll up' },
      { keys: ['pgdn', 'space'], action: 'page-down', description: 'one page down' },
      { keys: ['pgup', 'b'], action: 'page-up', description: 'one page up' },
    ],
  },
  {
    context: 'help',
    title: 'Help',
    typing: false,
    bindings: [
      { keys: ['down', 'j'], action: 'down', description: 'scroll down' },
      { keys: ['up', 'k'], action: 'up', description: 'scroll up' },
      {
        keys: ['?', 'esc', 'q', 'enter'],
        action: 'close-help',
        description: 'close the help',
        hint: 'Esc close',
      },
    ],
  },
]

const sections = new Map(keymap.map((section) => [section.context, section]))

/** The section of `context`. */
export function keymapSection(context: KeyContext): KeymapSection {
  return sections.get(context)!
}

/**
 * The bindings that work in `context` when the conditions in `holds` hold: the context's own first, then
 * (outside text fields and the help) the global ones. A key bound in both does what the context says.
 */
export function activeBindings(context: KeyContext, holds: ReadonlySet<Condition>): KeyBinding[] {
  const own = keymapSection(context)
  const global = own.typing || context === 'help' ? [] : keymapSection('global').bindings
  const taken = new Set<string>()
  const result: KeyBinding[] = []
  for (const binding of [...own.bindings, ...global]) {
    if (binding.when && !holds.has(binding.when)) continue
    const keys = binding.keys.filter((key) => !taken.has(key))
    if (keys.length === 0) continue
    for (const key of keys) taken.add(key)
    result.push(keys.length === binding.keys.length ? binding : { ...binding, keys })
  }
  // Ctrl+C always quits, even in a text field.
  if (own.typing) result.push({ keys: ['ctrl-c'], action: 'quit', description: 'quit' })
  return result
}

/** The action of the key `name` in `context`, if any; printable text in a text field is `type`. */
export function actionFor(
  context: KeyContext,
  name: string,
  holds: ReadonlySet<Condition>,
): Action | undefined {
  const bindings = activeBindings(context, holds)
  const bound = bindings.find((binding) => binding.keys.includes(name))
  if (bound) return bound.action
  const typing = keymapSection(context).typing
  if (typing && (name === 'space' || ([...name].length === 1 && !/\p{Cc}/u.test(name)))) return 'type'
  return undefined
}

/** The keys of a binding as people read them: `↓ j`. */
export function keysLabel(binding: KeyBinding): string {
  return binding.keys.map(keyLabel).join(' ')
}
