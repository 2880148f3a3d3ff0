/**
 * The typed document model: plain, readonly, serialisable records.
 *
 * Every unit is a `Span` into the *original* text given to `parseArticle`
 * (before any normalisation), so `article.text.slice(unit.start, unit.end)`
 * is always the unit's exact text.
 */
import type { Root } from 'nlcst'
import type { VFileMessage } from 'vfile-message'

/** A stretch of the original article text. */
export interface Span {
  /** Offset (UTF-16 code units) of the first character, into the original text. */
  readonly start: number
  /** Offset just past the last character, into the original text. */
  readonly end: number
  /** 1-based line of `start`. */
  readonly line: number
  /** 1-based column of `start` (UTF-16 code units). */
  readonly column: number
}

/** Kind of a token, following the NLCST node it comes from. */
export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'whitespace'

/** The smallest unit: a word, a punctuation mark, a symbol or a run of white space. */
export interface Token extends Span {
  /** What kind of token this is. */
  readonly kind: TokenKind
  /** Exact text, `article.text.slice(start, end)`. */
  readonly text: string
}

/** A sentence: its tokens, in order, without the white space between sentences. */
export interface Sentence extends Span {
  /** 0-based position of the sentence in the article (title sentences first). */
  readonly index: number
  /** Exact text, `article.text.slice(start, end)`. */
  readonly text: string
  /** Tokens in order; they do not overlap and lie within the sentence. */
  readonly tokens: readonly Token[]
}

/** A block of text separated from its neighbours by a blank line. */
export interface Paragraph extends Span {
  /** 0-based position among the body paragraphs (the heading is -1). */
  readonly index: number
  /** Exact text, `article.text.slice(start, end)`, without surrounding blank lines. */
  readonly text: string
  /** Sentences in order. */
  readonly sentences: readonly Sentence[]
}

/** Values front matter may carry: anything JSON can hold. */
export type MetaValue =
  | string
  | number
  | boolean
  | null
  | readonly MetaValue[]
  | { readonly [key: string]: MetaValue }

/** Metadata of an article, from YAML front matter. */
export interface ArticleMeta {
  /** Publication date as written in front matter (`YYYY-MM-DD` recommended). */
  readonly date?: string
  /** Where the article comes from (publisher, site). */
  readonly source?: string
  /** Address of the original article. */
  readonly url?: string
  /** Any other front-matter key. */
  readonly [key: string]: MetaValue | undefined
}

/** Counts that describe an article. */
export interface ArticleStats {
  /** Characters of the original text (UTF-16 code units). */
  readonly characters: number
  /** Word tokens in the heading and body. */
  readonly words: number
  /** Sentences in the heading and body. */
  readonly sentences: number
  /** Body paragraphs (the heading is not counted). */
  readonly paragraphs: number
  /** Estimated reading time in minutes at 200 words a minute, rounded up (0 for no words). */
  readonly readingMinutes: number
}

/** A parsed article. */
export interface Article {
  /** Stable identifier: the file name without extension, or given by the caller. */
  readonly id: string
  /** File the article came from, relative to its corpus, when known. */
  readonly file?: string
  /** Title: front matter `title`, else the first non-empty line, trimmed. */
  readonly title: string
  /** The original text, unchanged (BOM, CRLF and odd spaces included). */
  readonly text: string
  /** Front-matter metadata (empty when there is none). */
  readonly meta: ArticleMeta
  /** The title line as a paragraph, when the title comes from the text. */
  readonly heading?: Paragraph
  /** Body paragraphs in order. */
  readonly paragraphs: readonly Paragraph[]
  /** Counts. */
  readonly stats: ArticleStats
  /** Problems found in the text, as vfile messages (`ruleId`, `source`, place). */
  readonly messages: readonly VFileMessage[]
  /** The NLCST tree, when kept (`parseArticle(text, {tree: true})`); the model never needs it. */
  readonly tree?: Root
}
