/**
 * Names that start a sentence the parser did not end, told from the words that follow:
 * - a name whose first word a translation left in lower case, after a word and a full stop ("… of the
 *   premium. jiang Wen said …", "… fair. takeda Hiroshi, president of …", "… and Finland. bae Ji-woo
 *   hoped …", "… the course. abebe Tsegaye said …"), which the parser never starts a sentence with;
 * - a person's name with a role after it, after a company's legal form with its full stop ("… and Lumen
 *   Co., Ltd. Oskar Lind, general manager of Lumen, said …"), which the parser reads as an abbreviation.
 */
import type { SentenceContent } from 'nlcst'
import { chineseSurnames, chineseSurnameVariants, compoundChineseSurnames } from './data/chinese-surnames.js'
import { industryWords } from './data/organisations.js'
import { japaneseSurnames, koreanSurnames } from './data/other-surnames.js'
import { pinyinSyllables } from './data/pinyin.js'
import { canonicalTitle, lowerCaseHonorifics } from './data/titles.js'
import { isSpeechVerb } from './entities/context-names.js'
import { isRomaji } from './entities/described-names.js'
import { familyParticleList, fatherLinkList, spanishArticles } from './entities/name-words.js'
import { mayBeNameWord } from './entities/word-classes.js'
import { functionWords } from './entities/word-shape.js'
import { isLowerForeignSurname, isLowerGivenName } from './lower-name-words.js'

const capital = /^\p{Lu}/u
const lowerWord = /^\p{Ll}+$/u
/** A capitalised word of letters ("Wang", "Oskar"). */
export const properWord = /^\p{Lu}\p{Ll}+$/u
const hyphenedProper = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u

/** The text of a word of one text node, or undefined. */
export function textOf(node: SentenceContent | undefined): string | undefined {
  if (node?.type !== 'WordNode' || node.children.length !== 1) return undefined
  const text = node.children[0]
  return text?.type === 'TextNode' ? text.value : undefined
}

/**
 * Whether a name in lower case starts at `nodes[at]`: a Chinese surname in lower case and a capitalised
 * given name ("jiang Wen"); a Korean surname and a hyphenated given name ("seo Min-jae"); "he" or "she"
 * and a lower-case word ("he said"); a Japanese name with one of its words known ("takeda Hiroshi",
 * "hiroshi Takeda") and a comma or a verb of speech after it ("… more. tanaka Products" is no name); a
 * known given name and a capitalised surname ("hideaki Ochiai has …"); a surname alone that is no English
 * word before a verb of speech ("moreira said", "zhang also noted"); or any other name whose first word is
 * in lower case, when a verb of speech (perhaps after "also" or "then") or a role follows it ("almaz Teklu
 * Desta said", "yumiko Sorano, director of …").
 */
export function startsLowerCaseName(nodes: readonly SentenceContent[], at: number): boolean {
  if (afterLowerHonorific(nodes[at - 2])) return false
  const surname = textOf(nodes[at])
  const given = nodes[at + 2]
  if (surname === undefined || nodes[at + 1]?.type !== 'WhiteSpaceNode' || given?.type !== 'WordNode')
    return false
  const first = given.children[0]
  if (first?.type !== 'TextNode') return false
  // "… the visits. van der Molen said …", "… the port. de Lacerda, head of …, said …": a surname that
  // opens with a particle, its other particles and proper words, then a verb of speech or a comma and a
  // role.
  if (surnameParticles.has(surname)) {
    const words = pastParticles(nodes, at + 2)
    return words !== undefined && attributedFrom(nodes, words)
  }
  if (!capital.test(first.value)) {
    if (surname === 'he' || surname === 'she') return lowerWord.test(first.value)
    return isLowerForeignSurname(surname) && !afterUnit(nodes[at - 2]) && speechAt(nodes, at + 2)
  }
  if (chineseSurnames.has(surname) || compoundChineseSurnames.has(surname)) return true
  if (koreanSurnames.has(surname) && given.children[1]?.type === 'PunctuationNode')
    return given.children[1].value === '-'
  // "kuo Pei-ling", "tseng Kuo-lun": a Wade–Giles or Cantonese surname and a hyphenated given name, as
  // Taiwan and Hong Kong names are written.
  if (chineseSurnameVariants.has(surname) && isHyphenedGiven(given)) return true
  if (given.children.length === 1 && japaneseName(surname, first.value) && commaOrSpeech(nodes, at + 3))
    return true
  if (lowerGivenName(surname, nodes, at + 2)) return true
  return attributedLowerName(surname, nodes, at + 2)
}

