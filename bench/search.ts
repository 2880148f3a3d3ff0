/**
 * Search: `createSearchIndex` on 10,000 generated articles beside bare MiniSearch (default options, the
 * same titles and texts) — build time, query latency p50/p95 over ~50 fixed queries (words, prefixes,
 * phrases, entity filters), serialised size and load time.
 */
import { type Article, createSearchIndex, loadSearchIndex, type SearchIndex } from '@dalian-news/core'
import MiniSearch from 'minisearch'
import { generateArticles, mulberry32, randomInt } from './generate-corpus.js'
import { fixed, type Row, time } from './harness.js'

const articleCount = 10_000
// Each query is timed this many times after a warm-up pass; the percentiles are over all samples.
const repeats = 5

interface BareDocument {
  readonly id: number
  readonly title: string
  readonly text: string
}

export function benchSearch(): Row[] {
  const suite = `search ${articleCount / 1000}k`
  const parseStart = performance.now()
  const articles = generateArticles(articleCount)
  const parseMs = performance.now() - parseStart
  const documents = articles.map(
    (article, id): BareDocument => ({ id, title: article.title, text: article.text }),
  )
  const textMb = articles.reduce((sum, article) => sum + article.text.length, 0) / 1e6

  let index: SearchIndex = createSearchIndex([])
  const buildMs = time(() => {
    index = createSearchIndex(articles)
  }, 1)
  let bare = new MiniSearch<BareDocument>({ fields: ['title', 'text'] })
  const bareBuildMs = time(() => {
    bare = new MiniSearch<BareDocument>({ fields: ['title', 'text'] })
    bare.addAll(documents)
  }, 1)

  const queries = benchQueries(articles)
  const ours = latencies(queries, (query) => index.search(query))
  const noSnippets = latencies(queries, (query) => index.search(query, { snippets: 0 }))
  const bareTimes = latencies(queries, (query) => bare.search(query))

  // The same queries on the first thousand articles: latency grows with the articles that match.
  const small = articles.slice(0, articleCount / 10)
  const smallIndex = createSearchIndex(small)
  const smallBare = new MiniSearch<BareDocument>({ fields: ['title', 'text'] })
  smallBare.addAll(documents.slice(0, small.length))
  const smallOurs = latencies(queries, (query) => smallIndex.search(query))
  const smallBareTimes = latencies(queries, (query) => smallBare.search(query))

  const json = JSON.stringify(index)
  const loadMs = time(() => loadSearchIndex(json, articles))
  const bareJson = JSON.stringify(bare)
  const bareLoadMs = time(() => MiniSearch.loadJSON(bareJson, { fields: ['title', 'text'] }))

  const ms = (value: number) => `${fixed(value, value < 10 ? 2 : 0)} ms`
  return [
    {
      suite,
      name: 'generated corpus',
      value: `${fixed(textMb, 1)} MB`,
      note: `${articleCount} articles, parsed in ${fixed(parseMs / 1000, 1)} s (not part of the figures)`,
    },
    {
      suite,
      name: 'build createSearchIndex',
      value: ms(buildMs),
      note: `bare MiniSearch ${ms(bareBuildMs)}`,
    },
    {
      suite,
      name: 'query p50',
      value: ms(percentile(ours, 0.5)),
      note: `no snippets ${ms(percentile(noSnippets, 0.5))}; bare MiniSearch ${ms(percentile(bareTimes, 0.5))}`,
    },
    {
      suite,
      name: 'query p95',
      value: ms(percentile(ours, 0.95)),
      note: `goal ≤ 5 ms; no snippets ${ms(percentile(noSnippets, 0.95))}; bare MiniSearch ${ms(percentile(bareTimes, 0.95))}`,
    },
    {
      suite,
      name: 'query max',
      value: ms(Math.max(...ours)),
      note: `${queries.length} queries × ${repeats}, 20 results, 3 snippets each`,
    },
    {
      suite,
      name: `query p95, first ${small.length} articles`,
      value: ms(percentile(smallOurs, 0.95)),
      note: `p50 ${ms(percentile(smallOurs, 0.5))}; bare MiniSearch p95 ${ms(percentile(smallBareTimes, 0.95))}`,
    },
    {
      suite,
      name: 'serialised index',
      value: `${fixed(Buffer.byteLength(json) / 1e6, 1)} MB`,
      note: `bare MiniSearch ${fixed(Buffer.byteLength(bareJson) / 1e6, 1)} MB`,
    },
    {
      suite,
      name: 'load (JSON string)',
      value: ms(loadMs),
      note: `${fixed(buildMs / loadMs, 1)}× faster than building; bare MiniSearch ${ms(bareLoadMs)}`,
    },
  ]
}

/**
 * ~50 queries drawn from the generated articles with a fixed seed: common and rare words, word pairs,
 * prefixes of 3–5 letters, two- and three-word phrases, the most frequent entities as filters, and
 * filters with a word.
 */
export function benchQueries(articles: readonly Article[]): string[] {
  const random = mulberry32(7)
  const counts = new Map<string, number>()
  for (const article of articles.slice(0, 500)) {
    for (const word of article.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  }
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word)
  const word = (from: number, to: number) => words[randomInt(random, from, Math.min(to, words.length - 1))]!
  const queries: string[] = []
  for (let index = 0; index < 8; index++) queries.push(word(0, 50), word(200, 2000))
  for (let index = 0; index < 8; index++) queries.push(`${word(0, 300)} ${word(0, 300)}`)
  for (let index = 0; index < 8; index++) queries.push(word(0, 1000).slice(0, randomInt(random, 3, 5)))
  for (let index = 0; index < 8; index++) {
    const article = articles[randomInt(random, 0, articles.length - 1)]!
    const paragraph = article.paragraphs[randomInt(random, 0, article.paragraphs.length - 1)]!
    const tokens = paragraph.text.split(/\s+/).map((token) => token.replace(/[^\p{L}\p{N}-]/gu, ''))
    const from = randomInt(random, 0, Math.max(0, tokens.length - 3))
    queries.push(`"${tokens.slice(from, from + randomInt(random, 2, 3)).join(' ')}"`)
  }
  const entities = new Map<string, number>()
  for (const article of articles.slice(0, 500)) {
    for (const entity of article.entities) {
      const key = `${entity.type === 'organization' ? 'org' : entity.type}:"${entity.name}"`
      entities.set(key, (entities.get(key) ?? 0) + 1)
    }
  }
  const filters = [...entities].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key]) => key)
  for (const type of ['person', 'org', 'place']) {
    queries.push(...filters.filter((filter) => filter.startsWith(`${type}:`)).slice(0, 2))
  }
  for (let index = 0; index < 4; index++) queries.push(`${filters[index]} ${word(0, 300)}`)
  return queries
}

function latencies(queries: readonly string[], run: (query: string) => unknown): number[] {
  for (const query of queries) run(query)
  const samples: number[] = []
  for (let repeat = 0; repeat < repeats; repeat++) {
    for (const query of queries) {
      const start = performance.now()
      run(query)
      samples.push(performance.now() - start)
    }
  }
  return samples
}

function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!
}
