/**
 * What the page and the parser worker say to each other.
 */
import type { SerialisedArticle } from '@dalian-news/core'

/** The page asks for `text` to be parsed; `id` ties the answer to the request. */
export interface ParseRequest {
  /** Number of the request; only the latest answer is used. */
  readonly id: number
  /** The article text. */
  readonly text: string
}

/** The worker's answer: the article as `toJSON` data, or why parsing failed. */
export type ParseResponse =
  | { readonly id: number; readonly ok: true; readonly article: SerialisedArticle }
  | { readonly id: number; readonly ok: false; readonly reason: string }
