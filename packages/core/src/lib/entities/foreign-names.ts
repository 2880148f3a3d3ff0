import { demonyms } from '../data/demonyms.js'
import { japaneseGivenNameList } from '../data/japanese-given-names.js'
import { englishWordGivenNames, westernGivenNames as westernGivenNameSet } from '../data/other-surnames.js'
import { placeSuffixSense } from '../data/place-suffixes.js'
import { roleFollows } from './callings.js'
import { spanText } from './candidate.js'
import { chineseName } from './chinese-names.js'
import { attributionAt, speechFollows } from './context-names.js'
import { matchPlace } from './gazetteer.js'
import { isInitial } from './initials.js'
import { nameCanStartAfter, sentenceEndsAt } from './name-starts.js'
import {
  arabicNameEnd,
  familyParticleList,
  followedByHead,
  generationSuffixEnd,
  isArabicMark,
  isAscii,
  isElidedParticleName,
  isJoinedArticleName,
  isNameWord,
  joiningParticlesEnd,
  type NameMatch,
  plainSpelling,
  properWord,
  spellingKey,
  surnameParticlesEnd,
} from './name-words.js'
import { namedAfter, namedAfterGivenName } from './named-after-names.js'
import { looksLikeOneWordName } from './one-word-names.js'
import { isTitleAfterName, isTitleTok } from './titles.js'
import type { Tok } from './tokens.js'
import { capitalised, functionWord } from './word-classes.js'
import { WordList } from './word-list.js'

export { japaneseName } from './japanese-names.js'
export { koreanName, lowerKoreanName } from './korean-names.js'

// Asked of most capitalised words, so with a quick first test.
// Japanese given names too: "Chieko Sunagawa" is a given name and a family name, in this order.
const westernGivenNames = new WordList([...westernGivenNameSet, ...japaneseGivenNameList])
const familyParticles = new WordList(familyParticleList)
/**
 * Whether a Western name all in lower case may start here with a surname's particle after its given name
 * ("… the fair. tomás de la Fuente said"); the particle, rare among words, is asked first.
 */
export function lowerParticleName(given: Tok, next: Tok | undefined): boolean {
  return (
    next?.kind === 'word' &&
    familyParticles.has(next.value) &&
    given.value === given.lower &&
    knownGivenName(given.lower)
  )
}

