/**
 * The corpus overview: one line per article.
 */
import type { Corpus } from '@dalian-news/core'
import type { Io } from '../lib/io.js'
import { formatTable } from '../lib/table.js'

/** Print the articles of `corpus` as a table (id, title, paragraphs, words) and its load errors. */
export function printOverview(corpus: Corpus, io: Io): number {
  if (corpus.articles.length === 0) {
    io.out('No articles in this corpus.\n')
  } else {
    const table = formatTable(
      corpus.articles,
      [
        { header: 'id', value: (article) => article.id },
        { header: 'title', value: (article) => article.title, flexible: true },
        { header: 'paragraphs', value: (article) => article.stats.paragraphs, align: 'right' },
        { header: 'words', value: (article) => article.stats.words, align: 'right' },
      ],
      io.columns,
    )
    io.out(`${table}\n`)
  }
  const words = corpus.articles.reduce((sum, article) => sum + article.stats.words, 0)
  io.out(`\n${corpus.articles.length} articles, ${words} words\n`)
  return 0
}
