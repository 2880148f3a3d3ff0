/**
 * People: Chinese names checked as pinyin (single and compound surnames, given names as syllables),
 * Japanese, Korean and Western names, names after titles and honorifics, and (`context-names.ts`) names
 * told by their context ("…, general manager of", "… said").
 */
import {
  chineseSurnames,
  chineseSurnameVariants,
  compoundChineseSurnames,
  englishWordSurnames,
} from '../data/chinese-surnames.js'
import {
  englishWordGivenNames,
  japaneseSurnames,
  koreanSurnames,
  westernGivenNames,
} from '../data/other-surnames.js'
import {
  compoundEnglishParts,
  pinyinSyllables,
  southernSyllable,
  splitPinyin,
  wadeGilesSyllable,
} from '../data/pinyin.js'
import { placeSuffixSense } from '../data/place-suffixes.js'
import { canonicalTitle, honorifics } from '../data/titles.js'
import { type Candidate, priority, spanText } from './candidate.js'
import {
  lowerCaseChineseName,
  mayStartLowerCaseName,
  nameByContext,
  reportingVerbs,
} from './context-names.js'
import { matchPlace } from './gazetteer.js'
import { afterPlaceOfTitle, isTitleWord, nameAfterTitle, titleAt } from './titles.js'
import { functionWords, isCapitalised, isDigits, isLowerWord, type Tok } from './tokens.js'
import { capitalised, functionWord, legalForm, organisationHead, titleFirst } from './word-classes.js'

