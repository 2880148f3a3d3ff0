/**
 * Finding the paragraph and sentence an offset falls in, so a search match or an amount can link to its
 * sentence and show its context.
 */
import type { Article, Paragraph, Sentence } from '@dalian-news/core'

/** The heading (when the title comes from the text) and the body paragraphs, in text order. */
export function articleBlocks(article: Article): readonly Paragraph[] {
  return article.heading ? [article.heading, ...article.paragraphs] : article.paragraphs
}

function search<T extends { readonly start: number; readonly end: number }>(
  items: readonly T[],
  offset: number,
): T | undefined {
  let low = 0
  let high = items.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const item = items[middle]!
    if (offset < item.start) high = middle - 1
    else if (offset >= item.end) low = middle + 1
    else return item
  }
  return undefined
}

/** The paragraph (or heading) that contains `offset`. */
export function blockAt(article: Article, offset: number): Paragraph | undefined {
  return search(articleBlocks(article), offset)
}

/** The sentence that contains `offset`. */
export function sentenceAt(article: Article, offset: number): Sentence | undefined {
  const block = blockAt(article, offset)
  return block ? search(block.sentences, offset) : undefined
}

/** The sentence with index `index`. */
export function sentenceByIndex(article: Article, index: number): Sentence | undefined {
  for (const block of articleBlocks(article)) {
    const last = block.sentences[block.sentences.length - 1]
    if (last && last.index >= index) return block.sentences.find((sentence) => sentence.index === index)
  }
  return undefined
}
