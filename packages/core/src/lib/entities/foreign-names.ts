import {
  englishWordGivenNames,
  japaneseSurnames as japaneseSurnameSet,
  koreanSurnames as koreanSurnameSet,
  westernGivenNames as westernGivenNameSet,
} from '../data/other-surnames.js'
import { placeSuffixSense } from '../data/place-suffixes.js'
import { spanText } from './candidate.js'
import { chineseName } from './chinese-names.js'
import { matchPlace } from './gazetteer.js'
import {
  arabicNameEnd,
  compoundEnglishPart,
  followedByHead,
  isNameWord,
  type NameMatch,
  nameCanStartAfter,
  spellingKey,
  surnameParticlesEnd,
} from './name-words.js'
import { isTitleTok } from './titles.js'
import { isCapitalised, type Tok } from './tokens.js'
import { capitalised, functionWord } from './word-classes.js'
import { WordList } from './word-list.js'

// Asked of most capitalised words, so with a quick first test.
const japaneseSurnames = new WordList(japaneseSurnameSet)
const westernGivenNames = new WordList(westernGivenNameSet)
const koreanSurnames = new WordList(koreanSurnameSet)

const romaji = /^(?:(?:([kgsztdnhbpmrfjwy])\1?y?|sh|ch|tch|ts)?[aiueo]|n(?![aiueoy]))+$/i
const koreanGiven = /^[A-Z][a-z]+-[a-z]+$/

/** Whether a Korean name all in lower case may start here ("park ji-hoon"): the one name with no capital. */
export function lowerKoreanName(family: Tok, given: Tok | undefined): boolean {
  return koreanSurnames.has(family.lower) && given?.kind === 'word' && given.value.includes('-')
}

/** A Japanese name at `toks[index]`, given name first or family name first. */
export function japaneseName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const first = toks[index]
  const second = toks[index + 1]
  if (!first || !second || first.kind !== 'word' || second.kind !== 'word' || !second.spaced) return undefined
  // Both forms below need a capitalised second word; one bit turns most words down.
  if (!(second.flags & capitalised) || first.possessive || first.flags & functionWord) return undefined
  if (!japaneseSurnames.has(second.lower) && !japaneseSurnames.has(first.lower)) return undefined
  // Given name first ("Takuma Nishida", or "takuma Nishida" as translations write it), or family name first.
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

/** A Korean name at `toks[index]`: a Korean surname and a hyphenated given name ("Choi Min-jae"). */
export function koreanName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const family = toks[index]
  const given = toks[index + 1]
  if (family?.kind !== 'word' || given?.kind !== 'word' || !given.spaced) return undefined
  // The surname is the cheap test most words fail.
  if (!koreanSurnames.has(family.lower) || !given.value.includes('-')) return undefined
  if (!koreanGiven.test(given.base) && !lowerKoreanGiven(given.base)) return undefined
  // "Hong Kong-funded enterprises": an English word after the hyphen makes a compound, not a given name.
  if (compoundEnglishPart(given.baseLower)) return undefined
  // "park ji-hoon, president of …": translations lower-case a name too, where a name can start.
  if (!isCapitalised(family.value) && (family.value !== family.lower || !nameCanStartAfter(toks, index)))
    return undefined
  return { from: index, to: index + 2, name: `${family.value} ${given.base}`, rule: 'person-korean-name' }
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