/**
 * Whether a name in lower case starts at `nodes[at]` after a number and its full stop, with what such a
 * name goes on to: a comma or a verb of speech right after its one to three words ("… by the end of 2027.
 * fang Yu-ting, manager of …, said …", "… 2,000. he said …"). A number's stop ends a sentence far less
 * often than a word's ("at 3. an Hour"), so a name alone is not enough there.
 */
export function startsLowerCaseNameAfterNumber(nodes: readonly SentenceContent[], at: number): boolean {
  if (!startsLowerCaseName(nodes, at)) return false
  let index = at + 1
  for (let words = 0; words < 4; words++) {
    if (commaOrSpeech(nodes, index)) return true
    if (nodes[index]?.type !== 'WhiteSpaceNode' || !startsCapitalised(nodes[index + 1])) return false
    index += 2
  }
  return false
}

// "Pei-ling", "Wing-lok": a capitalised syllable, a hyphen and a lower-case one, as one word.
function isHyphenedGiven(node: SentenceContent): boolean {
  if (node.type !== 'WordNode' || node.children.length !== 3) return false
  const [head, hyphen, tail] = node.children
  return (
    head?.type === 'TextNode' &&
    properWord.test(head.value) &&
    hyphen?.type === 'PunctuationNode' &&
    hyphen.value === '-' &&
    tail?.type === 'TextNode' &&
    lowerWord.test(tail.value)
  )
}

/** Whether a word's first part is capitalised ("Pei-ling", "Min-jae", "Desta"). */
export function startsCapitalised(node: SentenceContent | undefined): boolean {
  const first = node?.type === 'WordNode' ? node.children[0] : undefined
  return first?.type === 'TextNode' && capital.test(first.value)
}

// "dr. mereani Tuilagi": a lower-case honorific with its full stop belongs to the name after it.
function afterLowerHonorific(node: SentenceContent | undefined): boolean {
  if (node?.type !== 'WordNode' || node.children.length !== 2) return false
  const word = node.children[0]
  return word?.type === 'TextNode' && lowerHonorifics.has(word.value)
}

const lowerHonorifics = new Set(lowerCaseHonorifics)

// "… reached 5 mln. extra said …", "… 12 pct. costa said …": after a unit's abbreviation the sentence more
// likely runs on than a surname alone starts a new one, so that rule does not apply there.
// biome-ignore format: packed list
const unitAbbreviations = new Set([
  'mln', 'bln', 'mn', 'bn', 'pct', 'km', 'kg', 'sq', 'cm', 'mm', 'ha', 'kw', 'mw', 'gw', 'kwh', 'ft', 'lb',
  'lbs', 'oz', 'yr', 'yrs', 'hr', 'hrs', 'min', 'mins', 'sec', 'secs', 'approx', 'tn', 'cu', 'mi', 'teu',
])

// Whether a unit's abbreviation with its full stop is the word before the name ("mln.", "pct.").
function afterUnit(node: SentenceContent | undefined): boolean {
  if (node?.type !== 'WordNode' || node.children.length !== 2) return false
  const word = node.children[0]
  return word?.type === 'TextNode' && unitAbbreviations.has(word.value.toLowerCase())
}

/**
 * Whether a name goes on from `nodes[at]` after a lower-case first word `first`: one to three proper words
 * that go on no company or place, then a verb of speech ("… the course. almaz Teklu Desta said …") or a
 * comma and a role ("yumiko Sorano, director of the museum, said …"). The first word is no function word
 * ("… in May. since Harbin Foods said …" is one sentence the parser ran on either way, but left alone).
 */
function attributedLowerName(first: string, nodes: readonly SentenceContent[], at: number): boolean {
  if (first.length < 3 || !lowerWord.test(first) || functionWords.has(first)) return false
  return attributedFrom(nodes, at)
}

// One to three proper words from `nodes[at]` that go on no company or place, then a verb of speech or a
// comma and a role.
function attributedFrom(nodes: readonly SentenceContent[], at: number): boolean {
  let index = at
  for (let count = 0; count < 3; count++) {
    const word = properText(nodes[index])
    if (word === undefined || !mayBeNameWord(word)) return false
    index++
    if (nodes[index]?.type !== 'WhiteSpaceNode') break
    if (speechAt(nodes, index + 1)) return true
    // "… cherries. lucía Beatriz de la Vega Ruiz hoped …": a surname's particles do not count among the
    // name's three words, but a proper word must follow them.
    const next = pastParticles(nodes, index + 1)
    if (next === undefined) return false
    index = next
  }
  return isComma(nodes[index]) && roleThenClause(nodes, index + 1)
}