/** A Western name at `toks[index]`: a known given name, a middle name or initial, and a family name. */
export function westernName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const given = toks[index]
  if (given?.kind !== 'word' || given.possessive) return undefined
  if (!isWesternGivenName(given.lower) && !placeGivenNameAt(toks, index)) return arabicLeadName(toks, index)
  // "… the forum. irina Petrova, deputy governor of …": a given name in lower case where a name can start,
  // unless it is also an English word ("max", "carol"); "anne-Sophie Roux", whose first part only is.
  if (
    !(given.flags & capitalised) &&
    ((given.value !== given.lower && !lowerFirstPart.test(given.value)) ||
      englishWordGivenNames.has(given.lower) ||
      !nameCanStartAfter(toks, index))
  )
    return undefined
  const lowerFamily = given.flags & capitalised ? lowerSurnameName(toks, index) : undefined
  if (lowerFamily) return lowerFamily
  // "Kenneth Leung Ka-fai", "Peter Lin Chih-ming": an English name before a Hong Kong, Macao or
  // Taiwan name is part of it; the Chinese name after it is the same person. So is a Singaporean or
  // Malaysian one whose given name is two words ("Brian Teo Kok Seng"); "Brian Teo said" stays two words.
  const family = toks[index + 1]
  const chinese = family && family.flags & capitalised ? chineseName(toks, index + 1) : undefined
  if (
    chinese?.rule === 'person-chinese-name' &&
    ((chinese.to === index + 3 && toks[index + 2]!.value.includes('-')) || chinese.to === index + 4)
  )
    return { ...chinese, from: index, name: `${given.value} ${chinese.name}` }
  let at = index + 1
  // An initial: "John F. Kennedy".
  if (isCapitalInitial(toks, at)) at++
  else {
    // A patronymic or a second given name before the family name: "Pavel Andreyevich Lebedev", "Anna
    // Maria Keller", and before an initial or particles: "Rosa Elena T. Marquez", "Luis Alberto de la
    // Vega"; "Anna Maria said" is still "Anna Maria".
    if (isMiddleName(toks, at)) {
      if (isCapitalInitial(toks, at + 1) && isFamilyName(toks, at + 2)) at += 2
      else if (isFamilyName(toks, at + 1) || surnameParticlesEnd(toks, at + 1) > at + 1) at++
    } else if (accentedSurnamesAfter(toks, at)) at++
    // "Daniel Kiptoo Rotich from Kenya", "Felipe Arenas Mora said", and after two given names "Ana María
    // Quiroga Sáenz, director of …" (Spanish and Portuguese names carry two surnames): a second name
    // word before the family name, where the name ends after both ("Anna Keller Group" ends before); a
    // town's name too where a mark, a function word or a verb of speech ends it ("Vinicius Arruda
    // Toledo of …"; "Anna Keller Dalian office" is none).
    if (isFamilyName(toks, at) && !toks[at]!.possessive && endsName(toks, at + 2)) {
      if (isFamilyName(toks, at + 1)) at++
      else if (townSurnameEnds(toks, at + 1)) return nameEnd(toks, index, at + 2)
    }
  }
  // "Anna van Dijk", "Otto von Bergen": the surname's particles go with it.
  const particles = surnameParticlesEnd(toks, at)
  // "Luc d'Orval": a surname with its particle joined is the family name.
  if (particles > at && isElidedParticleName(toks[at])) {
    if (followedByHead(toks, particles)) return undefined
  } else if (particles > at) {
    at = particles
    // "Tiago da Costa Lima": after particles a second surname may follow the first, even one that is also
    // a city, when the name ends there.
    if (isFamilyName(toks, at) && !toks[at]!.possessive) {
      if (secondSurname(toks, at + 1)) at++
      // "Inés del Mar Soto de Lara": a second surname may join the first after a particle name too.
      at = joinedSurnameEnd(toks, at)
    }
  } else if (!isFamilyName(toks, at)) {
    // "Obaid al-Naqbi": a family name with its article in lower case.
    if (!isJoinedArticleName(toks[at]) || followedByHead(toks, at + 1)) return undefined
  } else at = joinedSurnameEnd(toks, at)
  if (particles > index + 1 && at === particles && !isFamilyName(toks, at)) return undefined
  // "Omar bin Tariq Al-Hashimi": an Arabic name goes on past its father's and its family's names; "Paulo
  // Souza Neto", "Ramon Cruz Jr.": a son's suffix ends a name.
  return nameEnd(toks, index, generationSuffixEnd(toks, arabicNameEnd(toks, at + 1)))
}

// "Rui Matos da Fonte", "Carlos Ibarra de la Peña Soto": particles join a first surname at `toks[at]` to a
// second; where the surnames end (before `at + 1` when none join).
function joinedSurnameEnd(toks: readonly Tok[], at: number): number {
  const joined = joiningParticlesEnd(toks, at + 1)
  if (joined === at + 1 || !secondSurname(toks, joined, true)) return at
  return secondSurname(toks, joined + 1) ? joined + 1 : joined
}

// Given names joined by a hyphen, the first in lower case ("anne-Sophie").
const lowerFirstPart = /^\p{Ll}+-\p{Lu}\p{Ll}+$/u

// "Tomas kowalczyk, sales manager of …, said", "Ingrid halvorsen said": a translation may leave the surname
// in lower case after a capitalised given name the list knows. Only a word that looks like a name, no
// particle ("Anna van Dijk"), English adverb ("Anna later said") or English word given name ("Christian
// leaders, …"), and only before a role after a comma or a verb of speech.
function lowerSurnameName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const family = toks[index + 1]
  if (family?.kind !== 'word' || !family.spaced || family.flags & (capitalised | functionWord))
    return undefined
  if (!/^\p{Ll}{3,}$/u.test(family.value) || familyParticles.has(family.value) || isArabicMark(family))
    return undefined
  const to = index + 2
  const role = toks[to]?.value === ',' && roleFollows(toks, to + 1) && !attributionAt(toks, to + 1)
  if (!role && !speechFollows(toks, to)) return undefined
  if (englishWordGivenNames.has(toks[index]!.lower) || !looksLikeOneWordName(family.value)) return undefined
  const before = toks[index - 1]
  if (before?.kind === 'word' && before.flags & capitalised && !nameCanStartAfter(toks, index))
    return undefined
  return { from: index, to, name: spanText(toks, index, to), rule: 'person-western-name' }
}

