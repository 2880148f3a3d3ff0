/**
 * Place names in pinyin the gazetteer lacks: a pinyin word after "in" ("opened in Jinshitan"), unless money
 * was put in it, and names whose every word is pinyin or a known place ("Qiaolan Community").
 */
import { months } from '../data/dates.js'
import { demonyms } from '../data/demonyms.js'
import { englishPinyinWords, pinyinLoanWords, splitPinyin } from '../data/pinyin.js'
import { isCompanyAppositive } from './brands.js'
import { matchPlace } from './gazetteer.js'
import { properWord } from './name-words.js'
import { isCapitalised, type Tok } from './tokens.js'

/**
 * Whether each word of `toks[from..to)` is pinyin or starts a known place ("Qiaolan", "Xinghai"), not an
 * English word that splits into syllables ("Huge", "Chinese"): the words of a community's name ("Qiaolan
 * Community"), where "the International Community" names none.
 */
export function isPinyinOrKnown(toks: readonly Tok[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const tok = toks[index]!
    if (matchPlace(toks, index)) continue
    const lower = tok.baseLower
    if (englishPinyinWords.has(lower) || pinyinLoanWords.has(lower) || demonyms.has(tok.base)) return false
    if (!splitPinyin(lower)) return false
  }
  return true
}

/**
 * "opened in Jinshitan on June 28": after "in", one capitalised word of two to four pinyin syllables is a
 * place the gazetteer lacks (a town, a beach, a village); "in June" and "in Jinshitan Beach" are not.
 */
export function isPinyinPlace(toks: readonly Tok[], index: number): boolean {
  const tok = toks[index]!
  const next = toks[index + 1]
  if (!properWord.test(tok.base) || tok.base.includes('-') || months.has(tok.base)) return false
  // "breeds in Chinese waters": a nationality adjective that splits into syllables is no place.
  if (pinyinLoanWords.has(tok.baseLower) || demonyms.has(tok.base)) return false
  if (next?.kind === 'word' && next.spaced && isCapitalised(next.value)) return false
  // "in Haotian, a battery maker,": the appositive says it is a company (brands.ts then reads it so).
  if (isCompanyAppositive(toks, index + 1)) return false
  const syllables = splitPinyin(tok.baseLower)
  return syllables !== undefined && syllables.length >= 2 && syllables.length <= 4
}

// Words before "in" that put money into something: "invested in Wanda", "a stake in …", "3 million yuan in …".
const investmentWords =
  /^(?:invest|invests|invested|investing|investment|investments|stake|stakes|shares|holdings|interest|yuan|dollars|euros|rmb|usd|cny|reinvested)$/

/** Whether the "in" at `at` follows an investment word or a sum of money, so a company, not a place, follows. */
export function isInvestedIn(toks: readonly Tok[], at: number): boolean {
  const before = toks[at - 1]
  if (!before) return false
  if (investmentWords.test(before.lower)) return true
  // "put 3 million in …", "$2 billion in …": a number word or figure right before "in".
  return /^(?:million|billion|trillion)$/.test(before.lower) && /^[$¥€£]?\d/.test(toks[at - 2]?.value ?? '')
}
