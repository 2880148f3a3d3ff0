/**
 * A search query — a word or a phrase — read with the same parser and the same normalisation as the
 * articles, so "Co., Ltd." or "Dalian's" split into words and marks exactly as they do in the text.
 */
import type { Root } from 'nlcst'
import { toString as nodeText } from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import type { Token, TokenKind } from '../model.js'
import { normalise } from '../normalise.js'
import { createStem, type Item, tokenItems } from './words.js'

/** How query words are compared with words of the text. */
export type MatchMode = 'word' | 'stem'

/** A query ready to match against the items of a sentence. */
export interface Pattern {
  /** The query's items (at least one of them a word). */
  readonly items: readonly Item[]
  /** Whether item `index` of a sentence starts a match. */
  readonly matchesAt: (items: readonly Item[], index: number) => boolean
  /** False when `text` cannot hold a match, so its sentences need not be read (true when unsure). */
  readonly mayOccurIn: (text: string) => boolean
}

// The articles' parser alone: a query needs its words, not the annotation plugins.
const parser = unified().use(retextEnglish).freeze()
const asciiKey = /^[a-z0-9]+$/
const nonAscii = /[^\u0000-\u007f]/

const kinds: Record<string, TokenKind> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  SourceNode: 'symbol',
}

/**
 * Read `query` into a pattern; `undefined` when it holds no word (such a query finds nothing).
 * Words compare by key (`'word'`) or by stem (`'stem'`, so "invest" finds "investment"); marks by key.
 */
export function compilePattern(query: string, mode: MatchMode): Pattern | undefined {
  // The normalised copy has control characters and escape sequences as spaces, like the articles' parse.
  const tree = parser.parse(normalise(query).text) as Root
  const tokens: Token[] = []
  visit(tree, 'SentenceNode', (sentence) => {
    for (const node of sentence.children) {
      const kind = kinds[node.type]
      if (kind === undefined) continue
      const offset = node.position?.start.offset ?? 0
      const text = nodeText(node)
      tokens.push({ kind, text, start: offset, end: offset + text.length, line: 1, column: 1 })
    }
  })
  const items = tokenItems(tokens)
  // A full stop right after the last word is ignored: alone, "No." parses as "No" + ".", while in the text
  // "No. 5" it is one word, and word keys drop a final full stop anyway (see `words.ts`).
  const last = items.at(-1)
  const beforeLast = items.at(-2)
  if (last?.key === '.' && beforeLast?.kind === 'word' && beforeLast.end === last.start) items.pop()
  if (!items.some((item) => item.kind === 'word')) return undefined

  const stem = createStem()
  const wanted = items.map((item) => (mode === 'stem' && item.kind === 'word' ? stem(item.key) : item.key))
  const matchesAt = (candidates: readonly Item[], index: number) => {
    if (index + items.length > candidates.length) return false
    for (let offset = 0; offset < items.length; offset++) {
      const candidate = candidates[index + offset]!
      if (candidate.kind !== items[offset]!.kind) return false
      const key = mode === 'stem' && candidate.kind === 'word' ? stem(candidate.key) : candidate.key
      if (key !== wanted[offset]) return false
    }
    return true
  }
  // A word key of plain letters and digits is a substring of the lower-cased text (NFKC first, as keys are)
  // wherever it occurs: a quick test that skips most articles for a rare word. Stems are not substrings.
  const needle = items
    .filter((item) => item.kind === 'word' && asciiKey.test(item.key))
    .reduce((longest, item) => (item.key.length > longest.length ? item.key : longest), '')
  const mayOccurIn = (text: string) =>
    mode === 'stem' ||
    needle === '' ||
    (nonAscii.test(text) ? text.normalize('NFKC') : text).toLowerCase().includes(needle)
  return { items, matchesAt, mayOccurIn }
}

/**
 * Every match of `pattern` in `items`, as `[first, last]` item indices, left to right and not overlapping
 * (so "the the the" holds one match of "the the", not two).
 */
export function findMatches(pattern: Pattern, items: readonly Item[]): [number, number][] {
  const matches: [number, number][] = []
  const length = pattern.items.length
  for (let index = 0; index + length <= items.length; index++) {
    if (pattern.matchesAt(items, index)) {
      matches.push([index, index + length - 1])
      index += length - 1
    }
  }
  return matches
}
