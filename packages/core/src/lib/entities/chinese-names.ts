/**
 * Chinese names: a surname (single, compound or a variant spelling) and a given name checked as pinyin
 * syllables, or as Wade–Giles and Cantonese syllables for Taiwan, Hong Kong and Macao, with a stray
 * character in front or in lower case as translations write them.
 */
import {
  chineseSurnames,
  chineseSurnameVariants,
  compoundChineseSurnames,
  englishWordSurnames,
} from '../data/chinese-surnames.js'
import { pinyinSyllables, southernSyllable, splitPinyin, wadeGilesSyllable } from '../data/pinyin.js'
import { honorifics } from '../data/titles.js'
import { callingFollows, callingOfFollows, roleFollows } from './callings.js'
import { reportingVerbs } from './context-names.js'
import { matchPlace } from './gazetteer.js'
import { nameCanStartAfter, titleBefore } from './name-starts.js'
import { compoundEnglishPart, followedByHead, type NameMatch } from './name-words.js'
import { functionWords, isCapitalised, isDigits, type Tok } from './tokens.js'
import { capitalised, functionWord } from './word-classes.js'
import { WordList } from './word-list.js'

// "ü" is a pinyin letter: "Lü Qinghe", "Zhang Lüxin".
const pinyinGiven = /^[A-Z][a-zü]+(?:[-'’][a-zA-Z][a-zü]*)?$/

/** A Chinese name at `toks[index]`: a surname and a given name of one to three syllables. */
export function chineseName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const surname = toks[index]
  const given = toks[index + 1]
  if (!surname || !given || surname.kind !== 'word' || given.kind !== 'word' || !given.spaced)
    return undefined
  // Required below too, but one bit turns most words down before any lookup.
  if (!(given.flags & capitalised)) return undefined
  const married = marriedName(toks, index)
  if (married) return married
  // A function word in lower case ("the", "he") is turned down below too, but only after the lookups;
  // "he" and "ye" are surnames too, a name where a comma and who the person is follow ("he Wenrou, a
  // nurse, …", "ye Qiufang, President of …").
  const inLowerCase = surname.value === surname.lower
  const described = inLowerCase && isChineseSurname(surname.lower) && appositive(toks, index + 2)
  if (surname.possessive || (surname.flags & functionWord && inLowerCase && !described)) return undefined
  // A stray character glued to the front ("xLu Zhenqi") is left out of the name.
  // A stray character comes before a capital, so a word with no capital has none (its lower-case form is
  // the word itself).
  const stray =
    surname.flags & capitalised || surname.lower === surname.value
      ? null
      : /^[^A-Za-z]{0,3}[a-z]?(?=[A-Z][a-z])/.exec(surname.value)
  const family = stray && stray[0].length > 0 ? surname.value.slice(stray[0].length) : surname.value
  const lower = stray ? family.toLowerCase() : surname.lower
  if (!isChineseSurname(lower) || !isCapitalised(given.value)) return undefined
  // Translations sometimes lower-case the surname ("zhang Hanwen"); not one that is also an English word,
  // unless where it stands only a name can ("Dr. fang Qiaolin", '"…," fang Qiaolin said').
  if (
    !isCapitalised(family) &&
    !(
      family === lower &&
      (!englishWordSurnames.has(lower) ||
        described ||
        inListOfNames(toks, index) ||
        onlyNameFits(toks, index, index + 2))
    )
  )
    return undefined
  if (family === lower && !nameCanStartAfter(toks, index)) return undefined
  if (!pinyinGiven.test(given.base) || !/^.[a-zü]+$/.test(family)) return undefined
  if (
    family === lower &&
    ((functionWords.has(lower) && !described) ||
      (matchPlace(toks, index + 1) && !(described || appositive(toks, index + 2))))
  )
    return undefined
  // "Hong Kong-made goods": an English word after the hyphen makes a compound, not a given name.
  if (given.value.includes('-') && compoundEnglishPart(given.baseLower)) return undefined
  const syllables = pinyinOf(given.base) ?? hyphenedParts(given.base)
  const rule = stray && stray[0].length > 0 ? 'person-chinese-name-stray' : 'person-chinese-name'
  // "Goh Li Ping", "Ong Kee Huat": a given name of two syllables written as two words.
  if (syllables === undefined || syllables.length === 1) {
    const third = secondGivenSyllable(toks, index + 1)
    // "the fishing boat Zhe Dai Yu 31872": three syllables and a registration number name a vessel.
    if (third && vesselAt(toks, index, index + 3)) return undefined
    if (third) return { from: index, to: index + 3, name: `${family} ${given.value} ${third}`, rule }
  }
  if (!syllables || syllables.length > 3) return undefined
  if (followedByHead(toks, index + 2)) return undefined
  // "Zhe Dai Yu 31872" read from its second word, when the first made no surname.
  if ((toks[index - 1]?.flags ?? 0) & capitalised && surname.spaced && vesselAt(toks, index - 1, index + 2))
    return undefined
  if (matchPlace(toks, index)?.length === 2) return undefined
  return { from: index, to: index + 2, name: `${family} ${given.base}`, rule }
}

/**
 * "Ho Wong Mei-kit": a Hong Kong married woman's name, her husband's surname before her own and a given
 * name of two syllables joined by a hyphen, both surnames capitalised and the name ending there ("Ho Wong
 * Mei-kit Foundation" is a body's, "Hong Kong-based" no given name).
 */
function marriedName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const given = toks[index + 2]
  // The hyphen is the cheap test most pairs of capitalised words fail.
  if (given?.kind !== 'word' || !given.spaced || !given.value.includes('-') || !(given.flags & capitalised))
    return undefined
  const husband = toks[index]!
  const own = toks[index + 1]!
  if (!(husband.flags & capitalised) || husband.possessive || own.possessive) return undefined
  if (!isChineseSurname(husband.lower) || !isChineseSurname(own.lower)) return undefined
  if (!pinyinGiven.test(given.base) || compoundEnglishPart(given.baseLower)) return undefined
  if ((hyphenedParts(given.base) ?? pinyinOf(given.base))?.length !== 2) return undefined
  const after = toks[index + 3]
  if (after?.kind === 'word' && after.spaced && after.flags & capitalised) return undefined
  if (followedByHead(toks, index + 3) || matchPlace(toks, index)) return undefined
  const name = `${husband.value} ${own.value} ${given.base}`
  return { from: index, to: index + 3, name, rule: 'person-chinese-name' }
}

