/**
 * Running a query: free words and phrase words go to MiniSearch as one AND query over stems (the last
 * word as a prefix, longer words with a spelling tolerance); entity filters and exact phrases then keep
 * only the articles that really have them; the best results get keyword-in-context snippets.
 */
import type { Query } from 'minisearch'
import type { Article } from '../model.js'
import { namedMentions } from './entity-lookup.js'
import type { IndexState } from './index-state.js'
import { type ParsedQuery, parseQuery, type QueryTerm } from './parse-query.js'
import { type PhraseMatcher, phraseMatcher } from './phrase.js'
import { findSnippets, type Snippet } from './snippets.js'
import { splitWords } from './terms.js'
import { best } from './top.js'

/** Options for `index.search`. */
export interface SearchOptions {
  /** Results returned at most (default 20); `total` still counts every match. */
  readonly limit?: number
  /** Snippets per result at most (default 3; 0 for none). */
  readonly snippets?: number
  /** Characters of context a snippet aims for, match included (default 120). */
  readonly snippetWidth?: number
}

/** One matching article. */
export interface SearchResult {
  /** The article's id. */
  readonly id: string
  /** The article's title. */
  readonly title: string
  /** Relevance, higher first: BM25 over stems when the query has words, else the number of matches. */
  readonly score: number
  /** Keyword-in-context snippets, the best first (phrases, then words, then entity mentions). */
  readonly snippets: readonly Snippet[]
}

/** The answer to a query. */
export interface SearchResponse {
  /** The query as it was understood: terms, phrases, filters, stopwords left out. */
  readonly query: ParsedQuery
  /** The best matches, by score, then by id. */
  readonly results: readonly SearchResult[]
  /** How many articles match in all (`results` holds at most `limit` of them). */
  readonly total: number
  /** What was odd about the query, or why nothing could match, for people. */
  readonly messages: readonly string[]
}

// A prefix or a spelling variant counts for less than the word itself (MiniSearch's default weights).
const prefixWeight = 0.375
// Words of the vocabulary looked at for one prefix; the stemmed prefix finds the rest anyway.
const maxPrefixWords = 2000
// Beyond this many written forms a pattern of them is no faster than reading every word.
const maxCandidateWords = 500
const typeNames = { person: 'person', organization: 'organization', place: 'place' } as const
const wordsByStem = new WeakMap<IndexState, Map<string, string[]>>()

/** A matching article: MiniSearch's own result objects are used as they are (a query may match all). */
interface Hit {
  /** Position of the article in the index. */
  readonly id: number
  /** Relevance. */
  score: number
  /** Index terms that matched. */
  readonly terms: readonly string[]
}

/** Search `state` for `query`; never throws for any string. */
export function runSearch(
  state: IndexState,
  query: string,
  options: Required<SearchOptions>,
): SearchResponse {
  const parsed = parseQuery(query, { stopwords: state.processor.stopwords })
  const messages = [...parsed.messages]
  const empty = { query: parsed, results: [], total: 0, messages }
  if (parsed.terms.length === 0 && parsed.phrases.length === 0 && parsed.filters.length === 0) return empty

  // Articles the filters allow, with the number of mentions of the filtered entities in each.
  let allowed: Map<number, number> | undefined
  for (const filter of parsed.filters) {
    const counts = state.entities.articlesWith(filter)
    if (counts.size === 0)
      messages.push(`No ${typeNames[filter.type]} named "${filter.value}" is in these articles`)
    const next = new Map<number, number>()
    for (const [position, mentions] of counts) {
      if (!allowed) next.set(position, mentions)
      else if (allowed.has(position)) next.set(position, allowed.get(position)! + mentions)
    }
    allowed = next
  }
  if (allowed?.size === 0) return empty

  const phrases = parsed.phrases.map(phraseMatcher)
  const accepts = (position: number) =>
    (!allowed || allowed.has(position)) && phrases.every((phrase) => phrase.test(state.articles[position]!))

  let hits: Hit[] = []
  const leaves = queryLeaves(state, parsed)
  if (leaves.length > 0) {
    hits = state.miniSearch.search(
      { combineWith: 'AND', queries: leaves },
      { filter: (result) => accepts(result.id) },
    )
    for (const hit of hits) hit.score = round(hit.score)
  } else {
    // Only filters, or phrases of stopwords: nothing for MiniSearch to look up, so count matches.
    for (const position of allowed?.keys() ?? state.articles.keys()) {
      if (!accepts(position)) continue
      const article = state.articles[position]!
      const occurrences = phrases.reduce((sum, phrase) => sum + count(phrase.matches(article)), 0)
      hits.push({ id: position, score: (allowed?.get(position) ?? 0) + occurrences, terms: [] })
    }
  }

  const order = (a: Hit, b: Hit) =>
    b.score - a.score || compareIds(state.articles[a.id]!, state.articles[b.id]!)
  const page = best(hits, options.limit, order)
  const candidates = options.snippets > 0 ? candidatePattern(state, page) : undefined
  const results = page.map((hit) => result(state, parsed, phrases, hit, candidates, options))
  return { query: parsed, results, total: hits.length, messages }
}

