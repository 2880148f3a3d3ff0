/**
 * Finding the sentence and the paragraph an offset of an article is in, for jumping to a mention and for
 * keeping keyword-in-context lines inside their paragraph.
 */
import type { Article, Paragraph, Sentence } from '@dalian-news/core'

const regionsCache = new WeakMap<Article, readonly Paragraph[]>()
const sentencesCache = new WeakMap<Article, readonly Sentence[]>()

/** The heading (when it comes from the text) and the body paragraphs, in text order. */
export function regionsOf(article: Article): readonly Paragraph[] {
  let regions = regionsCache.get(article)
  if (!regions) {
    regions = [...(article.heading ? [article.heading] : []), ...article.paragraphs]
    regionsCache.set(article, regions)
  }
  return regions
}

function sentencesOf(article: Article): readonly Sentence[] {
  let sentences = sentencesCache.get(article)
  if (!sentences) {
    sentences = regionsOf(article).flatMap((region) => region.sentences)
    sentencesCache.set(article, sentences)
  }
  return sentences
}

function lastStartingAtOrBefore<T extends { readonly start: number }>(
  items: readonly T[],
  offset: number,
): T | undefined {
  let low = 0
  let high = items.length - 1
  let found: T | undefined
  while (low <= high) {
    const middle = (low + high) >> 1
    if (items[middle]!.start <= offset) {
      found = items[middle]
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found
}

/** The sentence `offset` is in (or the last one before it), if any. */
export function sentenceAt(article: Article, offset: number): Sentence | undefined {
  return lastStartingAtOrBefore(sentencesOf(article), offset)
}

/** The heading or paragraph `offset` is in (or the last one before it), if any. */
export function regionAt(article: Article, offset: number): Paragraph | undefined {
  return lastStartingAtOrBefore(regionsOf(article), offset)
}
