/**
 * The text plugins match their patterns against: the normalised text `parseArticle` parsed (same
 * length as the original, so offsets carry over), or the tree's own text when run on a tree from
 * elsewhere. Slicing the text is much cheaper than joining a sentence's nodes with nlcst-to-string.
 *
 * Also the readers of what the patterns matched, written in code where a small regex per match cost more
 * than the rest of the reading (each runs rarely, so cold).
 */
import type { Nodes, Root } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import type { VFile } from 'vfile'
import { singleSpaced } from '../white-space.js'

declare module 'vfile' {
  interface DataMap {
    /** The text the tree was parsed from: the original with odd characters replaced one for one. */
    parsedText: string
    /**
     * Set while a huge article goes through the plugins in sections: which section the tree is (from 0)
     * and how many there are, so a plugin that reports on the whole article can wait for the last one.
     */
    section: { readonly index: number; readonly count: number }
  }
}

/**
 * The parsed text of `file`, when it is the text `tree` was parsed from: the tree spans all of it, or,
 * for a section of a huge article, part of it.
 */
export function sourceOf(tree: Root, file: VFile): string | undefined {
  const text = file.data.parsedText
  const end = tree.position?.end.offset
  return typeof text === 'string' && end !== undefined && end <= text.length ? text : undefined
}

/** The text of `node`, which spans `[start, end)`: sliced from `source` when there is one. */
export function textOf(node: Nodes, source: string | undefined, start: number, end: number): string {
  return source === undefined ? nlcstToString(node) : source.slice(start, end)
}

/** `phrase` in lower case with each run of white space made one space, as phrases matched by a pattern
 * (`yuan`, `US  Dollars`, `In recent\nyears`) are keyed. */
export function phraseKey(phrase: string): string {
  return singleSpaced(phrase.toLowerCase())
}

/**
 * The numbers and words of an amount ("1,200.5", "billion"), in order: what
 * `/\d[\d,]*(?:\.\d+)?|[A-Za-z]+/g` finds in `text`.
 */
export function numberTokens(text: string): string[] {
  const tokens: string[] = []
  let index = 0
  while (index < text.length) {
    const start = index
    if (isDigit(text.charCodeAt(index))) {
      index++
      while (isDigit(text.charCodeAt(index)) || text.charCodeAt(index) === 44) index++
      if (text.charCodeAt(index) === 46 && isDigit(text.charCodeAt(index + 1))) {
        index += 2
        while (isDigit(text.charCodeAt(index))) index++
      }
    } else if (isAsciiLetter(text.charCodeAt(index))) {
      while (isAsciiLetter(text.charCodeAt(index))) index++
    } else {
      index++
      continue
    }
    tokens.push(text.slice(start, index))
  }
  return tokens
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
}
