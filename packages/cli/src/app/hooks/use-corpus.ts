/**
 * `useCorpus`: the corpus the browser shows, loaded after the first frame is drawn, with progress.
 */
import { useEffect, useState } from 'react'
import type { AppData } from '../app-data.js'

/**
 * Where the browser's corpus comes from: one already loaded (and derived from, `createAppData`), or a loader
 * that reports progress. Only types are imported here, so the first frame never waits for the core.
 */
export type CorpusSource =
  | { readonly data: AppData }
  | {
      /** The folder, to show while loading. */
      readonly dir: string
      /** Load the corpus, calling `onProgress` after each file. */
      readonly load: (onProgress: (done: number, total: number) => void) => Promise<AppData>
    }

/** Where loading is. */
export type CorpusState =
  | { readonly status: 'loading'; readonly done: number; readonly total: number }
  | { readonly status: 'ready'; readonly data: AppData }
  | { readonly status: 'failed'; readonly message: string }

// Redrawing for every file of a large corpus would cost more than loading it; a few times a second is enough.
const progressInterval = 80

/** Load `source` (once) and follow the loading. */
export function useCorpus(source: CorpusSource): CorpusState {
  const [state, setState] = useState<CorpusState>(() =>
    'data' in source ? { status: 'ready', data: source.data } : { status: 'loading', done: 0, total: 0 },
  )
  useEffect(() => {
    if ('data' in source) return
    let live = true
    let shown = 0
    source
      .load((done, total) => {
        // Quitting while a large corpus loads stops the loading: throwing here makes loadCorpus give up.
        if (!live) throw new Error('The browser was closed while the corpus was loading')
        const now = Date.now()
        if (live && (now - shown >= progressInterval || done === total)) {
          shown = now
          setState({ status: 'loading', done, total })
        }
      })
      .then(
        (data) => live && setState({ status: 'ready', data }),
        (error: unknown) =>
          live &&
          setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
      )
    return () => {
      live = false
    }
  }, [source])
  return state
}
