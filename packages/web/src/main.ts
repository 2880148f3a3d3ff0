import { fromJSON } from '@dalian-news/core'
import { renderArticleList } from './article-list.js'

const list = document.querySelector<HTMLElement>('#articles')
if (list) {
  const response = await fetch('./corpus.json')
  const data: unknown[] = await response.json()
  renderArticleList(
    list,
    data.map((item) => fromJSON(item)),
  )
}
