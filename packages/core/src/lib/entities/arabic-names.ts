/**
 * Arabic names that start with a word a translation left in lower case: a given name before "bin" ("tariq
 * bin Omar Al-Naimi") or the "abu" of a compound given name ("abu Yusuf Karim Al-Hamadi"). The name rules
 * read from the first capitalised word, so they would cut the person's first name off.
 */
import { demonyms } from '../data/demonyms.js'
import { isMiddleGivenName } from './foreign-names.js'
import { matchPlace } from './gazetteer.js'
import { nameCanStartAfter } from './name-starts.js'
import { fatherLinks, followedByHead, isJoinedArticleName, isNameWord, type NameMatch } from './name-words.js'
import { englishEnding } from './one-word-names.js'
import { isTitleTok } from './titles.js'
import type { Tok } from './tokens.js'
import { capitalised, functionWord } from './word-classes.js'

/** Whether `toks[index]` may start a lower-case Arabic name: "abu", or a word right before "bin". */
export function mayStartLowerArabicName(tok: Tok, next: Tok | undefined): boolean {
  return tok.value === 'abu' || (next !== undefined && fatherLinks.has(next.value))
}

/**
 * The Arabic name starting at the lower-case `toks[index]`, given `rest`, the name the rules read from the
 * next word on (`read`). "tariq bin Omar Al-Naimi": a word of letters where a name may start, before
 * "bin" and a name that carries its family ("Al-", "Al"), is the given name, and "the recycling bin
 * Omar Lane" is not a name, "abu Yusuf Karim Al-Hamadi": "abu" before a name of two words or more is the
 * first half of the given name ("abu said" is no one).
 */
export function lowerArabicName(
  toks: readonly Tok[],
  index: number,
  read: (toks: readonly Tok[], at: number) => NameMatch | undefined,
): NameMatch | undefined {
  const tok = toks[index]!
  if (tok.flags & (capitalised | functionWord) || !nameCanStartAfter(toks, index)) return undefined
  const next = toks[index + 1]
  if (next?.kind !== 'word' || !next.spaced || next.possessive) return undefined
  if (tok.value === 'abu') {
    if (!(next.flags & capitalised)) return undefined
    const rest = read(toks, index + 1)
    if (rest === undefined || rest.from !== index + 1 || rest.to - rest.from < 2) return undefined
    return { from: index, to: rest.to, name: `abu ${rest.name}`, rule: rest.rule }
  }
  if (!fatherLinks.has(next.value) || !/^[a-z]{3,12}$/.test(tok.value) || englishEnding.test(tok.value))
    return undefined
  const rest = read(toks, index + 2)
  if (rest === undefined || rest.from !== index + 2 || !hasFamily(rest.name)) return undefined
  return { from: index, to: rest.to, name: `${tok.value} ${next.value} ${rest.name}`, rule: rest.rule }
}

// Whether an Arabic name ends in its family: "Al Thani", "Al-Naimi", "El-Sayed".
function hasFamily(name: string): boolean {
  return / (?:Al|El)[ -]\S+$/.test(name)
}

/**
 * "Khalid Al-Hamadi said", "Abu Yusuf Al-Hamadi said": a known given name (or "Abu" and a name word)
 * before a family name with its article joined is a person; not a demonym or a firm's name before it
 * ("Saudi Al-Rajhi said", "Sinopec Al-Zour refinery"), nor where a body's head follows ("Gulf Al-Noor
 * Bank"), nor a place or a title before the family ("Dubai Al-Rashid", "Minister Al-Hamadi" is the title
 * rule's).
 */
export function arabicFamilyName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const tok = toks[index]!
  let at = index + 1
  const abu = tok.value === 'Abu' && isNameWord(toks[at]) && toks[at]!.spaced
  if (abu) at++
  const family = toks[at]
  if (!isJoinedArticleName(family) || family!.possessive || !isNameWord(tok) || tok.possessive)
    return undefined
  const given = toks[at - 1]!
  if (!abu && !isMiddleGivenName(tok.value)) return undefined
  if (demonyms.has(given.base) || isTitleTok(tok) || followedByHead(toks, at + 1) || matchPlace(toks, index))
    return undefined
  const words = toks.slice(index, at).map((word) => word.value)
  return { from: index, to: at + 1, name: `${words.join(' ')} ${family!.base}`, rule: 'person-western-name' }
}
