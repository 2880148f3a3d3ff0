import { weekdays } from '../data/dates.js'
import { royalHonorifics } from '../data/honorifics.js'
import { givenNameSpellings } from '../data/name-spellings.js'
import { westernGivenNames } from '../data/other-surnames.js'
import { compoundEnglishParts } from '../data/pinyin.js'
import { placeSuffixSense } from '../data/place-suffixes.js'
import { worldGivenNameGroups } from '../data/world-given-names.js'
import { matchPlace } from './gazetteer.js'
import type { Tok } from './tokens.js'
import { capitalised, functionWord, legalForm, organisationHead, suffixFirst } from './word-classes.js'
import { WordList } from './word-list.js'

/** A name found at a token: where it ends and the name it gives. */
export interface NameMatch {
  readonly from: number
  readonly to: number
  readonly name: string
  readonly rule: string
}

/** Whether a token is a capitalised word that is neither a function word nor an organisation head. */
export function isNameWord(tok: Tok | undefined): boolean {
  return (
    tok !== undefined &&
    tok.kind === 'word' &&
    (tok.flags & (capitalised | functionWord | organisationHead)) === capitalised
  )
}

/**
 * Whether the part after the last hyphen is an English word or ends in "-ed" ("-funded", "-listed"),
 * which no Korean or Chinese syllable does.
 */
export function compoundEnglishPart(lower: string): boolean {
  const part = lower.slice(lower.lastIndexOf('-') + 1)
  return compoundEnglishParts.has(part) || part.endsWith('ed')
}

/**
 * The Dutch, German and Welsh particles of `familyParticleList` ("van", "von", "zu", "ap"), which start a
 * surname only and which brand names seldom have ("Casa de Lumo", "Maison du Vin" have Romance ones).
 */
// biome-ignore format: packed data
export const germanicParticles: ReadonlySet<string> = new Set([
  'van', 'von', 'zu', 'der', 'den', 'ter', 'ten', 'ap',
])

/**
 * Particles of Dutch, Flemish, German, French, Spanish, Portuguese, Italian, Filipino and Welsh surnames,
 * written in lower case inside a name ("Anna van Dijk", "Jan de Boer", "Otto von Bergen", "Karl zu
 * Lindau", "Luis del Campo", "Owain ap Rhys"): the one list the name rules and the merging of names
 * derive their particle sets from.
 */
// biome-ignore format: packed data
export const familyParticleList: readonly string[] = [
  ...germanicParticles, 'de', 'du', 'del', 'della', 'da', 'das', 'do', 'dos', 'di', 'dela', 'delos',
]

/** The Arabic and Malay "son of" and "daughter of" before a father's name ("Tariq bin Hamdan"). */
export const fatherLinkList: readonly string[] = ['bin', 'bint', 'binti', 'binte', 'ibn']

const surnameParticles = new WordList([...familyParticleList, ...fatherLinkList])

// The particles of Spanish, Portuguese, Italian and Filipino surnames that may also join a first surname to
// the rest of a double one ("Ruiz de Alarcón", "Matos da Fonte", "López de Haro"); not the Dutch, German
// and French ones, which start a surname only.
const startingOnly = new Set([...germanicParticles, 'du'])
const joiningParticles = new Set(familyParticleList.filter((word) => !startingOnly.has(word)))

/** The articles after "de" in a Spanish surname ("de la Cruz", "de los Santos", "de las Casas"). */
export const spanishArticles: ReadonlySet<string> = new Set(['la', 'las', 'los'])

/**
 * Where the lower-case particles that join a first surname ending before `toks[at]` to a second end ("de",
 * "da", "de la"), when a spaced capitalised word follows them; `at` when none do ("Anna Keller de facto").
 */
export function joiningParticlesEnd(toks: readonly Tok[], at: number): number {
  const first = toks[at]
  if (first?.kind !== 'word' || !first.spaced || !joiningParticles.has(first.value)) return at
  const end = first.value === 'de' && spanishArticles.has(toks[at + 1]?.value ?? '') ? at + 2 : at + 1
  const next = toks[end]
  return next?.kind === 'word' && next.spaced && next.flags & capitalised ? end : at
}