function result(
  state: IndexState,
  parsed: ParsedQuery,
  phrases: readonly PhraseMatcher[],
  hit: Hit,
  candidates: RegExp | undefined,
  options: Required<SearchOptions>,
): SearchResult {
  const article = state.articles[hit.id]!
  const entities = parsed.filters.length > 0 ? state.entities.entitiesOf(article, parsed.filters) : []
  const snippets = findSnippets(article, {
    phrases,
    terms: new Set(hit.terms),
    mentions: namedMentions(entities),
    processor: state.processor,
    candidates,
    count: options.snippets,
    width: options.snippetWidth,
  })
  return { id: article.id, title: article.title, score: hit.score, snippets }
}

/** A pattern for every written form of the terms the page matched, or none when there are too many. */
function candidatePattern(state: IndexState, page: readonly Hit[]): RegExp | undefined {
  let forms = wordsByStem.get(state)
  if (!forms) {
    forms = new Map()
    state.stems.forEach((stem, position) => {
      const list = forms!.get(stem) ?? []
      list.push(state.vocabulary[position]!)
      forms!.set(stem, list)
    })
    wordsByStem.set(state, forms)
  }
  const words = new Set<string>()
  for (const hit of page)
    for (const term of hit.terms) for (const word of forms.get(term) ?? []) words.add(word)
  if (words.size === 0 || words.size > maxCandidateWords) return undefined
  const sorted = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  return new RegExp(sorted.map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'giu')
}

function queryLeaves(state: IndexState, parsed: ParsedQuery): Query[] {
  const leaves = parsed.terms.map((term) => termQuery(state, term))
  const seen = new Set(parsed.terms.map((term) => term.stem))
  // Phrase words narrow the articles to check before the exact (slower) phrase match.
  for (const phrase of parsed.phrases) {
    for (const word of splitWords(phrase)) {
      const stem = state.processor(word)
      if (stem === undefined || seen.has(stem)) continue
      seen.add(stem)
      leaves.push({ queries: [stem], prefix: false, fuzzy: false })
    }
  }
  return leaves
}

function termQuery(state: IndexState, term: QueryTerm): Query {
  const main: Query = { queries: [term.stem], prefix: term.prefix, fuzzy: fuzziness(state, term) }
  if (!term.prefix) return main
  // "investme" stems to "investm", which is not a prefix of "invest" (the stem of "investment"): the
  // unstemmed vocabulary finds such words.
  const extra = prefixStems(state, term).filter((stem) => !stem.startsWith(term.stem))
  if (extra.length === 0) return main
  return {
    combineWith: 'OR',
    queries: [main, { queries: extra, prefix: false, fuzzy: false, boostTerm: () => prefixWeight }],
  }
}

/**
 * Edits allowed when matching a word no article contains (likely a misspelling): one from 5 letters, two
 * from 9. A word the corpus has is matched as it is, and numbers never approximately.
 */
function fuzziness(state: IndexState, term: QueryTerm): number | false {
  if (state.terms.has(term.stem) || /\p{N}/u.test(term.text)) return false
  return term.text.length >= 9 ? 2 : term.text.length >= 5 ? 1 : false
}

function prefixStems(state: IndexState, term: QueryTerm): string[] {
  const words = state.vocabulary
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (words[middle]! < term.text) low = middle + 1
    else high = middle
  }
  const stems = new Set<string>()
  for (let index = low; index < words.length && index - low < maxPrefixWords; index++) {
    if (!words[index]!.startsWith(term.text)) break
    stems.add(state.stems[index]!)
  }
  return [...stems].sort()
}

function count(items: Iterable<unknown>): number {
  let total = 0
  for (const _ of items) total++
  return total
}

function compareIds(a: Article, b: Article): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

// Scores are sums of floating-point terms whose order can differ between a built and a loaded index;
// rounding keeps them (and so the order of results) identical.
function round(score: number): number {
  return Math.round(score * 1e6) / 1e6
}