const romaji = /^(?:(?:([kgsztdnhbpmrfjwy])\1?y?|sh|ch|tch|ts)?[aiueo]|n(?![aiueoy]))+$/i
// "ü" is a pinyin letter: "Lü Xiaotong", "Zhang Lüxin".
const pinyinGiven = /^[A-Z][a-zü]+(?:[-'’][a-zA-Z][a-zü]*)?$/
const koreanGiven = /^[A-Z][a-z]+-[a-z]+$/

/** Whether a token is a capitalised word that is neither a function word nor an organisation head. */
export function isNameWord(tok: Tok | undefined): boolean {
  return (
    tok !== undefined &&
    tok.kind === 'word' &&
    (tok.flags & (capitalised | functionWord | organisationHead)) === capitalised
  )
}

/** Propose every person named in the sentence: titled names, Chinese, Japanese, Korean and Western names. */
export function proposePeople(toks: readonly Tok[], out: Candidate[], heading: boolean): void {
  for (let index = 0; index < toks.length; index++) {
    // A name starts at a title, at a capitalised word, at a lower-case surname or given name before a
    // capitalised word ("zhang Hanwen") or at a pinyin surname ("zhou hanlin said"); most words are none.
    const next = toks[index + 1]
    if (
      !(toks[index]!.flags & (titleFirst | capitalised)) &&
      !(next && next.flags & capitalised) &&
      !lowerKoreanName(toks[index]!, next) &&
      !mayStartLowerCaseName(toks[index]!)
    )
      continue
    const title = titleAt(toks, index)
    if (title) {
      const name = nameAfterTitle(toks, afterPlaceOfTitle(toks, title.end))
      if (name) {
        // A capitalised title is part of the mention ("Mayor Li Ming"), and a lower-case one that stands
        // alone before the name ("and district head Ren Hao", not "the company's general manager Ren Hao");
        // not when a place comes between, which stays a place ("Ambassador to China Wouter Plomp").
        const titled =
          name.from === title.end && (isCapitalised(toks[index]!.value) || titleStandsAlone(toks, index))
        const person = { to: name.to, type: 'person', name: name.name, priority: priority.person } as const
        out.push({
          ...person,
          from: titled ? index : name.from,
          rule: name.rule === 'person-chinese-name' ? 'person-titled-chinese-name' : name.rule,
          // "Liaoning Port Group chairman Deng Renjie": the body keeps "Group", and a name that needs no
          // title to be read is still a person.
          untitled:
            titled && !name.rule.startsWith('person-titled')
              ? { ...person, from: name.from, rule: name.rule }
              : undefined,
        })
        index = name.to - 1
        continue
      }
    }
    const name =
      nameAt(toks, index) ??
      (heading ? undefined : (nameByContext(toks, index) ?? lowerCaseChineseName(toks, index, false)))
    if (name) {
      out.push({
        from: strayNumberBefore(toks, name.from) ? name.from - 1 : name.from,
        to: name.to,
        type: 'person',
        name: name.name,
        rule: name.rule,
        priority: priority.person,
      })
      index = name.to - 1
    }
  }
}

// Whether a lower-case title at `toks[index]` is a form of address ("by general secretary …", ", district
// head …"), not a post someone or somewhere holds ("the company's general manager", "Anshan vice mayor").
function titleStandsAlone(toks: readonly Tok[], index: number): boolean {
  const before = toks[index - 1]
  if (before === undefined) return true
  // "… at the port. vice mayor tao jingrui …": a full stop the parser did not end the sentence at.
  if (before.kind !== 'word') return before.value === ',' || before.value === ';' || before.value === '.'
  return endsSentence(before) || beforeLowerNames.has(before.lower)
}

/**
 * Whether a stray number stands right before the name at `toks[from]`, left by a footnote mark or a page
 * number ("the general manager, 7 Hu Weiqing, said", "were 12 Tao Jun", "Mayor Ma Ke and 1 Ho Mei-lan"):
 * one to three digits where no number belongs, at the start of the sentence, after a comma, a colon,
 * "and", a title or a lower-case verb. The mention keeps it ("7 Hu Weiqing" is how the text writes the
 * person); the name does not. "On May 6 Tao Jun …", "the 3 Tao brothers" and "1,250 Tao" keep their
 * numbers to themselves.
 */
function strayNumberBefore(toks: readonly Tok[], from: number): boolean {
  const number = toks[from - 1]
  if (number?.kind !== 'word' || !toks[from]!.spaced || !/^\d{1,3}$/.test(number.value)) return false
  const before = toks[from - 2]
  if (before === undefined) return true
  if (!number.spaced) return false
  if (before.kind !== 'word') return before.value === ',' || before.value === ':' || before.value === ';'
  if (canonicalTitle.has(before.value) || before.value === 'and') return true
  return isLowerWord(before.value) && !(before.flags & functionWord) && /^\p{Ll}+$/u.test(before.value)
}

// "park ji-hoon": a Korean name all in lower case, the one name that starts with no capital at all.
function lowerKoreanName(family: Tok, given: Tok | undefined): boolean {
  return given?.kind === 'word' && given.value.includes('-') && koreanSurnames.has(family.lower)
}

/** A name found at a token: where it ends and the name it gives. */
export interface NameMatch {
  readonly from: number
  readonly to: number
  readonly name: string
  readonly rule: string
}

/** The name (Chinese, Japanese, Korean or Western) that starts at `toks[index]`, if any. */
export function nameAt(toks: readonly Tok[], index: number): NameMatch | undefined {
  return (
    chineseName(toks, index) ??
    japaneseName(toks, index) ??
    koreanName(toks, index) ??
    westernName(toks, index)
  )
}

function chineseName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const surname = toks[index]
  const given = toks[index + 1]
  if (!surname || !given || surname.kind !== 'word' || given.kind !== 'word' || !given.spaced)
    return undefined
  // Required below too, but one bit turns most words down before any lookup.
  if (!(given.flags & capitalised)) return undefined
  if (surname.possessive) return undefined
  // A stray character glued to the front ("xTan Chengxu") is left out of the name.
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
      (!englishWordSurnames.has(lower) || inListOfNames(toks, index) || onlyNameFits(toks, index, index + 2))
    )
  )
    return undefined
  if (family === lower && !nameCanStartAfter(toks, index)) return undefined
  if (!pinyinGiven.test(given.base) || !/^.[a-zü]+$/.test(family)) return undefined
  if (family === lower && (matchPlace(toks, index + 1) || functionWords.has(lower))) return undefined
  // "Hong Kong-made goods": an English word after the hyphen makes a compound, not a given name.
  if (given.value.includes('-') && compoundEnglishPart(given.baseLower)) return undefined
  const syllables = pinyinOf(given.base) ?? hyphenedParts(given.base)
  const rule = stray && stray[0].length > 0 ? 'person-chinese-name-stray' : 'person-chinese-name'
  // "Tan Li Ping", "Ong Kee Huat": a given name of two syllables written as two words.
  if (syllables === undefined || syllables.length === 1) {
    const third = secondGivenSyllable(toks, index + 1)
    if (third) return { from: index, to: index + 3, name: `${family} ${given.value} ${third}`, rule }
  }
  if (!syllables || syllables.length > 3) return undefined
  if (followedByHead(toks, index + 2)) return undefined
  if (matchPlace(toks, index)?.length === 2) return undefined
  return { from: index, to: index + 2, name: `${family} ${given.base}`, rule }
}

