/**
 * The Danish, Norwegian and Swedish letters a translation spells out or drops in a name: "Bækholm" is
 * written "Baekholm", "Søren" "Soeren" or "Soren", "Ålund" "Aalund" or "Alund"; and an umlaut's dots
 * dropped ("Jurgen" for "Jürgen"). German umlauts spelt out and other accents are `otherSpellings`' and
 * `spellingKey`'s (name-words.ts); these add to them.
 */
import { chineseSurnames, compoundChineseSurnames } from '../data/chinese-surnames.js'
import { splitPinyin } from '../data/pinyin.js'
import { otherSpellings, spellingKey } from './name-words.js'

const nordicLetter = /[æøåÆØÅ]/
const nordicLetters = /[æøåÆØÅ]/g

// "ae" for "æ" (no other way), "oe" for "ø" and "aa" for "å", as Danish and German spell them out.
const spelledOut: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'Ae', Ø: 'Oe', Å: 'Aa' }
// The same letters with the mark dropped, as English spells them.
const dropped: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', å: 'a', Æ: 'Ae', Ø: 'O', Å: 'A' }

/**
 * The other ways translations spell a name's words (`otherSpellings`), with an umlaut's dots dropped
 * ("Jurgen Weber"), and for a word with "æ", "ø" or "å" each spelt out and each dropped: "Torvild
 * Bækholm" → "Torvild Baekholm"; none for most names.
 */
export function nameSpellings(words: readonly string[]): string[][] {
  const other = otherSpellings(words)
  if (other.length === 0) return other
  if (!words.some((word) => nordicLetter.test(word))) {
    // "Jurgen" for "Jürgen" too: the umlaut's dots dropped, as English often types it; not in pinyin,
    // where "Lu" is another surname than "Lü" and "Luyang" another given name than "Lüyang". German
    // names keep the rule however alike two are: "Hans Schon" is read as "Hans Schön", the price of
    // reading "Jurgen" as "Jürgen".
    if (readsAsPinyin(words)) return other
    const plain = words.map(withoutMarks)
    return plain.join(' ') === other[0]!.join(' ') ? other : [...other, plain]
  }
  const forms: string[][] = []
  const seen = new Set([words.join(' ')])
  const add = (form: string[]) => {
    const key = form.join(' ')
    if (seen.has(key)) return
    seen.add(key)
    forms.push(form)
  }
  for (const form of [words, ...other]) {
    add(form.map((word) => word.replace(nordicLetters, (letter) => spelledOut[letter]!)))
    add(form.map((word) => word.replace(nordicLetters, (letter) => dropped[letter]!)))
  }
  for (const form of other) add(form)
  return forms
}

// Whether a name with "ü" reads as pinyin, where the dots tell two syllables apart: its surname is a
// Chinese one ("Cao Lüping") or a word with "ü" splits into pinyin syllables ("Lü", "Lüyang"); "ü" comes
// only after "l" and "n" there, so "Jürgen" and "Müller" are not.
function readsAsPinyin(words: readonly string[]): boolean {
  if (!words.some((word) => word.includes('ü') || word.includes('Ü'))) return false
  const surname = words[0]!.toLowerCase()
  if (chineseSurnames.has(surname) || compoundChineseSurnames.has(surname)) return true
  return words.some((word) => /[üÜ]/.test(word) && splitPinyin(word) !== undefined)
}

// A word without its accents and umlauts' dots: "Jürgen" → "Jurgen" ("ø" and "æ" stay, being letters).
function withoutMarks(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')
}

/**
 * `spellingKey` of a lower-case name with "æ" and "ø" spelt out first, so that "torvild bækholm" and
 * "torvild baekholm" are one person ("å" is dropped to "a" as other accents are).
 */
export function personKey(lower: string): string {
  if (!nordicLetter.test(lower)) return spellingKey(lower)
  return spellingKey(lower.replace(/[æø]/g, (letter) => spelledOut[letter]!))
}
