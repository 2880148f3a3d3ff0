/**
 * Japanese names, given name first as English news mostly writes them ("Takuma Nishida") or family name
 * first as the Japanese order and some translations keep it ("Nishida Takuma"): told by a known surname or
 * a known given name beside a word of Hepburn romanisation.
 */
import { japaneseGivenNameList } from '../data/japanese-given-names.js'
import { japaneseSurnames as japaneseSurnameSet } from '../data/other-surnames.js'
import { matchPlace } from './gazetteer.js'
import { followedByHead, type NameMatch } from './name-words.js'
import { isTitleTok } from './titles.js'
import { isCapitalised, type Tok } from './tokens.js'
import { capitalised, functionWord } from './word-classes.js'
import { WordList } from './word-list.js'

// Asked of most capitalised words, so with a quick first test.
const japaneseSurnames = new WordList(japaneseSurnameSet)
const japaneseGivenNames = new WordList(japaneseGivenNameList)

// A word of Hepburn syllables: "Nishida", "Tatsuya", "Shinichi", "Kenta".
const romaji = /^(?:(?:([kgsztdnhbpmrfjwy])\1?y?|sh|ch|tch|ts)?[aiueo]|n(?![aiueoy]))+$/i

/** A Japanese name at `toks[index]`, given name first or family name first. */
export function japaneseName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const first = toks[index]
  const second = toks[index + 1]
  if (!first || !second || first.kind !== 'word' || second.kind !== 'word' || !second.spaced) return undefined
  // Both forms below need a capitalised second word; one bit turns most words down.
  if (!(second.flags & capitalised) || first.possessive || first.flags & functionWord) return undefined
  const surnameSecond = japaneseSurnames.has(second.lower)
  const surnameFirst = japaneseSurnames.has(first.lower)
  const givenSecondWord = japaneseGivenNames.has(second.baseLower)
  if (!surnameSecond && !surnameFirst && !givenSecondWord) return undefined
  // Given name first ("Takuma Nishida", or "takuma Nishida" as translations write it), or family name first.
  const givenFirst =
    isCapitalised(second.value) &&
    japaneseSurnames.has(second.baseLower) &&
    romaji.test(first.value) &&
    first.value.length >= 3 &&
    isCapitalisedOrLower(first)
  const familyFirst =
    isCapitalised(first.value) &&
    surnameFirst &&
    isCapitalised(second.value) &&
    romaji.test(second.base) &&
    second.base.length >= 3
  // A known given name after a word of romaji vouches for a surname no list knows, written first
  // ("Sunagawa Chieko"); given name first ("Chieko Sunagawa") the Western name rule reads it.
  const vouched =
    givenSecondWord &&
    isCapitalised(first.value) &&
    isCapitalised(second.value) &&
    romaji.test(first.value) &&
    first.value.length >= 3 &&
    !isTitleTok(first) &&
    !matchPlace(toks, index)
  if (!givenFirst && !familyFirst && !vouched) return undefined
  if (followedByHead(toks, index + 2)) return undefined
  return { from: index, to: index + 2, name: `${first.value} ${second.base}`, rule: 'person-japanese-name' }
}

/** Whether a lower-case word is a Japanese family or given name a list knows ("tanabe", "kosuke"). */
export function isJapaneseNameWord(lower: string): boolean {
  return japaneseSurnames.has(lower) || japaneseGivenNames.has(lower)
}

// Words of Japanese company names ("Tokai Kogyo", "Minato Shoji", "Kita Denki"): industry, trading,
// electric, transport, construction, works, which no person's name is.
// biome-ignore format: packed data
const japaneseCompanyWords = new Set([
  'kogyo', 'shoji', 'denki', 'unyu', 'kensetsu', 'sangyo', 'seisakusho', 'seiki', 'shokai', 'tsusho',
  'boeki', 'kaiun', 'shoten', 'kikai', 'kagaku', 'kosan', 'denko', 'ginko', 'hoken', 'jidosha', 'tekko',
  'shokuhin', 'seiyaku', 'butsuryu', 'soko', 'kaihatsu', 'kogei', 'zosen', 'seitetsu', 'denso', 'tsushin',
])

/** Whether a lower-case romaji word is a word of Japanese company names ("kogyo", "shoji"), not a name's. */
export function isJapaneseCompanyWord(lower: string): boolean {
  return japaneseCompanyWords.has(lower)
}

function isCapitalisedOrLower(tok: Tok): boolean {
  return /^(?:\p{Lu}\p{Ll}+|\p{Ll}+)$/u.test(tok.value)
}
