/**
 * Keywords: the words an article uses markedly more than the rest of the corpus (keyness by
 * log-likelihood, as AntConc's keyword list computes it against a reference corpus).
 *
 * For a word seen `count` times in the article (`a` words in all) and `reference` times in the rest of the
 * corpus (`b` words), the table of `association.ts` is `o11 = count`, `o12 = a − count`,
 * `o21 = reference`, `o22 = b − reference`, and keyness is Dunning's G² of it (Rayson & Garside 2000 use the
 * same statistic for keyness). Only words over-used in the article (`count / a > reference / b`) are
 * keywords: keyness is always positive.
 *
 * With no reference — a corpus holding only this article, or only articles without words — there is
 * nothing to compare with, and the result is empty rather than a list of meaningless scores.
 */
import type { Article } from '../model.js'
import { logLikelihood } from './association.js'
import {
  booleanOption,
  checkArticle,
  checkArticles,
  checkOptions,
  integerOption,
  limitOption,
  numberOption,
  stopwordOption,
} from './options.js'
import { countTerms } from './term-counts.js'
import { compareText } from './words.js'

/** Options for `keywords`. */
export interface KeywordOptions {
  /** Words never listed (default `englishStopwords`). */
  readonly stopwords?: ReadonlySet<string>
  /** List pure numbers too. Default `false`. */
  readonly numbers?: boolean
  /** Leave out words seen fewer times than this in the article. Default 1. */
  readonly minCount?: number
  /** Leave out words with a lower keyness; 3.84 is p < 0.05 and 6.63 is p < 0.01 (one degree of freedom). Default 3.84. */
  readonly minKeyness?: number
  /** Keep at most this many rows (default: all). */
  readonly limit?: number
}

/** A keyword of the article. */
export interface Keyword {
  /** The word, lower-cased. */
  readonly term: string
  /** Occurrences in the article. */
  readonly count: number
  /** Occurrences in the rest of the corpus (the reference). */
  readonly reference: number
  /** Log-likelihood G² of the article against the reference; higher is more key. */
  readonly keyness: number
}

const caller = 'keywords(article, corpus, options)'

/**
 * The keywords of `article` against the other articles of `corpus` (the article itself is left out of the
 * reference, found by identity or id), sorted by keyness, then count, then term.
 */
export function keywords(
  article: Article,
  corpus: readonly Article[],
  options?: Readonly<KeywordOptions> | null,
): Keyword[] {
  checkArticle(caller, article)
  checkArticles(caller, corpus, 'corpus')
  const settings = checkOptions(caller, options)
  const stopwords = stopwordOption(caller, settings)
  const numbers = booleanOption(caller, settings, 'numbers', false)
  const minCount = integerOption(caller, settings, 'minCount', 1, [1, Number.MAX_SAFE_INTEGER], 2)
  const minKeyness = numberOption(caller, settings, 'minKeyness', 3.84, 0)
  const limit = limitOption(caller, settings)

  const count = { unit: 'word', n: 1, stopwords, numbers } as const
  const target = countTerms([article], count)
  const rest = corpus.filter((other) => other !== article && other.id !== article.id)
  const reference = countTerms(rest, count)
  if (target.words === 0 || reference.words === 0) return []

  const rows: Keyword[] = []
  for (const [term, { count: inArticle }] of target.terms) {
    if (inArticle < minCount) continue
    const inReference = reference.terms.get(term)?.count ?? 0
    // Over-use, compared without division: count / a > reference / b.
    if (inArticle * reference.words <= inReference * target.words) continue
    const keyness = logLikelihood({
      o11: inArticle,
      o12: target.words - inArticle,
      o21: inReference,
      o22: reference.words - inReference,
    })
    if (keyness < minKeyness || keyness <= 0) continue
    rows.push({ term, count: inArticle, reference: inReference, keyness })
  }
  rows.sort((a, b) => b.keyness - a.keyness || b.count - a.count || compareText(a.term, b.term))
  return rows.slice(0, limit)
}
