/**
 * The corpus as the viewer holds it: articles rebuilt from `corpus.json` with core's `fromJSON`, the
 * corpus-wide entities, and lookups between them. The search index is built on the first search, so the
 * list shows before it exists.
 */
import {
  type Article,
  type CorpusEntity,
  corpusEntities,
  createSearchIndex,
  type Entity,
  fromJSON,
  type SearchIndex,
} from '@dalian-news/core'

/** The loaded corpus with its lookups. */
export interface CorpusData {
  /** Articles in corpus order. */
  readonly articles: readonly Article[]
  /** Article by id. */
  readonly articleById: ReadonlyMap<string, Article>
  /** People, bodies and places merged across articles, most mentioned first. */
  readonly entities: readonly CorpusEntity[]
  /** Corpus entity by id. */
  readonly entityById: ReadonlyMap<string, CorpusEntity>
  /** The corpus entity an article's entity belongs to. */
  corpusEntityOf(articleId: string, entityId: string): CorpusEntity | undefined
  /** The search index (built on first use). */
  searchIndex(): SearchIndex
  /** Files in `corpus.json` that could not be read, with the reason. */
  readonly errors: readonly string[]
}

/** Build the viewer's corpus from the parsed `corpus.json` (an array of `toJSON` articles). */
export function createCorpusData(data: unknown): CorpusData {
  if (!Array.isArray(data)) throw new TypeError('corpus.json: expected an array of articles from toJSON')
  const articles: Article[] = []
  const errors: string[] = []
  const seen = new Set<string>()
  data.forEach((item, index) => {
    try {
      const article = fromJSON(item)
      // Ids are permalinks: a second article with the same id could never be reached, so say so.
      if (seen.has(article.id)) errors.push(`article ${index}: duplicate id "${article.id}", left out`)
      else {
        seen.add(article.id)
        articles.push(article)
      }
    } catch (error) {
      errors.push(`article ${index}: ${error instanceof Error ? error.message : String(error)}`)
    }
  })
  return indexCorpus(articles, errors)
}

/** Lookups over `articles`. */
export function indexCorpus(articles: readonly Article[], errors: readonly string[] = []): CorpusData {
  const articleById = new Map(articles.map((article) => [article.id, article]))
  const entities = corpusEntities(articles)
  const entityById = new Map(entities.map((entity) => [entity.id, entity]))
  const owner = new Map<string, CorpusEntity>()
  for (const entity of entities) {
    for (const { articleId, entity: local } of entity.articles)
      owner.set(`${articleId}\u0000${local.id}`, entity)
  }
  let index: SearchIndex | undefined
  return {
    articles,
    articleById,
    entities,
    entityById,
    corpusEntityOf: (articleId, entityId) => owner.get(`${articleId}\u0000${entityId}`),
    searchIndex: () => {
      index ??= createSearchIndex(articles)
      return index
    },
    errors,
  }
}

/**
 * The article's entity that `id` names: an entity id of the article itself, or the id of a corpus entity
 * that appears in it.
 */
export function resolveEntity(
  article: Article,
  id: string | undefined,
  corpus: CorpusData | undefined,
): Entity | undefined {
  if (id === undefined) return undefined
  const own = article.entities.find((entity) => entity.id === id)
  if (own) return own
  return corpus?.entityById.get(id)?.articles.find((item) => item.articleId === article.id)?.entity
}
