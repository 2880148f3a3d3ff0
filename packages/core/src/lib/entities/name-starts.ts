/**
 * Where a name written in lower case may start: after the end of a sentence, a reporting word, a title or
 * a verb of appointment ("said zhang Hanwen", "Dr. zhang Hanwen", "appointed qiao Lanfang as …"), and
 * nowhere else, since in running text a lower-case word is most often the English word.
 */
import { canonicalTitle, honorifics, occupations } from '../data/titles.js'
import { isDigits, type Tok } from './tokens.js'
import { functionWord } from './word-classes.js'

/**
 * Words after which a name written with a lower-case surname may start ("said zhang Hanwen"); after a
 * content word or a determiner ("the folk song Molihua") the lower-case word is the English word.
 */
export const beforeLowerNames = new Set(['said', 'by', 'and', 'with', 'to', 'from', 'of'])

// Verbs of appointment and removal, whose object is a person: "appointed qiao Lanfang as director of …",
// "removed zhen Haobo from the post of …" (a lower-case object there is a name).
// biome-ignore format: packed list
const appointingVerbs = new Set([
  'appoint', 'appoints', 'appointed', 'remove', 'removes', 'removed', 'dismiss', 'dismissed', 'elect',
  'elected', 'nominate', 'nominated', 'promote', 'promoted', 'relieve', 'relieved',
])

/** Whether a name written in lower case may start at `toks[index]`, by the word before it. */
export function nameCanStartAfter(toks: readonly Tok[], index: number): boolean {
  let before = toks[index - 1]
  // "the chairman, 3 zhang Hanwen": a stray number before the name is looked past.
  if (before !== undefined && isDigits(before.value)) before = toks[index - 2]
  if (before?.kind !== 'word' || endsSentence(before)) return true
  // "general manager zhang Hanwen", "Dr. zhang Hanwen": a title or an honorific ends where the name starts.
  return (
    beforeLowerNames.has(before.lower) ||
    canonicalTitle.has(before.value) ||
    honorifics.has(before.value) ||
    appointingVerbs.has(before.lower) ||
    // "the chief technology officer martin Hale": a title of several words ends there too.
    titleBefore(toks, index) ||
    callingStartsSentence(toks, index)
  )
}

// "Beekeeper zhao Yinhua, who …": a calling that starts the sentence, capitalised, names the person after
// it; "the farmer" or "Farmer Co-op" in running text does not.
function callingStartsSentence(toks: readonly Tok[], index: number): boolean {
  const calling = toks[index - 1]!
  if (calling.flags & functionWord || (index > 1 && !sentenceEndsAt(toks[index - 2]!))) return false
  const word = calling.lower
  return calling.value !== word && (occupations.has(word) || word === 'villager')
}

/**
 * Whether a token ends the sentence before the next word: a stop, a question or exclamation mark, or a
 * lower-case word or a year the parser kept the stop on (`endsSentence`).
 */
export function sentenceEndsAt(tok: Tok): boolean {
  return tok.kind === 'word' ? endsSentence(tok) : tok.value === '.' || tok.value === '!' || tok.value === '?'
}

/**
 * Whether a title of one to three words ends right before `toks[index]` ("manager", "chief engineer",
 * "deputy general manager"): a title names the person after it, so "the chief engineer yang Ruolin" is a
 * name where "the young yang Ruolin" is not.
 */
export function titleBefore(toks: readonly Tok[], index: number): boolean {
  let words = ''
  for (let at = index - 1; at >= index - 3 && at >= 0; at--) {
    const tok = toks[at]!
    if (tok.kind !== 'word' || tok.possessive || (at < index - 1 && !toks[at + 1]!.spaced)) return false
    words = at === index - 1 ? tok.value : `${tok.value} ${words}`
    if (canonicalTitle.has(words)) return true
  }
  return false
}

/**
 * Whether a lower-case word or a year with a full stop ends a sentence ("… attended the forum. irina
 * Petrova said", "… by 2031. irina Petrova said": the parser keeps the stop on the word before a
 * lower-case word), but for "vs." and "no.".
 */
function endsSentence(tok: Tok): boolean {
  const value = tok.value
  if (value.length < 3 || value.charCodeAt(value.length - 1) !== 46) return false
  return (/^\p{Ll}{2,}\.$/u.test(value) && value !== 'vs.' && value !== 'no.') || /^\d{4}\.$/.test(value)
}
