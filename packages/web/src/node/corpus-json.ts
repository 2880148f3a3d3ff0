/**
 * `corpus.json`: the articles as core's `toJSON` writes them, in one array, which the page rebuilds with
 * `fromJSON`.
 */
import { type Article, toJSON } from '@dalian-news/core'

/** The text of `corpus.json` for `articles`. */
export function corpusJson(articles: readonly Article[]): string {
  if (!Array.isArray(articles)) {
    throw new TypeError(
      `corpusJson(articles): expected an array of articles, got ${articles === null ? 'null' : typeof articles}; pass corpus.articles from loadCorpus`,
    )
  }
  // `<` written as an escape: the file is data, and stays inert even if someone inlines it in a page.
  return JSON.stringify(articles.map((article) => toJSON(article))).replace(/</g, '\\u003c')
}