// "Luis Fermín Ochoa Beltrán, manager of …": a second given name no list knows before two surnames, where
// three name words end the name and one has an accent no English word bears; "Anna Keller Smith Jones",
// unaccented, may be two names and stays "Anna Keller".
function accentedSurnamesAfter(toks: readonly Tok[], at: number): boolean {
  if (!endsName(toks, at + 3)) return false
  let accented = false
  for (let word = at; word < at + 3; word++) {
    const tok = toks[word]!
    if (!isFamilyName(toks, word) || tok.possessive) return false
    if (!isAscii(tok.value)) accented = true
  }
  return accented
}

// Given names that are also the names of places, read as places on their own ("Santiago", "Victoria").
// biome-ignore format: packed data
const placeGivenNames: ReadonlySet<string> = new Set([
  'santiago', 'victoria', 'florence', 'adelaide', 'sofia', 'mariana', 'orlando', 'salvador', 'regina',
  'lorena', 'georgia', 'virginia', 'carolina', 'savannah', 'milan', 'diego', 'paulo', 'valencia',
])
// Words after which a place's name is a place ("in Santiago", "from Victoria", "sailed for Valencia").
const placePrepositions: ReadonlySet<string> = new Set(['in', 'from', 'to', 'at', 'near', 'of', 'via', 'for'])

// "headed by Santiago Andrés Molina Rey": a given name that names a place too is a given name right before
// a second given name of a longer name; "in Santiago" or "São Paulo" stays a place.
function placeGivenNameAt(toks: readonly Tok[], index: number): boolean {
  const given = toks[index]!
  if (!(given.flags & capitalised) || !placeGivenNames.has(given.lower)) return false
  const before = toks[index - 1]
  if (before?.kind === 'word' && (before.flags & capitalised || placePrepositions.has(before.lower)))
    return false
  return isMiddleName(toks, index + 1) && isFamilyName(toks, index + 2)
}

function townSurnameEnds(toks: readonly Tok[], at: number): boolean {
  const after = toks[at + 1]
  if (after?.kind === 'word' && !(after.flags & functionWord) && !endingVerb.test(after.value)) return false
  return secondSurname(toks, at) && matchPlace(toks, at)?.length === 1
}
const endingVerb = /^(?:said|says|added|noted|told|stressed|explained)$/

// The name from `toks[from]` to `toks[to]`, unless a noun after it makes it a company's ("Agung Wibowo
// Land", "Dewi Sri Foods": a trade's or a place's noun).
function nameEnd(toks: readonly Tok[], from: number, to: number): NameMatch | undefined {
  if (namedAfter(toks[to])) return undefined
  return { from, to, name: spanText(toks, from, to), rule: 'person-western-name' }
}

// The links of an Arabic or Malay name that are no English word: "bint", "binti", "binte", "ibn".
const strongMarks: ReadonlySet<string> = new Set(['bint', 'binti', 'binte', 'ibn'])

/**
 * "Rashed Obaid al-Naqbi", "Mohd Hafiz bin Abdul Ghani": one or two name words no list need know before
 * the marks of an Arabic or Malay name ("bin" or "binti" and a father's name, or a family name with "al-"
 * joined in lower case; "Al" and a family name only after a known given name: "Al Rawda Holding" is a body),
 * unless a capitalised word before makes them part of something longer. In lower case only where a
 * sentence starts ("… the route. rashed Obaid al-Naqbi said", "… on May 3. rashed …").
 */
