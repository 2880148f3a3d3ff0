/**
 * Names written with initials before the surname, as South Indian names are ("T. S. Sivaramakrishnan", "R. N.
 * Palaniappan") and translations leave them in lower case ("r. n. palaniappan said"): no list knows the
 * surname, so they are read only where a name stands and its context says it is one.
 */
import { nounsAfterTitles, occupations, personDescriptors } from '../data/titles.js'
import { callingFollows, callingOfFollows, roleFollows } from './callings.js'
import { spanText } from './candidate.js'
import { chineseName } from './chinese-names.js'
import { attributionAt, isContextNameWord, speechFollows } from './context-names.js'
import { isInitial } from './initials.js'
import { nameCanStartAfter, titleBefore } from './name-starts.js'
import { followedByHead, isNameWord, type NameMatch } from './name-words.js'
import type { Tok } from './tokens.js'

// A surname in lower case: letters only ("palaniappan").
const lowerSurname = /^\p{Ll}{3,}$/u

/**
 * A name of one to three initials and one to three name words ("T. S. Sivaramakrishnan, managing director
 * of …", "A. P. Nair said …", "K. D. Ruwan Asela Ratnayake, chairman of …"), at `toks[index]`, where a
 * name can start (at the start of the sentence, after a comma, "and", "by" …), before a comma and a role or before a verb of speech. In lower case ("r. n. palaniappan
 * said") it takes two initials and one surname. An initial before a Chinese name is a list's letter or a
 * sentence's end ("Zone B. Wang Lei said"), no part of the name.
 */
export function initialledName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const first = toks[index]!
  if (!isInitial(first)) return undefined
  const lower = isLowerInitial(first)
  let at = index + 1
  while (at < index + 3 && isInitial(toks[at]) && toks[at]!.spaced && sameCase(toks[at]!, lower)) at++
  if (lower && at - index < 2) return undefined
  const surname = at
  if (lower) {
    const tok = toks[at]
    if (tok?.kind !== 'word' || !tok.spaced || !lowerSurname.test(tok.value)) return undefined
    at++
  } else {
    while (at < surname + 3 && isContextNameWord(toks[at]) && toks[at]!.spaced) {
      at++
      if (toks[at - 1]!.possessive) break
    }
    if (at === surname || followedByHead(toks, at) || chineseName(toks, surname)) return undefined
  }
  const titled = !lower && titleOfPlaceBefore(toks, index, at)
  if (!titled && (!startsName(toks, index) || !confirmed(toks, at))) return undefined
  return { from: index, to: at, name: spanText(toks, index, at), rule: 'person-name-by-context' }
}

// "Governor of Khovd Province Ts. Enkhbold", "Minister of Road Transport B. Oyunsaikhan": a title, "of",
// "in" or "to" and one to three capitalised words (a place or a body) right before an initial and one
// name word, as Mongolian names are written.
function titleOfPlaceBefore(toks: readonly Tok[], index: number, to: number): boolean {
  if (to !== index + 2 || !toks[index + 1]!.spaced || !nameAfterInitial(toks[index + 1]!)) return false
  for (let start = index - 1; start >= index - 3 && start > 1; start--) {
    if (!isNameWord(toks[start])) return false
    const link = toks[start - 1]!.value
    if ((link === 'of' || link === 'in' || link === 'to') && titleBefore(toks, start - 1)) return true
  }
  return false
}

// English plurals and the endings of English nouns ("Officials", "Workers", "Construction", "Management"),
// which no Mongolian name has.
const englishEnding = /(?:s|tion|sion|ment|ness|ity|ing|ance|ence|ship)$/

// Whether the word after an initial may be a name, not an English word that starts the next sentence after
// a letter that ends one ("the head of Zone B. Officials said …", "director of Berth A. Construction began").
function nameAfterInitial(tok: Tok): boolean {
  const lower = tok.baseLower
  if (englishEnding.test(lower) || nounsAfterTitles.has(tok.base)) return false
  return !occupations.has(lower) && !personDescriptors.has(lower)
}

function sameCase(tok: Tok, lower: boolean): boolean {
  return isLowerInitial(tok) === lower
}

// The case of an initial is its first letter's: "Ts." is a capital one.
function isLowerInitial(tok: Tok): boolean {
  const letter = tok.value[0]!
  return letter !== letter.toUpperCase()
}

// Where a name stands: the start of the sentence, after a mark or after a word a lower-case name may follow
// ("and", "by", "said"); not after a capitalised word ("Building K. Moorthy Road"), which makes a longer name.
function startsName(toks: readonly Tok[], index: number): boolean {
  const before = toks[index - 1]
  if (before === undefined || before.kind !== 'word') return true
  return nameCanStartAfter(toks, index) && before.value === before.lower
}

// A comma and a role or a calling ("…, managing director of …", "…, a surgeon from …"), or a verb of speech.
function confirmed(toks: readonly Tok[], to: number): boolean {
  if (speechFollows(toks, to)) return true
  if (toks[to]?.value !== ',') return false
  return (
    (roleFollows(toks, to + 1) || callingFollows(toks, to + 1) || callingOfFollows(toks, to + 1)) &&
    !attributionAt(toks, to + 1)
  )
}
