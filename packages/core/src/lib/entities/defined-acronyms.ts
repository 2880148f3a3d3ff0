/**
 * Acronyms an article defines in brackets after a body's full name ("the Baltic Timber Traders Association
 * (BTTA)"): every mention of the acronym is then that body, so the acronym is the body's alias and not a
 * body of its own.
 */

import { splitPinyin } from '../data/pinyin.js'
import type { MentionFinding } from '../findings.js'
import type { SentenceMentions } from './brands.js'
import { isAllCaps, type Tok } from './tokens.js'
import { functionWord, legalForm } from './word-classes.js'

/** Give every acronym mention the full name the article defines it as, where the definition is clear. */
export function findDefinedAcronyms(sentences: readonly SentenceMentions[]): void {
  let defined: Map<string, string | null> | undefined
  for (const { toks, mentions } of sentences) {
    for (let index = 0; index < mentions.length - 1; index++) {
      const acronym = mentions[index + 1]!
      // The cheap test first: most mentions are not an acronym.
      if (!isAcronym(acronym)) continue
      const full = mentions[index]!
      if (full.type !== 'organization' || full.generic || !inBrackets(toks, full.end, acronym)) continue
      if (!fitsWords(acronym.name, nameWords(toks, full.start, full.end))) continue
      defined ??= new Map()
      // One acronym defined as two bodies is left to neither.
      const known = defined.get(acronym.name)
      defined.set(acronym.name, known === undefined || known === full.name ? full.name : null)
    }
  }
  if (defined === undefined) return
  for (const sentence of sentences) {
    let { mentions } = sentence
    for (let index = 0; index < mentions.length; index++) {
      const mention = mentions[index]!
      if (!isAcronym(mention)) continue
      const name = defined.get(mention.name)
      if (!name) continue
      // Findings are read-only and may be shared: copy the list once, the mention each time.
      if (mentions === sentence.mentions) mentions = [...mentions]
      mentions[index] = { ...mention, name }
    }
    sentence.mentions = mentions
  }
  spellOutInNames(sentences, defined)
}

// "the Xinbao Committee of the KFRT" is "the Xinbao Committee of the Kelvar Federation of Rail Traders"
// once the article defines "(KFRT)": a body's name with a defined acronym inside it goes by the name with
// the acronym written out, where the article writes that name too (the two are one body).
function spellOutInNames(
  sentences: readonly SentenceMentions[],
  defined: ReadonlyMap<string, string | null>,
) {
  let names: Set<string> | undefined
  for (const sentence of sentences) {
    let { mentions } = sentence
    for (let index = 0; index < mentions.length; index++) {
      const mention = mentions[index]!
      if (mention.type !== 'organization' || !mention.name.includes(' ')) continue
      const name = spelledOut(mention.name, defined)
      if (name === undefined) continue
      names ??= organizationNames(sentences)
      if (!names.has(name)) continue
      if (mentions === sentence.mentions) mentions = [...mentions]
      mentions[index] = { ...mention, name }
    }
    sentence.mentions = mentions
  }
}

// `name` with the first defined acronym among its words written out, or undefined when it has none.
function spelledOut(name: string, defined: ReadonlyMap<string, string | null>): string | undefined {
  const words = name.split(' ')
  for (let index = 0; index < words.length; index++) {
    const full = defined.get(words[index]!)
    if (full) return [...words.slice(0, index), full, ...words.slice(index + 1)].join(' ')
  }
  return undefined
}

function organizationNames(sentences: readonly SentenceMentions[]): Set<string> {
  const names = new Set<string>()
  for (const { mentions } of sentences) {
    for (const mention of mentions) if (mention.type === 'organization') names.add(mention.name)
  }
  return names
}

// Whether a mention is an acronym: one the acronym rule found, or a national body's ("JETRO", "NDRC"),
// which an article may define after the full name as well ("the Japan External Trade Organization (JETRO)").
function isAcronym(mention: MentionFinding): boolean {
  return (
    mention.rule === 'org-acronym' ||
    (mention.rule === 'org-national-body' &&
      mention.end - mention.start === mention.name.length &&
      isAllCaps(mention.name))
  )
}

