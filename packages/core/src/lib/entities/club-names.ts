/**
 * Sports clubs named with a club's letters before or after the name ("FC Kelvar Dynamo", "SC Ostravia",
 * "Haiyan Rovers FC"): the letters stand for "Football Club" or "Sport Club" and are one word of the
 * club's name, not a body of their own.
 */
import { type Candidate, priority, spanText } from './candidate.js'
import type { Tok } from './tokens.js'
import { allCaps, capitalised, functionWord } from './word-classes.js'

// The letters of a club in the languages of the clubs a Dalian team meets: Football Club, Club de Fútbol,
// Sport Club, Fudbalski/Fotbal Klub, Sportverein. Not "AC" or "CD", which are more often a current or a disc
// ("AC Charging Piles").
const clubLetters = new Set(['FC', 'CF', 'SC', 'FK', 'SV'])

// The most words a club's name has besides its letters ("FC Primorsk Volna Nakhodka").
const maxWords = 4

/** Whether the all-capital word at `at` is a club's letters: a cheap Set lookup before any scan. */
export function isClubLetters(tok: Tok): boolean {
  return clubLetters.has(tok.base)
}

/**
 * Propose the club whose letters are the word at `at`, with the capitalised words before them ("Haiyan
 * Rovers FC", also in a heading: "Haiyan Rovers FC Signs Striker") or else after them ("joined FC Kelvar
 * Dynamo in Nakhodka"); false when neither side has a capitalised word ("SC patients").
 */
export function proposeClub(toks: readonly Tok[], at: number, out: Candidate[]): boolean {
  let from = at
  // "Haiyan's FC" is the letters of a club of Haiyan's, named after them or not at all.
  while (
    from > at - maxWords &&
    toks[from]!.spaced &&
    nameWord(toks[from - 1]) &&
    !toks[from - 1]!.possessive
  ) {
    from--
  }
  let to = at + 1
  if (from === at) {
    // "FC Volna's coach": the possessive ends the name.
    while (to < at + 1 + maxWords && nameWord(toks[to])) if (toks[to++]!.possessive) break
    if (to === at + 1) return false
  }
  out.push({
    from,
    to,
    type: 'organization',
    name: spanText(toks, from, to),
    // The letters are the club's head word, as "Club" is in "Haiyan Football Club".
    rule: 'org-head-word',
    priority: priority.organization,
  })
  return true
}

// Whether a token is a capitalised word of a club's name: spaced, no function word ("FC Volna in …").
function nameWord(tok: Tok | undefined): boolean {
  return (
    tok !== undefined &&
    tok.kind === 'word' &&
    tok.spaced &&
    (tok.flags & (capitalised | allCaps)) !== 0 &&
    !(tok.flags & functionWord)
  )
}
