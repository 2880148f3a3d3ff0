/**
 * Entity filters: which articles mention a person, organization or place, found by its name or any
 * alias, case-insensitively. Built from the articles themselves (cheap), so it is never serialised.
 */
import type { Article, Entity, Mention } from '../model.js'
import type { EntityFilter } from './parse-query.js'

/** Answers entity filters for a list of articles. */
export interface EntityLookup {
  /** The articles with an entity matching `filter`: position in the list → mentions of it by name. */
  articlesWith(filter: EntityFilter): ReadonlyMap<number, number>
  /** The entities of `article` that match any of `filters`. */
  entitiesOf(article: Article, filters: readonly EntityFilter[]): Entity[]
}

/** The form names are compared in: lower case, one space, curly apostrophes straight, no leading "the". */
export function entityKey(name: string): string {
  return name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /, '')
}

/** Index the entities of `articles` by type and every name and alias. */
export function createEntityLookup(articles: readonly Article[]): EntityLookup {
  const byKey = new Map<string, Map<number, number>>()
  const none: ReadonlyMap<number, number> = new Map()
  articles.forEach((article, position) => {
    for (const entity of article.entities) {
      const mentions = entity.mentions.filter((mention) => !mention.pronoun).length
      const keys = new Set(
        [entity.name, ...entity.aliases].map((name) => `${entity.type}:${entityKey(name)}`),
      )
      for (const key of keys) {
        const counts = byKey.get(key) ?? new Map<number, number>()
        byKey.set(key, counts)
        counts.set(position, (counts.get(position) ?? 0) + mentions)
      }
    }
  })
  return {
    articlesWith(filter) {
      return byKey.get(`${filter.type}:${entityKey(filter.value)}`) ?? none
    },
    entitiesOf(article, filters) {
      const wanted = new Set(filters.map((filter) => `${filter.type}:${entityKey(filter.value)}`))
      return article.entities.filter((entity) =>
        [entity.name, ...entity.aliases].some((name) => wanted.has(`${entity.type}:${entityKey(name)}`)),
      )
    },
  }
}

/** The mentions of `entities` that name them (pronouns left out), in text order. */
export function namedMentions(entities: readonly Entity[]): Mention[] {
  return entities
    .flatMap((entity) => entity.mentions.filter((mention) => !mention.pronoun))
    .sort((a, b) => a.start - b.start || a.end - b.end)
}
