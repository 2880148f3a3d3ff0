/**
 * A flat view of a sentence for rules that match patterns of words.
 */
import type { Sentence } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'

/** A token of a sentence as rules see it. */
export interface Word {
  /** `word`, `punctuation`, `symbol` or `whitespace`. */
  readonly kind: 'word' | 'punctuation' | 'symbol' | 'whitespace'
  /** The token's text (normalised: odd spaces are plain spaces). */
  readonly value: string
  /** Offset of the first character in the original text. */
  readonly start: number
  /** Offset just past the last character. */
  readonly end: number
}

const kinds = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  SourceNode: 'symbol',
  WhiteSpaceNode: 'whitespace',
} as const

const cache = new WeakMap<Sentence, readonly Word[]>()

/**
 * The tokens of `sentence`, computed once and shared by every plugin.
 */
export function sentenceWords(sentence: Sentence): readonly Word[] {
  let words = cache.get(sentence)
  if (!words) {
    words = sentence.children.map((child) => ({
      kind: kinds[child.type],
      value: nlcstToString(child),
      start: child.position!.start.offset!,
      end: child.position!.end.offset!,
    }))
    cache.set(sentence, words)
  }
  return words
}