/**
 * The second syllable of a given name written as two words ("Tan Li Ping", "Teo Wee Lam", as
 * Singapore, Malaysia and Hong Kong write them), when `toks[at]` is the first: one syllable each, in
 * pinyin or another romanisation, and the name ends there ("Li Ming Hong Kong", "Wang Hai Dong Road" and
 * "Chen Li Ma Tao" are no three-word names).
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

// One capitalised syllable: pinyin ("Ping") or as other romanisations spell it ("Kian", "Hsien", and the
// Hokkien and Cantonese ones of Malaysia and Singapore that end in a stop: "Huat", "Teck", "Kiat").
function oneSyllable(word: string): boolean {
  if (!/^[A-Z][a-zü]{1,5}$/.test(word)) return false
  const lower = word.toLowerCase()
  return pinyinSyllables.has(lower) || wadeGilesSyllable.test(lower) || southernSyllable.test(lower)
}

// "Zhou Hanbin, sun Lixiang and Ma Ke": a lower-case surname that is also an English word ("sun", "long")
// is still a surname between names of a list, with a name before the comma and a comma or "and" after the
// given name; "in the morning, sun Ming" is no list.
function inListOfNames(toks: readonly Tok[], index: number): boolean {
  if (toks[index - 1]?.value !== ',') return false
  const after = toks[index + 2]
  if (after !== undefined && after.value !== ',' && after.value !== 'and') return false
  return chineseName(toks, index - 3)?.to === index - 1
}

// Words after which a name written with a lower-case surname may start ("said zhang Hanwen"); after a
// content word or a determiner ("the folk song Molihua") the lower-case word is the English word.
const beforeLowerNames = new Set(['said', 'by', 'and', 'with', 'to', 'from', 'of'])

/** Whether a name written in lower case may start at `toks[index]`, by the word before it. */
export function nameCanStartAfter(toks: readonly Tok[], index: number): boolean {
  let before = toks[index - 1]
  // "the chairman, 3 zhang Hanwen": a stray number before the name is looked past.
  if (before !== undefined && isDigits(before.value)) before = toks[index - 2]
  if (before?.kind !== 'word' || endsSentence(before)) return true
  // "general manager zhang Hanwen", "Dr. zhang Hanwen": a title or an honorific ends where the name starts.
  return (
    beforeLowerNames.has(before.lower) || canonicalTitle.has(before.value) || honorifics.has(before.value)
  )
}

// "… attended the forum. irina Petrova said": the parser keeps a full stop before a lower-case word on
// the word before, so a lower-case word with a stop ends a sentence, but for "vs." and "no.".
function endsSentence(tok: Tok): boolean {
  const value = tok.value
  if (value.length < 3 || value.charCodeAt(value.length - 1) !== 46) return false
  return /^\p{Ll}{2,}\.$/u.test(value) && value !== 'vs.' && value !== 'no.'
}

