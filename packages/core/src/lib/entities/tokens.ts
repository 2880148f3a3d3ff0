/**
 * The token view entity rules match on: the words and punctuation of a sentence, white space dropped
 * but remembered, with the word-shape tests every rule needs.
 */
import type { Sentence } from 'nlcst'
import { sentenceWords } from '../plugins/words.js'

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
}

const possessive = /^(.+?)(?:['’]s|(?<=s)['’])$/

/** Words that keep their `'s`: they are names, not possessives. */
const notPossessive = new Set(["People's", 'People’s', "Children's", 'Children’s', "Women's", 'Women’s'])

/** The words and punctuation of `sentence`. */
export function sentenceToks(sentence: Sentence): Tok[] {
  const toks: Tok[] = []
  let spaced = true
  for (const word of sentenceWords(sentence)) {
    if (word.kind === 'whitespace') {
      spaced = true
      continue
    }
    const match = word.kind === 'word' && !notPossessive.has(word.value) ? possessive.exec(word.value) : null
    toks.push({
      value: word.value,
      kind: word.kind,
      start: word.start,
      end: word.end,
      spaced,
      base: match ? match[1]! : word.value,
      possessive: match !== null,
    })
    spaced = false
  }
  return toks
}

/** Whether `value` starts with an upper-case letter. */
export function isCapitalised(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code >= 65 && code <= 90) return true
  if (code < 128) return false
  return /^\p{Lu}/u.test(value)
}

/** Whether `value` is written in capitals (two or more letters, digits and `&` allowed): an acronym. */
export function isAllCaps(value: string): boolean {
  return /^[A-Z][A-Z0-9&]*[A-Z][A-Z0-9]*$/.test(value) || /^[A-Z]{2,}$/.test(value)
}

/** Whether `value` is a word written in lower case. */
export function isLowerWord(value: string): boolean {
  return /^\p{Ll}/u.test(value)
}

/** Words that start a sentence in capitals but never start a name. */
export const functionWords = new Set(
  (
    'a an the this that these those in on at of for from to with by as into onto upon about after before during ' +
    'since until till when while where whereas if although though because so and or but nor also both either ' +
    'neither according under over among between through throughout within without against across along around ' +
    'beyond near toward towards via per he she it they we you i his her its their our your my me him them us ' +
    'there here then thus meanwhile moreover furthermore besides however therefore yesterday today tomorrow ' +
    'recently currently firstly secondly thirdly finally first second third next last later earlier now ' +
    'all each every some many most more other another such no not only just even led visits visited meets ' +
    'met held holds attends attended signs signed opens opened'
  ).split(' '),
)
