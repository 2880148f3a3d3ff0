/**
 * The people, organizations and places of one article; choosing one marks all its mentions.
 */
import type { Article, EntityType } from '@dalian-news/core'
import { formatCount } from '../lib/format.js'

type Props = {
  /** The article. */
  readonly article: Article
  /** Id of the entity whose mentions are marked. */
  readonly selected: string | undefined
  /** Link that marks the entity with this id. */
  readonly hrefFor: (entityId: string) => string
  /** Link that unmarks it. */
  readonly clearHref: string
}

const groups: readonly { type: EntityType; title: string }[] = [
  { type: 'person', title: 'People' },
  { type: 'organization', title: 'Organizations' },
  { type: 'place', title: 'Places' },
]

/** The article's entities by type, most mentioned first. */
export function EntityIndex({ article, selected, hrefFor, clearHref }: Props) {
  return (
    <section class="entity-index" aria-labelledby="entity-index-title">
      <h2 id="entity-index-title">In this article</h2>
      {selected ? (
        <p class="clear">
          <a href={clearHref}>Unmark</a>
        </p>
      ) : null}
      {groups.map(({ type, title }) => {
        const entities = article.entities
          .filter((entity) => entity.type === type)
          .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name, 'en'))
        if (entities.length === 0) return null
        return (
          <div key={type} class="facet-group">
            <h3 class={`facet-title facet-${type}`}>{title}</h3>
            <ul class="facet-list">
              {entities.map((entity) => (
                <li key={entity.id}>
                  <a
                    class="facet"
                    href={entity.id === selected ? clearHref : hrefFor(entity.id)}
                    aria-current={entity.id === selected ? 'true' : undefined}
                  >
                    <span class={`facet-name type-${type}`}>{entity.name}</span>
                    <span class="count">
                      {formatCount(entity.mentions.length)}
                      <span class="visually-hidden"> mentions</span>
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )
      })}
      {article.entities.length === 0 ? <p class="empty">No people, organizations or places found.</p> : null}
    </section>
  )
}
