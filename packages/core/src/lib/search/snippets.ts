/**
 * Keyword in context: the text around each match, cut at word boundaries, white space collapsed for
 * display, with the match's exact offsets into `article.text` so a reader can jump to it.
 *
 * Matches are looked for in the heading and the body paragraphs only (never in front matter), and a
 * snippet never runs across a paragraph break.
 */
import type { Article, Mention, Paragraph, Span } from '../model.js'
import type { PhraseMatcher } from './phrase.js'
import { continuesBefore, type TermProcessor, wordPattern } from './terms.js'

/** What kind of match a snippet shows. */
export type SnippetKind = 'phrase' | 'term' | 'entity'

/** One match in its context. Its `Span` is the match itself, in the original text. */
export interface Snippet extends Span {
  /** What matched: a quoted phrase, a query word, or a mention of a filtered entity. */
  readonly kind: SnippetKind
  /** The context for display: cut at word boundaries, white space and control characters collapsed. */
  readonly text: string
  /** Where the match is in `text`, to highlight it. */
  readonly match: { readonly start: number; readonly end: number }
  /** Whether the paragraph goes on before `text` (a UI may show "…"). */
  readonly truncatedStart: boolean
  /** Whether the paragraph goes on after `text`. */
  readonly truncatedEnd: boolean
}

/** What to look for in an article. */
export interface SnippetRequest {
  /** The quoted phrases. */
  readonly phrases: readonly PhraseMatcher[]
  /** Index terms that matched this article (stems, including prefix and fuzzy expansions). */
  readonly terms: ReadonlySet<string>
  /** Mentions of the filtered entities. */
  readonly mentions: readonly Mention[]
  /** Turns a word into its index term, as the index did. */
  readonly processor: TermProcessor
  /**
   * Finds where words with those terms may start (global, case-insensitive): much faster than reading
   * every word. Every candidate is checked with `processor`; without one, or when it finds nothing, every
   * word is read (that also finds a form the pattern misses, such as an accented one).
   */
  readonly candidates?: RegExp
  /** How many snippets to return at most. */
  readonly count: number
  /** Characters of context to aim for, match included. */
  readonly width: number
}

interface Hit {
  readonly start: number
  readonly end: number
  readonly kind: SnippetKind
  readonly region: Paragraph
  readonly term?: string
  /** Distinct query terms near the hit: a window with more of them is a better snippet. */
  spread: number
}

const kindRank: Record<SnippetKind, number> = { phrase: 0, term: 1, entity: 2 }
const words = new RegExp(wordPattern.source, 'gu')
const wordAt = new RegExp(wordPattern.source, 'uy')
const space = /[\s\p{Cc}]/u
const spaces = /[\s\p{Cc}]+/gu

/** The text regions searched: the heading, when the title comes from the text, then the paragraphs. */
export function articleRegions(article: Article): readonly Paragraph[] {
  return article.heading ? [article.heading, ...article.paragraphs] : article.paragraphs
}

/**
 * The best `request.count` snippets of `article`: phrases first, then words (where more query words are
 * close together first, looked for in the first paragraphs that have enough of them), then entity mentions.
 */
export function findSnippets(article: Article, request: SnippetRequest): Snippet[] {
  if (request.count <= 0) return []
  const regions = articleRegions(article)
  const hits: Hit[] = []
  for (const phrase of request.phrases) {
    for (const match of phrase.matches(article)) hits.push({ ...match, kind: 'phrase', spread: 0 })
  }
  if (request.terms.size > 0 && hits.length < request.count) {
    let terms = request.candidates ? termHits(regions, request, request.candidates) : []
    if (terms.length === 0) terms = termHits(regions, request, undefined)
    for (const hit of terms) hits.push(hit)
  }
  // Mentions rank last, so they are only looked at when phrases and words leave room.
  for (const mention of hits.length < request.count ? request.mentions : []) {
    const region = regions.find((item) => item.start <= mention.start && mention.end <= item.end)
    if (region) hits.push({ start: mention.start, end: mention.end, kind: 'entity', region, spread: 0 })
  }
  hits.sort(
    (a, b) =>
      kindRank[a.kind] - kindRank[b.kind] || b.spread - a.spread || a.start - b.start || b.end - a.end,
  )

  const snippets: Snippet[] = []
  const shown: { start: number; end: number }[] = []
  for (const hit of hits) {
    if (snippets.length >= request.count) break
    // A match already visible in a chosen snippet would only repeat it.
    if (shown.some((range) => range.start <= hit.start && hit.end <= range.end)) continue
    const snippet = makeSnippet(article.text, hit, request.width)
    snippets.push(snippet.snippet)
    shown.push(snippet.range)
  }
  return snippets
}

