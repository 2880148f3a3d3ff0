/**
 * The search index API: build an index over articles, search it, save it and load it back.
 *
 * ```ts
 * const index = createSearchIndex(corpus.articles)
 * index.search('person:"Li Wei" "free trade zone" invest').results
 * const saved = JSON.stringify(index) // later: loadSearchIndex(saved, corpus.articles)
 * ```
 */
import { englishStopwords } from '../analysis/stopwords.js'
import { describe } from '../describe.js'
import type { Article } from '../model.js'
import { buildState, type IndexState } from './index-state.js'
import { runSearch, type SearchOptions, type SearchResponse } from './run-search.js'
import { restoreState, type SerialisedSearchIndex, serialiseState } from './serialise-index.js'

/** Options for `createSearchIndex`. */
export interface SearchIndexOptions {
  /** Words left out of the index and of queries, compared in lower case (default: `englishStopwords`). */
  readonly stopwords?: Iterable<string>
  /** How much more a match in the title counts than one in the body (default 3). */
  readonly titleBoost?: number
}

/** A full-text index over articles. */
export interface SearchIndex {
  /** Number of articles indexed. */
  readonly size: number
  /** Find the articles matching `query` (never throws for a string; problems are `messages`). */
  search(query: string, options?: SearchOptions): SearchResponse
  /** Plain JSON to save; `loadSearchIndex(json, articles)` gives back an index with identical results. */
  toJSON(): SerialisedSearchIndex
}

/** Defaults of the search options. */
export const searchDefaults = { limit: 20, snippets: 3, snippetWidth: 120, titleBoost: 3 } as const

/** Index the titles and bodies of `articles` (ids must be unique). */
export function createSearchIndex(
  articles: readonly Article[],
  options: SearchIndexOptions = {},
): SearchIndex {
  const call = 'createSearchIndex(articles, options)'
  checkArticles(articles, call)
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`${call}: expected \`options\` to be an object, got ${describe(options)}`)
  }
  const titleBoost = options.titleBoost ?? searchDefaults.titleBoost
  if (typeof titleBoost !== 'number' || !Number.isFinite(titleBoost) || titleBoost <= 0) {
    throw new TypeError(
      `${call}: expected \`options.titleBoost\` to be a positive number, got ${describe(titleBoost)}`,
    )
  }
  const stopwords = options.stopwords ?? englishStopwords
  if (typeof stopwords !== 'object' || typeof stopwords[Symbol.iterator] !== 'function') {
    throw new TypeError(
      `${call}: expected \`options.stopwords\` to be an iterable of words, got ${describe(stopwords)}`,
    )
  }
  const words = new Set([...stopwords].map((word) => String(word).toLowerCase()))
  return openSearchIndex(buildState([...articles], words, titleBoost))
}

/**
 * Load an index saved with `index.toJSON()` (the object, or the string `JSON.stringify` made of it), for
 * the same `articles` it was built from, in any order. Throws a `TypeError` saying what is wrong (not
 * JSON, another format or version, other articles) and how to fix it: rebuild the index.
 */
export function loadSearchIndex(
  json: SerialisedSearchIndex | string,
  articles: readonly Article[],
): SearchIndex {
  return openSearchIndex(restoreState(json, articles))
}

function openSearchIndex(state: IndexState): SearchIndex {
  return {
    size: state.articles.length,
    search(query, options) {
      if (typeof query !== 'string') {
        throw new TypeError(`index.search(query): expected \`query\` to be a string, got ${describe(query)}`)
      }
      return runSearch(state, query, resolveOptions(options))
    },
    toJSON() {
      return serialiseState(state)
    },
  }
}

function resolveOptions(options: SearchOptions | undefined): Required<SearchOptions> {
  if (options === undefined) return searchDefaults
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `index.search(query, options): expected \`options\` to be an object, got ${describe(options)}`,
    )
  }
  const count = (name: keyof SearchOptions, min: number, infinite: boolean): number => {
    const value = options[name] ?? searchDefaults[name]
    if ((infinite && value === Number.POSITIVE_INFINITY) || (Number.isInteger(value) && value >= min))
      return value
    throw new TypeError(
      `index.search(query, options): expected \`options.${name}\` to be an integer of at least ${min}${infinite ? ' (or Infinity)' : ''}, got ${describe(value)}`,
    )
  }
  return {
    limit: count('limit', 0, true),
    snippets: count('snippets', 0, false),
    snippetWidth: count('snippetWidth', 1, false),
  }
}

function checkArticles(articles: readonly Article[], call: string): void {
  if (!Array.isArray(articles)) {
    throw new TypeError(
      `${call}: expected \`articles\` to be an array of articles, got ${describe(articles)}`,
    )
  }
  const ids = new Set<string>()
  articles.forEach((article, position) => {
    const ok =
      article !== null &&
      typeof article === 'object' &&
      typeof article.id === 'string' &&
      typeof article.text === 'string' &&
      typeof article.title === 'string' &&
      Array.isArray(article.paragraphs) &&
      Array.isArray(article.entities)
    if (!ok) {
      throw new TypeError(
        `${call}: expected \`articles[${position}]\` to be an article (from parseArticle or fromJSON), got ${describe(article)}`,
      )
    }
    if (ids.has(article.id)) {
      throw new TypeError(
        `${call}: \`articles[${position}]\` repeats the id "${article.id}"; ids must be unique (createCorpus drops repeats)`,
      )
    }
    ids.add(article.id)
  })
}
