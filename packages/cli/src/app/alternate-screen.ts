/**
 * The terminal's alternate screen: the browser draws there, and leaving it brings back what the shell
 * showed before, as `less` and `vim` do. Leaving is idempotent, so every way out (quit, crash, signal,
 * process exit) can call it.
 */

/** Switch to the alternate screen (saving the cursor) and clear it. */
export const enterSequence = '\u001B[?1049h\u001B[H\u001B[2J'

/** Show the cursor and switch back to the normal screen (restoring the cursor). */
export const leaveSequence = '\u001B[?25h\u001B[?1049l'

/** A stream the sequences are written to. */
export interface Writable {
  /** Write text. */
  write(text: string): unknown
}

/** Enter the alternate screen on `stream`; the function returned leaves it (once, however often called). */
export function enterAlternateScreen(stream: Writable): () => void {
  stream.write(enterSequence)
  let left = false
  return () => {
    if (left) return
    left = true
    stream.write(leaveSequence)
  }
}

/**
 * Whether colour should be used: not with `--no-color`, not when `NO_COLOR` is set to anything but an
 * empty string (https://no-color.org), and only when the terminal has colours.
 */
export function wantsColour(
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
  hasColours: boolean,
): boolean {
  if (flag === false) return false
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return hasColours
}
