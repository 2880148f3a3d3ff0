/**
 * Korean names: a surname from the few most Koreans bear and a hyphenated given name ("Choi Min-jae"), also
 * all in lower case where a name can start ("park ji-hoon").
 */
import { koreanSurnames as koreanSurnameSet } from '../data/other-surnames.js'
import { nameCanStartAfter } from './name-starts.js'
import { compoundEnglishPart, type NameMatch } from './name-words.js'
import { isCapitalised, type Tok } from './tokens.js'
import { WordList } from './word-list.js'

const koreanSurnames = new WordList(koreanSurnameSet)

const koreanGiven = /^[A-Z][a-z]+-[a-z]+$/

/** Whether a Korean name all in lower case may start here ("park ji-hoon"): the one name with no capital. */
export function lowerKoreanName(family: Tok, given: Tok | undefined): boolean {
  return koreanSurnames.has(family.lower) && given?.kind === 'word' && given.value.includes('-')
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
