/**
 * A corpus: articles in a stable order, looked up by id, with the files that could not be loaded.
 */
import { describe } from './describe.js'
import type { Article } from './model.js'

/** Why a file was not loaded. */
export type CorpusErrorCode =
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'invalid-utf8'
  | 'too-large'
  | 'duplicate-id'
  | 'parse-failed'

/** A file of the corpus that could not be loaded, and why. */
export interface CorpusError {
  /** Path of the file. */
  readonly path: string
  /** What kind of problem it is. */
  readonly code: CorpusErrorCode
  /** A sentence saying what is wrong, for people. */
  readonly reason: string
}

/** A set of articles. */
export interface Corpus {
  /** Articles in a stable order: by id, compared by code unit. */
  readonly articles: readonly Article[]
  /** Files that could not be loaded; every other article is in `articles`. */
  readonly errors: readonly CorpusError[]
  /** The article with this id, if any. */
  get(id: string): Article | undefined
}

/**
 * Make a corpus of `articles` (sorted by id; a second article with an id already seen becomes an error).
 */
export function createCorpus(articles: Iterable<Article>, errors: Iterable<CorpusError> = []): Corpus {
  if (!articles || typeof (articles as Iterable<Article>)[Symbol.iterator] !== 'function') {
    throw new TypeError(
      `createCorpus(articles): expected \`articles\` to be an iterable of articles, got ${describe(articles)}`,
    )
  }
  const byId = new Map<string, Article>()
  const problems = [...errors]
  for (const article of articles) {
    if (byId.has(article.id)) {
      problems.push({
        path: article.file ?? article.id,
        code: 'duplicate-id',
        reason: `Unexpected second article with id "${article.id}": ids come from file names and must be unique`,
      })
      continue
    }
    byId.set(article.id, article)
  }
  const sorted = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return {
    articles: sorted,
    errors: problems,
    get(id) {
      return byId.get(id)
    },
  }
}
