/**
 * Kinds of words a sentence has, so that a plugin can pass over the many sentences it has nothing to find
 * in: a date needs a digit, a month or a relative word, money a digit or a currency sign, speech a reporting
 * verb.
 *
 * Each plugin defines its kinds as tests on a single token's text (`defineWordKind`), true for every token
 * its patterns could start to match in. A word's kinds are worked out once per distinct word and a
 * sentence's once per sentence, so the plugins asking cost one lookup per token between them. Scanning
 * every sentence's text with each plugin's alternation of month names, relative words or currency names
 * cost several times more.
 *
 * Why one token's text is enough: the patterns look for runs of letters, digits and signs, never white
 * space, and the parser keeps every run of letters and digits inside one token; so a word a pattern needs
 * shows up whole in the text of a single token.
 */
import type { Sentence } from 'nlcst'
import { sentenceToks } from '../entities/tokens.js'
import { createWordCache } from '../entities/word-cache.js'

type WordTest = (word: string) => boolean

const tests: WordTest[] = []
// Bits fit a small integer up to 30 kinds.
const maxKinds = 30

const wordKinds = createWordCache(computeKinds)

// A sentence's kinds are kept on the sentence under a symbol key (no JSON or `Object.keys` shows it), with
// the number of kinds defined when they were worked out. A plain assignment: `Object.defineProperty`, which
// could hide it further, cost as much as working the kinds out.
const cached = Symbol('wordKinds')
const noMarks: readonly number[] = []
interface Known {
  readonly kinds: number
  readonly defined: number
  /** Start, end and kinds of each token of some kind, one after the other. */
  readonly marks: readonly number[]
}
type Cached = Sentence & { [cached]?: Known }

/** Offsets in the text. */
export interface Extent {
  /** Offset of the first character. */
  readonly start: number
  /** Offset just past the last character. */
  readonly end: number
}

/**
 * Define a kind of word by a test on a token's text without a possessive ending (so the test must not need
 * the ending); returns the bit `sentenceKinds` sets for a sentence with a token that passes it. Call once,
 * when a plugin's module loads.
 */
export function defineWordKind(test: WordTest): number {
  if (tests.length === maxKinds) throw new Error(`defineWordKind: at most ${maxKinds} kinds of word`)
  tests.push(test)
  // Words seen so far were not tested for the new kind.
  wordKinds.clear()
  return 1 << (tests.length - 1)
}

/** The kinds of the words in `sentence`: the bits of every kind some token passes the test of. */
export function sentenceKinds(sentence: Sentence): number {
  return known(sentence).kinds
}

/**
 * Where the tokens of any of `kinds` are in `sentence`: from the start of the first to the end of the last,
 * or undefined when there is none.
 */
export function kindExtent(sentence: Sentence, kinds: number): Extent | undefined {
  const marks = known(sentence).marks
  let first = -1
  let last = -1
  for (let index = 0; index < marks.length; index += 3) {
    if ((marks[index + 2]! & kinds) === 0) continue
    if (first === -1) first = index
    last = index
  }
  return first === -1 ? undefined : { start: marks[first]!, end: marks[last + 1]! }
}

function known(sentence: Sentence): Known {
  const hit = (sentence as Cached)[cached]
  if (hit !== undefined && hit.defined === tests.length) return hit
  let kinds = 0
  let marks: number[] | undefined
  // Punctuation has no letters, digits or currency signs. A word's base (without a possessive ending) is
  // the same string object every time the word occurs, so looking it up compares pointers, not characters.
  const toks = sentenceToks(sentence)
  for (let index = 0; index < toks.length; index++) {
    const tok = toks[index]!
    if (tok.kind === 'punctuation') continue
    const found = wordKinds.get(tok.base)
    if (found === 0) continue
    kinds |= found
    marks ??= []
    marks.push(tok.start, tok.end, found)
  }
  const value: Known = { kinds, defined: tests.length, marks: marks ?? noMarks }
  if (Object.isExtensible(sentence)) (sentence as Cached)[cached] = value
  return value
}

function computeKinds(word: string): number {
  let kinds = 0
  for (let index = 0; index < tests.length; index++) if (tests[index]!(word)) kinds |= 1 << index
  return kinds
}