/** Words after a family name that tell a son from his father ("Filho", "Júnior", "Neto", "Jr.", "III"). */
// biome-ignore format: packed data
export const generationSuffixList: readonly string[] = [
  'Jr.', 'Jr', 'Sr.', 'Júnior', 'Junior', 'Filho', 'Neto', 'Sobrinho', 'II', 'III', 'IV',
]
const generationSuffixes = new Set(generationSuffixList)

/** Where a name ending before `toks[to]` ends with its generation suffix ("… Santos Jr."), or `to`. */
export function generationSuffixEnd(toks: readonly Tok[], to: number): number {
  const next = toks[to]
  return next?.kind === 'word' && next.spaced && generationSuffixes.has(next.value) ? to + 1 : to
}

// Words that carry an Arabic name on after its first name words: "son of" and "daughter of" before a
// father's name, and the article before a family name written apart ("… bin Saeed Al Nuaimi").
const arabicLinks = new Set([...fatherLinkList, 'Al', 'al', 'El', 'el'])
/** The father's links of an Arabic name ("bin", "ibn"), as a set. */
export const fatherLinks: ReadonlySet<string> = new Set(fatherLinkList)
// A family name with the article joined ("Al-Zahrani", "al-Hashimi", "El-Sayed").
const joinedArticle = /^[Aa]l-\p{Lu}\p{Ll}+$|^[Ee]l-\p{Lu}\p{Ll}+$/u

/** Whether a token is a family name with its article joined ("al-Hashimi", "Al-Zahrani", "El-Sayed"). */
export function isJoinedArticleName(tok: Tok | undefined): boolean {
  return tok?.kind === 'word' && tok.spaced && tok.value.charCodeAt(2) === 45 && joinedArticle.test(tok.base)
}

/** Whether a token goes on an Arabic or Malay name: "bin", "binti", "ibn", "Al", "al-Hashimi" … */
export function isArabicMark(tok: Tok | undefined): boolean {
  if (tok?.kind !== 'word' || !tok.spaced) return false
  // Asked of most words: every mark starts with a, b, e or i in either case (the bit 32 lowers A–Z).
  const first = tok.value.charCodeAt(0) | 32
  if (first !== 97 && first !== 98 && first !== 101 && first !== 105) return false
  return arabicLinks.has(tok.value) || isJoinedArticleName(tok)
}

// Words in lower case that mark a name as Arabic besides its links: "abu" and a family's article.
const familyStarts = new Set(['abu', 'al', 'el'])
const joinedArticleLower = /^(?:al|el)-\p{Ll}+$/u

/** Whether a word in lower case starts an Arabic family name: "abu", "al", "el" or "al-nuaimi". */
export function startsArabicFamily(lower: string): boolean {
  return familyStarts.has(lower) || joinedArticleLower.test(lower)
}

/** Whether a word in lower case marks a name as Arabic: a father's link ("bin") or a family's start. */
export function isArabicMarkWord(lower: string): boolean {
  return fatherLinks.has(lower) || startsArabicFamily(lower)
}

const arabicGivenNames: ReadonlySet<string> = new Set(worldGivenNameGroups.arabic)

/**
 * Where the form of address `words`, ending before `toks[at]`, ends when it addresses a person: before a
 * spaced name word no body's head follows ("Khun Wannaporn"; "Puan County" is a place); the engineer's
 * "Eng." only with its full stop, which a sentence may end at ("Eng Chee Meng" is a Hokkien surname); a
 * royal's ("Prince", "Emir") only before an Arabic name, whose next word is a mark ("Prince Faisal bin
 * …", "Emir Tamim Al Thani") or a known Arabic given name's next but one ("Prince Faisal Turki Al Saud"):
 * "Prince George" is a city, "Emir Kusturica" a man.
 */
export function addressedNameEnd(words: string, toks: readonly Tok[], at: number): number | undefined {
  const second = toks[at]
  if (words === 'Eng') return second?.value === '.' && !second.spaced ? at + 1 : undefined
  if (!isNameWord(second) || !second!.spaced) return undefined
  if (!royalHonorifics.has(words)) return followedByHead(toks, at) ? undefined : at
  if (isArabicMark(toks[at + 1])) return at
  const third = toks[at + 1]
  return arabicGivenNames.has(second!.lower) &&
    isNameWord(third) &&
    third!.spaced &&
    isArabicMark(toks[at + 2])
    ? at
    : undefined
}

