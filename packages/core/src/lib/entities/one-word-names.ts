/**
 * Names of one word, as Mongolian, Tibetan and Uyghur people often go by ("Batmunkh", "Tenzin"): how such
 * a word looks, and the appositive after a relation or a calling that says it is a person's name.
 */
import { months, relativeDates, weekdays } from '../data/dates.js'
import { demonyms } from '../data/demonyms.js'
import { englishPinyinWords, splitPinyin } from '../data/pinyin.js'
import { isCallingNoun, relationNouns } from './callings.js'
import { isContextNameWord, speechFollows } from './context-names.js'
import type { NameMatch } from './name-words.js'
import { functionWords, type Tok } from './tokens.js'

/**
 * Endings of English adverbs and other words that stand before a comma at the start of a sentence
 * ("Afterwards", "Likewise", "Elsewhere", "Nonetheless", "Overall", "Again", "Still"); "-med"
 * is spared for "Ahmed" and "Mohammed".
 */
export const englishEnding =
  /(?:ly|wards?|wise|where|less|ness|hand|night|all|ill|ever|ing|(?<!m)ed|ful|ment|[st]ion|ous|ive|able|self|selves|time|times|day|days|ther|after|over|more|gain|way|ways|how|fore)$/

// Sentence adverbs no ending above gives away, which a comma sets off as it would a name ("Instead",
// "Perhaps", "Henceforth").
// biome-ignore format: packed data
const sentenceAdverbs = new Set([
  'instead', 'perhaps', 'hitherto', 'henceforth', 'often', 'already', 'twice', 'thrice', 'whereupon',
  'hence', 'indeed', 'besides', 'later', 'earlier', 'thus', 'meanwhile', 'however', 'moreover', 'therefore',
  'anyway', 'anyhow', 'rather', 'yet', 'still', 'though', 'nevertheless', 'nonetheless', 'otherwise',
  'thereafter', 'thereby', 'therein', 'hereafter', 'whereas', 'somehow', 'nowadays', 'seldom', 'sometimes',
  'soon', 'once', 'alas', 'absent', 'ahead', 'abroad', 'aside', 'apart', 'amid', 'despite', 'notwithstanding',
])

/**
 * Whether one word looks like a name, not an English word: pinyin that is no English word ("Tashi"), or
 * a word of five letters or more without an English ending ("Batmunkh", "Gulnara", "Tenzin").
 */
export function looksLikeOneWordName(word: string): boolean {
  const lower = word.toLowerCase()
  if (functionWords.has(lower) || relativeDates.has(lower) || months.has(word) || weekdays.has(word))
    return false
  if (sentenceAdverbs.has(lower)) return false
  if (splitPinyin(lower) && !englishPinyinWords.has(lower)) return true
  return lower.length >= 5 && !englishEnding.test(lower)
}

/**
 * "His aunt, Zolzaya, told …", "Their trainer, Dashnyam, said …": one word set off by commas after "his",
 * "her", "their" or a possessive and a relation or a calling, with a verb of speech after it, is the
 * person's name. Not pinyin, which is a surname the full name goes by elsewhere ("Her father, Zhang,
 * said"), nor a place, a title, a nationality or an English word ("His coach, Meanwhile, …").
 */
export function oneWordNameByRelation(toks: readonly Tok[], index: number): NameMatch | undefined {
  // The commas on both sides are the test most words fail.
  if (toks[index - 1]?.value !== ',' || toks[index + 1]?.value !== ',') return undefined
  const noun = toks[index - 2]
  if (noun?.kind !== 'word' || noun.value !== noun.lower) return undefined
  if (!relationNouns.has(noun.value) && !isCallingNoun(noun.value)) return undefined
  const owner = toks[index - 3]
  if (owner?.kind !== 'word' || !(owner.possessive || /^(?:his|her|their)$/.test(owner.lower)))
    return undefined
  if (!speechFollows(toks, index + 2)) return undefined
  const tok = toks[index]!
  if (tok.possessive || !isContextNameWord(tok) || demonyms.has(tok.value)) return undefined
  if (!looksLikeOneWordName(tok.value) || splitPinyin(tok.lower)) return undefined
  return { from: index, to: index + 1, name: tok.value, rule: 'person-name-by-context' }
}