function arabicLeadName(toks: readonly Tok[], index: number): NameMatch | undefined {
  // The mark one or two words on is the test most words fail.
  let at = index + 1
  if (!isArabicMark(toks[at])) {
    if (!isArabicMark(toks[at + 1]) || !isNameWord(toks[at]) || !toks[at]!.spaced) return undefined
    if (isTitleTok(toks[at]!) || matchPlace(toks, at)) return undefined
    at++
  }
  const lead = toks[index]!
  if (lead.flags & functionWord || isTitleTok(lead) || demonyms.has(lead.base)) return undefined
  const before = toks[index - 1]
  if (lead.flags & capitalised) {
    if (!properWord.test(lead.value) || matchPlace(toks, index)) return undefined
    if (before?.kind === 'word' && before.spaced && before.flags & capitalised && !isTitleTok(before))
      return undefined
  } else if (
    !/^\p{Ll}{3,}$/u.test(lead.value) ||
    (before !== undefined && !sentenceEndsAt(before) && !/^\d+\.$/.test(before.value))
  )
    return undefined
  const mark = toks[at]!
  const known = knownGivenName(lead.lower) || (at > index + 1 && knownGivenName(toks[index + 1]!.lower))
  // "bint", "binti", "binte", "ibn" and a joined "al-" are marks of a name wherever they stand; "bin" is an
  // English word too ("the Kitchen bin Wang Lei designed"), so a name word before or after it must be a
  // given name.
  const strong = strongMarks.has(mark.value) || mark.value.startsWith('al-')
  if (!known && !strong && !(mark.value === 'bin' && knownGivenName(toks[at + 1]?.lower ?? '')))
    return undefined
  const to = arabicNameEnd(toks, at)
  if (to === at) return undefined
  // A Chinese name after "bin" is a person of its own, not a father's name to be cut off ("the Kitchen bin
  // Wang Lei designed").
  const chinese = mark.value === 'bin' ? chineseName(toks, at + 1) : undefined
  if (chinese !== undefined && chinese.to > to) return undefined
  return { from: index, to, name: spanText(toks, index, to), rule: 'person-western-name' }
}

// A capital and a full stop ("F."), spaced, inside a name: not a lower-case or Mongolian initial.
function isCapitalInitial(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  if (!tok?.spaced || tok.value.length !== 2 || !isInitial(tok)) return false
  const code = tok.value.charCodeAt(0)
  return code >= 65 && code <= 90
}

// "Marie-Claire", "Jean-Luc": a given name, or given names joined by a hyphen.
function isWesternGivenName(lower: string): boolean {
  if (knownGivenName(lower)) return true
  const hyphen = lower.indexOf('-')
  return hyphen > 0 && knownGivenName(lower.slice(0, hyphen)) && knownGivenName(lower.slice(hyphen + 1))
}

// A given name the list knows, with its accents or without ("Andrés", "Björn", "João" are listed plain):
// the list has some umlauts spelt out ("bjoern"), most dropped ("bjorn").
function knownGivenName(lower: string): boolean {
  if (westernGivenNames.has(lower)) return true
  if (isAscii(lower)) return false
  return westernGivenNames.has(spellingKey(lower)) || westernGivenNames.has(plainSpelling(lower))
}

// Whether no further capitalised word goes on a name before `toks[at]` ("… Rotich from", "… Mora said").
function endsName(toks: readonly Tok[], at: number): boolean {
  const next = toks[at]
  return next === undefined || next.kind !== 'word' || !(next.flags & capitalised)
}

// A capitalised word after a particle surname that ends the name ("… da Costa Lima met …"); with `more`,
// one a further surname may follow ("… de Quintanar Berlanga").
function secondSurname(toks: readonly Tok[], at: number, more = false): boolean {
  const word = toks[at]
  return (
    word?.spaced === true &&
    isNameWord(word) &&
    !isTitleTok(word) &&
    (more || endsName(toks, at + 1)) &&
    !followedByHead(toks, at + 1)
  )
}

function isFamilyName(toks: readonly Tok[], at: number): boolean {
  const family = toks[at]
  if (!family?.spaced || !isNameWord(family) || isTitleAfterName(family)) return false
  if (namedAfterGivenName.has(family.base)) return false
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