/**
 * Where an Arabic name that has reached `toks[to]` ends: past every "bin", "bint", "ibn" or "Al" with the
 * name word after it ("Tariq bin Hamdan Al-Zahrani", "Hamad bin Khalifa Al Thani") and past a family
 * name with its article joined ("Hamdan al-Zahrani"); `to` when none follows, as for most names.
 */
export function arabicNameEnd(toks: readonly Tok[], to: number): number {
  let end = to
  // "Dr. Noura Salem Al Marri": a name read up to "Al" goes on to the family name after it.
  const before = toks[to - 1]
  if (before !== undefined && (before.value === 'Al' || before.value === 'El') && isNameWord(toks[end])) {
    if (!toks[end]!.spaced || followedByHead(toks, end + 1)) return end
    end++
  }
  for (;;) {
    const link = toks[end]
    if (link?.kind !== 'word' || !link.spaced) return end
    // "… bin Saeed Al Rawda Holdings": a name word a body's head follows starts the body.
    if (joinedArticle.test(link.base)) return followedByHead(toks, end + 1) ? end : end + 1
    const next = toks[end + 1]
    // "Samir Adel Abdel Aziz said": a family name of two words whose first makes no name alone ends it.
    // "Khalid Saeed Abu Dhabi" is a place after the name.
    if (familyLeads.has(link.value))
      return lastNameWords(toks, end + 1, 1) && !matchPlace(toks, end) ? end + 2 : end
    if (!arabicLinks.has(link.value) || !next?.spaced || !isNameWord(next) || link.possessive) return end
    if (followedByHead(toks, end + 2)) return end
    end += 2
    // "Hafiz bin Abdul Ghani", "Zulkifli bin Mat Saman": a father's name of two words, the first of which
    // makes no name alone; "Aina binte Mohamed Salleh said": or a given name before a last word.
    const second = toks[end]
    if (!fatherLinks.has(link.value)) continue
    if (compoundLeads.has(next.value) && isNameWord(second) && second!.spaced) {
      if (followedByHead(toks, end + 1)) return end
      end++
    } else if (arabicGivenNames.has(next.lower) && lastNameWords(toks, end, 1) && !matchPlace(toks, end))
      end++
  }
}

// The first words of Arabic names of two words, which make no name alone: given names ("Abdul Wahab") and
// family names ("Abdel Aziz", "Abu Zaid").
const arabicLeads = ['Abdul', 'Abd', 'Abdel', 'Abdal', 'Abu']
const familyLeads = new Set(arabicLeads)

/**
 * Words that start South Asian names as they are written ("Syed Imtiaz Hussain", "Chaudhry Tariq Mehmood",
 * "Md. Shahidul Alam"): part of the name, not a title, so the name keeps them.
 */
// biome-ignore format: packed data
export const nameLeads: ReadonlySet<string> = new Set([
  'Syed', 'Syeda', 'Chaudhry', 'Chaudhary', 'Choudhry', 'Mian', 'Khawaja', 'Khwaja', 'Md.', 'Mohd.', 'Muhd.',
])

const capitalInitial = /^\p{Lu}\.$/u

/**
 * The shorter forms an article writes a name of three words or more in after its first mention: without
 * the words that start a South Asian name or its initials ("Imtiaz Hussain" of "Syed Imtiaz Hussain",
 * "Suresh Menon" of "K. P. Suresh Menon"), and an Arabic family name of two words alone ("Abdel Aziz" of
 * "Samir Adel Abdel Aziz") and a Hong Kong married name without the English given name before it; none for
 * most names.
 */
export function leadlessForms(names: readonly string[]): string[][] {
  const forms: string[][] = []
  if (names.length < 3) return forms
  let from = 0
  while (from < 3 && capitalInitial.test(names[from]!)) from++
  if (from === 0 && nameLeads.has(names[0]!)) from = 1
  if (from > 0 && names.length - from >= 2) forms.push(names.slice(from))
  if (familyLeads.has(names.at(-2)!)) forms.push(names.slice(-2))
  // "Queenie Ho Wong Mei-kit … Ho Wong Mei-kit said": a Hong Kong married name without the English name.
  if (names.length === 4 && names[3]!.includes('-') && westernGivenNames.has(names[0]!.toLowerCase()))
    forms.push(names.slice(1))
  return forms
}

