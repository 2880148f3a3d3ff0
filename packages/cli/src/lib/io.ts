/**
 * Where a command writes, so tests can capture it.
 */

/** Output streams and terminal facts for a command. */
export interface Io {
  /** Write to standard output. */
  readonly out: (text: string) => void
  /** Write to standard error. */
  readonly err: (text: string) => void
  /** Whether standard output is an interactive terminal. */
  readonly isTTY: boolean
  /** Width of the terminal in columns (`$COLUMNS` or unlimited when not a terminal). */
  readonly columns: number
  /** Environment variables. */
  readonly env: Readonly<Record<string, string | undefined>>
  /** Folder relative paths are resolved against. */
  readonly cwd: string
}

/** The process's own streams. */
export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.isTTY
      ? process.stdout.columns || 80
      : Number(process.env.COLUMNS) || Number.POSITIVE_INFINITY,
    env: process.env,
    cwd: process.cwd(),
  }
}
