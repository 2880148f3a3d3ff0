/**
 * Collocates: the words found near a node word or phrase more often than chance would put them there.
 *
 * The window is counted in words (stopwords and numbers take up places, punctuation does not) and stays
 * inside the node's sentence. A word in the windows of two nearby nodes is counted once, and the node's
 * own words are never in a window, so a collocate's count can never exceed its frequency.
 *
 * Scores come from the 2×2 table of window positions against the rest of the corpus (Evert 2008, surface
 * co-occurrence), with `N` every word of the corpus and `W` the number of window positions:
 * `o11 = count`, `o12 = W − count`, `o21 = frequency − count`, `o22 = N − W − frequency + count`;
 * `MI = log2(o11 / e11)` (Church & Hanks 1990), G² after Dunning (1993) — see `association.ts`.
 */
import type { Article } from '../model.js'
import { logLikelihood, mutualInformation, type Table } from './association.js'
import {
  booleanOption,
  checkArticles,
  checkOptions,
  checkQuery,
  choiceOption,
  integerOption,
  limitOption,
  stopwordOption,
} from './options.js'
import { compilePattern, findMatches, type MatchMode } from './query.js'
import { articleSentences, compareText, isNumber, sentenceItems } from './words.js'

/** What collocates are ranked by. */
export type CollocateSort = 'logLikelihood' | 'mi' | 'count'

/** Options for `collocates`. */
export interface CollocateOptions {
  /** Words to the left of the node in the window. Default 5. */
  readonly left?: number
  /** Words to the right of the node in the window. Default 5. */
  readonly right?: number
  /** Compare the node's words as written or by stem (see `concordance`). Default `'word'`. */
  readonly match?: MatchMode
  /** Words never listed as collocates (default `englishStopwords`; `new Set()` lists all). */
  readonly stopwords?: ReadonlySet<string>
  /** List pure numbers as collocates too. Default `false`. */
  readonly numbers?: boolean
  /** Leave out collocates seen fewer times than this near the node (raise it to 3 or more when sorting by MI, which overrates rare words). Default 1. */
  readonly minCount?: number
  /** Rank by log-likelihood, mutual information or count, highest first. Default `'logLikelihood'`. */
  readonly sort?: CollocateSort
  /** Keep at most this many rows (default: all). */
  readonly limit?: number
}

/** A word found near the node. */
export interface Collocate {
  /** The collocate, lower-cased. */
  readonly term: string
  /** Times it occurs in the node's windows (observed co-occurrence). */
  readonly count: number
  /** Times it occurs in the whole corpus. */
  readonly frequency: number
  /** Co-occurrences expected by chance: window positions × frequency / corpus words. */
  readonly expected: number
  /** Mutual information, log2(observed / expected). */
  readonly mi: number
  /** Log-likelihood G² (Dunning), negative when the word is rarer near the node than expected. */
  readonly logLikelihood: number
}

const caller = 'collocates(articles, term, options)'

/**
 * The collocates of `term` (a word or phrase, as in `concordance`) in `articles`, ranked by `sort`, then
 * by count and term. An unknown term or an empty corpus gives an empty list.
 */
export function collocates(
  articles: readonly Article[],
  term: string,
  options?: Readonly<CollocateOptions> | null,
): Collocate[] {
  checkArticles(caller, articles)
  checkQuery(caller, term, 'term')
  const settings = checkOptions(caller, options)
  const left = integerOption(caller, settings, 'left', 5, [0, 1000], 5)
  const right = integerOption(caller, settings, 'right', 5, [0, 1000], 5)
  const match = choiceOption(caller, settings, 'match', ['word', 'stem'])
  const stopwords = stopwordOption(caller, settings)
  const numbers = booleanOption(caller, settings, 'numbers', false)
  const minCount = integerOption(caller, settings, 'minCount', 1, [1, Number.MAX_SAFE_INTEGER], 3)
  const sort = choiceOption(caller, settings, 'sort', ['logLikelihood', 'mi', 'count'])
  const limit = limitOption(caller, settings)

  const pattern = compilePattern(term, match)
  if (!pattern) return []
  const frequency = new Map<string, number>()
  const observed = new Map<string, number>()
  let corpusWords = 0
  let windowWords = 0

  for (const article of articles) {
    for (const sentence of articleSentences(article)) {
      const items = sentenceItems(sentence)
      const words: string[] = []
      // Word position of each item: a node's window is measured in words, whatever marks lie between.
      const wordAt: number[] = []
      for (const item of items) {
        wordAt.push(words.length)
        if (item.kind === 'word') {
          words.push(item.key)
          frequency.set(item.key, (frequency.get(item.key) ?? 0) + 1)
        }
      }
      corpusWords += words.length
      const matches = findMatches(pattern, items)
      if (matches.length === 0) continue
      // 1 = part of a node, 2 = in a window: each position is counted once.
      const role = new Uint8Array(words.length)
      const spans = matches.map(([first, last]) => {
        const from = wordAt[first]!
        const to = items[last]!.kind === 'word' ? wordAt[last]! : wordAt[last]! - 1
        for (let at = from; at <= to; at++) role[at] = 1
        return [from, to] as const
      })
      for (const [from, to] of spans) {
        for (let at = Math.max(0, from - left); at < from; at++) if (role[at] === 0) role[at] = 2
        for (let at = to + 1; at <= Math.min(words.length - 1, to + right); at++)
          if (role[at] === 0) role[at] = 2
      }
      role.forEach((value, at) => {
        if (value !== 2) return
        windowWords++
        const key = words[at]!
        if (stopwords.has(key) || (!numbers && isNumber(key))) return
        observed.set(key, (observed.get(key) ?? 0) + 1)
      })
    }
  }

  const rows: Collocate[] = []
  for (const [key, count] of observed) {
    if (count < minCount) continue
    const total = frequency.get(key)!
    const table: Table = {
      o11: count,
      o12: windowWords - count,
      o21: total - count,
      o22: corpusWords - windowWords - total + count,
    }
    rows.push({
      term: key,
      count,
      frequency: total,
      expected: (windowWords * total) / corpusWords,
      mi: mutualInformation(table),
      logLikelihood: logLikelihood(table),
    })
  }
  rows.sort((a, b) => b[sort] - a[sort] || b.count - a.count || compareText(a.term, b.term))
  return rows.slice(0, limit)
}
