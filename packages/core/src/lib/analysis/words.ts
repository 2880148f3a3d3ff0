/**
 * What the analysis functions count: the words and punctuation marks of a sentence, each with a
 * normalised key and exact offsets into `article.text`.
 *
 * A word token of the model becomes one or more words here:
 * - it is split at hyphens, so "Shanghai-Dalian" is "shanghai" + "dalian" and a search for "Dalian" finds
 *   it, as AntConc and Voyant Tools do;
 * - a possessive `'s` (or the `'` of "companies'") is left out of the key and of the span, so "Dalian's"
 *   counts as "dalian" and its match is the six letters;
 * - the key is lower-cased (NFKC first, so full-width letters match), with curly apostrophes straightened
 *   and a final full stop dropped ("Co." → "co", "U.S." → "u.s"): the parser makes "e.g." one word before
 *   "on" but "e.g" and "." at the end of a sentence or a query, and both must find each other.
 * White space is not an item: a phrase matches across spaces and line breaks.
 */
import { stemmer } from 'stemmer'
import type { Article, Sentence, Token } from '../model.js'

/** A word or a punctuation mark (or symbol) of a sentence. */
export interface Item {
  /** A word, or a punctuation mark or symbol. */
  readonly kind: 'word' | 'mark'
  /** Normalised form: the lower-cased word, or the mark with quotes and full-width forms made plain. */
  readonly key: string
  /** Offset of the first character in `article.text`. */
  readonly start: number
  /** Offset just past the last character. */
  readonly end: number
  /** 1-based line of `start`. */
  readonly line: number
  /** 1-based column of `start`. */
  readonly column: number
}

const simpleWord = /^[A-Za-z0-9]+$/
const wordPart = /[^-\u2010\u2011]+/g
const letterOrDigit = /[\p{L}\p{N}]/u
const possessive = /(?:['’][sS]|(?<=[sS])['’])$/
const nonAscii = /[^\u0000-\u007f]/
const curlyApostrophe = /[‘’‛′]/g
const curlyQuote = /[“”„‟″«»]/g
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const pureNumber = /^[\p{Nd}.,]*\p{Nd}[\p{Nd}.,]*$/u

/** The sentences of an article in order, the heading's first. */
export function* articleSentences(article: Article): Generator<Sentence> {
  if (article.heading) yield* article.heading.sentences
  for (const paragraph of article.paragraphs) yield* paragraph.sentences
}

/** Where the article's title and body lie in its text (front matter left out). */
export function bodyRange(article: Article): { readonly start: number; readonly end: number } {
  const first = article.heading ?? article.paragraphs[0]
  const last = article.paragraphs.at(-1) ?? article.heading
  return first && last ? { start: first.start, end: last.end } : { start: 0, end: 0 }
}

/** The key of a word as written: see the module comment. */
export function wordKey(text: string): string {
  // A lone surrogate reads as U+FFFD, as the parser and a normalised query see it.
  let key = nonAscii.test(text)
    ? text.replace(loneSurrogate, '\uFFFD').normalize('NFKC').replace(curlyApostrophe, "'")
    : text
  key = key.toLowerCase()
  if (key.length > 1 && key.endsWith('.')) key = key.slice(0, -1)
  return key
}

/** The key of a punctuation mark or symbol. */
export function markKey(text: string): string {
  if (!nonAscii.test(text)) return text
  return text
    .replace(loneSurrogate, '\uFFFD')
    .normalize('NFKC')
    .replace(curlyApostrophe, "'")
    .replace(curlyQuote, '"')
}

/** Whether a word key is a pure number ("2019", "59.3", "1,800"). */
export function isNumber(key: string): boolean {
  return pureNumber.test(key)
}

/** The items of a run of tokens (white space left out), in order. */
export function tokenItems(tokens: readonly Token[]): Item[] {
  const items: Item[] = []
  for (const token of tokens) {
    if (token.kind === 'whitespace') continue
    const { text, start, line, column } = token
    if (token.kind !== 'word') {
      items.push({ kind: 'mark', key: markKey(text), start, end: token.end, line, column })
    } else if (simpleWord.test(text)) {
      items.push({ kind: 'word', key: text.toLowerCase(), start, end: token.end, line, column })
    } else {
      const before = items.length
      for (const part of text.matchAll(wordPart)) {
        let value = part[0]
        const cut = possessive.exec(value)
        if (cut && letterOrDigit.test(value.slice(0, cut.index))) value = value.slice(0, cut.index)
        if (!letterOrDigit.test(value)) continue
        // Word tokens never hold a line break, so the column moves with the offset.
        const offset = start + part.index
        items.push({
          kind: 'word',
          key: wordKey(value),
          start: offset,
          end: offset + value.length,
          line,
          column: column + part.index,
        })
      }
      // A word with no letter or digit at all (rare) still counts once, as written.
      if (items.length === before)
        items.push({ kind: 'word', key: wordKey(text), start, end: token.end, line, column })
    }
  }
  return items
}

/** The items of a sentence. */
export function sentenceItems(sentence: Sentence): Item[] {
  return tokenItems(sentence.tokens)
}

/** A stemmer that remembers the stems it has computed (one per analysis call, so memory stays bounded). */
export function createStem(): (key: string) => string {
  const cache = new Map<string, string>()
  return (key) => {
    let stem = cache.get(key)
    if (stem === undefined) {
      stem = stemmer(key)
      cache.set(key, stem)
    }
    return stem
  }
}

/** Compare two strings by UTF-16 code units: the same order on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
