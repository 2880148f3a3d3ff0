/**
 * `useTerminalSize`: the terminal's columns and rows, updated when it is resized.
 */
import { useStdout } from 'ink'
import { useEffect, useState } from 'react'

/** A terminal size. */
export interface TerminalSize {
  /** Columns. */
  readonly columns: number
  /** Rows. */
  readonly rows: number
}

/** The size of Ink's output stream (80×24 when it does not say), following resizes. */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout()
  const read = (): TerminalSize => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 })
  const [size, setSize] = useState(read)
  useEffect(() => {
    const onResize = () => {
      const next = read()
      setSize((current) => (current.columns === next.columns && current.rows === next.rows ? current : next))
    }
    stdout.on('resize', onResize)
    return () => {
      stdout.off('resize', onResize)
    }
  })
  return size
}