/** A Western name at `toks[index]`: a known given name, a middle name or initial, and a family name. */
export function westernName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const given = toks[index]
  if (given?.kind !== 'word' || !isWesternGivenName(given.lower) || given.possessive) return undefined
  // "… the forum. irina Petrova, deputy governor of …": a given name in lower case where a name can start,
  // unless it is also an English word ("max", "carol").
  if (
    !(given.flags & capitalised) &&
    (given.value !== given.lower || englishWordGivenNames.has(given.lower) || !nameCanStartAfter(toks, index))
  )
    return undefined
  // "Kenneth Leung Ka-fai", "Peter Lin Chih-ming": an English name before a Hong Kong, Macao or
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
  // An initial: "John F. Kennedy".
  if (/^[A-Z]\.$/.test(toks[at]?.value ?? '') && toks[at]!.spaced) at++
  else {
    // A patronymic or a second given name before the family name: "Pavel Andreyevich Lebedev", "Anna
    // Maria Keller"; "Anna Maria said" is still "Anna Maria".
    if (isMiddleName(toks, at) && isFamilyName(toks, at + 1)) at++
    // "Daniel Kiptoo Rotich from Kenya", "Felipe Arenas Mora said", and after two given names "Ana María
    // Quiroga Sáenz, director of …" (Spanish and Portuguese names carry two surnames): a second name
    // word before the family name, where the name ends after both ("Anna Keller Group" and "Anna Keller
    // Dalian" end before).
    if (
      isFamilyName(toks, at) &&
      !toks[at]!.possessive &&
      isFamilyName(toks, at + 1) &&
      endsName(toks, at + 2)
    )
      at++
  }
  // "Anna van Dijk", "Otto von Bergen": the surname's particles go with it.
  const particles = surnameParticlesEnd(toks, at)
  if (particles > at) {
    at = particles
    // "Tiago da Costa Lima": after particles a second surname may follow the first, even one that is also
    // a city, when the name ends there.
    if (isFamilyName(toks, at) && !toks[at]!.possessive && secondSurname(toks, at + 1)) at++
  } else if (!isFamilyName(toks, at)) return undefined
  if (particles > index + 1 && at === particles && !isFamilyName(toks, at)) return undefined
  // "Omar bin Tariq Al-Hashimi": an Arabic name goes on past its father's and its family's names.
  const to = arabicNameEnd(toks, at + 1)
  return { from: index, to, name: spanText(toks, index, to), rule: 'person-western-name' }
}

// "Marie-Claire", "Jean-Luc": a given name, or given names joined by a hyphen.
function isWesternGivenName(lower: string): boolean {
  if (knownGivenName(lower)) return true
  const hyphen = lower.indexOf('-')
  return hyphen > 0 && knownGivenName(lower.slice(0, hyphen)) && knownGivenName(lower.slice(hyphen + 1))
}

// A given name the list knows, with its accents or without ("Andrés", "Inés", "João" are listed plain);
// the cheap test for a letter outside ASCII comes first, as most names have none.
function knownGivenName(lower: string): boolean {
  if (westernGivenNames.has(lower)) return true
  return !isAscii(lower) && westernGivenNames.has(spellingKey(lower))
}

// A loop over the characters, not a pattern: it runs for every capitalised word and returns at once.
function isAscii(word: string): boolean {
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) > 0x7f) return false
  return true
}

// Whether no further capitalised word goes on a name before `toks[at]` ("… Rotich from", "… Mora said").
function endsName(toks: readonly Tok[], at: number): boolean {
  const next = toks[at]
  return next === undefined || next.kind !== 'word' || !(next.flags & capitalised)
}

// A capitalised word after a particle surname that ends the name ("… da Costa Lima met …").
function secondSurname(toks: readonly Tok[], at: number): boolean {
  const word = toks[at]
  return (
    word?.spaced === true &&
    isNameWord(word) &&
    !isTitleTok(word) &&
    endsName(toks, at + 1) &&
    !followedByHead(toks, at + 1)
  )
}

function isFamilyName(toks: readonly Tok[], at: number): boolean {
  const family = toks[at]
  if (!family?.spaced || !isNameWord(family) || isTitleTok(family)) return false
  return !matchPlace(toks, at) && !placeSuffixSense.has(family.base) && !followedByHead(toks, at + 1)
}

// Russian, Ukrainian and Belarusian patronymics: "Andreyevich", "Ilyich", "Petrovna".
const patronymic = /^\p{Lu}\p{Ll}{2,}(?:ich|ovna|evna|ichna)$/u

/** Whether a word inside a name is a second given name or a patronymic ("Maria", "Andreyevich"). */
export function isMiddleGivenName(word: string): boolean {
  return knownGivenName(word.toLowerCase()) || patronymic.test(word)
}

function isMiddleName(toks: readonly Tok[], at: number): boolean {
  const middle = toks[at]
  if (!middle?.spaced || !isNameWord(middle) || middle.possessive) return false
  if (!knownGivenName(middle.lower) && !patronymic.test(middle.value)) return false
  return !matchPlace(toks, at)
}
