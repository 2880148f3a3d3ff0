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

// Lower-case words of six letters or more that end as Romance or foreign surnames do but are English
// words a sentence may start with ("media said …", "ratio", "lesson"), and Chinese and Korean surnames that
// are a currency or an ordinary word ("yuan", "won", "park").
// biome-ignore format: packed list
const englishLookalikes = new Set([
  'media', 'radio', 'video', 'studio', 'alumni', 'criteria', 'agenda', 'cargo', 'metro', 'ratio', 'micro',
  'ultra', 'multi', 'capita', 'regatta', 'influenza', 'ammonia', 'undersea', 'kimchi', 'lesson', 'lessons',
  'yuan', 'won', 'park', 'son', 'gang', 'camera', 'formula', 'piano', 'patio', 'replica', 'stadia', 'trivia',
  'malaria', 'gazebo', 'tornado', 'volcano', 'tomato', 'potato', 'scenario', 'portfolio', 'embargo',
  'bacteria', 'militia', 'umbrella', 'veranda', 'vanilla', 'propaganda', 'dilemma', 'stamina', 'mafia',
  'pizza', 'tundra', 'dogma', 'drama', 'cinema', 'saliva', 'avocado', 'mosquito', 'stiletto', 'ghetto',
  'casino', 'broccoli', 'spaghetti', 'safari', 'graffiti', 'chili', 'confetti', 'zucchini', 'taxi', 'origin',
  'risen',
])

/**
 * Whether `word` may be a surname alone in lower case ("… in 2023. moreira said …"): a Chinese, Korean or
 * Japanese surname that is no English word, or a word of six letters or more with a foreign surname's
 * ending ("-ov", "-enko", "-ez") or a Romance one ("-o", "-a", "-i"); not "officials", "provides" or
 * "cargo".
 */
export function isLowerForeignSurname(word: string): boolean {
  if (word.length < 3 || !lowerWord.test(word) || functionWords.has(word) || englishLookalikes.has(word))
    return false
  if (chineseSurnames.has(word) || compoundChineseSurnames.has(word) || koreanSurnames.has(word))
    return !englishWordSurnames.has(word)
  if (japaneseSurnames.has(word)) return true
  // "-ides" is a Greek surname's ending ("Christodoulides") but an English verb's too ("provides").
  return word.length >= 6 && (romanceEnd.test(word) || foreignNameShape.test(word)) && !word.endsWith('ides')
}

const romanceEnd = /[aio]$/
