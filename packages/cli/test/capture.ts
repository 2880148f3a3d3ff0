import { fileURLToPath } from 'node:url'
import type { Io } from '../src/lib/io.js'

/** The repository's bundled corpus. */
export const corpusDir = fileURLToPath(new URL('../../../corpus', import.meta.url))

/** An Io that records what a command writes. */
export function captureIo(
  overrides: Partial<Io> = {},
): Io & { readonly stdout: () => string; readonly stderr: () => string } {
  let stdout = ''
  let stderr = ''
  return {
    out: (text) => {
      stdout += text
    },
    err: (text) => {
      stderr += text
    },
    isTTY: false,
    columns: 100,
    env: {},
    cwd: process.cwd(),
    ...overrides,
    stdout: () => stdout,
    stderr: () => stderr,
  }
}
