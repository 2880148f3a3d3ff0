/**
 * Acronyms an article uses without defining them, for a body it has named in full: "the Kelvar Council for
 * the Promotion of Coastal Trade … the KCPCT will" is one body, as the acronym spells the name's initials.
 */
import type { MentionFinding } from '../findings.js'
import { fitsWords, type NameWord, nameWords } from './acronym-letters.js'
import type { SentenceMentions } from './brands.js'
import { isAllCaps } from './tokens.js'

/**
 * Give each acronym mention (`isAcronym`) the name of the one body named in full before it whose words'
 * initials it spells, letter for letter; acronyms in `defined` are left as their definition made them.
 */
export function joinSpeltAcronyms(
  sentences: readonly SentenceMentions[],
  isAcronym: (mention: MentionFinding) => boolean,
  defined: ReadonlyMap<string, string | null> | undefined,
): void {
  // Where each undefined acronym of three letters or more is first used; most articles have none, and then
  // nothing is read.
  let firsts: Map<string, number> | undefined
  for (const { mentions } of sentences) {
    for (const mention of mentions) {
      if (!isAcronym(mention) || mention.name.length < 3 || defined?.has(mention.name)) continue
      firsts ??= new Map()
      if (!firsts.has(mention.name)) firsts.set(mention.name, mention.start)
    }
  }
  if (firsts === undefined) return
  const letters = new Set<string>()
  for (const acronym of firsts.keys()) letters.add(acronym[0]!)
  // The body each acronym spells, `null` for two.
  const bodies = new Map<string, string | null>()
  for (const { toks, mentions, heading } of sentences) {
    if (heading) continue
    for (const mention of mentions) {
      if (mention.type !== 'organization' || mention.generic || !mention.name.includes(' ')) continue
      if (!letters.has(mention.name[0]!) || isAllCaps(mention.name)) continue
      const words = nameWords(toks, mention.start, mention.end)
      for (const [acronym, first] of firsts) {
        if (mention.start > first || !spells(acronym, words)) continue
        const known = bodies.get(acronym)
        bodies.set(acronym, known === undefined || known === mention.name ? mention.name : null)
      }
    }
  }
  if (bodies.size > 0) renameAcronyms(sentences, isAcronym, bodies)
}

/**
 * Join each acronym written right after a place ("the Xinbao TSA") and that place to one mention of the one
 * body the article names with the place and words the acronym spells ("the Xinbao Tidal Survey
 * Administration"); acronyms in `defined` are left as their definition made them.
 */
export function joinPlacedAcronyms(
  sentences: readonly SentenceMentions[],
  isAcronym: (mention: MentionFinding) => boolean,
  defined: ReadonlyMap<string, string | null> | undefined,
): void {
  // The places each acronym follows ("Xinbao" → "TSA"); most articles have none, and then nothing is read.
  let placed: Map<string, Set<string>> | undefined
  for (const { mentions } of sentences) {
    for (let index = 1; index < mentions.length; index++) {
      const acronym = mentions[index]!
      const place = placeBefore(mentions, index, isAcronym)
      if (place === undefined || defined?.has(acronym.name)) continue
      placed ??= new Map()
      const known = placed.get(place.name)
      if (known) known.add(acronym.name)
      else placed.set(place.name, new Set([acronym.name]))
    }
  }
  if (placed === undefined) return
  // The body each "<place> <acronym>" stands for, `null` for two.
  const bodies = new Map<string, string | null>()
  for (const { toks, mentions } of sentences) {
    for (const mention of mentions) {
      if (mention.type !== 'organization' || mention.generic) continue
      const space = mention.name.indexOf(' ')
      const acronyms = space === -1 ? undefined : placed.get(mention.name.slice(0, space))
      if (acronyms === undefined) continue
      // The name's words after its first, the place's one word: "Tidal Survey Administration".
      const from = toks.findIndex((tok) => tok.start === mention.start)
      const rest = toks[from + 1]
      if (from === -1 || rest === undefined || rest.start >= mention.end) continue
      const words = nameWords(toks, rest.start, mention.end)
      for (const acronym of acronyms) {
        if (!fitsWords(acronym, words)) continue
        const key = `${mention.name.slice(0, space)} ${acronym}`
        const known = bodies.get(key)
        bodies.set(key, known === undefined || known === mention.name ? mention.name : null)
      }
    }
  }
  if (bodies.size === 0) return
  for (const sentence of sentences) {
    let { mentions } = sentence
    for (let index = 1; index < mentions.length; index++) {
      const acronym = mentions[index]!
      const place = placeBefore(mentions, index, isAcronym)
      if (place === undefined) continue
      const name = bodies.get(`${place.name} ${acronym.name}`)
      if (!name) continue
      if (mentions === sentence.mentions) mentions = [...mentions]
      const { start } = place
      mentions.splice(--index, 2, { start, end: acronym.end, type: 'organization', name, rule: placedRule })
    }
    sentence.mentions = mentions
  }
}

