import type { Article, ArticleMeta, ArticleStats } from '../../src/index.js'

/** What a fixture's `output.json` holds: enough for a reviewer to check the parse, without every token. */
export interface Summary {
  readonly title: string
  readonly meta: ArticleMeta
  readonly stats: ArticleStats
  readonly heading: string | null
  readonly paragraphs: readonly { readonly text: string; readonly sentences: readonly string[] }[]
  readonly messages: readonly string[]
}

/** Summarise an article for a fixture. */
export function summarise(article: Article): Summary {
  return {
    title: article.title,
    meta: article.meta,
    stats: article.stats,
    heading: article.heading?.text ?? null,
    paragraphs: article.paragraphs.map((paragraph) => ({
      text: paragraph.text,
      sentences: paragraph.sentences.map((sentence) => sentence.text),
    })),
    // `line:column-line:column ruleId: reason` on one line, so a changed message is one changed line.
    messages: article.messages.map((message) => {
      const place = message.place
      const start = place && 'start' in place ? place.start : place
      const end = place && 'end' in place ? place.end : undefined
      const where = start ? `${start.line}:${start.column}${end ? `-${end.line}:${end.column}` : ''} ` : ''
      return `${where}${message.ruleId}: ${message.reason}`
    }),
  }
}
