/**
 * The mention (or amount) in focus: what it is, how it was found, where it is, and where else its entity
 * appears.
 */
import type { Article, Entity, Mention, MoneyAmount } from '@dalian-news/core'
import type { CorpusData } from '../lib/corpus-data.js'
import { formatMoney, plural } from '../lib/format.js'
import { formatRoute } from '../lib/route.js'

type Props = {
  /** The article. */
  readonly article: Article
  /** Its corpus, if any. */
  readonly corpus: CorpusData | undefined
  /** Start offset of the mention in focus. */
  readonly offset: number
  /** Link that marks every mention of the entity with this id. */
  readonly markHref: (entityId: string) => string
  /** Link that takes the focus away. */
  readonly closeHref: string
}

const typeNames = { person: 'Person', organization: 'Organization', place: 'Place' } as const

function find(
  article: Article,
  offset: number,
): { entity: Entity; mention: Mention } | { money: MoneyAmount } | undefined {
  for (const entity of article.entities) {
    const mention = entity.mentions.find((item) => item.start === offset)
    if (mention) return { entity, mention }
  }
  const money = article.money.find((item) => item.start === offset)
  return money ? { money } : undefined
}

/** The panel about the mention starting at `offset`. */
export function MentionDetails({ article, corpus, offset, markHref, closeHref }: Props) {
  const found = find(article, offset)
  const close = (
    <a class="details-close" href={closeHref}>
      Close
    </a>
  )
  if (!found) {
    return (
      <section class="details" aria-labelledby="details-title">
        <h2 id="details-title">In focus</h2>
        <p>No mention or amount starts at offset {offset} of this article.</p>
        {close}
      </section>
    )
  }
  if ('money' in found) {
    const { money } = found
    return (
      <section class="details" aria-labelledby="details-title">
        <h2 id="details-title">In focus</h2>
        <p class="details-kind">
          <span class="swatch hl hl-money">Money</span>
        </p>
        <p class="details-name">{formatMoney(money.amount, money.currency)}</p>
        <dl class="details-facts">
          <dt>As written</dt>
          <dd>{money.text}</dd>
          <dt>Where</dt>
          <dd>
            line {money.line}, column {money.column}
          </dd>
          <dt>Rule</dt>
          <dd>
            <code>{money.rule}</code>
          </dd>
        </dl>
        {close}
      </section>
    )
  }
  const { entity, mention } = found
  const shared = corpus?.corpusEntityOf(article.id, entity.id)
  const roles = [...new Set(entity.roles.map((role) => role.text))]
  return (
    <section class="details" aria-labelledby="details-title">
      <h2 id="details-title">In focus</h2>
      <p class="details-kind">
        <span class={`swatch hl hl-${entity.type}`}>{typeNames[entity.type]}</span>
      </p>
      <p class="details-name">{entity.name}</p>
      <dl class="details-facts">
        <dt>As written</dt>
        <dd>
          {mention.text}
          {mention.pronoun ? ' (a pronoun)' : ''}
        </dd>
        {roles.length > 0 ? (
          <>
            <dt>Roles</dt>
            <dd>{roles.join(', ')}</dd>
          </>
        ) : null}
        {entity.aliases.length > 0 ? (
          <>
            <dt>Also written</dt>
            <dd>{entity.aliases.join('; ')}</dd>
          </>
        ) : null}
        <dt>Where</dt>
        <dd>
          line {mention.line}, column {mention.column}
        </dd>
        <dt>Rule</dt>
        <dd>
          <code>{mention.rule}</code>
        </dd>
      </dl>
      <ul class="details-links">
        <li>
          <a href={markHref(entity.id)}>Mark all {plural(entity.mentions.length, 'mention')} here</a>
        </li>
        {shared && shared.articles.length > 1 ? (
          <li>
            <a href={formatRoute({ page: 'articles', query: '', entity: shared.id })}>
              {plural(shared.articles.length, 'article')} mention {shared.name}
            </a>
          </li>
        ) : null}
      </ul>
      {close}
    </section>
  )
}
