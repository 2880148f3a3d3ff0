/**
 * What tells a person's sex, for retext-speech: an honorific before the name ("Ms. Li Na") or the head noun
 * of an appositive after it ("Tang Meiru, a 68-year-old widow, …").
 */
import { isLowerWord, type Tok } from '../entities/tokens.js'
import { titleFirst } from '../entities/word-classes.js'
import type { MentionFinding } from '../findings.js'
import { lastTokenBefore } from './token-offsets.js'

/** A person's sex as a text gives it. */
export type Sex = 'male' | 'female'

// Honorifics that tell a person's sex, so "she" is not read as a man called "Mr. Zhang".
const maleHonorifics = ['Mr', 'Mr.', 'Sir', 'Lord']
// biome-ignore format: packed list
const femaleHonorifics = [
  'Ms', 'Ms.', 'Mrs', 'Mrs.', 'Miss', 'Madam', 'Madame', 'Mme', 'Mme.', 'Dame', 'Lady',
]
const honorificSexes: ReadonlyMap<string, Sex> = new Map([
  ...maleHonorifics.map((word) => [word, 'male'] as const),
  ...femaleHonorifics.map((word) => [word, 'female'] as const),
])

// Words for a person that tell the sex: "Tang Meiru, a 68-year-old widow, …".
// biome-ignore format: packed list
const callings: ReadonlyMap<string, Sex> = new Map([
  ...['woman', 'mother', 'grandmother', 'granny', 'wife', 'widow', 'daughter', 'girl', 'sister', 'aunt',
    'actress', 'hostess', 'waitress', 'businesswoman', 'chairwoman', 'spokeswoman', 'sportswoman',
    'policewoman', 'heroine', 'female'].map((word) => [word, 'female'] as const),
  ...['man', 'father', 'grandfather', 'husband', 'widower', 'son', 'boy', 'brother', 'uncle', 'actor',
    'male'].map((word) => [word, 'male'] as const),
])

/**
 * "Tang Meiru, a 68-year-old widow who runs a noodle shop, …": the sex the head noun of the appositive right
 * after the name gives; asked only of a name followed by a comma and an article, or by a post in lower case
 * without one ("Li Na, vice chairwoman of …"). Only the head counts: "a mother and baby products dealer"
 * and "the sister city officer of Tromsvik" say nothing of the sex.
 */
export function callingOf(toks: readonly Tok[], mention: MentionFinding): Sex | undefined {
  // The token the mention ends in (tokens do not overlap), and the comma right after it.
  const last = lastTokenBefore(toks, mention.end)
  const comma = last + 1
  if (toks[last]?.end !== mention.end || toks[comma]?.value !== ',') return undefined
  const article = toks[comma + 1]?.lower
  // "Li Na, vice chairwoman of the association, …": a post without an article, in lower case.
  const bare = article !== 'a' && article !== 'an' && article !== 'the'
  // "Chen Hao, like his mother, …" is no post.
  const first = toks[comma + 1]
  if (bare && (first?.kind !== 'word' || !isLowerWord(first.value) || notPosts.has(first.value)))
    return undefined
  let head: Tok | undefined
  for (let index = bare ? comma + 1 : comma + 2; index < toks.length; index++) {
    const tok = toks[index]!
    if (tok.kind !== 'word') {
      // "71-year-old": a hyphen is inside a word of the phrase.
      if (tok.value === '-') continue
      break
    }
    // The phrase ends at a preposition or a clause ("…, a widow from Lishu", "…, a widow who …", "…, a
    // widow living alone"); "and" joins words of one phrase ("a mother and baby products dealer").
    if (phraseEnds.has(tok.lower)) break
    // "…, his mother's business partner": another person's word, not this one's.
    if (possessives.has(tok.lower)) return undefined
    if (head !== undefined && tok.lower.endsWith('ing')) break
    // Too long for an appositive of a few words: no head is known.
    if (index === comma + 10) return undefined
    head = tok
  }
  return head !== undefined && isLowerWord(head.value) ? callings.get(head.lower) : undefined
}

// Words after the head of an appositive: a preposition or a word that opens a clause ("…, a widow whose
// son …").
// biome-ignore format: packed list
const phraseEnds = new Set([
  'of', 'from', 'in', 'at', 'on', 'with', 'for', 'to', 'by', 'as', 'since', 'near', 'who', 'whose', 'whom',
  'which', 'that', 'where', 'when', 'but', 'or',
])

// Words that start a phrase after a name that is no post ("Chen Hao, like his mother, …").
// biome-ignore format: packed list
const notPosts = new Set(['like', 'unlike', 'plus', 'not', 'and', 'or', 'but', 'as', 'just', 'along', 'together'])

const possessives = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your'])

/**
 * The sex an honorific ("Ms.", "Mr") gives: every honorific starts a title, so most words are turned away
 * by their class bit.
 */
export function sexOf(tok: Tok): Sex | undefined {
  return (tok.flags & titleFirst) === 0 ? undefined : honorificSexes.get(tok.value)
}