function termHits(
  regions: readonly Paragraph[],
  request: SnippetRequest,
  candidates: RegExp | undefined,
): Hit[] {
  // Looking further than a few times the snippets wanted rarely finds a better one, and a long article
  // full of a common word would cost a page of results dearly.
  const enough = request.count * 4
  const hits: Hit[] = []
  const pattern = candidates ?? words
  for (const region of regions) {
    if (hits.length >= enough) break
    const text = region.text
    const found: Hit[] = []
    pattern.lastIndex = 0
    // A paragraph holding a word thousands of times gives no better snippet for reading all of them.
    for (let match = pattern.exec(text); match && found.length < enough * 4; match = pattern.exec(text)) {
      let word = match[0]
      if (candidates) {
        // A candidate only says where to look: read the whole word there, if a word starts there.
        if (continuesBefore(text, match.index)) continue
        wordAt.lastIndex = match.index
        word = wordAt.exec(text)?.[0] ?? word
        pattern.lastIndex = match.index + word.length
      }
      const term = request.processor(word)
      if (term === undefined || !request.terms.has(term)) continue
      const start = region.start + match.index
      found.push({ start, end: start + word.length, kind: 'term', region, term, spread: 0 })
    }
    scoreSpread(found, request.width)
    for (const hit of found) hits.push(hit)
  }
  return hits
}

function scoreSpread(hits: Hit[], width: number): void {
  const reach = width / 2
  for (let index = 0; index < hits.length; index++) {
    const hit = hits[index]!
    const near = new Set([hit.term])
    for (let other = index - 1; other >= 0 && hits[other]!.start >= hit.start - reach; other--) {
      near.add(hits[other]!.term)
    }
    for (let other = index + 1; other < hits.length && hits[other]!.end <= hit.end + reach; other++) {
      near.add(hits[other]!.term)
    }
    hit.spread = near.size
  }
}

function makeSnippet(
  text: string,
  hit: Hit,
  width: number,
): { snippet: Snippet; range: { start: number; end: number } } {
  const { region } = hit
  const room = Math.max(0, width - (hit.end - hit.start))
  // Room the paragraph cannot give on one side goes to the other.
  let left = Math.max(region.start, hit.start - Math.ceil(room / 2))
  let right = Math.min(region.end, hit.end + (room - (hit.start - left)))
  left = Math.max(region.start, hit.start - (room - (right - hit.end)))

  if (left > region.start && !space.test(text[left - 1]!)) {
    while (left < hit.start && !space.test(text[left]!)) left++
  }
  while (left < hit.start && space.test(text[left]!)) left++
  if (right < region.end && !space.test(text[right]!)) {
    while (right > hit.end && !space.test(text[right - 1]!)) right--
  }
  while (right > hit.end && space.test(text[right - 1]!)) right--

  const before = collapse(text.slice(left, hit.start))
  const match = collapse(text.slice(hit.start, hit.end))
  const after = collapse(text.slice(hit.end, right))
  const point = pointAt(text, region, hit.start)
  return {
    snippet: {
      kind: hit.kind,
      start: hit.start,
      end: hit.end,
      line: point.line,
      column: point.column,
      text: before + match + after,
      match: { start: before.length, end: before.length + match.length },
      truncatedStart: left > region.start,
      truncatedEnd: right < region.end,
    },
    range: { start: left, end: right },
  }
}

/** Collapse every run of white space and control characters to one space, for display. */
export function collapse(text: string): string {
  return text.replace(spaces, ' ')
}

/** Line and column of `offset`, counted from the start of `region` (a line ends at LF, CRLF or CR). */
function pointAt(text: string, region: Span, offset: number): { line: number; column: number } {
  let line = region.line
  let lineStart = region.start - (region.column - 1)
  for (let index = region.start; index < offset; index++) {
    const code = text.charCodeAt(index)
    if (code === 13 && text.charCodeAt(index + 1) === 10) index++
    if (code === 10 || code === 13) {
      line++
      lineStart = index + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}
