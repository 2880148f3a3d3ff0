/**
 * What an unknown place's name is, for `context-places.ts`: one or two capitalised words that are nothing
 * else the rules know (no known place, surname, given name, month, weekday, nationality, title, head or
 * suffix word, nor a place the lists know to be a name as well) and no capitalised word after them.
 */
import { ambiguousPlaces } from '../data/ambiguous-places.js'
import { chineseSurnames, chineseSurnameVariants, compoundChineseSurnames } from '../data/chinese-surnames.js'
import { months, weekdays } from '../data/dates.js'
import { demonyms } from '../data/demonyms.js'
import { japaneseSurnames, koreanSurnames, westernGivenNames } from '../data/other-surnames.js'
import type { Tok } from './tokens.js'
import { createWordCache } from './word-cache.js'
import {
  allCaps,
  capitalised,
  compassPoint,
  directions,
  functionWord,
  legalForm,
  organisationHead,
  placeFirst,
  suffixFirst,
  titleFirst,
} from './word-classes.js'

/** Bits that make a capitalised word something other than an unknown place's name. */
export const knownWord =
  functionWord | organisationHead | legalForm | titleFirst | suffixFirst | placeFirst | allCaps | compassPoint
const letters = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u

/** The end of the unknown name starting at `at`: one or two such words, or `at` when there is none. */
export function nameEnd(toks: readonly Tok[], at: number): number {
  if (!isUnknownName(toks[at])) return at
  const next = toks[at + 1]
  if (!toks[at]!.possessive && next?.spaced && isUnknownName(next))
    return isNameStart(toks[at + 2]) ? at : at + 2
  return isNameStart(next) ? at : at + 1
}

function isUnknownName(tok: Tok | undefined): boolean {
  if (tok?.kind !== 'word' || (tok.flags & (capitalised | knownWord)) !== capitalised) return false
  return unknownNameWords.get(tok.base)
}

// What the word alone decides, once per distinct word: a regex and ten set lookups for every capitalised
// word of every sentence otherwise.
const unknownNameWords = createWordCache(isUnknownNameWord)

function isUnknownNameWord(base: string): boolean {
  if (base.length < 3 || !letters.test(base)) return false
  const lower = base.toLowerCase()
  if (directions.has(lower)) return false
  if (base.includes('-') && (namesDays(base) || namesLanguage(base))) return false
  // A place the lists know is also a name or a word ("Florence", "Jackson") is `framed-places.ts`'s to read.
  if (ambiguousPlaces.has(base)) return false
  return !months.has(base) && !weekdays.has(base) && !demonyms.has(base) && !isPersonWord(lower)
}

// Whether a hyphenated word joins months or weekdays, a period the dates read ("in January-September",
// "Monday-Friday"), not a town.
function namesDays(base: string): boolean {
  const parts = base.split('-')
  return parts.some((part) => months.has(part) || weekdays.has(part))
}

// Whether a hyphenated word starts with a nationality ("French-speaking", "Korean-owned"): a word that
// describes, not a town.
function namesLanguage(base: string): boolean {
  return demonyms.has(base.slice(0, base.indexOf('-')))
}

// A surname or a given name the name rules know: "Lin, China's envoy" is no town.
function isPersonWord(lower: string): boolean {
  return (
    chineseSurnames.has(lower) ||
    compoundChineseSurnames.has(lower) ||
    chineseSurnameVariants.has(lower) ||
    japaneseSurnames.has(lower) ||
    koreanSurnames.has(lower) ||
    westernGivenNames.has(lower)
  )
}

/** Whether a capitalised word follows, so the words before are part of a longer name. */
export function isNameStart(tok: Tok | undefined): boolean {
  return tok !== undefined && tok.kind === 'word' && tok.spaced && (tok.flags & capitalised) !== 0
}