// Whether `count` spaced name words at `toks[at]` end a name: no weekday among them and no capitalised
// word, body's head or place suffix after them ("… Mohamed Salleh said"; not "… Mohamed Salleh Holdings",
// "… Abdel Aziz Street" or "met Aina binte Ahmad Monday").
function lastNameWords(toks: readonly Tok[], at: number, count: number): boolean {
  for (let word = at; word < at + count; word++) {
    const tok = toks[word]
    if (!isNameWord(tok) || !tok!.spaced || weekdays.has(tok!.base)) return false
  }
  const after = toks[at + count]
  if (after?.kind === 'word' && after.flags & capitalised) return false
  return !followedByHead(toks, at + count) && !placeSuffixSense.has(toks[at + count - 1]!.base)
}

// First words of Arabic and Malay names of two words ("Abdul Wahab", "Abu Bakar", "Mohd Nasir", "Mat
// Saman", "Wan Ismail", "Nik Aziz", "Siti Aminah").
// biome-ignore format: packed data
const compoundLeads = new Set([
  ...arabicLeads, 'Mohd', 'Md', 'Muhd', 'Mat', 'Wan', 'Nik', 'Che', 'Syed', 'Siti', 'Nur', 'Nor', 'Noor',
])

// The particles of a family name a person goes by on its own: not "bin" or "binti", before a father's name.
const familyParticles = new Set(familyParticleList)
const capital = /^\p{Lu}/u

/**
 * The short forms of a full name's family name with its particles or its article, which an article writes
 * after the full name and capitalises at the start of a sentence: "du Plessis" for "Hendrik du Plessis"
 * ("Du Plessis said"), "de la Vega" for "Rosa de la Vega Ortiz", "Al Hamadi" for "Saif bin Ali Al Hamadi",
 * "al-Hashimi" for "Omar al-Hashimi"; none for most names.
 */
export function particleSurnames(names: readonly string[]): string[][] {
  const forms: string[][] = []
  const last = names.length - 1
  if (last < 1) return forms
  if (names[last]!.charCodeAt(2) === 45 && /^[ae]l-/.test(names[last]!)) forms.push([names[last]!])
  else if (last > 1 && arabicLinks.has(names[last - 1]!)) forms.push(names.slice(last - 1))
  for (let at = 1; at < last; at++) {
    if (!familyParticles.has(names[at]!)) continue
    let end = at + 1
    while (end < last && !capital.test(names[end]!)) end++
    if (!capital.test(names[end]!)) break
    forms.push(names.slice(at))
    // "de la Vega" of "Rosa de la Vega Ortiz": a Spanish name goes by its first surname.
    if (end < last) forms.push(names.slice(at, end + 1))
    break
  }
  return forms
}

// A French or Italian surname with its particle's vowel elided and joined ("d'Orval", "dell'Orto").
const elidedParticleName = /^d(?:ell)?['’]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u

/** Whether a token is a surname with its particle joined in lower case ("d'Orval", "dell'Orto"). */
export function isElidedParticleName(tok: Tok | undefined): boolean {
  return tok?.kind === 'word' && tok.value.charCodeAt(0) === 100 && elidedParticleName.test(tok.base)
}

/**
 * Where the lower-case particles of a surname that start at `toks[at]` end ("van", "van der", "de la"),
 * when a capitalised word follows them, or after a surname with its particle joined ("d'Orval"); `at`
 * when none do ("de" in "made de facto" is no particle).
 */
export function surnameParticlesEnd(toks: readonly Tok[], at: number): number {
  const first = toks[at]
  if (first?.kind !== 'word' || !first.spaced) return at
  // "Mme d'Orval": a particle written into its surname ends after that word.
  if (!surnameParticles.has(first.value)) return isElidedParticleName(first) ? at + 1 : at
  const second = toks[at + 1]
  const two =
    second?.spaced === true &&
    (surnameParticles.has(second.value) || (first.value === 'de' && spanishArticles.has(second.value)))
  const end = two ? at + 2 : at + 1
  const next = toks[end]
  return next?.kind === 'word' && next.spaced && next.flags & capitalised ? end : at
}

/** A capitalised word of letters, possibly hyphenated ("Jean-Luc"). */
export const properWord = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u

/**
 * Whether a word is a given name of two parts of two letters or more ("Jean-Luc", "Marie-Claire"): each
 * part capitalised as written, or the whole word in lower case as group names are ("jean-luc").
 */
export function isHyphenatedGiven(word: string): boolean {
  return hyphenatedGiven.test(word)
}

const hyphenatedGiven = /^(?:\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+|\p{Ll}{2,}-\p{Ll}{2,})$/u

/** A name followed by "Group", "City", "County", "new districts" … is part of something else. */
export function followedByHead(toks: readonly Tok[], at: number): boolean {
  const next = toks[at]
  if (next?.kind !== 'word' || !next.spaced) return false
  if (next.flags & (organisationHead | legalForm)) return true
  // The class bit says whether a place suffix starts with the word, without building it in Title Case;
  // a first letter outside ASCII, whose case may not go back and forth, is looked up all the same.
  const base = next.base
  if (
    (next.flags & suffixFirst || base.charCodeAt(0) > 0x7f) &&
    placeSuffixSense.has(base[0]!.toUpperCase() + base.slice(1))
  )
    return true
  return next.value === 'new' && /^(?:districts?|areas?)$/i.test(toks[at + 1]?.value ?? '')
}

const umlauts = /[äöüßÄÖÜ]/g
const spelledOut: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
}