// Past a surname's lower-case particles, up to two, from `nodes[at]`, each with the space after it ("de
// la" in "de la Vega"); `at` when none stands there, undefined when a particle has no space after it.
function pastParticles(nodes: readonly SentenceContent[], at: number): number | undefined {
  let index = at
  for (let particles = 0; particles < 2 && surnameParticles.has(textOf(nodes[index]) ?? ''); particles++) {
    if (nodes[index + 1]?.type !== 'WhiteSpaceNode') return undefined
    index += 2
  }
  return index
}

// Lower-case particles inside a family name ("de la Vega", "van der Berg", "bin Saleh", "dos Anjos"), from the
// lists the name rules use, and the Arabic article ("al", "el").
const surnameParticles = new Set([...familyParticleList, ...fatherLinkList, ...spanishArticles, 'al', 'el'])

// The text of a proper word, hyphenated or not ("Alemu", "Kervella-Dunn"), or undefined.
function properText(node: SentenceContent | undefined): string | undefined {
  if (node?.type !== 'WordNode') return undefined
  let text = ''
  for (const part of node.children) {
    if (part.type !== 'TextNode' && !(part.type === 'PunctuationNode' && part.value === '-')) return undefined
    text += part.value
  }
  return properWord.test(text) || hyphenedProper.test(text) ? text : undefined
}

// "takeda Hiroshi" (surname first, as Chinese translations write Japanese names) or "hiroshi Takeda": a
// known surname and a word of romaji.
function japaneseName(lower: string, capitalised: string): boolean {
  const other = capitalised.toLowerCase()
  if (!isRomaji(lower) || !isRomaji(other)) return false
  return japaneseSurnames.has(lower) || japaneseSurnames.has(other)
}

// A comma right after the name, or a verb of speech after a space ("… said", "… also introduced").
function commaOrSpeech(nodes: readonly SentenceContent[], at: number): boolean {
  const next = nodes[at]
  if (next?.type === 'PunctuationNode') return next.value === ','
  return next?.type === 'WhiteSpaceNode' && speechAt(nodes, at + 1)
}

// A verb of speech at `nodes[at]`, or "also" or "then" and one ("… Skarvolen then remarked …").
function speechAt(nodes: readonly SentenceContent[], at: number): boolean {
  let verb = textOf(nodes[at])
  if ((verb === 'also' || verb === 'then') && nodes[at + 1]?.type === 'WhiteSpaceNode')
    verb = textOf(nodes[at + 2])
  return verb !== undefined && isSpeechVerb(verb)
}

// "… to Japan. hideaki Ochiai has worked …", "… the forum. arkady Belov also noted …": a known given name
// in lower case and a capitalised surname that goes on no company or place ("… the city. victoria Harbour"
// and "… the stand. anna Lindqvist Foods" start no name).
function lowerGivenName(given: string, nodes: readonly SentenceContent[], at: number): boolean {
  if (!isLowerGivenName(given)) return false
  const surname = properText(nodes[at])
  if (surname === undefined || !mayBeNameWord(surname) || industryWords.has(surname)) return false
  const next = nodes[at + 1]?.type === 'WhiteSpaceNode' ? properText(nodes[at + 2]) : undefined
  return next === undefined || (mayBeNameWord(next) && !industryWords.has(next))
}

/**
 * Whether a person's name with a role starts at `nodes[at]`, right after a legal form and its full stop:
 * two or three proper words that go on no company ("Oskar Lind", not "Harbour Services"), a comma, a
 * phrase with a title word ("general manager of Lumen", "Consul General of Norway"), a comma and a word in
 * lower case ("said", "attended"). A company's name never goes on that way; "Lumen Co., Ltd. Harbour
 * Services, a subsidiary, …" has no title and stays one sentence.
 */
export function startsAttributedName(nodes: readonly SentenceContent[], at: number): boolean {
  let index = at
  let count = 0
  while (count < 3) {
    const word = properText(nodes[index])
    if (word === undefined || !mayBeNameWord(word)) return false
    count++
    index++
    if (nodes[index]?.type !== 'WhiteSpaceNode') break
    // "Inés Carvajal de la Riva, …": a surname's particles, up to two, before its next proper word.
    const next = pastParticles(nodes, index + 1)
    if (next === undefined) return false
    index = next
  }
  return count >= 2 && isComma(nodes[index]) && roleThenClause(nodes, index + 1)
}

// Honorifics that never go on a company's name, as the parser keeps them (without a full stop).
// biome-ignore format: packed list
const nameHonorifics = new Set([
  'Sir', 'Dame', 'Lord', 'Lady', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Madam', 'Mme',
])

