/**
 * What the screens derive from the corpus, computed once and remembered: the filtered and sorted article
 * list, the entity index, the rows of a tab, grouped mention lists, and the search index (built the first
 * time it is needed, since a large corpus takes a moment to index).
 */
import { type Article, type Corpus, createSearchIndex, type SearchIndex } from '@dalian-news/core'
import { listArticles } from './article-list.js'
import { buildEntityIndex, type EntityIndex, type EntityRow, filterRows } from './entity-index.js'
import { type Grouped, groupByArticle, type Place } from './grouped-list.js'
import type { EntitiesRoute, ListRoute } from './routes.js'
import { searchLimit } from './step.js'

/** The answer to a corpus search, as the search screen shows it. */
export interface SearchView {
  /** Every snippet of every result, in result order, each a place to open. */
  readonly places: readonly Place[]
  /** The places grouped by article. */
  readonly grouped: Grouped
  /** Score of each article shown. */
  readonly scores: ReadonlyMap<string, number>
  /** How many articles match in all. */
  readonly total: number
  /** How many are shown. */
  readonly shown: number
  /** What was odd about the query, for people. */
  readonly messages: readonly string[]
}

/** The corpus and everything derived from it. */
export interface AppData {
  /** The corpus. */
  readonly corpus: Corpus
  /** The article with `id`. */
  article(id: string): Article | undefined
  /** The articles the list shows for `route`. */
  articles(route: ListRoute): readonly Article[]
  /** Whether the entity index is built. */
  entitiesReady(): boolean
  /** Build the entity index now (it is built on first use otherwise). */
  prepareEntities(): void
  /** The entity index (built on first use). */
  entities(): EntityIndex
  /** The rows the entity browser shows for `route`. */
  entityRows(route: EntitiesRoute): readonly EntityRow[]
  /** Every mention of the row `key`, grouped by article. */
  mentions(key: string): { readonly row?: EntityRow; readonly grouped: Grouped }
  /** Whether the search index is built. */
  searchReady(): boolean
  /** Build the search index now (it is built on first search otherwise). */
  prepareSearch(): void
  /** Search the corpus for `query`. */
  search(query: string): SearchView
}

/** Derive everything the screens need from `corpus`, lazily. */
export function createAppData(corpus: Corpus): AppData {
  let listKey: string | undefined
  let list: readonly Article[] = []
  let entityIndex: EntityIndex | undefined
  let rowsKey: string | undefined
  let rows: readonly EntityRow[] = []
  const groupedMentions = new Map<string, Grouped>()
  let index: SearchIndex | undefined
  let lastQuery: string | undefined
  let lastSearch: SearchView | undefined

  const data: AppData = {
    corpus,
    article: (id) => corpus.get(id),
    articles(route) {
      const key = `${route.filter}\u0000${route.sort}\u0000${route.descending}`
      if (key !== listKey) {
        list = listArticles(corpus.articles, route)
        listKey = key
      }
      return list
    },
    entitiesReady: () => entityIndex !== undefined,
    prepareEntities() {
      entityIndex ??= buildEntityIndex(corpus.articles)
    },
    entities() {
      data.prepareEntities()
      return entityIndex!
    },
    entityRows(route) {
      const key = `${route.tab}\u0000${route.filter}\u0000${route.sort}`
      if (key !== rowsKey) {
        rows = filterRows(data.entities().rows(route.tab), route)
        rowsKey = key
      }
      return rows
    },
    mentions(key) {
      const row = data.entities().row(key)
      let grouped = groupedMentions.get(key)
      if (!grouped) {
        grouped = groupByArticle(row?.mentions ?? [])
        groupedMentions.set(key, grouped)
      }
      return row ? { row, grouped } : { grouped }
    },
    searchReady: () => index !== undefined,
    prepareSearch() {
      index ??= createSearchIndex(corpus.articles)
    },
    search(query) {
      if (query === lastQuery && lastSearch) return lastSearch
      data.prepareSearch()
      const response = index!.search(query, { limit: searchLimit, snippets: 3 })
      const places: Place[] = []
      const scores = new Map<string, number>()
      for (const result of response.results) {
        scores.set(result.id, result.score)
        if (result.snippets.length === 0) {
          const start = corpus.get(result.id)?.heading?.start ?? 0
          places.push({ articleId: result.id, start, end: start })
        }
        for (const snippet of result.snippets) {
          places.push({
            articleId: result.id,
            start: snippet.start,
            end: snippet.end,
            line: snippet.line,
            column: snippet.column,
          })
        }
      }
      lastQuery = query
      lastSearch = {
        places,
        grouped: groupByArticle(places),
        scores,
        total: response.total,
        shown: response.results.length,
        messages: response.messages,
      }
      return lastSearch
    },
  }
  return data
}
