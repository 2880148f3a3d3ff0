/**
 * Words and index terms: how text (an article or a query) is cut into words, and how a word becomes the
 * term the search index stores (lower case, no accents, no possessive, stemmed; stopwords dropped).
 *
 * The index, the query parser and the snippet finder all use these, so a word found in a snippet is
 * exactly a word the index matched.
 */
import { stemmer } from 'stemmer'

/**
 * A word: letters, digits and marks, joined through an apostrophe ("Dalian's", "don't") or through a
 * decimal point or thousands separator between digits ("59.3", "1,800"). Hyphens split words, so
 * "pre-zones" is "pre" and "zones", as the index sees it.
 */
export const wordPattern = /[\p{L}\p{N}\p{M}]+(?:(?:['’]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu

const wordEnd = /[\p{L}\p{N}\p{M}]$/u
const wordStart = /^[\p{L}\p{N}\p{M}]/u
const joinBefore = /(?:[\p{L}\p{N}\p{M}]['’]|\p{N}[.,])$/u
const joinAfter = /^['’][\p{L}\p{N}\p{M}]/u
const digitJoinAfter = /^[.,]\p{N}/u
const digitEnd = /\p{N}$/u

/**
 * Whether a word of `text` would go on to the left of `offset`: a letter, digit or mark, or one of the
 * joins `wordPattern` makes ("Dalian'|s", "59.|3"). A match that starts where this is false starts a word.
 */
export function continuesBefore(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 3), offset)
  return wordEnd.test(before) || joinBefore.test(before)
}

/** Whether a word of `text` would go on to the right of `offset` (see `continuesBefore`). */
export function continuesAfter(text: string, offset: number): boolean {
  const after = text.slice(offset, offset + 3)
  return (
    wordStart.test(after) ||
    joinAfter.test(after) ||
    (digitJoinAfter.test(after) && digitEnd.test(text.slice(Math.max(0, offset - 2), offset)))
  )
}

/** A word of a text with its offsets. */
export interface WordAt {
  /** The word as written. */
  readonly text: string
  /** Offset of its first character in the text searched. */
  readonly start: number
  /** Offset just past its last character. */
  readonly end: number
}

/** Every word of `text` in order, with offsets shifted by `offset`. */
export function* wordsOf(text: string, offset = 0): Generator<WordAt> {
  for (const match of text.matchAll(wordPattern)) {
    const start = offset + match.index
    yield { text: match[0], start, end: start + match[0].length }
  }
}

/** The words of `text`, without offsets (the tokenizer the index uses). */
export function splitWords(text: string): string[] {
  return text.match(wordPattern) ?? []
}

/**
 * The comparable form of a word: lower case, accents removed, a possessive "'s" and other apostrophes
 * dropped, thousands separators removed ("1,800" → "1800"). Empty when nothing is left.
 */
export function normaliseWord(word: string): string {
  let value = word.toLowerCase()
  // NFKD splits "é" into "e" and a combining mark, which is then dropped: "Zürich" finds "Zurich".
  if (/[^\u0000-\u007f]/.test(value)) value = value.normalize('NFKD').replace(/\p{M}+/gu, '')
  value = value.replace(/’/g, "'")
  if (value.endsWith("'s")) value = value.slice(0, -2)
  return value.replace(/'/g, '').replace(/(?<=\p{N}),(?=\p{N})/gu, '')
}

/** The index term of `word`: its stem, or `undefined` for a stopword or a word with nothing left. */
export function indexTerm(word: string, stopwords: ReadonlySet<string>): string | undefined {
  const normal = normaliseWord(word)
  return normal && !stopwords.has(normal) ? stemmer(normal) : undefined
}

/** Turns words into index terms, remembering each answer (a corpus has far fewer words than tokens). */
export interface TermProcessor {
  /** The index term of `word`: its stem, or `undefined` for a stopword or a word with nothing left. */
  (word: string): string | undefined
  /** Every word seen so far that has a term, in its normalised form, with its term. */
  readonly vocabulary: ReadonlyMap<string, string>
  /** The stopwords this processor drops. */
  readonly stopwords: ReadonlySet<string>
}

/** Make a term processor that drops `stopwords` (compared with the normalised word). */
export function createTermProcessor(stopwords: ReadonlySet<string>): TermProcessor {
  const terms = new Map<string, string | undefined>()
  const vocabulary = new Map<string, string>()
  const process = (word: string): string | undefined => {
    if (terms.has(word)) return terms.get(word)
    const term = indexTerm(word, stopwords)
    if (term !== undefined) vocabulary.set(normaliseWord(word), term)
    terms.set(word, term)
    return term
  }
  return Object.assign(process, { vocabulary, stopwords })
}
