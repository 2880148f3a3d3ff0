/**
 * The token view entity rules match on: the words and punctuation of a sentence, white space dropped
 * but remembered, with the word-shape tests every rule needs.
 */
import type { Sentence } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import { isLetter } from '../diagnostics/characters.js'
import { createWordCache } from './word-cache.js'
import { wordClasses } from './word-classes.js'

export { functionWords, isAllCaps, isCapitalised, isDigits, isLowerWord } from './word-shape.js'

/** A word or punctuation mark of a sentence. */
export interface Tok {
  /** Text (normalised). */
  readonly value: string
  /** `word`, `punctuation` or `symbol`. */
  readonly kind: 'word' | 'punctuation' | 'symbol'
  /** Offset in the original text. */
  readonly start: number
  /** Offset just past the token. */
  readonly end: number
  /** Whether white space separates this token from the one before. */
  readonly spaced: boolean
  /** The word without a possessive `'s` / `’s` / `'` ending. */
  readonly base: string
  /** Whether the word ends in a possessive. */
  readonly possessive: boolean
  /** `value` in lower case. */
  readonly lower: string
  /** `base` in lower case. */
  readonly baseLower: string
  /** The word's classes, one bit each (see `word-classes.ts`). */
  readonly flags: number
}

const possessive = /^(.+?)(?:['’]s|(?<=s)['’])$/

/** Words that keep their `'s`: they are names, not possessives. */
const notPossessive = new Set(["People's", 'People’s', "Children's", 'Children’s', "Women's", 'Women’s'])

// A sentence's tokens are kept on the sentence under a hidden (symbol, non-enumerable) key: a WeakMap
// would do the same, but its entries cost the garbage collector more than the tokens themselves.
const cached = Symbol('toks')
type Cached = Sentence & { [cached]?: readonly Tok[] }

/** The words and punctuation of `sentence`, computed once and shared by every plugin. */
export function sentenceToks(sentence: Sentence): readonly Tok[] {
  const hit = (sentence as Cached)[cached]
  if (hit) return hit
  const toks: Tok[] = []
  let spaced = true
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') {
      spaced = true
      continue
    }
    const kind =
      child.type === 'WordNode' ? 'word' : child.type === 'PunctuationNode' ? 'punctuation' : 'symbol'
    // Most words are one text node; only join children when there are several.
    const only = 'children' in child && child.children.length === 1 ? child.children[0] : undefined
    const value = only && 'value' in only ? only.value : joined(child)
    // "Dalian,Liaoning", "Li Na,deputy director": a comma, semicolon or colon parts words as a space would.
    // Not digits: "1,000" is one number.
    if (!spaced && kind === 'word' && isLetter(value.charCodeAt(0))) spaced = separates(toks.at(-1))
    const stop = only ? -1 : missedStop(value)
    if (stop !== -1) {
      // "… from Jiangsu. zhang Hanwen said": the parser keeps a full stop before a lower-case word on
      // the word; a name is read without it, and the stop stays a mark of its own.
      const start = child.position!.start.offset!
      toks.push(wordTok(value.slice(0, stop), start, start + stop, spaced))
      toks.push({ ...wordTok('.', start + stop, start + stop + 1, false), kind: 'punctuation' })
      spaced = false
      continue
    }
    const shape = (kind === 'word' ? wordShapes : markShapes).get(value)
    toks.push({
      value,
      kind,
      start: child.position!.start.offset!,
      end: child.position!.end.offset!,
      spaced,
      base: shape.base,
      possessive: shape.possessive,
      lower: shape.lower,
      baseLower: shape.baseLower,
      flags: shape.flags,
    })
    spaced = false
  }
  if (Object.isExtensible(sentence)) {
    Object.defineProperty(sentence, cached, { value: toks, configurable: true, writable: true })
  }
  return toks
}

function separates(tok: Tok | undefined): boolean {
  return tok !== undefined && (tok.value === ',' || tok.value === ';' || tok.value === ':')
}

// What nlcst-to-string gives, without its recursion for the usual word of text and punctuation nodes.
function joined(node: Sentence['children'][number]): string {
  if (!('children' in node)) return node.value
  let value = ''
  for (const child of node.children) value += 'value' in child ? child.value : nlcstToString(child)
  return value
}

// `toLowerCase` makes a new string every time; most tokens are already in lower case.
function lowerCase(value: string): string {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if ((code >= 65 && code <= 90) || code > 127) return value.toLowerCase()
  }
  return value
}

// Title Case abbreviations of four letters or more that keep their full stop ("Corp.", "Sept.").
const abbreviations = new Set(
  'Corp Dept Univ Assoc Assn Bros Sept Prof Blvd Bldg Govt Intl Natl Mgmt Admin Dist Prov Inst Tech'.split(
    ' ',
  ),
)
const titleCaseWithStop = /^\p{Lu}\p{Ll}{3,}\.$/u

// Where the full stop of a capitalised word the parser did not end a sentence at is ("Jiangsu."), or -1.
function missedStop(value: string): number {
  if (value.charCodeAt(value.length - 1) !== 46 || !titleCaseWithStop.test(value)) return -1
  return abbreviations.has(value.slice(0, -1)) ? -1 : value.length - 1
}

function wordTok(value: string, start: number, end: number, spaced: boolean): Tok {
  const lower = value.toLowerCase()
  const flags = wordClasses(value, value, lower, lower)
  return {
    value,
    kind: 'word',
    start,
    end,
    spaced,
    base: value,
    possessive: false,
    lower,
    baseLower: lower,
    flags,
  }
}

/** `tok` with its text replaced by `value`, a word with no possessive ending (a part of "Shanghai-Dalian"). */
export function shapedTok(tok: Tok, value: string): Tok {
  const lower = lowerCase(value)
  const flags = wordClasses(value, value, lower, lower)
  return { ...tok, value, base: value, possessive: false, lower, baseLower: lower, flags }
}

/** What a token's text alone decides: its base, lower-case forms and classes. */
interface Shape {
  readonly base: string
  readonly possessive: boolean
  readonly lower: string
  readonly baseLower: string
  readonly flags: number
}

const wordShapes = createWordCache((value) => computeShape(value, true))
const markShapes = createWordCache((value) => computeShape(value, false))

function computeShape(value: string, word: boolean): Shape {
  const last = value.charCodeAt(value.length - 1)
  // Only a word ending in "s", "'" or "’" can be possessive; most are not, so test the cheap thing first.
  const maybe = word && (last === 115 || last === 39 || last === 0x2019)
  const match = maybe && !notPossessive.has(value) ? possessive.exec(value) : null
  const base = match ? match[1]! : value
  const lower = lowerCase(value)
  const baseLower = match ? base.toLowerCase() : lower
  return {
    base,
    possessive: match !== null,
    lower,
    baseLower,
    flags: wordClasses(value, base, lower, baseLower),
  }
}
