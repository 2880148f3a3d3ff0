/**
 * Exact phrases: finding a quoted phrase in the original text.
 *
 * "Exact" means the same words in the same order with the same punctuation between them, compared without
 * regard to case; wherever the phrase has white space, any run of white space matches (a line break, a
 * no-break space, CRLF), and a match never starts or ends inside a longer word. A match must lie within one
 * paragraph (or the heading): a phrase does not run across a paragraph break.
 */
import type { Article, Paragraph } from '../model.js'
import { articleRegions } from './snippets.js'
import { continuesAfter, continuesBefore, wordPattern } from './terms.js'

/** A phrase match in an article. */
export interface PhraseMatch {
  /** Offset of the match in `article.text`. */
  readonly start: number
  /** Offset just past the match. */
  readonly end: number
  /** The heading or paragraph the match is in. */
  readonly region: Paragraph
}

/** Finds one phrase. */
export interface PhraseMatcher {
  /** The phrase. */
  readonly phrase: string
  /** Every match in the heading and paragraphs of `article`, in text order. */
  matches(article: Article): Generator<PhraseMatch>
  /** Whether the article has the phrase (in its text, or in a title that comes from front matter). */
  test(article: Article): boolean
}

const wordEnd = /[\p{L}\p{N}\p{M}]$/u
const wordStart = /^[\p{L}\p{N}\p{M}]/u

/** A matcher for `phrase` (assumed to hold at least one word). */
export function phraseMatcher(phrase: string): PhraseMatcher {
  let source = ''
  let last = 0
  for (const match of phrase.matchAll(wordPattern)) {
    source += gap(phrase.slice(last, match.index)) + literal(match[0])
    last = match.index + match[0].length
  }
  source += gap(phrase.slice(last))
  // Boundaries are checked in code rather than with lookbehind, which keeps the pattern fast to scan for.
  const pattern = new RegExp(source, 'giu')
  const text = phrase.trim()
  const starts = wordStart.test(text)
  const ends = wordEnd.test(text)
  const bounded = (value: string, start: number, end: number) =>
    (!starts || !continuesBefore(value, start)) && (!ends || !continuesAfter(value, end))

  function* matches(article: Article): Generator<PhraseMatch> {
    const regions = articleRegions(article)
    if (regions.length === 0) return
    const last = regions[regions.length - 1]!.end
    // The pattern is shared, so its position is set before every search (a caller may interleave).
    let position = regions[0]!.start
    for (;;) {
      pattern.lastIndex = position
      const found = pattern.exec(article.text)
      if (!found) return
      const start = found.index
      const end = start + found[0].length
      if (end > last) return
      position = start + 1
      const region = regions.find((item) => item.start <= start && end <= item.end)
      if (region && bounded(article.text, start, end)) yield { start, end, region }
    }
  }

  return {
    phrase,
    matches,
    test(article) {
      if (!matches(article).next().done) return true
      if (article.heading) return false
      pattern.lastIndex = 0
      // A title from front matter is not in the text, but it is still the article's title.
      for (let found = pattern.exec(article.title); found; found = pattern.exec(article.title)) {
        if (bounded(article.title, found.index, found.index + found[0].length)) return true
        pattern.lastIndex = found.index + 1
      }
      return false
    },
  }
}

function gap(text: string): string {
  return text
    .split(/(\s+)/)
    .map((part) => (/^\s+$/.test(part) ? String.raw`[\s\p{Cc}]+` : literal(part)))
    .join('')
}

function literal(text: string): string {
  // Only syntax characters may be escaped in a `u` pattern (`\-` is an error there); a straight and a
  // curly apostrophe are the same mark to a reader.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['’]/g, "['’]")
}
