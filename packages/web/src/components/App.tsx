/**
 * The viewer: a header with the sections, the page the route names, and a footer. Focus moves to the new
 * page's title when the page changes, so keyboard and screen-reader users land where sighted users look.
 */
import { useEffect, useRef } from 'preact/hooks'
import { type CorpusState, useCorpus } from '../hooks/use-corpus.js'
import { useRoute } from '../hooks/use-route.js'
import type { CorpusData } from '../lib/corpus-data.js'
import { plural } from '../lib/format.js'
import type { Route } from '../lib/route.js'
import { ArticlesPage } from './ArticlesPage.js'
import { Header } from './Header.js'
import { MoneyPage } from './MoneyPage.js'
import { PastePage } from './PastePage.js'
import { Reader } from './Reader.js'
import { SpeechPage } from './SpeechPage.js'

const siteName = 'Dalian News'

/** The whole viewer. */
export function App() {
  const route = useRoute()
  const state = useCorpus()
  const main = useRef<HTMLElement>(null)
  const page = route.page === 'article' ? `article:${route.id}` : route.page
  const first = useRef(true)

  useEffect(() => {
    document.title = titleOf(route, state)
  })
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    // A permalink to a mention or sentence focuses that instead (the reader does it).
    if (route.page === 'article' || route.page === 'paste') {
      if (route.mention !== undefined || route.sentence !== undefined) return
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus()
  }, [page])

  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: the hash is the route, so the skip link moves focus itself; href="#main" is its meaning without script */}
      <a
        class="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash is the route: focus the content without touching it.
          event.preventDefault()
          main.current?.focus()
        }}
      >
        Skip to content
      </a>
      <Header route={route} />
      <main id="main" class="main" tabIndex={-1} ref={main}>
        {route.page === 'paste' ? (
          <PastePage options={route} />
        ) : state.status === 'loading' ? (
          <p class="loading" role="status">
            Loading the articles…
          </p>
        ) : state.status === 'failed' ? (
          <div class="problem" role="alert">
            <h1>The articles could not be loaded</h1>
            <p>{state.reason}</p>
          </div>
        ) : (
          <CorpusPage route={route} corpus={state.corpus} />
        )}
      </main>
      <footer class="site-footer">
        <p>
          {state.status === 'ready'
            ? `${plural(state.corpus.articles.length, 'article')} · ${plural(
                state.corpus.entities.length,
                'name',
              )} · `
            : ''}
          Read with <a href="https://github.com/syntax-tree/nlcst">NLCST</a> by @dalian-news/core, in your
          browser.
        </p>
        {state.status === 'ready' && state.corpus.errors.length > 0 ? (
          <details class="load-errors">
            <summary>{plural(state.corpus.errors.length, 'article')} could not be read</summary>
            <ul>
              {state.corpus.errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </footer>
    </>
  )
}

function CorpusPage({ route, corpus }: { readonly route: Route; readonly corpus: CorpusData }) {
  switch (route.page) {
    case 'articles':
      return <ArticlesPage corpus={corpus} query={route.query} entity={route.entity} />
    case 'article': {
      const article = corpus.articleById.get(route.id)
      if (!article) return <NotFound what={`No article has the id “${route.id}”.`} />
      return (
        <Reader
          article={article}
          corpus={corpus}
          options={route}
          routeFor={(options) => ({ page: 'article', id: article.id, ...options })}
          back={{ href: '#/', label: 'All articles' }}
        />
      )
    }
    case 'money':
      return <MoneyPage corpus={corpus} />
    case 'speech':
      return <SpeechPage corpus={corpus} />
    case 'paste':
      return null
    case 'not-found':
      return <NotFound what={`Nothing lives at “${route.path}”.`} />
  }
}

function NotFound({ what }: { readonly what: string }) {
  return (
    <section class="not-found" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        Not found
      </h1>
      <p>{what}</p>
      <p>
        <a href="#/">See all articles</a>
      </p>
    </section>
  )
}

function titleOf(route: Route, state: CorpusState): string {
  const corpus = state.status === 'ready' ? state.corpus : undefined
  switch (route.page) {
    case 'articles':
      return route.query.trim() ? `“${route.query.trim()}” – ${siteName}` : siteName
    case 'article': {
      const article = corpus?.articleById.get(route.id)
      return article ? `${article.title || article.id} – ${siteName}` : siteName
    }
    case 'paste':
      return `Your article – ${siteName}`
    case 'money':
      return `Money – ${siteName}`
    case 'speech':
      return `Speech – ${siteName}`
    case 'not-found':
      return `Not found – ${siteName}`
  }
}