// Whether a lower-case word that is also an English word ("fang", "park") can only be a name's first word
// here: after an honorific ("Dr. fang Qiaolin") or with a reporting verb after the name ('"…," fang Qiaolin
// said'), where the English word would make no sentence.
function onlyNameFits(toks: readonly Tok[], index: number, end: number): boolean {
  const before = toks[index - 1]
  if (before?.kind === 'word' && honorifics.has(before.value)) return true
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

const anyChineseSurname = new Set([...chineseSurnames, ...compoundChineseSurnames, ...chineseSurnameVariants])

function isChineseSurname(lower: string): boolean {
  return anyChineseSurname.has(lower)
}

// "Chia-hao", "Ching-kuo", "Chun-kit": a hyphenated given name whose every part is a Wade–Giles
// (Taiwan) or Cantonese (Hong Kong, Macao) syllable.
function hyphenedParts(given: string): string[] | undefined {
  if (!given.includes('-')) return undefined
  const parts = given.toLowerCase().split('-')
  return parts.every((part) => wadeGilesSyllable.test(part) || southernSyllable.test(part))
    ? parts
    : undefined
}

function japaneseName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const first = toks[index]
  const second = toks[index + 1]
  if (!first || !second || first.kind !== 'word' || second.kind !== 'word' || !second.spaced) return undefined
  // Both forms below need a capitalised second word; one bit turns most words down.
  if (!(second.flags & capitalised)) return undefined
  if (!japaneseSurnames.has(second.lower) && !japaneseSurnames.has(first.lower)) return undefined
  if (first.possessive || functionWords.has(first.lower)) return undefined
  // Given name first ("Keiichi Kaneko", or "keiichi Kaneko" as translations write it), or family name first.
  const givenFirst =
    isCapitalised(second.value) &&
    japaneseSurnames.has(second.base.toLowerCase()) &&
    romaji.test(first.value) &&
    first.value.length >= 3 &&
    isCapitalisedOrLower(first)
  const familyFirst =
    isCapitalised(first.value) &&
    japaneseSurnames.has(first.value.toLowerCase()) &&
    isCapitalised(second.value) &&
    romaji.test(second.base) &&
    second.base.length >= 3
  if (!givenFirst && !familyFirst) return undefined
  if (followedByHead(toks, index + 2)) return undefined
  return { from: index, to: index + 2, name: `${first.value} ${second.base}`, rule: 'person-japanese-name' }
}

function isCapitalisedOrLower(tok: Tok): boolean {
  return /^(?:\p{Lu}\p{Ll}+|\p{Ll}+)$/u.test(tok.value)
}

function koreanName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const family = toks[index]
  const given = toks[index + 1]
  if (family?.kind !== 'word' || given?.kind !== 'word' || !given.spaced) return undefined
  // A hyphen in the given name is the cheap test most words fail.
  if (!given.value.includes('-') || !koreanSurnames.has(family.lower)) return undefined
  if (!koreanGiven.test(given.base) && !lowerKoreanGiven(given.base)) return undefined
  // "Hong Kong-funded enterprises": an English word after the hyphen makes a compound, not a given name.
  if (compoundEnglishPart(given.baseLower)) return undefined
  // "park ji-hoon, president of …": translations lower-case a name too, where a name can start.
  if (!isCapitalised(family.value) && (family.value !== family.lower || !nameCanStartAfter(toks, index)))
    return undefined
  return { from: index, to: index + 2, name: `${family.value} ${given.base}`, rule: 'person-korean-name' }
}

// Whether the part after the last hyphen is an English word or ends in "-ed" ("-funded", "-listed"),
// which no Korean or Chinese syllable does.
function compoundEnglishPart(lower: string): boolean {
  const part = lower.slice(lower.lastIndexOf('-') + 1)
  return compoundEnglishParts.has(part) || part.endsWith('ed')
}

// A Korean syllable as Revised Romanization, McCune–Reischauer and passports write it: "ji", "hoon",
// "yeon", "kyung", "chul".
const koreanSyllable =
  /^(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjh])?[yw]?(?:ae|eo|eu|oe|ui|oo|ee|ou|[aeiou])(?:ng|[kntlmp])?$/

// "ji-hoon": a given name in lower case, each half a Korean syllable ("in-law" and "sea-rail" are not).
function lowerKoreanGiven(given: string): boolean {
  const hyphen = given.indexOf('-')
  return (
    /^[a-z]+-[a-z]+$/.test(given) &&
    koreanSyllable.test(given.slice(0, hyphen)) &&
    koreanSyllable.test(given.slice(hyphen + 1))
  )
}