// The place mentioned right before the acronym (`isAcronym`) at `index` of `mentions`: "Xinbao" in "the
// Xinbao TSA".
function placeBefore(
  mentions: readonly MentionFinding[],
  index: number,
  isAcronym: (mention: MentionFinding) => boolean,
): MentionFinding | undefined {
  const acronym = mentions[index]!
  const place = mentions[index - 1]!
  return isAcronym(acronym) && place.type === 'place' && place.end + 1 === acronym.start ? place : undefined
}

// The rule of a place and an acronym read as one body's mention: no acronym of its own any more.
const placedRule = 'org-placed-acronym'

/** Give each acronym mention (`isAcronym`) the name `names` has for it (none where it maps to `null`). */
export function renameAcronyms(
  sentences: readonly SentenceMentions[],
  isAcronym: (mention: MentionFinding) => boolean,
  names: ReadonlyMap<string, string | null>,
): void {
  for (const sentence of sentences) {
    let { mentions } = sentence
    for (let index = 0; index < mentions.length; index++) {
      const mention = mentions[index]!
      if (!isAcronym(mention)) continue
      const name = names.get(mention.name)
      if (!name) continue
      // Findings are read-only and may be shared: copy the list once, the mention each time.
      if (mentions === sentence.mentions) mentions = [...mentions]
      mentions[index] = { ...mention, name }
    }
    sentence.mentions = mentions
  }
}

// Three letters a body's initials spell by chance too often, unless the name has just those three words
// besides its function words and legal form: "the Kelvar Bureau of Surveying … KBS".
function spells(acronym: string, words: readonly NameWord[]): boolean {
  if (acronym.length > 3) return spellsInitials(acronym, words)
  let letter = 0
  for (const { letters, optional } of words) {
    if (optional) continue
    if (letters[0] !== acronym[letter]) return false
    letter++
  }
  return letter === 3
}

/**
 * Whether `acronym` is the initials of `words`: one letter for each word, which a function word or a legal
 * form may give or not ("PBOC" the "People's Bank of China", "NDRC" the "National Development and Reform
 * Commission"); stricter than a definition in brackets, as nothing but the letters ties the two.
 */
function spellsInitials(acronym: string, words: readonly NameWord[]): boolean {
  const fits = (letter: number, word: number): boolean => {
    if (word === words.length) return letter === acronym.length
    // "the Kelvar Port Trade Commission of the Xinbao Council … the KPTC": the owner's of-phrase gives none.
    if (letter === acronym.length && word > 2 && words[word]!.letters === 'OF') return true
    const { letters, optional } = words[word]!
    if (optional && fits(letter, word + 1)) return true
    return letter < acronym.length && letters[0] === acronym[letter] && fits(letter + 1, word + 1)
  }
  return words.length >= 3 && fits(0, 0)
}
