/**
 * Japanese names, given name first as English news mostly writes them ("Takuma Nishida") or family name
 * first as the Japanese order and some translations keep it ("Nishida Takuma"): told by a known surname or
 * a known given name beside a word of Hepburn romanisation.
 */
import { japaneseSurnames as japaneseSurnameSet } from '../data/other-surnames.js'
import { matchPlace } from './gazetteer.js'
import { followedByHead, type NameMatch } from './name-words.js'
import { isTitleTok } from './titles.js'
import { isCapitalised, type Tok } from './tokens.js'
import { capitalised, functionWord } from './word-classes.js'
import { WordList } from './word-list.js'

/**
 * Common Japanese given names in Hepburn romanisation without macrons, lower case: men's and women's
 * names as they are given in the last seventy years. Left out: names of two or three letters ("Ken",
 * "Jun", "Rin", "Mai"), which are also pinyin syllables or English words, and names that are also
 * Western given names ("Erika", "Mika", "Naomi") or frequent surnames.
 */
// biome-ignore format: packed data
export const japaneseGivenNameList: readonly string[] = [
  // Men's names.
  'akihiro', 'akio', 'akira', 'atsushi', 'daichi', 'daiki', 'daisuke', 'eiji', 'fumio', 'goro', 'hajime',
  'haruki', 'haruto', 'hayato', 'hideaki', 'hideki', 'hideo', 'hidetoshi', 'hiroaki', 'hiroki', 'hiroshi',
  'hiroto', 'hiroyuki', 'hitoshi', 'ichiro', 'isamu', 'jiro', 'junichi', 'junichiro', 'kaito', 'katsuya',
  'kazuhiro', 'kazuki', 'kazunori', 'kazuo', 'kazuya', 'keiichi', 'keisuke', 'keita', 'kenichi', 'kenji',
  'kenta', 'kento', 'kiyoshi', 'koichi', 'koji', 'kosuke', 'kunio', 'makoto', 'mamoru', 'manabu', 'masahiro',
  'masaki', 'masao', 'masato', 'masayuki', 'michio', 'minoru', 'mitsuo', 'naoki', 'nobuo', 'noboru',
  'norio', 'noriyuki', 'osamu', 'ryosuke', 'ryota', 'saburo', 'satoshi', 'seiji', 'shigeru', 'shinichi',
  'shinji', 'shinya', 'shohei', 'shota', 'shuichi', 'shunsuke', 'susumu', 'tadao', 'tadashi', 'takahiro',
  'takao', 'takashi', 'takeshi', 'takumi', 'takuya', 'tamotsu', 'taro', 'tatsuya', 'teruo', 'tetsuya',
  'tomohiro', 'tomoki', 'tomoya', 'toru', 'toshiaki', 'toshio', 'toshiyuki', 'tsutomu', 'tsuyoshi',
  'wataru', 'yasuo', 'yasushi', 'yoichi', 'yoshiaki', 'yoshihiro', 'yoshio', 'yoshiro', 'yuji', 'yukio',
  'yusuke', 'yutaka', 'yuto',
  // Women's names.
  'akiko', 'asuka', 'atsuko', 'ayaka', 'ayumi', 'chiharu', 'chieko', 'emiko', 'etsuko', 'fumiko', 'hanako',
  'haruka', 'hiroko', 'hitomi', 'junko', 'kaori', 'kazuko', 'keiko', 'kimiko', 'kumiko', 'kyoko', 'madoka',
  'mariko', 'masako', 'mayumi', 'megumi', 'michiko', 'midori', 'mieko', 'minako', 'misaki', 'miyu',
  'mizuki', 'momoko', 'nanami', 'naoko', 'natsuki', 'nobuko', 'noriko', 'nozomi', 'reiko', 'sachiko',
  'sakura', 'satsuki', 'sayaka', 'setsuko', 'shiori', 'shizuka', 'sumiko', 'takako', 'tomoko', 'tomomi',
  'toshiko', 'yoko', 'yoshiko', 'yuka', 'yukiko', 'yuko', 'yumiko', 'yuna',
]

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
  // ("Kurebayashi Naoko"); given name first ("Naoko Kurebayashi") the Western name rule reads it.
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

function isCapitalisedOrLower(tok: Tok): boolean {
  return /^(?:\p{Lu}\p{Ll}+|\p{Ll}+)$/u.test(tok.value)
}