/**
 * The second syllable of a given name written as two words ("Goh Li Ping", "Teo Wee Lam", as
 * Singapore, Malaysia and Hong Kong write them), when `toks[at]` is the first: one syllable each, in
 * pinyin or another romanisation, and the name ends there ("Li Ming Hong Kong", "Wang Hai Dong Road" and
 * "Zhou Li Ma Tao" are no three-word names).
 */
function secondGivenSyllable(toks: readonly Tok[], at: number): string | undefined {
  const first = toks[at]!
  const second = toks[at + 1]
  if (second?.kind !== 'word' || !second.spaced || !(second.flags & capitalised) || first.possessive)
    return undefined
  if (second.flags & functionWord || !oneSyllable(first.value) || !oneSyllable(second.base)) return undefined
  const after = toks[at + 2]
  if (after?.kind === 'word' && after.spaced && after.flags & capitalised) return undefined
  if (followedByHead(toks, at + 2) || matchPlace(toks, at + 1) || matchPlace(toks, at)) return undefined
  return second.base
}

// "…, gu Ningan, a retired teacher, …": a given name that is also a place ("Ningan") is still a name when
// the words after it say who the person is (a calling or a role after a comma); ", in Ningan" is no one.
function appositive(toks: readonly Tok[], at: number): boolean {
  if (toks[at]?.value !== ',') return false
  return callingFollows(toks, at + 1) || callingOfFollows(toks, at + 1) || roleFollows(toks, at + 1)
}

/**
 * Whether the words from `toks[from]` to a registration number (three to six digits) at `toks[at]` name a
 * vessel: after a word for one or a quotation mark ("the trawler Zhe Dai Yu 31872"), or a province's
 * one-syllable short name first and "Yu" (fishing) among them ("Min Shi Yu 60218"). Scores, points and
 * years after a name are no registration ("Winners: Qiao Mei Lan 1340 points", "Champion Fu Ren 2012 …").
 */
function vesselAt(toks: readonly Tok[], from: number, at: number): boolean {
  const tok = toks[at]
  if (tok?.kind !== 'word' || !tok.spaced || !/^\d{3,6}$/.test(tok.value)) return false
  const before = toks[from - 1]
  if (before && (vesselNouns.has(before.lower) || quoteMarks.has(before.value))) return true
  if (!provinceShortNames.has(toks[from]!.value)) return false
  for (let index = from + 1; index < at; index++) if (toks[index]!.value === 'Yu') return true
  return false
}

