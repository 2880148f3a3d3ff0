/**
 * Constructors for the model's units, shared by the tree walk and by `fromJSON`
 * so both produce records of exactly the same shape.
 */
import type { ArticleStats, Paragraph, Sentence, Token, TokenKind } from './model.js'

/** Where a unit starts, as a line and column. */
export interface LineColumn {
  readonly line: number
  readonly column: number
}

/** Words read per minute, for `stats.readingMinutes`. */
export const wordsPerMinute = 200

/** A token over `text.slice(start, end)`. */
export function createToken(
  text: string,
  start: number,
  end: number,
  at: LineColumn,
  kind: TokenKind,
): Token {
  return { start, end, line: at.line, column: at.column, kind, text: text.slice(start, end) }
}

/** A sentence over `text.slice(start, end)`. */
export function createSentence(
  text: string,
  start: number,
  end: number,
  at: LineColumn,
  index: number,
  tokens: readonly Token[],
): Sentence {
  return { start, end, line: at.line, column: at.column, index, text: text.slice(start, end), tokens }
}

/** A paragraph over `text.slice(start, end)`; `index` is -1 for the heading. */
export function createParagraph(
  text: string,
  start: number,
  end: number,
  at: LineColumn,
  index: number,
  sentences: readonly Sentence[],
): Paragraph {
  return { start, end, line: at.line, column: at.column, index, text: text.slice(start, end), sentences }
}

/** Counts over the heading and body paragraphs. */
export function computeStats(
  text: string,
  heading: Paragraph | undefined,
  paragraphs: readonly Paragraph[],
): ArticleStats {
  let words = 0
  let sentences = 0
  for (const paragraph of heading ? [heading, ...paragraphs] : paragraphs) {
    sentences += paragraph.sentences.length
    for (const sentence of paragraph.sentences) {
      for (const token of sentence.tokens) if (token.kind === 'word') words++
    }
  }
  return createStats(text.length, words, sentences, paragraphs.length)
}

/** Stats from counts already made (words and sentences in the heading and body, body paragraphs). */
export function createStats(
  characters: number,
  words: number,
  sentences: number,
  paragraphs: number,
): ArticleStats {
  return { characters, words, sentences, paragraphs, readingMinutes: Math.ceil(words / wordsPerMinute) }
}
