/**
 * Keyword in context: one line per mention, the mention at a fixed column with as much of the text before
 * and after it as fits, white space collapsed, cut with `…` at word boundaries where possible.
 */
import { toTerminalText } from '../lib/terminal-text.js'
import { columns } from './wrap.js'

/** One keyword-in-context line, in three parts whose widths add up to at most the width asked for. */
export interface KwicLine {
  /** Text before the mention, padded on the left so the mention starts at the key column. */
  readonly left: string
  /** The mention itself. */
  readonly match: string
  /** Text after the mention. */
  readonly right: string
}

/** Where to lay a mention out. */
export interface KwicOptions {
  /** Columns of the whole line. */
  readonly width: number
  /** Column the mention starts at (default: two fifths of the width). */
  readonly keyColumn?: number
  /** Where the context may start (default: 0); use the paragraph's start so contexts stay in it. */
  readonly from?: number
  /** Where the context must end (default: the end of the text). */
  readonly to?: number
}

const shown = (text: string) => toTerminalText(text.replace(/\s+/g, ' '))

/** The last `width` columns of `text`, starting with `…` when cut (at a word start when one is near). */
export function takeEnd(text: string, width: number): string {
  if (columns(text) <= width) return text
  if (width <= 0) return ''
  const chars = [...text]
  let used = 1
  let index = chars.length
  while (index > 0 && used + columns(chars[index - 1]!) <= width) used += columns(chars[--index]!)
  let kept = chars.slice(index).join('')
  const space = kept.indexOf(' ')
  if (space !== -1 && space < 12 && space < kept.length - 1) kept = kept.slice(space + 1)
  return `…${kept}`
}

/** The first `width` columns of `text`, ending with `…` when cut (at a word end when one is near). */
export function takeStart(text: string, width: number): string {
  if (columns(text) <= width) return text
  if (width <= 0) return ''
  const chars = [...text]
  let used = 1
  let index = 0
  while (index < chars.length && used + columns(chars[index]!) <= width) used += columns(chars[index++]!)
  let kept = chars.slice(0, index).join('')
  const space = kept.lastIndexOf(' ')
  if (space > 0 && kept.length - space < 12) kept = kept.slice(0, space)
  return `${kept}…`
}

/** The mention from `start` to `end` of `text` in its context. */
export function kwicLine(text: string, start: number, end: number, options: KwicOptions): KwicLine {
  const width = Math.max(1, options.width)
  const key = Math.max(0, Math.min(options.keyColumn ?? Math.floor((width * 2) / 5), width - 1))
  const match = takeStart(shown(text.slice(start, end)).trim(), width - key)
  const before = shown(text.slice(options.from ?? 0, start)).trimStart()
  const after = shown(text.slice(end, options.to ?? text.length)).trimEnd()
  const left = takeEnd(before, key)
  const right = takeStart(after, Math.max(0, width - key - columns(match)))
  return { left: ' '.repeat(key - columns(left)) + left, match, right }
}
