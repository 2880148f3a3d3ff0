/**
 * Sports clubs named with a club's letters before or after the name ("FC Kelvar Dynamo", "SC Ostravia",
 * "Brennholm Rovers FC"): the letters stand for "Football Club" or "Sport Club" and are one word of the
 * club's name, not a body of their own.
 */
import { personDescriptors } from '../data/titles.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { westernName } from './foreign-names.js'
import { isTitleTok } from './titles.js'
import type { Tok } from './tokens.js'
import { allCaps, capitalised, functionWord } from './word-classes.js'

// The letters of a club in the languages of the clubs a Dalian team meets: Football Club, Club de Fútbol,
// Sport Club, Fudbalski/Fotbal Klub, Sportverein. Not "AC" or "CD", which are more often a current or a disc
// ("AC Charging Piles").
const clubLetters = new Set(['FC', 'CF', 'SC', 'FK', 'SV'])

// The most words a club's name has besides its letters ("FC Kelvar Dynamo Lesogorsk").
const maxWords = 4

/** Whether the all-capital word at `at` is a club's letters: a cheap Set lookup before any scan. */
export function isClubLetters(tok: Tok): boolean {
  return clubLetters.has(tok.base)
}

/**
 * Propose the club whose letters are the word at `at`, with the capitalised words before them ("Brennholm
 * Rovers FC", also in a heading: "Brennholm Rovers FC Signs Striker") or else after them ("joined FC Kelvar
 * Dynamo in Nakhodka"); false when neither side has a capitalised word ("SC patients").
 */
export function proposeClub(toks: readonly Tok[], at: number, out: Candidate[]): boolean {
  let from = at
  // "Brennholm's FC" is the letters of a club of Brennholm's, named after them or not at all.
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
    // "FC Kelvar's coach": the possessive ends the name, and so does a title or a person's name after it
    // ("FC Kelvar Dynamo Head Coach Ivan Petrov said", "FC Kelvar Dynamo Ivan Petrov said").
    while (to < at + 1 + maxWords && nameWord(toks[to]) && !startsPerson(toks, to)) {
      if (toks[to++]!.possessive) break
    }
    if (to === at + 1) return false
  }
  out.push({
    from,
    to,
    type: 'organization',
    name: spanText(toks, from, to),
    // The letters are the club's head word, as "Club" is in "Brennholm Football Club".
    rule: 'org-head-word',
    priority: priority.organization,
  })
  return true
}

// Whether a title or a calling ("Head Coach", "Striker") or a Western name that ends the capitalised run
// ("Ivan Petrov said") starts at `toks[at]`: the club's name ended before it. A name the run goes on after
// may be the club's own.
function startsPerson(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]!
  if (isTitleTok(tok) || personDescriptors.has(tok.lower)) return true
  const name = westernName(toks, at)
  return name !== undefined && !nameWord(toks[name.to])
}

// Whether a token is a capitalised word of a club's name: spaced, no function word ("FC Kelvar in …").
function nameWord(tok: Tok | undefined): boolean {
  return (
    tok !== undefined &&
    tok.kind === 'word' &&
    tok.spaced &&
    (tok.flags & (capitalised | allCaps)) !== 0 &&
    !(tok.flags & functionWord)
  )
}

// Plural nouns a number before them counts, so it is no tier: "League 2 points ahead", "League 3 years ago".
// biome-ignore format: packed data
const countNouns = new Set([
  'points', 'years', 'times', 'goals', 'games', 'matches', 'wins', 'clubs', 'teams', 'rounds', 'seasons',
  'months', 'weeks', 'days', 'hours', 'minutes', 'places', 'spots', 'players', 'titles', 'draws', 'losses',
  'defeats', 'victories', 'straight', 'consecutive', 'more', 'fewer', 'less',
])

/**
 * Where a league named up to its "League" ending before `end` ends with its tier, one to three: "the Kessland
 * League 1 club", "Orlin FC of the K League 2"; `end` when none is: not a bare "League 1", a count ("League
 * 1,200 fans") or a score ("League 1-0").
 */
export function leagueTier(toks: readonly Tok[], end: number): number {
  const tier = toks[end]!
  const before = toks[end - 2]
  if (!/^[1-3]$/.test(tier.value) || !tier.spaced || !toks[end - 1]!.spaced) return end
  if (before?.kind !== 'word' || !(before.flags & capitalised) || before.flags & functionWord) return end
  const next = toks[end + 1]
  if (next === undefined) return end + 1
  // "lead the Kessland League 2 points ahead", "joined it 3 years ago": the number counts what follows.
  if (next.spaced) return countNouns.has(next.lower) ? end : end + 1
  const after = toks[end + 2]
  return (next.value === '.' || next.value === ',') && (after === undefined || after.spaced) ? end + 1 : end
}
