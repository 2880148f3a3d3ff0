/**
 * The parser worker: core's `parseArticle` off the page's main thread, so a long paste never freezes the
 * page, and the parser (the largest part of core) is only fetched when someone opens "Your article".
 */
import { parseArticle, toJSON } from '@dalian-news/core'
import type { ParseRequest, ParseResponse } from './messages.js'

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null
  postMessage(message: ParseResponse): void
}

scope.onmessage = (event) => {
  const { id, text } = event.data
  try {
    const article = parseArticle(String(text), { id: 'pasted', tree: false })
    scope.postMessage({ id, ok: true, article: toJSON(article) })
  } catch (error) {
    // parseArticle reports problems in text as messages; reaching this is a bug worth showing plainly.
    scope.postMessage({ id, ok: false, reason: error instanceof Error ? error.message : String(error) })
  }
}
