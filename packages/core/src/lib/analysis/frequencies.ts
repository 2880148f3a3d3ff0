/**
 * Frequency lists of words, stems and n-grams, as AntConc's word list and Voyant's terms table give them.
 */
import type { Article } from '../model.js'
import {
  booleanOption,
  checkArticles,
  checkOptions,
  choiceOption,
  integerOption,
  limitOption,
  stopwordOption,
} from './options.js'
import { countTerms } from './term-counts.js'
import { compareText } from './words.js'

/** Options for `frequencies`. */
export interface FrequencyOptions {
  /** Count lower-cased words (`'word'`) or their stems (`'stem'`, Porter stemmer). Default `'word'`. */
  readonly unit?: 'word' | 'stem'
  /** Words per n-gram, 1–5; n-grams stay within a sentence and stop at punctuation. Default 1. */
  readonly n?: number
  /** Words left out, and n-grams made only of them (default `englishStopwords`; `new Set()` keeps all). */
  readonly stopwords?: ReadonlySet<string>
  /** Count pure numbers ("2019", "59.3") too. Default `false`. */
  readonly numbers?: boolean
  /** Leave out terms seen fewer times than this. Default 1. */
  readonly minCount?: number
  /** Keep at most this many rows (default: all). */
  readonly limit?: number
}

/** One row of a frequency list. */
export interface FrequencyRow {
  /** The word, stem or n-gram (words joined by one space), lower-cased. */
  readonly term: string
  /** Occurrences in the corpus. */
  readonly count: number
  /** Number of articles it occurs in. */
  readonly articles: number
  /** Occurrences per million words of the corpus (every word counted, stopwords and numbers included). */
  readonly perMillion: number
}

const caller = 'frequencies(articles, options)'

/**
 * The frequency list of `articles`: rows sorted by count, most frequent first, then by term.
 * An empty corpus gives an empty list.
 */
export function frequencies(
  articles: readonly Article[],
  options?: Readonly<FrequencyOptions> | null,
): FrequencyRow[] {
  checkArticles(caller, articles)
  const settings = checkOptions(caller, options)
  const unit = choiceOption(caller, settings, 'unit', ['word', 'stem'])
  const n = integerOption(caller, settings, 'n', 1, [1, 5], 2)
  const stopwords = stopwordOption(caller, settings)
  const numbers = booleanOption(caller, settings, 'numbers', false)
  const minCount = integerOption(caller, settings, 'minCount', 1, [1, Number.MAX_SAFE_INTEGER], 2)
  const limit = limitOption(caller, settings)

  const { terms, words } = countTerms(articles, { unit, n, stopwords, numbers })
  const rows: FrequencyRow[] = []
  for (const [term, { count, articles: inArticles }] of terms) {
    if (count < minCount) continue
    rows.push({ term, count, articles: inArticles, perMillion: (count / words) * 1_000_000 })
  }
  rows.sort((a, b) => b.count - a.count || compareText(a.term, b.term))
  return rows.slice(0, limit)
}
