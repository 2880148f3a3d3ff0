/**
 * Concordance (keyword in context, KWIC): every place a word or phrase occurs, with the text around it.
 */
import type { Article } from '../model.js'
import {
  type ContextUnit,
  charsAfter,
  charsBefore,
  displayText,
  wordsAfter,
  wordsBefore,
} from './kwic-context.js'
import {
  checkArticles,
  checkOptions,
  checkQuery,
  choiceOption,
  integerOption,
  limitOption,
} from './options.js'
import { compilePattern, findMatches, type MatchMode } from './query.js'
import { articleSentences, bodyRange, compareText, type Item, sentenceItems } from './words.js'

/** How concordance lines are ordered. */
export type ConcordanceSort = 'position' | 'left' | 'right'

/** Options for `concordance`. */
export interface ConcordanceOptions {
  /** Compare words as written (`'word'`, lower-cased) or by stem (`'stem'`: "invest" finds "investment"). Default `'word'`. */
  readonly match?: MatchMode
  /** Context on each side, in `unit`s (default 40 characters, or 6 words when `unit` is `'words'`). */
  readonly width?: number
  /** Unit of `width`: `'chars'` (after white space is collapsed) or `'words'`. Default `'chars'`. */
  readonly unit?: ContextUnit
  /** Order: `'position'` (article order, then offset), `'left'` or `'right'` (by the nearest words on that side). Default `'position'`. */
  readonly sort?: ConcordanceSort
  /** Keep at most this many lines, after sorting (default: all). */
  readonly limit?: number
}

/** One concordance line. */
export interface ConcordanceLine {
  /** Id of the article. */
  readonly articleId: string
  /** Offset of the match in `article.text`. */
  readonly start: number
  /** Offset just past the match: `article.text.slice(start, end)` is the matched text. */
  readonly end: number
  /** 1-based line of `start`. */
  readonly line: number
  /** 1-based column of `start`. */
  readonly column: number
  /** Text before the match, cleaned for display; `left + match + right` reads as the text does. */
  readonly left: string
  /** The matched text, cleaned for display (white space collapsed). */
  readonly match: string
  /** Text after the match, cleaned for display. */
  readonly right: string
  /** Index of the sentence the match is in (`Sentence.index`). */
  readonly sentenceIndex: number
}

const caller = 'concordance(articles, query, options)'
// AntConc sorts by up to three words on a side; five leaves fewer ties to position order.
const sortDepth = 5

interface Found {
  readonly line: ConcordanceLine
  readonly order: number
  readonly key?: readonly string[]
}

/**
 * Every occurrence of `query` (a word or a phrase, case-insensitive; a phrase matches across white space
 * and line breaks, within a sentence) in `articles`, as KWIC lines. A query without a word finds nothing.
 */
export function concordance(
  articles: readonly Article[],
  query: string,
  options?: Readonly<ConcordanceOptions> | null,
): ConcordanceLine[] {
  checkArticles(caller, articles)
  checkQuery(caller, query)
  const settings = checkOptions(caller, options)
  const match = choiceOption(caller, settings, 'match', ['word', 'stem'])
  const unit = choiceOption(caller, settings, 'unit', ['chars', 'words'])
  const width = integerOption(caller, settings, 'width', unit === 'chars' ? 40 : 6, [0, 100_000], 40)
  const sort = choiceOption(caller, settings, 'sort', ['position', 'left', 'right'])
  const limit = limitOption(caller, settings)

  const pattern = compilePattern(query, match)
  if (!pattern) return []
  const found: Found[] = []
  for (const article of articles) {
    // In position order the first `limit` lines are final: no need to read further.
    if (sort === 'position' && found.length >= limit) break
    const { text } = article
    if (!pattern.mayOccurIn(text)) continue
    const body = bodyRange(article)
    const items: Item[] = []
    const hits: { first: number; last: number; sentenceIndex: number }[] = []
    for (const sentence of articleSentences(article)) {
      const sentenceItemList = sentenceItems(sentence)
      for (const [first, last] of findMatches(pattern, sentenceItemList))
        hits.push({ first: items.length + first, last: items.length + last, sentenceIndex: sentence.index })
      for (const item of sentenceItemList) items.push(item)
    }
    for (const { first, last, sentenceIndex } of hits) {
      const head = items[first]!
      const tail = items[last]!
      const left =
        unit === 'chars'
          ? charsBefore(text, body.start, head.start, width)
          : wordsBefore(text, items, first, body.start, width)
      const right =
        unit === 'chars'
          ? charsAfter(text, tail.end, body.end, width)
          : wordsAfter(text, items, last, body.end, width)
      const line: ConcordanceLine = {
        articleId: article.id,
        start: head.start,
        end: tail.end,
        line: head.line,
        column: head.column,
        left,
        match: displayText(text.slice(head.start, tail.end)),
        right,
        sentenceIndex,
      }
      const order = found.length
      if (sort === 'position') found.push({ line, order })
      else found.push({ line, order, key: sortKey(items, sort === 'left' ? first : last, sort) })
    }
  }

  if (sort !== 'position') found.sort((a, b) => compareKeys(a.key!, b.key!) || a.order - b.order)
  return found.slice(0, limit).map((item) => item.line)
}

/** The keys of the nearest words on one side of item `index`, nearest first. */
function sortKey(items: readonly Item[], index: number, side: 'left' | 'right'): string[] {
  const key: string[] = []
  const step = side === 'left' ? -1 : 1
  for (let at = index + step; at >= 0 && at < items.length && key.length < sortDepth; at += step) {
    if (items[at]!.kind === 'word') key.push(items[at]!.key)
  }
  return key
}

// A line with no word on that side (the start or end of an article) sorts first.
function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const order = compareText(a[index]!, b[index]!)
    if (order !== 0) return order
  }
  return a.length - b.length
}
