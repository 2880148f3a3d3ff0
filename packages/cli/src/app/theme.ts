/**
 * How highlights look: a colour per kind of mark, and, without colour (`NO_COLOR`, `--no-color`), a pair
 * of brackets per kind so the kinds stay apart in plain text.
 */

/** Kinds of highlight in the reader and in keyword-in-context lines. */
export type MarkKind =
  | 'person'
  | 'organization'
  | 'place'
  | 'money'
  | 'date'
  | 'quote'
  | 'problem'
  | 'match'
  | 'focus'

/** Ink text styles. */
export interface TextStyle {
  /** Foreground colour. */
  readonly color?: string
  /** Background colour. */
  readonly backgroundColor?: string
  /** Bold text. */
  readonly bold?: boolean
  /** Italic text. */
  readonly italic?: boolean
  /** Underlined text. */
  readonly underline?: boolean
  /** Swapped foreground and background. */
  readonly inverse?: boolean
}

/** How one kind of mark looks. */
export interface MarkStyle {
  /** Its name in the legend. */
  readonly label: string
  /** Style with colour. */
  readonly colour: TextStyle
  /** Style without colour (bold, underline and inverse are not colour, but may also be unavailable). */
  readonly plain: TextStyle
  /** Text before the mark when there is no colour. */
  readonly open: string
  /** Text after the mark when there is no colour. */
  readonly close: string
}

/** The look of each kind of mark. */
export const markStyles: Readonly<Record<MarkKind, MarkStyle>> = {
  person: {
    label: 'person',
    colour: { color: 'cyan', bold: true },
    plain: { bold: true },
    open: '[',
    close: ']',
  },
  organization: { label: 'organization', colour: { color: 'magenta' }, plain: {}, open: '{', close: '}' },
  place: { label: 'place', colour: { color: 'green' }, plain: {}, open: '<', close: '>' },
  money: { label: 'money', colour: { color: 'yellow', bold: true }, plain: {}, open: '|', close: '|' },
  date: { label: 'date', colour: { color: 'blue' }, plain: {}, open: '#', close: '#' },
  quote: {
    label: 'quoted term',
    colour: { italic: true, color: 'gray' },
    plain: { italic: true },
    open: '~',
    close: '~',
  },
  problem: {
    label: 'problem',
    colour: { color: 'red', underline: true },
    plain: { underline: true },
    open: '!',
    close: '!',
  },
  match: {
    label: 'match',
    colour: { backgroundColor: 'yellow', color: 'black' },
    plain: {},
    open: '*',
    close: '*',
  },
  focus: { label: 'selected', colour: { inverse: true }, plain: { inverse: true }, open: '»', close: '«' },
}

/** The kinds a legend explains, in order. */
export const legendKinds: readonly MarkKind[] = ['person', 'organization', 'place', 'money', 'date', 'quote']

/** Styles that do not depend on marks. */
export const uiStyles = {
  /** The screen's title bar. */
  title: { bold: true },
  /** The selected row of a list. */
  selected: { inverse: true },
  /** The status line. */
  status: { inverse: true },
  /** Secondary text: counts, ids, hints. */
  dim: { dimColor: true },
  /** A warning banner. */
  warning: { color: 'yellow', bold: true },
} as const

/** The combined Ink style of text under several marks (later kinds win where they clash). */
export function styleOf(kinds: readonly MarkKind[], colour: boolean): TextStyle {
  let style: TextStyle = {}
  for (const kind of kinds)
    style = { ...style, ...(colour ? markStyles[kind].colour : markStyles[kind].plain) }
  return style
}
