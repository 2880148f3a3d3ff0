/**
 * Loading a plugin as it would run if it skipped no sentence: the kinds of words of every sentence
 * (`word-kinds.ts`) say every kind, spanning the whole sentence. Tests compare it with the real plugin.
 */
import type { Sentence } from 'nlcst'
import { vi } from 'vitest'

const wordKinds = '../../src/lib/plugins/word-kinds.js'

/** Run `load` (which imports a plugin module) with every sentence read whole, in a fresh module graph. */
export async function withEverySentenceRead<T>(load: () => Promise<T>): Promise<T> {
  vi.resetModules()
  vi.doMock(wordKinds, async (importOriginal) => ({
    ...(await importOriginal<object>()),
    sentenceKinds: () => -1,
    kindExtent: (sentence: Sentence) => ({
      start: sentence.position!.start.offset!,
      end: sentence.position!.end.offset!,
    }),
  }))
  try {
    return await load()
  } finally {
    vi.doUnmock(wordKinds)
    vi.resetModules()
  }
}
