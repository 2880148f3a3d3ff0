/**
 * A link to an article's reader, labelled with its title (or its id when it has none).
 */
import type { Article } from '@dalian-news/core'
import { defaultReaderOptions, formatRoute } from '../lib/route.js'

type Props = {
  /** The article to open. */
  readonly article: Article
}

/** The link. */
export function ArticleLink({ article }: Props) {
  return (
    <a href={formatRoute({ page: 'article', id: article.id, ...defaultReaderOptions })}>
      {article.title || article.id}
    </a>
  )
}
