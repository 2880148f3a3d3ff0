export { renderArticleList } from './article-list.js'
