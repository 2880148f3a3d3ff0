/**
 * Key names: what Ink reports for a key press, turned into one short name (`j`, `down`, `enter`,
 * `shift-tab`, `ctrl-c`) that the keymap can list and a person can read.
 */
import type { Key } from 'ink'

/** Ink's key flags, as far as key names need them. */
export type KeyFlags = Pick<
  Key,
  | 'upArrow'
  | 'downArrow'
  | 'leftArrow'
  | 'rightArrow'
  | 'pageUp'
  | 'pageDown'
  | 'home'
  | 'end'
  | 'return'
  | 'escape'
  | 'ctrl'
  | 'shift'
  | 'tab'
  | 'backspace'
  | 'delete'
>

const arrows: readonly [keyof KeyFlags, string][] = [
  ['upArrow', 'up'],
  ['downArrow', 'down'],
  ['leftArrow', 'left'],
  ['rightArrow', 'right'],
  ['pageUp', 'pgup'],
  ['pageDown', 'pgdn'],
  ['home', 'home'],
  ['end', 'end'],
  ['return', 'enter'],
]

/**
 * The name of a key press, or `undefined` for a paste of several characters (which only a text field
 * takes, as text).
 */
export function keyName(input: string, key: Readonly<KeyFlags>): string | undefined {
  for (const [flag, name] of arrows) if (key[flag]) return name
  if (key.tab) return key.shift ? 'shift-tab' : 'tab'
  // Most terminals send DEL (0x7f) for the Backspace key, which Ink reports as `delete`.
  if (key.backspace || key.delete) return 'backspace'
  if (key.escape) return 'esc'
  if (key.ctrl && /^[a-z]$/.test(input)) return `ctrl-${input}`
  if (input === ' ') return 'space'
  if ([...input].length === 1) return input
  return undefined
}

const labels: Readonly<Record<string, string>> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  pgup: 'PgUp',
  pgdn: 'PgDn',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
  esc: 'Esc',
  tab: 'Tab',
  'shift-tab': 'Shift+Tab',
  backspace: 'Backspace',
  space: 'Space',
  text: 'any text',
}

/** How a key name is shown to people: `down` as `↓`, `ctrl-c` as `Ctrl+C`. */
export function keyLabel(name: string): string {
  const label = labels[name]
  if (label) return label
  if (name.startsWith('ctrl-')) return `Ctrl+${name.slice(5).toUpperCase()}`
  return name
}

/** A key press for the browser: its name (none for text that is not a key) and the text typed. */
export interface Press {
  /** Key name (see `keyName`). */
  readonly name?: string
  /** The text typed. */
  readonly text: string
}

/**
 * The key presses in one read from the terminal: Ink hands several characters typed quickly (or pasted)
 * over as one string, which is taken one character at a time, so `jjj` scrolls three lines.
 */
export function keyPresses(input: string, key: Readonly<KeyFlags>): Press[] {
  const name = keyName(input, key)
  if (name !== undefined || input === '') return name === undefined ? [] : [{ name, text: input }]
  return [...input].flatMap((char): Press[] => {
    if (char === '\r' || char === '\n') return [{ name: 'enter', text: '' }]
    if (char === ' ') return [{ name: 'space', text: ' ' }]
    if (char === '\t') return [{ name: 'tab', text: '' }]
    return /\p{Cc}/u.test(char) ? [] : [{ name: char, text: char }]
  })
}
