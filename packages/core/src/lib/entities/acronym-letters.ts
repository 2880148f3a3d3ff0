/**
 * Whether an acronym spells a name's words: "BTTA" the "Baltic Timber Traders Association", "QNYU" the
 * "Qingshan Nongye University" (by pinyin syllables), "VEMAL" the "Velsk Maritime Logistics Bureau".
 */
import { splitPinyin } from '../data/pinyin.js'
import type { Tok } from './tokens.js'
import { functionWord, legalForm, placeFirst } from './word-classes.js'

/** A word of a name, as an acronym may spell it. */
export interface NameWord {
  /** The word in capitals, hyphenated parts apart ("Sino-Baltic" is two words). */
  readonly letters: string
  /** Whether the acronym may leave the word out: a function word or a legal form ("of", "Ltd."). */
  readonly optional: boolean
  /** The letters of a word's parts: a pinyin word's syllables or a compass point's halves ("JT", "NE"). */
  readonly initials?: string
  /** Whether the word is a known place that opens the name ("Xinbao" of "Xinbao Kelvar Chemicals"). */
  readonly place?: boolean
}

// The capitals a word carries at one end, as an acronym: "ClassVS" → "VS", "VSClass" → "VS".
const mixedCase = /^(?:\p{Lu}\p{Ll}+(\p{Lu}{2,})|(\p{Lu}{2,})\p{Lu}\p{Ll}+)$/u

/** The capitals at one end of a mixed-case acronym ("ClassVS" → "VS"), or undefined for any other word. */
export function mixedCaseLetters(word: string): string | undefined {
  const mixed = mixedCase.exec(word)
  return mixed ? (mixed[1] ?? mixed[2]) : undefined
}

/** The words of a name, for matching an acronym's letters, without the words a bracket holds ("(Dalian)"). */
export function nameWords(toks: readonly Tok[], start: number, end: number): NameWord[] {
  const words: NameWord[] = []
  let bracketed = false
  for (const tok of toks) {
    if (tok.start >= end) break
    if (tok.start < start) continue
    if (tok.value === '(' || tok.value === ')') bracketed = tok.value === '('
    if (tok.kind !== 'word' || bracketed) continue
    const optional = (tok.flags & (functionWord | legalForm)) !== 0 || /^Co\.?$/.test(tok.value)
    const place = words.length === 0 && (tok.flags & placeFirst) !== 0
    let first = true
    for (const part of tok.base.split('-')) {
      if (part.length === 0) continue
      const letters = part.toUpperCase().replace(/\.$/, '')
      // "State-owned": a lower-case part after a hyphen gives an acronym no letter of its own.
      const skip = optional || (!first && part[0] !== letters[0])
      const initials = skip ? undefined : syllableInitials(part)
      const word: NameWord = initials ? { letters, optional: skip, initials } : { letters, optional: skip }
      words.push(place && first ? { ...word, place } : word)
      first = false
    }
  }
  return words
}

// "Nongye" → "NY", "Northeast" → "NE": a name's acronym may give each pinyin syllable of a word its
// letter ("Qingshan Nongye University" → "QNYU", "Hengyun Marine University" → "HYMU"), and each half of a
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
 * legal form may give none, and so may one other word after the first ("Baltic Timber Export Traders
 * Association" → "BTETA" or "BTTA"). An acronym made of syllables, two words or more giving two letters or
 * more each, may leave out the last few words: "Velsk Maritime Logistics Bureau" → "VEMAL".
 */
export function fitsWords(acronym: string, words: readonly NameWord[]): boolean {
  // Acronyms are short and names a few words long: a search with a visited set stays small.
  const failed = new Set<number>()
  const fits = (letter: number, word: number, skipped: number, syllables: number): boolean => {
    if (letter === acronym.length && syllables >= 2 && words.length - word <= maxTail) return true
    if (word === words.length) return letter === acronym.length
    // "… Commission of the Kelvar Council (KTRC)": the of-phrase that says whose body it is may give none.
    if (letter === acronym.length && word > 1 && words[word]!.letters === 'OF') return true
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
    // "Xinbao Kelvar Chemicals Co., Ltd. (KC)": the place that opens a company's name may give none.
    if (word === 0 && words[0]!.place && fits(letter, 1, skipped, syllables)) return true
    failed.add(key)
    return false
  }
  return acronym.length >= 2 && words.length >= 2 && fits(0, 0, 0, 0)
}

// How many last words an acronym of syllables may leave out ("… Logistics Bureau").
const maxTail = 3