function westernName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const given = toks[index]
  if (given?.kind !== 'word' || !isWesternGivenName(given.lower) || given.possessive) return undefined
  // "… the forum. irina Petrova, deputy governor of …": a given name in lower case where a name can start,
  // unless it is also an English word ("max", "carol").
  if (
    !(given.flags & capitalised) &&
    (given.value !== given.lower || englishWordGivenNames.has(given.lower) || !nameCanStartAfter(toks, index))
  )
    return undefined
  // "Raymond Cheung Wing-hong", "Vincent Chang Wen-hsiung": an English name before a Hong Kong, Macao or
  // Taiwan name is part of it; the Chinese name after it is the same person.
  const family = toks[index + 1]
  const chinese = family && family.flags & capitalised ? chineseName(toks, index + 1) : undefined
  if (
    chinese?.rule === 'person-chinese-name' &&
    chinese.to === index + 3 &&
    toks[index + 2]!.value.includes('-')
  )
    return { ...chinese, from: index, name: `${given.value} ${chinese.name}` }
  let at = index + 1
  // A patronymic or a second given name before the family name: "Pavel Andreyevich Lebedev", "Anna
  // Maria Keller"; "Anna Maria said" is still "Anna Maria".
  if (isMiddleName(toks, at) && isFamilyName(toks, at + 1)) at++
  // An initial: "John F. Kennedy".
  else if (/^[A-Z]\.$/.test(toks[at]?.value ?? '') && toks[at]!.spaced) at++
  // "Elias Kipchumba Ngeno from Kenya", "Felipe Arenas Mora said": a second name word before the family
  // name, where the name ends after both ("Anna Keller Group" and "Anna Keller Dalian" end before).
  else if (
    isFamilyName(toks, at) &&
    !toks[at]!.possessive &&
    isFamilyName(toks, at + 1) &&
    endsName(toks, at + 2)
  )
    at++
  if (!isFamilyName(toks, at)) return undefined
  return { from: index, to: at + 1, name: spanText(toks, index, at + 1), rule: 'person-western-name' }
}

// "Marie-Claire", "Jean-Luc": a given name, or given names joined by a hyphen.
function isWesternGivenName(lower: string): boolean {
  if (westernGivenNames.has(lower)) return true
  const hyphen = lower.indexOf('-')
  return (
    hyphen > 0 &&
    westernGivenNames.has(lower.slice(0, hyphen)) &&
    westernGivenNames.has(lower.slice(hyphen + 1))
  )
}

// Whether no further capitalised word goes on a name before `toks[at]` ("… Ngeno from", "… Mora said").
function endsName(toks: readonly Tok[], at: number): boolean {
  const next = toks[at]
  return next === undefined || next.kind !== 'word' || !(next.flags & capitalised)
}

function isFamilyName(toks: readonly Tok[], at: number): boolean {
  const family = toks[at]
  if (!family?.spaced || !isNameWord(family) || isTitleWord(family.value)) return false
  return !matchPlace(toks, at) && !placeSuffixSense.has(family.base) && !followedByHead(toks, at + 1)
}

// Russian, Ukrainian and Belarusian patronymics: "Andreyevich", "Ilyich", "Petrovna".
const patronymic = /^\p{Lu}\p{Ll}{2,}(?:ich|ovna|evna|ichna)$/u

/** Whether a word inside a name is a second given name or a patronymic ("Maria", "Andreyevich"). */
export function isMiddleGivenName(word: string): boolean {
  return westernGivenNames.has(word.toLowerCase()) || patronymic.test(word)
}

function isMiddleName(toks: readonly Tok[], at: number): boolean {
  const middle = toks[at]
  if (!middle?.spaced || !isNameWord(middle) || middle.possessive) return false
  if (!westernGivenNames.has(middle.lower) && !patronymic.test(middle.value)) return false
  return !matchPlace(toks, at)
}

/** A capitalised word of letters, possibly hyphenated ("Jean-Luc"). */
export const properWord = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u

/** A name followed by "Group", "City", "County", "new districts" … is part of something else. */
export function followedByHead(toks: readonly Tok[], at: number): boolean {
  const next = toks[at]
  if (next?.kind !== 'word' || !next.spaced) return false
  const title = next.base[0]!.toUpperCase() + next.base.slice(1)
  if (next.flags & (organisationHead | legalForm)) return true
  if (placeSuffixSense.has(title)) return true
  return next.value === 'new' && /^(?:districts?|areas?)$/i.test(toks[at + 1]?.value ?? '')
}
