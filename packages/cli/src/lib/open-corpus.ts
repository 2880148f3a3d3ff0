/**
 * Loading the corpus a command works on, and telling the user about files that could not be loaded.
 */
import { type Corpus, loadCorpus } from '@dalian-news/core/node'
import type { Io } from './io.js'
import { resolveCorpusDir } from './resolve-corpus.js'
import { toTerminalText } from './terminal-text.js'

/** A corpus and the folder it was read from. */
export interface OpenedCorpus {
  /** The articles and load errors. */
  readonly corpus: Corpus
  /** Absolute path of the folder. */
  readonly dir: string
}

/** Load the corpus named by `--corpus` (or the default) and report its load errors on standard error. */
export async function openCorpus(flag: string | undefined, io: Io): Promise<OpenedCorpus> {
  const dir = resolveCorpusDir(flag, io.env, io.cwd)
  const corpus = await loadCorpus(dir)
  for (const error of corpus.errors) {
    io.err(
      `warning: skipped ${toTerminalText(error.path)}: ${toTerminalText(error.reason)} (${error.code})\n`,
    )
  }
  return { corpus, dir }
}
