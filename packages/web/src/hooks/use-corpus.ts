/**
 * Loading `corpus.json` next to the page and rebuilding its articles.
 */
import { useEffect, useState } from 'preact/hooks'
import { type CorpusData, createCorpusData } from '../lib/corpus-data.js'

/** Where the corpus is in its loading. */
export type CorpusState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly corpus: CorpusData }
  | { readonly status: 'failed'; readonly reason: string }

/** Load the corpus at `url` (default `./corpus.json`) once. */
export function useCorpus(url = './corpus.json'): CorpusState {
  const [state, setState] = useState<CorpusState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    fetch(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`)
        return createCorpusData(await response.json())
      })
      .then(
        (corpus) => live && setState({ status: 'ready', corpus }),
        (error: unknown) =>
          live &&
          setState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) }),
      )
    return () => {
      live = false
    }
  }, [url])
  return state
}
