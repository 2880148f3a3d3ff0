/**
 * The token view entity rules match on: the words and punctuation of a sentence, white space dropped
 * but remembered, with the word-shape tests every rule needs.
 */
import type { Sentence, Word } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import { legalFormStarts } from '../data/organisations.js'
import { isLetter } from '../diagnostics/characters.js'
import { createWordCache } from './word-cache.js'
import { legalForm, wordClasses } from './word-classes.js'

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
  const children = sentence.children
  let spaced = true
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    const type = child.type
    if (type === 'WhiteSpaceNode') {
      spaced = true
      continue
    }
    let value: string
    // Whether the word is one text node, as most are: only a word of several may hide a full stop.
    let single = false
    if (type === 'WordNode') {
      const parts = child.children
      single = parts.length === 1
      value = single ? parts[0]!.value : joined(child)
    } else value = child.value
    const kind = type === 'WordNode' ? 'word' : type === 'PunctuationNode' ? 'punctuation' : 'symbol'
    // "Dalian,Liaoning", "Li Na,deputy director": a comma, semicolon or colon parts words as a space would.
    // Not digits: "1,000" is one number.
    if (!spaced && kind === 'word' && isLetter(value.charCodeAt(0))) spaced = separates(toks.at(-1))
    const position = child.position!
    const start = position.start.offset!
    // Marks and symbols have no letters, so no "Jiangsu." among them.
    const stop = single || kind !== 'word' ? -1 : missedStop(value)
    if (stop !== -1) {
      // "… from Jiangsu. zhang Hanwen said": the parser keeps a full stop before a lower-case word on
      // the word; a name is read without it, and the stop stays a mark of its own.
      toks.push(tokOf(plainShapes.get(value.slice(0, stop)), 'word', start, start + stop, spaced))
      toks.push(tokOf(plainShapes.get('.'), 'punctuation', start + stop, start + stop + 1, false))
      spaced = false
      continue
    }
    if (value === '.' && !spaced && bracketedFormBefore(toks)) {
      // "Kessar Rice Mills (Pvt.) Ltd.": the form's first word keeps its stop, a word of the name in brackets.
      const word = toks.pop()!
      toks.push(
        tokOf(wordShapes.get(`${word.value}.`), 'word', word.start, position.end.offset!, word.spaced),
      )
      continue
    }
    if (value === '..' && !spaced && abbreviationBefore(toks.at(-1))) {
      // "… signed with Kessel Foods Co., Ltd..": the first stop is the legal form's, the second ends the
      // sentence.
      const word = toks.pop()!
      toks.push(tokOf(wordShapes.get(`${word.value}.`), 'word', word.start, start + 1, word.spaced))
      toks.push(tokOf(plainShapes.get('.'), 'punctuation', start + 1, start + 2, false))
      continue
    }
    const shape = (kind === 'word' ? wordShapes : plainShapes).get(value)
    toks.push(tokOf(shape, kind, start, position.end.offset!, spaced))
    spaced = false
  }
  if (Object.isExtensible(sentence)) {
    Object.defineProperty(sentence, cached, { value: toks, configurable: true, writable: true })
  }
  return toks
}

// Whether `tok` is a word that a full stop makes a legal form ("Ltd", "Inc", "Co" before ".."), written
// against the doubled stop.
function abbreviationBefore(tok: Tok | undefined): boolean {
  return (
    tok?.kind === 'word' && (tok.value === 'Co' || (wordShapes.get(`${tok.value}.`).flags & legalForm) !== 0)
  )
}

// Whether the tokens end in "(" and the first word of a two-word legal form ("Pvt", "Pte"), whose stop the
// parser parts from it.
function bracketedFormBefore(toks: readonly Tok[]): boolean {
  const word = toks.at(-1)
  return word?.kind === 'word' && legalFormStarts.has(word.value) && toks.at(-2)?.value === '('
}

function separates(tok: Tok | undefined): boolean {
  return tok !== undefined && (tok.value === ',' || tok.value === ';' || tok.value === ':')
}

// What nlcst-to-string gives, without its recursion for the usual word of text and punctuation nodes.
function joined(node: Word): string {
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

/** `tok` with its text replaced by `value`, a word with no possessive ending (a part of "Shanghai-Dalian"). */
export function shapedTok(tok: Tok, value: string): Tok {
  return tokOf(plainShapes.get(value), tok.kind, tok.start, tok.end, tok.spaced)
}

// Every token is made here, so all have their fields in one order: the rules that read them find each
// field at one place.
function tokOf(shape: Shape, kind: Tok['kind'], start: number, end: number, spaced: boolean): Tok {
  return {
    value: shape.value,
    kind,
    start,
    end,
    spaced,
    base: shape.base,
    possessive: shape.possessive,
    lower: shape.lower,
    baseLower: shape.baseLower,
    flags: shape.flags,
  }
}

/** What a token's text alone decides: its base, lower-case forms and classes. */
interface Shape {
  // The text as first seen: every token of the word shares this one string, whose hash a map keeps, where
  // the parser's fresh copy of it would have to be hashed again by each rule that looks it up.
  readonly value: string
  readonly base: string
  readonly possessive: boolean
  readonly lower: string
  readonly baseLower: string
  readonly flags: number
}

const wordShapes = createWordCache((value) => computeShape(value, true))
// Marks, and parts of words, which have no possessive ending.
const plainShapes = createWordCache((value) => computeShape(value, false))

function computeShape(value: string, word: boolean): Shape {
  const last = value.charCodeAt(value.length - 1)
  // Only a word ending in "s", "'" or "’" can be possessive; most are not, so test the cheap thing first.
  const maybe = word && (last === 115 || last === 39 || last === 0x2019)
  const match = maybe && !notPossessive.has(value) ? possessive.exec(value) : null
  const base = match ? match[1]! : value
  const lower = lowerCase(value)
  const baseLower = match ? base.toLowerCase() : lower
  return {
    value,
    base,
    possessive: match !== null,
    lower,
    baseLower,
    flags: wordClasses(value, base, lower, baseLower),
  }
}
