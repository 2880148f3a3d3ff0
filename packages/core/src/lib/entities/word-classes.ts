/**
 * The word classes the entity rules test on every token, worked out once per distinct word.
 *
 * Each rule used to ask its own sets about each token ("is it a title's first word?", "a place suffix?"),
 * a dozen hash lookups per token on every sentence. A token now carries `flags`, one bit per class, read
 * from a cache keyed by the word (see `tokens.ts`), so a rule turns most tokens down with a bit test.
 */

import { foreignLegalForms, joinedLegalForms, organisationHeadWords } from '../data/organisations.js'
import { placeSuffixSense } from '../data/place-suffixes.js'
import { knownPlaces } from '../data/places.js'
import { canonicalTitle, honorifics, titleModifiers } from '../data/titles.js'
import { functionWords, isAllCaps, isCapitalised } from './word-shape.js'

/** The word starts with a capital (`isCapitalised`). */
export const capitalised = 1
/** The word without its possessive ending is an acronym (`isAllCaps`). */
export const allCaps = 2
/** A title, a title modifier or an honorific can start with the word. */
export const titleFirst = 4
/** A lower-case government head can start with the word ("government", "party committee"). */
export const lowerBodyFirst = 8
/** A place suffix can start with the word, in any case ("City", "new district"). */
export const suffixFirst = 16
/** The word, in any case, is a compass direction a known place can start with ("northeast Asia"). */
export const direction = 32
/** The word is a capitalised compass point ("the Northeast"). */
export const compassPoint = 64
/** The word, in lower case, is a function word. */
export const functionWord = 128
/** The word without its possessive ending is an organisation head word ("Group", "Committee"). */
export const organisationHead = 256
/** The word is a legal form of a company ("Ltd.", "Inc."). */
export const legalForm = 512
/** The word without its possessive ending, as written, is the first word of a known place. */
export const placeFirst = 1024

/** Legal forms, English and foreign ("GmbH", "S.p.A."): they end a company name whatever comes before. */
export const legalForms: ReadonlySet<string> = new Set([
  ...foreignLegalForms,
  ...joinedLegalForms.keys(),
  'Ltd',
  'Ltd.',
  'LTD',
  'Limited',
  'Inc',
  'Inc.',
  'Corp',
  'Corp.',
  'LLC',
  'PLC',
  'GmbH',
])

/** Lower-case heads of government bodies ("Huludao government", "provincial party committee"). */
export const lowerBodyHeads: ReadonlySet<string> = new Set([
  'government',
  'governments',
  'party committee',
  'people’s government',
])

/** Capitalised compass points that stand for a region after "the" ("the Northeast"). */
export const compassPoints: ReadonlySet<string> = new Set([
  'Northeast',
  'Northwest',
  'Southeast',
  'Southwest',
  'North',
  'South',
  'East',
  'West',
])

/** Compass words a known place may start with in lower case ("northeast Asia"). */
export const directions: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'central',
])

/** Every word a title can start with: a title's first word, a modifier or an honorific. */
export const titleFirstWords: ReadonlySet<string> = new Set([
  ...[...canonicalTitle.keys()].map((title) => title.split(' ')[0]!),
  ...titleModifiers,
  // "Tan" of "Tan Sri", "Dato" of "Dato' Sri" (the parser splits off the apostrophe).
  ...[...honorifics].map((honorific) => honorific.split(' ')[0]!.replace(/['’]$/, '')),
])

/** The first word of every place suffix, in lower case. */
export const suffixFirstWords: ReadonlySet<string> = new Set(
  [...placeSuffixSense.keys()].map((suffix) => suffix.split(' ')[0]!.toLowerCase()),
)

/** The first word of every known place name, as written ("the …" names are matched from their second word). */
export const placeFirstWords: ReadonlySet<string> = new Set(
  [...knownPlaces.keys()].filter((key) => !key.startsWith('the ')).map((key) => key.split(' ')[0]!),
)

const lowerBodyFirstWords = new Set([...lowerBodyHeads].map((head) => head.split(' ')[0]!))

/** The class bits of a word written `value`: `base` without a possessive ending, both also in lower case. */
export function wordClasses(value: string, base: string, lower: string, baseLower: string): number {
  let flags = 0
  if (isCapitalised(value)) flags |= capitalised
  if (isAllCaps(base)) flags |= allCaps
  if (titleFirstWords.has(value)) flags |= titleFirst
  if (lowerBodyFirstWords.has(value)) flags |= lowerBodyFirst
  if (suffixFirstWords.has(baseLower)) flags |= suffixFirst
  if (directions.has(baseLower)) flags |= direction
  if (compassPoints.has(base)) flags |= compassPoint
  if (functionWords.has(lower)) flags |= functionWord
  if (organisationHeadWords.has(base)) flags |= organisationHead
  // "Kessel K.K.'s plant": a legal form with a possessive still ends a company's name.
  if (legalForms.has(base)) flags |= legalForm
  if (placeFirstWords.has(base)) flags |= placeFirst
  return flags
}

// Classes a word of a person's name never has: "Harbour Services", "Dalian Branch", "Manila Bay", "Chairman
// Ma" go on a place's or a company's name, or are none.
const notNameWord = titleFirst | suffixFirst | organisationHead | legalForm | placeFirst | functionWord

/** Whether a capitalised word, by its classes, may be a word of a person's name (not a title, head, …). */
export function mayBeNameWord(word: string): boolean {
  const lower = word.toLowerCase()
  return (wordClasses(word, word, lower, lower) & notNameWord) === 0
}
