/**
 * `usePrepared`: build something slow (an index) just after the frame that says it is being built, so a
 * large corpus shows "Indexing…" instead of freezing on the key that asked for it.
 */
import { useEffect, useState } from 'react'

/** Whether the thing is ready; while it is not, it is built on the next turn and the screen drawn again. */
export function usePrepared(isReady: () => boolean, prepare: () => void): boolean {
  const [ready, setReady] = useState(isReady)
  useEffect(() => {
    if (ready) return
    const timer = setTimeout(() => {
      prepare()
      setReady(true)
    }, 0)
    return () => clearTimeout(timer)
  }, [ready, prepare])
  return ready
}
