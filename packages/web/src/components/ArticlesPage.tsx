/**
 * The article list: every article in corpus order, or the ranked results of a search with keyword in
 * context, narrowed by a person, body or place from the facet sidebar.
 */
import type { Article, CorpusEntity, SearchResult } from '@dalian-news/core'
import { useEffect, useMemo, useState } from 'preact/hooks'
import { navigate } from '../hooks/use-route.js'
import { contextAround } from '../lib/context.js'
import type { CorpusData } from '../lib/corpus-data.js'
import { facetGroups, mentionsEntity } from '../lib/facets.js'
import { formatCount, plural } from '../lib/format.js'
import { blockAt, sentenceAt } from '../lib/locate.js'
import { defaultReaderOptions, formatRoute, type Route } from '../lib/route.js'
import { FacetSidebar } from './FacetSidebar.js'
import { Kwic, snippetParts } from './Kwic.js'
import { SearchBox } from './SearchBox.js'

type Props = {
  /** The corpus. */
  readonly corpus: CorpusData
  /** The search query (may be empty). */
  readonly query: string
  /** Corpus entity id the list is narrowed to. */
  readonly entity: string | undefined
}

// Articles rendered at first; a corpus of thousands shows more on request rather than all at once.
const pageSize = 50
// Mentions of the chosen entity shown under each article.
const mentionsShown = 3