/**
 * Whether an honorific and a person's name start at `nodes[at]`, right after a legal form and its full
 * stop ("… Quellmoor Marine Inc. Dame Honor Ashdown, whose family …", "… Ltd. Dr. Ruth Okoro
 * added …"): one to three proper words that go on no company, then a comma or a word in lower case. A
 * brand named for someone goes on the company's name ("… Ltd. Dr. Brandt Seafood Co. …").
 */
export function startsHonouredName(nodes: readonly SentenceContent[], at: number): boolean {
  const node = nodes[at]
  if (node?.type !== 'WordNode' || node.children.length > 2) return false
  const [word, stop] = node.children
  if (word?.type !== 'TextNode' || !nameHonorifics.has(word.value)) return false
  if (stop !== undefined && (stop.type !== 'PunctuationNode' || stop.value !== '.')) return false
  let index = at + 2
  for (let count = 0; count < 3; count++) {
    if (nodes[index - 1]?.type !== 'WhiteSpaceNode') return false
    const name = properText(nodes[index])
    if (name === undefined || !mayBeNameWord(name) || industryWords.has(name)) return false
    const next = nodes[index + 1]
    if (isComma(next)) return true
    const after = next?.type === 'WhiteSpaceNode' ? textOf(nodes[index + 2]) : undefined
    if (after !== undefined && lowerWord.test(after)) return true
    index += 2
  }
  return false
}

/**
 * Whether a capitalised person's name starts at `nodes[at]`, after a stray digit ("… on May 12. 7 Sergio
 * Lima said …"): a Chinese surname and a pinyin given name ("Wang Lei"); two or three proper words that go
 * on no company or place, then a verb of speech; or a name with a role ({@link startsAttributedName}).
 * "6. 5 Percent", "12. 3 Enterprises shall" and "2. 0 Dalian Smart City" start no name.
 */
export function startsCapitalisedName(nodes: readonly SentenceContent[], at: number): boolean {
  const first = textOf(nodes[at])
  if (first === undefined || !properWord.test(first) || !mayBeNameWord(first)) return false
  const second = nodes[at + 1]?.type === 'WhiteSpaceNode' ? properText(nodes[at + 2]) : undefined
  if (second === undefined || !mayBeNameWord(second)) return false
  const surname = first.toLowerCase()
  if (
    (chineseSurnames.has(surname) || compoundChineseSurnames.has(surname)) &&
    second.split('-').every((part) => pinyinSyllables.has(part.toLowerCase()))
  )
    return true
  let index = at + 3
  for (let count = 2; count <= 3; count++) {
    if (nodes[index]?.type !== 'WhiteSpaceNode') break
    const next = textOf(nodes[index + 1])
    if (next !== undefined && isSpeechVerb(next)) return true
    if (count === 3 || next === undefined || !properWord.test(next) || !mayBeNameWord(next)) break
    index += 2
  }
  return startsAttributedName(nodes, at)
}

/**
 * Whether a title of one to three words ("Mayor", "Vice Mayor", "Deputy General Manager") and a capitalised
 * person's name ({@link startsCapitalisedName}) start at `nodes[at]`: "… have moved in. Vice Mayor Li Hua
 * said …".
 */
export function startsTitledName(nodes: readonly SentenceContent[], at: number): boolean {
  let title = ''
  for (let index = at; index < at + 6; index += 2) {
    const word = textOf(nodes[index])
    if (word === undefined || nodes[index + 1]?.type !== 'WhiteSpaceNode') return false
    title = title === '' ? word : `${title} ${word}`
    if (canonicalTitle.has(title) && startsCapitalisedName(nodes, index + 2)) return true
  }
  return false
}

function isComma(node: SentenceContent | undefined): boolean {
  return node?.type === 'PunctuationNode' && node.value === ','
}

// From `nodes[at]` (the space after the name's comma): a phrase of up to 30 words with a title word
// among them, closed by a comma, then a space and a lower-case word.
function roleThenClause(nodes: readonly SentenceContent[], at: number): boolean {
  let titled = false
  const end = Math.min(nodes.length, at + 60)
  for (let index = at; index < end; index++) {
    const node = nodes[index]!
    if (isComma(node)) {
      const next = textOf(nodes[index + 2])
      return (
        titled && nodes[index + 1]?.type === 'WhiteSpaceNode' && next !== undefined && lowerWord.test(next)
      )
    }
    if (node.type === 'PunctuationNode' && node.value !== '-' && node.value !== "'" && node.value !== '’')
      return false
    if (!titled && node.type === 'WordNode') titled = canonicalTitle.has(textOf(node) ?? '')
  }
  return false
}
