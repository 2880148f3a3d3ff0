/**
 * Facets: the people, organizations and places of the articles in view, with how often they are mentioned,
 * so a click can narrow the list to the articles that mention one of them.
 */
import type { CorpusEntity, EntityType } from '@dalian-news/core'

/** A corpus entity counted over the articles in view. */
export interface Facet {
  /** The entity. */
  readonly entity: CorpusEntity
  /** Mentions in the articles in view. */
  readonly mentions: number
  /** Articles in view that mention it. */
  readonly articles: number
}

/** Facets by entity type, each list by mentions, then articles, then name. */
export type FacetGroups = Readonly<Record<EntityType, readonly Facet[]>>

/**
 * Count `entities` over the articles whose ids are in `inView` (every article when `undefined`). Generic
 * bodies ("the Municipal Government") are left out: they name a different body in every article.
 */
export function facetGroups(
  entities: readonly CorpusEntity[],
  inView: ReadonlySet<string> | undefined,
): FacetGroups {
  const groups: Record<EntityType, Facet[]> = { person: [], organization: [], place: [] }
  for (const entity of entities) {
    if (entity.generic) continue
    let mentions = 0
    let articles = 0
    for (const { articleId, entity: local } of entity.articles) {
      if (inView && !inView.has(articleId)) continue
      mentions += local.mentions.length
      articles++
    }
    if (articles > 0) groups[entity.type].push({ entity, mentions, articles })
  }
  for (const list of Object.values(groups)) {
    list.sort(
      (a, b) =>
        b.mentions - a.mentions ||
        b.articles - a.articles ||
        a.entity.name.localeCompare(b.entity.name, 'en'),
    )
  }
  return groups
}

/** Whether the corpus entity `entity` appears in the article `articleId`. */
export function mentionsEntity(entity: CorpusEntity, articleId: string): boolean {
  return entity.articles.some((item) => item.articleId === articleId)
}