/** The list page. */
export function ArticlesPage({ corpus, query, entity: entityId }: Props) {
  const [shown, setShown] = useState(pageSize)
  useEffect(() => setShown(pageSize), [query, entityId])
  const selected = entityId === undefined ? undefined : corpus.entityById.get(entityId)
  const searching = query.trim() !== ''
  const response = useMemo(
    () =>
      searching
        ? corpus.searchIndex().search(query, { limit: Math.max(1, corpus.articles.length), snippets: 0 })
        : undefined,
    [corpus, query, searching],
  )
  const matching = useMemo(
    () =>
      response
        ? response.results
            .map((result) => corpus.articleById.get(result.id))
            .filter((item) => item !== undefined)
        : corpus.articles,
    [corpus, response],
  )
  const groups = useMemo(
    () => facetGroups(corpus.entities, response ? new Set(matching.map((article) => article.id)) : undefined),
    [corpus, response, matching],
  )
  const listed = selected ? matching.filter((article) => mentionsEntity(selected, article.id)) : matching
  const visible = listed.slice(0, shown)
  // Snippets only for the results on screen: making them is the costly part of a search.
  const snippets = useMemo(() => {
    if (!searching || visible.length === 0) return new Map<string, SearchResult>()
    const ids = new Set(visible.map((article) => article.id))
    const limit = selected ? Math.max(1, corpus.articles.length) : visible.length
    const results = corpus.searchIndex().search(query, { limit, snippets: 3 }).results
    return new Map(results.filter((result) => ids.has(result.id)).map((result) => [result.id, result]))
  }, [corpus, query, searching, selected, shown, listed.length])

  const routeWith = (changes: { query?: string; entity?: string | undefined }): Route => {
    const next = { query, entity: entityId, ...changes }
    return next.entity === undefined
      ? { page: 'articles', query: next.query }
      : { page: 'articles', query: next.query, entity: next.entity }
  }

  return (
    <div class="layout-list">
      <section class="list-main" aria-labelledby="page-title">
        <h1 id="page-title" tabIndex={-1}>
          {searching ? 'Search' : 'Articles'}
        </h1>
        <SearchBox
          query={query}
          onQuery={(text) =>
            navigate(routeWith({ query: text }), { replace: searching && text.trim() !== '' })
          }
        />
        {response && response.messages.length > 0 ? (
          <ul class="query-messages">
            {response.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
        {selected ? (
          <EntityFilter entity={selected} clearHref={formatRoute(routeWith({ entity: undefined }))} />
        ) : null}
        <p class="result-count" role="status">
          {statusLine(corpus.articles.length, listed.length, searching, query, selected)}
        </p>
        <ol class="article-list">
          {visible.map((article) => (
            <ArticleCard
              key={article.id}
              article={article}
              entity={selected}
              result={snippets.get(article.id)}
            />
          ))}
        </ol>
        {listed.length > visible.length ? (
          <button type="button" class="button" onClick={() => setShown(shown + pageSize)}>
            Show {formatCount(Math.min(pageSize, listed.length - visible.length))} more
          </button>
        ) : null}
      </section>
      <FacetSidebar
        groups={groups}
        selected={selected?.id}
        hrefFor={(id) => formatRoute(routeWith({ entity: id }))}
      />
    </div>
  )
}

function statusLine(
  total: number,
  listed: number,
  searching: boolean,
  query: string,
  entity: CorpusEntity | undefined,
): string {
  if (!searching && !entity) return plural(total, 'article')
  const what = [searching ? `match “${query.trim()}”` : '', entity ? `mention ${entity.name}` : '']
    .filter(Boolean)
    .join(' and ')
  return `${formatCount(listed)} of ${plural(total, 'article')} ${what}`
}

function EntityFilter({ entity, clearHref }: { readonly entity: CorpusEntity; readonly clearHref: string }) {
  return (
    <p class="filter-chip">
      <span>
        Mentioning <strong class={`facet-name type-${entity.type}`}>{entity.name}</strong>
      </span>
      <a href={clearHref} class="chip-clear">
        Show every article
      </a>
    </p>
  )
}

type CardProps = {
  readonly article: Article
  readonly entity: CorpusEntity | undefined
  readonly result: SearchResult | undefined
}

function ArticleCard({ article, entity, result }: CardProps) {
  const local = entity?.articles.find((item) => item.articleId === article.id)?.entity
  const open = (changes: { mention?: number; sentence?: number }) =>
    formatRoute({
      page: 'article',
      id: article.id,
      ...defaultReaderOptions,
      ...(entity ? { entity: entity.id } : {}),
      ...changes,
    })
  const date = typeof article.meta.date === 'string' ? article.meta.date : undefined
  const first = article.paragraphs[0]?.sentences[0]
  return (
    <li class="card">
      <h2 class="card-title">
        <a href={open({})}>{article.title || article.id}</a>
      </h2>
      <p class="meta">
        {[date, plural(article.stats.words, 'word'), `${formatCount(article.stats.readingMinutes)} min read`]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {result && result.snippets.length > 0 ? (
        <ul class="kwic-list" aria-label="Matches">
          {result.snippets.map((snippet) => (
            <li key={snippet.start}>
              <a class="kwic" href={open({ sentence: sentenceAt(article, snippet.start)?.index ?? 0 })}>
                <Kwic {...snippetParts(snippet)} />
              </a>
            </li>
          ))}
        </ul>
      ) : local ? (
        <ul class="kwic-list" aria-label={`Mentions of ${local.name}`}>
          {local.mentions.slice(0, mentionsShown).map((mention) => {
            const block = blockAt(article, mention.start)
            const bounds = block ? { from: block.start, to: block.end } : { from: 0, to: article.text.length }
            return (
              <li key={mention.start}>
                <a class="kwic" href={open({ mention: mention.start })}>
                  <Kwic
                    {...contextAround(article.text, mention.start, mention.end, bounds)}
                    markClass={`hl hl-${local.type} is-selected`}
                  />
                </a>
              </li>
            )
          })}
          {local.mentions.length > mentionsShown ? (
            <li class="more">and {plural(local.mentions.length - mentionsShown, 'more mention')}</li>
          ) : null}
        </ul>
      ) : first ? (
        <p class="teaser">{teaser(first.text)}</p>
      ) : null}
    </li>
  )
}

function teaser(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= 240) return flat
  const cut = flat.slice(0, 240)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 160 ? cut.lastIndexOf(' ') : 240)} …`
}
