/**
 * Counting words, stems and n-grams over articles: what frequency lists and keywords are made of.
 *
 * An n-gram is n words in a row inside one sentence with nothing but white space (or a hyphen inside a
 * word) between them. Any punctuation mark or symbol ends the run — a comma, colon, semicolon, dash,
 * bracket, quotation mark or `%` marks a clause or phrase edge in news prose, and an n-gram across it
 * ("projects and investment" from "projects, and investment") is not a phrase anyone wrote. When pure
 * numbers are left out they end the run too, so no n-gram holds a number it does not show.
 */
import type { Article } from '../model.js'
import { articleSentences, createStem, isNumber, sentenceItems } from './words.js'

/** What is counted. */
export interface CountSettings {
  /** Count word forms or their stems. */
  readonly unit: 'word' | 'stem'
  /** Words per n-gram, 1–5. */
  readonly n: number
  /** Words left out (unigrams), or that an n-gram may not consist of only. */
  readonly stopwords: ReadonlySet<string>
  /** Whether pure numbers are counted. */
  readonly numbers: boolean
}

/** How often a term occurs. */
export interface TermCount {
  /** Occurrences. */
  count: number
  /** Articles it occurs in. */
  articles: number
  /** Index of the last article counted, so each article is counted once. */
  lastArticle: number
}

/** The result of `countTerms`. */
export interface Counts {
  /** Each term and its counts, in the order first seen. */
  readonly terms: Map<string, TermCount>
  /** Every word of the articles (stopwords and numbers included): the corpus size. */
  readonly words: number
}

/** Count the terms of `articles` under `settings`. */
export function countTerms(articles: readonly Article[], settings: CountSettings): Counts {
  const { unit, n, stopwords, numbers } = settings
  const stem = createStem()
  const terms = new Map<string, TermCount>()
  let words = 0
  const run: string[] = []

  articles.forEach((article, articleIndex) => {
    for (const sentence of articleSentences(article)) {
      run.length = 0
      for (const item of sentenceItems(sentence)) {
        if (item.kind === 'mark') {
          run.length = 0
          continue
        }
        words++
        if (!numbers && isNumber(item.key)) {
          run.length = 0
          continue
        }
        run.push(item.key)
        if (run.length > n) run.shift()
        if (run.length < n) continue
        if (n === 1 ? stopwords.has(item.key) : run.every((key) => stopwords.has(key))) continue
        const term = unit === 'stem' ? run.map(stem).join(' ') : run.join(' ')
        const entry = terms.get(term)
        if (entry === undefined) terms.set(term, { count: 1, articles: 1, lastArticle: articleIndex })
        else {
          entry.count++
          if (entry.lastArticle !== articleIndex) {
            entry.articles++
            entry.lastArticle = articleIndex
          }
        }
      }
    }
  })
  return { terms, words }
}
