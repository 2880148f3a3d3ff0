/**
 * The facet sidebar: the people, organizations and places of the articles in the list, with their
 * mention counts. Choosing one narrows the list to the articles that mention it and marks its mentions.
 */
import type { EntityType } from '@dalian-news/core'
import { useState } from 'preact/hooks'
import type { FacetGroups } from '../lib/facets.js'
import { formatCount, plural } from '../lib/format.js'

type Props = {
  /** Facets of the articles in view. */
  readonly groups: FacetGroups
  /** Id of the corpus entity the list is narrowed to. */
  readonly selected: string | undefined
  /** Link that narrows the list to the entity with this id (or widens it again for `undefined`). */
  readonly hrefFor: (entityId: string | undefined) => string
}

const sections: readonly { type: EntityType; title: string }[] = [
  { type: 'person', title: 'People' },
  { type: 'organization', title: 'Organizations' },
  { type: 'place', title: 'Places' },
]

// A first look shows this many of each type; the rest are one click away.
const firstLook = 8
// Even "show all" stops here: a corpus of thousands has tens of thousands of names; search narrows them.
const most = 300

/** The sidebar. */
export function FacetSidebar({ groups, selected, hrefFor }: Props) {
  const [open, setOpen] = useState<Partial<Record<EntityType, boolean>>>({})
  return (
    <aside class="facets" aria-labelledby="facets-title">
      <h2 id="facets-title" class="facets-title">
        Who and where
      </h2>
      {sections.map(({ type, title }) => {
        const facets = groups[type]
        const shown = facets.slice(0, open[type] ? most : firstLook)
        const listId = `facets-${type}`
        return (
          <section key={type} class="facet-group" aria-labelledby={`${listId}-title`}>
            <h3 id={`${listId}-title`} class={`facet-title facet-${type}`}>
              {title} <span class="facet-total">{formatCount(facets.length)}</span>
            </h3>
            {facets.length === 0 ? <p class="empty">None in these articles.</p> : null}
            <ul id={listId} class="facet-list">
              {shown.map(({ entity, mentions, articles }) => {
                const current = entity.id === selected
                return (
                  <li key={entity.id}>
                    <a
                      class="facet"
                      href={hrefFor(current ? undefined : entity.id)}
                      aria-current={current ? 'true' : undefined}
                      title={entity.roles.length > 0 ? entity.roles.join(', ') : undefined}
                    >
                      <span class={`facet-name type-${type}`}>{entity.name}</span>
                      <span class="count">
                        {formatCount(mentions)}
                        <span class="visually-hidden"> mentions in {plural(articles, 'article')}</span>
                      </span>
                    </a>
                  </li>
                )
              })}
            </ul>
            {facets.length > firstLook ? (
              <button
                type="button"
                class="link-button"
                aria-controls={listId}
                aria-expanded={Boolean(open[type])}
                onClick={() => setOpen({ ...open, [type]: !open[type] })}
              >
                {open[type] ? 'Show fewer' : `Show all ${formatCount(Math.min(facets.length, most))}`}
              </button>
            ) : null}
          </section>
        )
      })}
    </aside>
  )
}