const vesselNouns = new Set([
  'boat',
  'vessel',
  'ship',
  'trawler',
  'freighter',
  'tanker',
  'ferry',
  'tug',
  'barge',
])
const quoteMarks = new Set(['"', '\u201c', "'", '\u2018'])
// The one-syllable short names of the provinces that open a Chinese vessel's registration.
// biome-ignore format: packed data
const provinceShortNames = new Set([
  'Liao', 'Lu', 'Zhe', 'Min', 'Yue', 'Ji', 'Jin', 'Su', 'Hu', 'Qiong', 'Gui', 'Wan', 'Gan', 'Xiang', 'E',
  'Hei', 'Meng', 'Jing', 'Yu', 'Qian', 'Dian', 'Chuan', 'Shan', 'Ning', 'Qing', 'Xin', 'Zang',
])

// One capitalised syllable: pinyin ("Ping") or as other romanisations spell it ("Kian", "Hsien", and the
// Hokkien and Cantonese ones of Malaysia and Singapore that end in a stop: "Huat", "Teck", "Kiat").
function oneSyllable(word: string): boolean {
  if (!/^[A-Z][a-zü]{1,5}$/.test(word)) return false
  const lower = word.toLowerCase()
  return pinyinSyllables.has(lower) || wadeGilesSyllable.test(lower) || southernSyllable.test(lower)
}

// "Zhou Hanbin, sun Lixiang and Ma Ke": a lower-case surname that is also an English word ("sun", "long")
// is still a surname between names of a list, with a name before the comma (and perhaps a stray number
// after it: "Zhou Hanbin, 4 sun Lixiang") and a comma or "and" after the given name; "in the morning, sun
// Ming" is no list.
function inListOfNames(toks: readonly Tok[], index: number): boolean {
  const comma = isDigits(toks[index - 1]?.value ?? '') ? index - 2 : index - 1
  if (toks[comma]?.value !== ',') return false
  const after = toks[index + 2]
  if (after !== undefined && after.value !== ',' && after.value !== 'and') return false
  return chineseName(toks, comma - 2)?.to === comma
}

// Whether a lower-case word that is also an English word ("fang", "park") can only be a name's first word
// here: after an honorific ("Dr. fang Qiaolin") or a title ("the chief engineer yang Ruolin"), or with a
// reporting verb after the name ('"…," fang Qiaolin said'), where the English word would make no sentence.
function onlyNameFits(toks: readonly Tok[], index: number, end: number): boolean {
  const before = toks[index - 1]
  if (before?.kind === 'word' && honorifics.has(before.value)) return true
  if (titleBefore(toks, index)) return true
  return reportingVerbs.test(toks[end]?.value ?? '') && nameCanStartAfter(toks, index)
}

// Splitting into syllables is costly and the same given names recur, so splits are kept (up to a bound).
const pinyinCache = new Map<string, readonly string[] | undefined>()

/** The pinyin syllables of a given name ("Hanlin" → han, lin), or undefined when it is not pinyin. */
export function pinyinOf(given: string): readonly string[] | undefined {
  if (pinyinCache.has(given)) return pinyinCache.get(given)
  const syllables = splitPinyin(given.toLowerCase().replace(/[-'’]/g, ''))
  if (pinyinCache.size >= 10_000) pinyinCache.clear()
  pinyinCache.set(given, syllables)
  return syllables
}

/** Whether a lower-case surname spelling is also an English word ("man", "long"), so lower case means the word. */
export function isEnglishSurname(lower: string): boolean {
  return englishWordSurnames.has(lower)
}

const anyChineseSurname = new WordList([
  ...chineseSurnames,
  ...compoundChineseSurnames,
  ...chineseSurnameVariants,
])

function isChineseSurname(lower: string): boolean {
  return anyChineseSurname.has(lower)
}

// "Chia-hao", "Ching-kuo", "Chun-kit": a hyphenated given name whose every part is a Wade–Giles
// (Taiwan) or Cantonese (Hong Kong, Macao) syllable.
function hyphenedParts(given: string): string[] | undefined {
  if (!given.includes('-')) return undefined
  const parts = given.toLowerCase().split('-')
  // Not "hw": Cantonese and Taiwan names have none, Korean ones do ("kang Sung-hwan" is the Korean rule's).
  return parts.every(
    (part) => wadeGilesSyllable.test(part) || (southernSyllable.test(part) && !part.startsWith('hw')),
  )
    ? parts
    : undefined
}
