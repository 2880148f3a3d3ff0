/**
 * Saving and loading a search index. The JSON holds MiniSearch's own index (the costly part to build),
 * the vocabulary and the settings, plus each article's id and text length — not the articles, which the
 * caller already has and passes back in, so a saved index is checked against them before use.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch'
import { describe } from '../describe.js'
import type { Article } from '../model.js'
import { createEntityLookup } from './entity-lookup.js'
import { type IndexedArticle, type IndexState, miniSearchOptions } from './index-state.js'
import { createTermProcessor } from './terms.js'

/** Value of `format` in a saved search index. */
export const searchIndexFormat = 'dalian-news/search-index'
/** Version of the saved form this code reads and writes. */
export const searchIndexFormatVersion = 2

/** The JSON form of a search index (`index.toJSON()`). */
export interface SerialisedSearchIndex {
  /** Always `'dalian-news/search-index'`. */
  readonly format: typeof searchIndexFormat
  /** Version of this form. */
  readonly version: typeof searchIndexFormatVersion
  /** How much a title match counts against a body match. */
  readonly titleBoost: number
  /** The stopwords left out of the index, sorted. */
  readonly stopwords: readonly string[]
  /** Each indexed article as `[id, text length, text checksum]`, in index order. */
  readonly articles: readonly (readonly [id: string, length: number, checksum: string])[]
  /** Every indexed word, normalised and sorted (for search-as-you-type). */
  readonly vocabulary: readonly string[]
  /** The stem of each word of `vocabulary`, at the same position. */
  readonly stems: readonly string[]
  /** MiniSearch's own serialised index. */
  readonly index: AsPlainObject
}

/**
 * FNV-1a (32 bits) of `text`, as 8 hex digits: cheap, and enough to tell that an article was edited since
 * its index was saved (an edit that keeps the length would otherwise load silently, with wrong offsets).
 */
export function textChecksum(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

const rebuild = 'rebuild it with createSearchIndex(articles) and save index.toJSON() again'

/** The JSON form of `state`. */
export function serialiseState(state: IndexState): SerialisedSearchIndex {
  return {
    format: searchIndexFormat,
    version: searchIndexFormatVersion,
    titleBoost: state.titleBoost,
    stopwords: [...state.processor.stopwords].sort(),
    articles: state.articles.map(
      (article) => [article.id, article.text.length, textChecksum(article.text)] as const,
    ),
    vocabulary: state.vocabulary,
    stems: state.stems,
    index: state.miniSearch.toJSON(),
  }
}

/** Restore a state from `json` for `articles`; throws a `TypeError` saying what is wrong and how to fix it. */
export function restoreState(json: unknown, articles: readonly Article[]): IndexState {
  const value = record(typeof json === 'string' ? parse(json) : json, 'json')
  if (value.format !== searchIndexFormat) {
    fail(
      `expected \`json.format\` to be "${searchIndexFormat}", got ${describe(value.format)}: pass what index.toJSON() returned`,
    )
  }
  if (value.version !== searchIndexFormatVersion) {
    fail(
      `the index was saved in format version ${describe(value.version)}, but this version of @dalian-news/core reads version ${searchIndexFormatVersion}; ${rebuild}`,
    )
  }
  const titleBoost = value.titleBoost
  if (typeof titleBoost !== 'number' || !(titleBoost > 0))
    field('titleBoost', 'a positive number', titleBoost)
  const stopwords = strings(value.stopwords, 'stopwords')
  const vocabulary = strings(value.vocabulary, 'vocabulary')
  const stems = strings(value.stems, 'stems')
  if (stems.length !== vocabulary.length) field('stems', `${vocabulary.length} stems, one per word`, stems)
  const saved = list(value.articles, 'articles')
  const index = record(value.index, 'json.index')

  if (!Array.isArray(articles)) {
    throw new TypeError(
      `loadSearchIndex(json, articles): expected \`articles\` to be the array of articles the index was built from, got ${describe(articles)}`,
    )
  }
  const byId = new Map(articles.map((article) => [article?.id, article]))
  const ordered = saved.map((entry, position) => {
    if (
      !Array.isArray(entry) ||
      typeof entry[0] !== 'string' ||
      typeof entry[1] !== 'number' ||
      typeof entry[2] !== 'string'
    ) {
      return field(`articles[${position}]`, 'an [id, length, checksum] triple', entry)
    }
    const article = byId.get(entry[0])
    if (!article) {
      fail(
        `the index has article "${entry[0]}", which is not among the articles given; pass the articles it was built from, or ${rebuild}`,
      )
    }
    if (article.text.length !== entry[1] || textChecksum(article.text) !== entry[2]) {
      fail(
        `article "${entry[0]}" has changed since the index was built (${entry[1]} characters then, ${article.text.length} now${article.text.length === entry[1] ? ', same length but other text' : ''}); ${rebuild}`,
      )
    }
    return article
  })
  if (ordered.length !== articles.length) {
    const known = new Set(saved.map((entry) => (entry as [string])[0]))
    const extra = articles.find((article) => !known.has(article.id))
    fail(
      extra
        ? `article "${extra.id}" is not in the index (it has ${ordered.length} articles, ${articles.length} were given); ${rebuild}`
        : `the ${articles.length} articles given repeat ids (the index has ${ordered.length}); pass each article once`,
    )
  }

  const processor = createTermProcessor(new Set(stopwords))
  let miniSearch: MiniSearch<IndexedArticle>
  try {
    miniSearch = MiniSearch.loadJS(
      index as unknown as AsPlainObject,
      miniSearchOptions(processor, titleBoost),
    )
  } catch (error) {
    return fail(`\`json.index\` is damaged (${(error as Error).message}); ${rebuild}`)
  }
  if (miniSearch.documentCount !== ordered.length) {
    fail(
      `\`json.index\` holds ${miniSearch.documentCount} articles but \`json.articles\` lists ${ordered.length}; ${rebuild}`,
    )
  }
  return {
    articles: ordered,
    miniSearch,
    processor,
    vocabulary,
    stems,
    terms: new Set(stems),
    titleBoost,
    entities: createEntityLookup(ordered),
  }
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json)
  } catch (error) {
    return fail(
      `\`json\` is not valid JSON (${(error as Error).message}); pass the string JSON.stringify(index) wrote, or ${rebuild}`,
    )
  }
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail(`expected \`${path}\` to be an object (what index.toJSON() returns), got ${describe(value)}`)
  }
  return value as Record<string, unknown>
}

function list(value: unknown, name: string): unknown[] {
  if (!Array.isArray(value)) field(name, 'an array', value)
  return value as unknown[]
}

function strings(value: unknown, name: string): string[] {
  const items = list(value, name)
  if (!items.every((item) => typeof item === 'string')) field(name, 'an array of strings', value)
  return items as string[]
}

function field(name: string, expected: string, actual: unknown): never {
  return fail(`expected \`json.${name}\` to be ${expected}, got ${describe(actual)}; ${rebuild}`)
}

function fail(reason: string): never {
  throw new TypeError(`loadSearchIndex(json, articles): ${reason}`)
}
