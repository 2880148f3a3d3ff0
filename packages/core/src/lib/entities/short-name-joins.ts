/**
 * Short forms of a long foreign name that the sentence rules read as names of their own, joined to the
 * full name the article gives: an Arabic name without its chain of fathers ("Sheikh Khalid Al Nuaimi" for
 * "Sheikh Khalid bin Saif bin Rashid Al Nuaimi"), by its family ("Abu Zaid" for "Omar Salem Abu Zaid"),
 * by its given name after an honorific ("Sayyid Khalid"), and a Hispanic name by both surnames ("Ibarra
 * Soler said" for "Marta Lucía Ibarra Soler").
 */

import type { MentionFinding } from '../findings.js'
import type { SentenceMentions } from './brands.js'
import { isSecondSurname, surnameLast } from './known-surnames.js'
import { isArabicMarkWord, startsArabicFamily } from './name-words.js'

/** Rename the person mentions that are a short form of exactly one longer name of the article to it. */
export function joinShortNames(sentences: readonly SentenceMentions[]): void {
  joinAddressedNames(sentences)
  // The long names (three words or more), by their words in lower case; most articles have none.
  let full: Map<string, { name: string; words: string[]; arabic: boolean }> | undefined
  for (const { mentions, heading } of sentences) {
    if (heading) continue
    for (const mention of mentions) {
      if (!isNamed(mention) || mention.name.split(' ').length < 3) continue
      const lower = mention.name.toLowerCase()
      full ??= new Map()
      if (full.has(lower)) continue
      const words = lower.split(' ')
      full.set(lower, { name: mention.name, words, arabic: words.some(isArabicMarkWord) })
    }
  }
  if (full === undefined) return
  // A long name that is itself a short form of a longer one ("Khalid Al Nuaimi") owns no form.
  const all = [...full.values()]
  const names = all.filter(
    (one) => !all.some((other) => shortFormOf(one.words, other.words, other.arabic, false)),
  )
  for (const { mentions } of sentences) {
    mentions.forEach((mention, index) => {
      if (!isNamed(mention)) return
      const words = mention.name.toLowerCase().split(' ')
      const titled = mention.rule === 'person-titled-surname'
      let owner: string | undefined
      for (const long of names) {
        if (!shortFormOf(words, long.words, long.arabic, titled)) continue
        // Two long names the form fits (each kept once, by its words in lower case) leave it to neither.
        if (owner !== undefined) {
          owner = undefined
          break
        }
        owner = long.name
      }
      if (owner !== undefined) mentions[index] = { ...mention, name: owner }
    })
  }
}

// The names read given name first (`surnameLast`), and a word after a title, which for an Arabic name is
// the given name ("Sheikh Khalid").
function isNamed(mention: MentionFinding): boolean {
  return (
    mention.type === 'person' &&
    !mention.pronoun &&
    (surnameLast.has(mention.rule) || mention.rule === 'person-titled-surname')
  )
}

/**
 * Whether `short` (lower case) is a short form of `long`: an Arabic given name after an honorific
 * ("Sheikh Khalid"); or words of the long name in order with its last word, starting with its first
 * ("Khalid Al Nuaimi", "Abu Yusuf Al-Hamadi" for "abu Yusuf Karim Al-Hamadi") or with an Arabic family
 * ("Abu Zaid") or the first of two surnames ("Ibarra Soler"); "Lucía Soler" is someone else.
 */
function shortFormOf(short: string[], long: string[], arabic: boolean, titled: boolean): boolean {
  if (short.length >= long.length) return false
  if (short.length === 1) return titled && arabic && short[0] === long[0]
  if (short.at(-1) !== long.at(-1)) return false
  if (short[0] !== long[0]) {
    const tail = long.slice(long.length - short.length)
    if (!tail.every((word, index) => word === short[index])) return false
    if (startsArabicFamily(short[0]!)) return arabic
    // Both surnames of a Hispanic name: two words after two given names, the first no given name.
    const first = long[long.length - 2]!
    return short.length === 2 && long.length >= 4 && isSecondSurname(first[0]!.toUpperCase() + first.slice(1))
  }
  // Other names without a middle name are joined by their groups (`mergeFullNames`).
  if (!arabic) return false
  let at = 1
  for (const word of short.slice(1)) {
    while (at < long.length && long[at] !== word) at++
    if (at === long.length) return false
    at++
  }
  return true
}

// The short Indonesian forms of address ("Pak Budiman", "Bu Wulan"), which the name rules keep in the name:
// "Pak" is a Korean and "Bu" a Chinese surname too ("Pak Jong Su", "Bu Xiaolin").
const addressWords = ['Pak ', 'Bu ']

// A word of one syllable that starts with one consonant at most ("Min", "Yong", "Chol"): after "Pak", a
// Korean given name's; Indonesian given names have two syllables or more ("Budiman", "Wulan") or start with
// two consonants ("Sri", "Tri").
const koreanSyllable = /^(?:ch|sh|kk|tt|pp|ss|jj|[^aeiouy])?[yw]?[aeiou]+[^aeiouy]{0,2}$/

// "Pak Budiman" is "Budiman Santoso" when the article names one person with that given name first, and
// "Budiman" when it names no one (for "Pak" only: "Bu" before a lone word is mostly a Chinese name). "Pak
// Min" stays as written, a Korean name; nor is "Bu Lin" "Lin Haitao", a name with the surname first.
function joinAddressedNames(sentences: readonly SentenceMentions[]): void {
  // The mentions written with a form of address, as their list and place in it; most articles have none.
  let addressed: [MentionFinding[], number][] | undefined
  for (const { mentions, heading } of sentences) {
    if (heading) continue
    mentions.forEach((mention, index) => {
      if (!isNamed(mention) || !addressWords.some((word) => mention.name.startsWith(word))) return
      addressed ??= []
      addressed.push([mentions, index])
    })
  }
  if (addressed === undefined) return
  const names = new Set<string>()
  for (const { mentions, heading } of sentences) {
    if (heading) continue
    for (const mention of mentions)
      if (isNamed(mention) && mention.name.includes(' ')) names.add(mention.name)
  }
  for (const [mentions, index] of addressed) {
    const mention = mentions[index]!
    const given = mention.name.slice(mention.name.indexOf(' ') + 1)
    const pak = mention.name.startsWith('Pak ')
    if (pak && koreanSyllable.test(given.toLowerCase())) continue
    let owner = ownerOf(given, names)
    if (owner === undefined && pak && /^\p{Lu}\p{Ll}+$/u.test(given)) owner = given
    if (owner) mentions[index] = { ...mention, name: owner }
  }
}

// The one name of `names` that starts with the given name `given`; `null` when two do.
function ownerOf(given: string, names: ReadonlySet<string>): string | null | undefined {
  let owner: string | undefined
  for (const name of names) {
    if (!name.startsWith(`${given} `) || addressWords.some((word) => name.startsWith(word))) continue
    if (owner !== undefined) return null
    owner = name
  }
  return owner
}