// Whether the acronym mention is all that stands in brackets right after the name: "… Association (BTTA)".
function inBrackets(toks: readonly Tok[], end: number, acronym: { start: number; end: number }): boolean {
  let at = 0
  while (at < toks.length && toks[at]!.start < end) at++
  return (
    toks[at]?.value === '(' &&
    toks[at + 1]?.start === acronym.start &&
    toks[at + 1]!.end === acronym.end &&
    toks[at + 2]?.value === ')'
  )
}

interface NameWord {
  /** The word in capitals, hyphenated parts apart ("Sino-Baltic" is two words). */
  readonly letters: string
  /** Whether the acronym may leave the word out: a function word or a legal form ("of", "Ltd."). */
  readonly optional: boolean
  /** The letters of a word's parts: a pinyin word's syllables or a compass point's halves ("JT", "NE"). */
  readonly initials?: string
}

// The words of a name, for matching an acronym's letters: the words a bracket holds ("(Dalian)") left out.
function nameWords(toks: readonly Tok[], start: number, end: number): NameWord[] {
  const words: NameWord[] = []
  let bracketed = false
  for (const tok of toks) {
    if (tok.start >= end) break
    if (tok.start < start) continue
    if (tok.value === '(' || tok.value === ')') bracketed = tok.value === '('
    if (tok.kind !== 'word' || bracketed) continue
    const optional = (tok.flags & (functionWord | legalForm)) !== 0 || /^Co\.?$/.test(tok.value)
    for (const part of tok.base.split('-')) {
      if (part.length === 0) continue
      const letters = part.toUpperCase().replace(/\.$/, '')
      const initials = optional ? undefined : syllableInitials(part)
      words.push(initials ? { letters, optional, initials } : { letters, optional })
    }
  }
  return words
}

// "Jiaotong" → "JT", "Northeast" → "NE": a name's acronym may give each pinyin syllable of a word its
// letter ("Dalian Jiaotong University" → "DJTU", "Dalian Maritime University" → "DLMU"), and each half of a
// compass point ("Northeast Forestry University" → "NEFU").
function syllableInitials(word: string): string | undefined {
  const compass = /^(North|South)(east|west)$/.exec(word)
  if (compass) return `${compass[1]![0]}${compass[2]![0]!.toUpperCase()}`
  const syllables = /^\p{Lu}\p{Ll}+$/u.test(word) ? splitPinyin(word) : undefined
  if (syllables === undefined || syllables.length < 2) return undefined
  let initials = ''
  for (const syllable of syllables) initials += syllable[0]!.toUpperCase()
  return initials
}

/**
 * Whether `acronym` spells `words`: each word gives its first letter or first few letters ("Trade
 * Organization" → "TRO") or those of its parts (`syllableInitials`), in order; a function word or a
 * legal form may give none, and so may one other word after the first ("Baltic Timber Export Traders Association" → "BTETA" or "BTTA"). An acronym made
 * of syllables, two words or more giving two letters or more each, may leave out the last few words:
 * "Korea Trade-Investment Promotion Agency" → "KOTRA".
 */
function fitsWords(acronym: string, words: readonly NameWord[]): boolean {
  // Acronyms are short and names a few words long: a search with a visited set stays small.
  const failed = new Set<number>()
  const fits = (letter: number, word: number, skipped: number, syllables: number): boolean => {
    if (letter === acronym.length && syllables >= 2 && words.length - word <= maxTail) return true
    if (word === words.length) return letter === acronym.length
    const key = ((letter * (words.length + 1) + word) * 2 + skipped) * 3 + syllables
    if (failed.has(key)) return false
    const { letters, optional, initials } = words[word]!
    if (optional && fits(letter, word + 1, skipped, syllables)) return true
    if (initials && acronym.startsWith(initials, letter)) {
      if (fits(letter + initials.length, word + 1, skipped, syllables)) return true
    }
    for (let count = 1; count <= letters.length && letter + count <= acronym.length; count++) {
      if (letters.charCodeAt(count - 1) !== acronym.charCodeAt(letter + count - 1)) break
      if (fits(letter + count, word + 1, skipped, count > 1 ? Math.min(syllables + 1, 2) : syllables)) {
        return true
      }
    }
    if (!optional && word > 0 && skipped === 0 && fits(letter, word + 1, 1, syllables)) return true
    failed.add(key)
    return false
  }
  return acronym.length >= 2 && words.length >= 2 && fits(0, 0, 0, 0)
}

// How many last words an acronym of syllables may leave out ("… Promotion Agency").
const maxTail = 3