// Letters with an accent or a tilde that translations often type without it ("Iturbería", "Begoña").
const accented = /[À-ÖØ-öø-ÿĀ-ž]/
// The marks Unicode decomposition leaves after the base letter.
const combiningMarks = /\p{M}/gu

/** A word without its accents: "Begoña" → "Begona". */
export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(combiningMarks, '').normalize('NFC')
}

// Letters decomposition leaves alone ("ø", "ł"), as English-language news types them.
const unaccentedLetters: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', ł: 'l', đ: 'd', ß: 'ss' }

/**
 * A lower-case word with every accent dropped and umlauts not spelt out ("björn" → "bjorn", "søren" →
 * "soren", "hüseyin" → "huseyin"): the spelling the given-name lists use, where `spellingKey` gives
 * "bjoern".
 */
export function plainSpelling(lower: string): string {
  return withoutAccents(lower.replace(/[øæłđß]/g, (letter) => unaccentedLetters[letter]!))
}

/**
 * The other ways translations spell a name's words that have letters English lacks: a German umlaut or
 * "ß" spelt out ("Müller" → "Mueller"), pinyin "ü" typed as "v" ("Lü" → "Lv") and other accents dropped
 * ("Iturbería" → "Iturberia"); none for most names.
 */
export function otherSpellings(words: readonly string[]): string[][] {
  if (!words.some((word) => accented.test(word))) return []
  const spelt = words.map((word) => withoutAccents(word.replace(umlauts, (letter) => spelledOut[letter]!)))
  if (!words.some((word) => /[üÜ]/.test(word))) return [spelt]
  return [spelt, words.map((word) => withoutAccents(word.replace(/ü/g, 'v').replace(/Ü/g, 'V')))]
}

/**
 * One key for the spellings of a lower-case name `otherSpellings` gives, so that "Jonas Müller" and
 * "Mr. Mueller", "Lü Qinghe" and "Lv Qinghe", "Marta Iturbería" and "Marta Iturberia" are one person,
 * and for the transliterations of a Russian given name ("Aleksandr Kurgin", "Alexander Kurgin"). Pinyin
 * has "v" only for "ü" after "l" or "n" ("lv", "nv", "lve"), so a "v" elsewhere ("Ivan") stays.
 */
export function spellingKey(lower: string): string {
  let key = lower
  if (accented.test(key)) {
    if (/[äöüß]/.test(key)) key = key.replace(umlauts, (letter) => spelledOut[letter]!)
    key = withoutAccents(key)
  }
  if (key.includes('v')) key = key.replace(/(^|[\s-])([ln])v(?=e?(?:[\s-]|$))/g, '$1$2ue')
  // A given name is the first word of a name written given name first, the only order Russian names
  // come in here.
  const space = key.indexOf(' ')
  const given = givenNameSpellings.get(space === -1 ? key : key.slice(0, space))
  return given === undefined ? key : space === -1 ? given : given + key.slice(space)
}

/**
 * Whether a word has letters of ASCII only, as most do. A loop over the characters, not a pattern: it runs
 * for every capitalised word and returns at once.
 */
export function isAscii(word: string): boolean {
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) > 0x7f) return false
  return true
}
