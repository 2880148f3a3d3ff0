/**
 * The list of articles. Article text is only ever set as text, never as HTML.
 */
import type { Article } from '@dalian-news/core'

/** Replace the children of `list` with one item per article: its title and word count. */
export function renderArticleList(list: HTMLElement, articles: readonly Article[]): void {
  const document = list.ownerDocument
  list.replaceChildren(
    ...articles.map((article) => {
      const item = document.createElement('li')
      const title = document.createElement('span')
      title.className = 'title'
      title.textContent = article.title || article.id
      const words = document.createElement('span')
      words.className = 'words'
      words.textContent = ` (${article.stats.words} words)`
      item.append(title, words)
      return item
    }),
  )
}
