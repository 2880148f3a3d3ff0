/**
 * Short forms of a long foreign name that the sentence rules read as names of their own, joined to the
 * full name the article gives: an Arabic name without its chain of fathers ("Sheikh Khalid Al Nuaimi" for
 * "Sheikh Khalid bin Saif bin Rashid Al Nuaimi"), by its family ("Abu Zaid" for "Omar Salem Abu Zaid"),
 * by its given name after an honorific ("Sayyid Khalid"), and a Hispanic name by both surnames ("Ibarra
 * Soler said" for "Marta Lucía Ibarra Soler").
 */

import { compoundChineseSurnames } from '../data/chinese-surnames.js'
import type { MentionFinding } from '../findings.js'
import type { SentenceMentions } from './brands.js'
import { isSecondSurname } from './known-surnames.js'

// Rules that read a name given name first, whose last words are the family.
const givenFirst = new Set([
  'person-western-name',
  'person-name-by-context',
  'person-titled',
  'person-titled-surname',
])

// The words an Arabic family name starts with ("Abu Zaid", "Al Nuaimi", "Al-Nuaimi"), in lower case.
const familyStart = /^(?:abu|al|el|al-\S+|el-\S+)$/
// The words that mark a name as Arabic: a father's link or a family's article.
const arabicMark = /^(?:bin|bint|binti|ibn|abu|al|el|al-\S+|el-\S+)$/

/** Rename the person mentions that are a short form of exactly one longer name of the article to it. */
export function joinShortNames(sentences: readonly SentenceMentions[]): void {
  joinSplitSurnames(sentences)
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
      full.set(lower, { name: mention.name, words, arabic: words.some((word) => arabicMark.test(word)) })
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
        // Two long names the form fits leave it to neither.
        if (owner !== undefined && owner.toLowerCase() !== long.name.toLowerCase()) {
          owner = undefined
          break
        }
        owner = long.name
      }
      if (owner !== undefined) mentions[index] = { ...mention, name: owner }
    })
  }
}

function isNamed(mention: MentionFinding): boolean {
  return mention.type === 'person' && !mention.pronoun && givenFirst.has(mention.rule)
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
    if (familyStart.test(short[0]!)) return arabic
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

/**
 * "Duan Muhong" for "Duanmu Hong": a translator splits a compound surname where a single one and a given
 * name fit too; the article's reading with the compound surname names the person. Two names of one
 * article whose letters differ only where the space falls are one person, only when one starts with a
 * compound surname ("Li Anhe" and "Lian He" have none, and may be two people).
 */
function joinSplitSurnames(sentences: readonly SentenceMentions[]): void {
  // The names that start with a compound surname, by their letters without spaces in lower case.
  let compound: Map<string, string> | undefined
  for (const { mentions, heading } of sentences) {
    if (heading) continue
    for (const mention of mentions) {
      if (mention.type !== 'person' || !mention.rule.includes('chinese-name')) continue
      const space = mention.name.indexOf(' ')
      if (space < 4 || !compoundChineseSurnames.has(mention.name.slice(0, space).toLowerCase())) continue
      compound ??= new Map()
      compound.set(mention.name.replace(/ /g, '').toLowerCase(), mention.name)
    }
  }
  if (compound === undefined) return
  for (const { mentions } of sentences) {
    mentions.forEach((mention, index) => {
      if (mention.type !== 'person' || !mention.rule.includes('chinese-name')) return
      const name = compound.get(mention.name.replace(/ /g, '').toLowerCase())
      if (name !== undefined && name.toLowerCase() !== mention.name.toLowerCase())
        mentions[index] = { ...mention, name }
    })
  }
}
