/**
 * Words that may be a person's name in lower case where a translation left one at the start of a sentence:
 * a known given name ("hideaki", "arkady") and a surname alone ("moreira", "zhang"). Used by
 * `sentence-start-names.ts`, which asks what follows them.
 */
import { chineseSurnames, compoundChineseSurnames, englishWordSurnames } from './data/chinese-surnames.js'
import { japaneseGivenNameList } from './data/japanese-given-names.js'
import {
  englishWordGivenNames,
  foreignNameShape,
  japaneseSurnames,
  koreanSurnames,
  westernGivenNames,
} from './data/other-surnames.js'
import { functionWords } from './entities/word-shape.js'

const lowerWord = /^\p{Ll}+$/u

// Known given names of every origin the name rules read, Japanese ones too, not those that are English words.
const lowerGivenNames = new Set(
  [...westernGivenNames, ...japaneseGivenNameList].filter((name) => !englishWordGivenNames.has(name)),
)

/** Whether `word` is a known given name of any origin that is no English word ("hideaki", "irina"; not "max"). */
export function isLowerGivenName(word: string): boolean {
  return lowerGivenNames.has(word)
}

// Lower-case words of five letters or more that end as Romance names do but are English nouns a sentence
// may start with ("media said …").
// biome-ignore format: packed list
const englishVowelEnds = new Set(['media', 'radio', 'video', 'studio', 'alumni', 'criteria', 'agenda'])

/**
 * Whether `word` may be a surname alone in lower case ("… in 2023. moreira said …"): a Chinese, Korean or
 * Japanese surname that is no English word, or a word of five letters or more with a foreign surname's
 * ending ("-ov", "-enko", "-ez") or a Romance one ("-o", "-a", "-i"); not "officials" or "analysts".
 */
export function isLowerForeignSurname(word: string): boolean {
  if (word.length < 3 || !lowerWord.test(word) || functionWords.has(word)) return false
  if (chineseSurnames.has(word) || compoundChineseSurnames.has(word) || koreanSurnames.has(word))
    return !englishWordSurnames.has(word)
  if (japaneseSurnames.has(word)) return true
  return (
    word.length >= 5 && (romanceEnd.test(word) || foreignNameShape.test(word)) && !englishVowelEnds.has(word)
  )
}

const romanceEnd = /[aio]$/
