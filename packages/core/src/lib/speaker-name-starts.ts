/**
 * A person's name and a verb of speech right after a company's legal form and its full stop ("… Doryeong
 * Textiles (Rizhao) Co., Ltd. Baek Seo-jin said …"), where the parser, reading "Ltd." as an abbreviation,
 * ends no sentence. Used by `split-sentences.ts`.
 */
import type { SentenceContent } from 'nlcst'
import { chineseSurnames, compoundChineseSurnames } from './data/chinese-surnames.js'
import { industryWords } from './data/organisations.js'
import { koreanSurnames, westernGivenNames } from './data/other-surnames.js'
import { southernSyllable, splitPinyin } from './data/pinyin.js'
import { isSpeechVerb } from './entities/context-names.js'
import { mayBeNameWord } from './entities/word-classes.js'
import { properWord, textOf } from './sentence-start-names.js'

/**
 * Whether a person's name and a verb of speech start at `nodes[at]`, right after a legal form and its
 * full stop ("… Doryeong Textiles (Rizhao) Co., Ltd. Baek Seo-jin said …", "… Ltd. Greta Tvedahl
 * noted …"): one to three proper words that may be a name's ("Halvorsen said"), a Chinese or Korean
 * surname and a given name of syllables ("Wang Yiming", "Baek Seo-jin"), or a known given name and a
 * proper word. "… Co., Ltd. Dalian Branch said" and "… Co., Ltd. Chairman Lu …" start no name and stay
 * one sentence.
 */
export function startsSpeakerName(nodes: readonly SentenceContent[], at: number): boolean {
  const first = textOf(nodes[at])
  if (first === undefined || !properWord.test(first) || nodes[at + 1]?.type !== 'WhiteSpaceNode') return false
  if (plainNameSpeaks(nodes, at)) return true
  const second = nameText(nodes[at + 2])
  if (second === undefined || nodes[at + 3]?.type !== 'WhiteSpaceNode') return false
  const verb = textOf(nodes[at + 4])
  if (verb === undefined || !isSpeechVerb(verb)) return false
  const surname = first.toLowerCase()
  const syllables = second.toLowerCase().split('-')
  if (chineseSurnames.has(surname) || compoundChineseSurnames.has(surname) || koreanSurnames.has(surname))
    return syllables.every(
      (syllable) => southernSyllable.test(syllable) || splitPinyin(syllable) !== undefined,
    )
  return westernGivenNames.has(surname) && properWord.test(second)
}

// "… Co., Ltd. Halvorsen said …", "… Inc. Tove Halvorsen noted …": one to three proper words that may be
// a name's and go on no company ("Branch", "Logistics"), then a verb of speech; "… Co., Ltd. Dalian
// Branch said …" stays one sentence.
function plainNameSpeaks(nodes: readonly SentenceContent[], at: number): boolean {
  for (let index = at; index < at + 6; index += 2) {
    const word = textOf(nodes[index])
    if (word === undefined || !properWord.test(word) || !mayBeNameWord(word) || industryWords.has(word))
      return false
    if (nodes[index + 1]?.type !== 'WhiteSpaceNode') return false
    const verb = textOf(nodes[index + 2])
    if (verb !== undefined && isSpeechVerb(verb)) return true
  }
  return false
}

const nameWord = /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?$/u

// The text of a word of one text node ("Greta"), or of a hyphenated one ("Seo-jin"), when it is a name's.
function nameText(node: SentenceContent | undefined): string | undefined {
  if (node?.type !== 'WordNode' || node.children.length > 3) return undefined
  let text = ''
  for (const part of node.children) {
    if (part.type !== 'TextNode' && !(part.type === 'PunctuationNode' && part.value === '-')) return undefined
    text += part.value
  }
  return nameWord.test(text) ? text : undefined
}
