/**
 * Marking a match inside a line of terminal output: bold when colour is allowed, else in brackets, so the
 * match stays visible on a plain terminal, in a pipe and in a log file.
 */
import type { Io } from './io.js'
import { toTerminalText } from './terminal-text.js'

/** Whether `io` may use colour and bold: a terminal, and no `NO_COLOR` (https://no-color.org). */
export function canStyle(io: Io): boolean {
  return io.isTTY && !io.env.NO_COLOR
}

/** `text` with `range` marked; the text is made terminal-safe first, one character for one. */
export function highlight(
  text: string,
  range: { readonly start: number; readonly end: number },
  styled: boolean,
): string {
  const safe = toTerminalText(text)
  const [open, close] = styled ? ['\u001b[1m', '\u001b[22m'] : ['[', ']']
  return `${safe.slice(0, range.start)}${open}${safe.slice(range.start, range.end)}${close}${safe.slice(range.end)}`
}
