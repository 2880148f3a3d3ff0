/**
 * The surnames of people found with their full names, learnt so the bare surname is read as that person
 * later ("Allard Castelein … Castelein said"), and when a known surname stands for its person.
 */
import { speechFollows } from './context-names.js'
import { isMiddleGivenName } from './foreign-names.js'
import { properWord, spellingKey } from './name-words.js'
import { isTitleWord } from './titles.js'
import { isCapitalised, type Tok } from './tokens.js'

/**
 * Learn `surname` as `name`'s: two people of one surname leave the bare surname to neither; "Pavel Lebedev"
 * and "Pavel Andreyevich Lebedev" are one, under the longer name.
 */
export function learnSurname(surnames: Map<string, string | null>, surname: string, name: string): void {
  if (!isCapitalised(surname) || /[^\p{L}'’-]/u.test(surname)) return
  const other = surnames.get(surname)
  surnames.set(surname, other === undefined ? name : sameFullName(other, name))
}

/** Whether the middle word of a three-word name may be a first surname: a proper word that is no given name. */
export function isSecondSurname(word: string): boolean {
  return properWord.test(word) && !isMiddleGivenName(word)
}

// The fuller of two names of one person, whose surname the caller found the same, or `null` for two
// people: "Pavel Andreyevich Lebedev" for "Pavel Lebedev", "Dmitry Ivanovich Lebedev" for "Dmitri
// Lebedev" (another transliteration); "Anna Lebedev", and "Pavel A. Lebedev" beside "Pavel K. Lebedev",
// are someone else; the same name in another case is the one written with capitals.
function sameFullName(known: string | null, name: string): string | null {
  if (known === null || known === name) return known
  // "Kerem Tuna Akbulut … kerem Tuna Akbulut": one name a translation left in lower case once.
  if (known.toLowerCase() === name.toLowerCase()) return isCapitalised(known) ? known : name
  const [shorter, longer] = known.split(' ').length < name.split(' ').length ? [known, name] : [name, known]
  const space = shorter.indexOf(' ')
  if (space !== shorter.lastIndexOf(' ')) return null
  const longerSpace = longer.indexOf(' ')
  if (longerSpace === -1) return null
  const given = (full: string, end: number) => spellingKey(full.slice(0, end).toLowerCase())
  return given(shorter, space) === given(longer, longerSpace) ? longer : null
}

/** Rules that read a name written given name first, so that its last word is the surname. */
export const surnameLast = new Set([
  'person-western-name',
  'person-name-by-context',
  'person-titled',
  'person-nicknamed-name',
])

/**
 * Whether a surname follows a word that would make it part of another name: a capitalised word other than
 * an honorific or title ("Mr. Castelein" and "CEO Castelein" are the person; "Anna Castelein" is not).
 */
export function standsAfterName(before: Tok | undefined): boolean {
  return (
    before !== undefined &&
    before.kind === 'word' &&
    isCapitalised(before.value) &&
    !isTitleWord(before.value)
  )
}

/**
 * Whether `toks[at]` is the known `surname` in lower case before a verb of speech, where a translation
 * leaves it after a quotation ('"… by the sea," castelein said.'). Only after a mark or at the start:
 * "the young said" is no Mr. Young.
 */
export function lowerSurnameSaid(toks: readonly Tok[], at: number, surname: string): boolean {
  const tok = toks[at]!
  if (tok.value !== tok.lower || tok.value.length !== surname.length) return false
  const before = toks[at - 1]
  return (
    (before === undefined || before.kind !== 'word') &&
    speechFollows(toks, at + 1) &&
    tok.value === surname.toLowerCase()
  )
}
