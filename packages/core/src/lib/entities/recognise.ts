/**
 * Finding mentions of people, organizations and places in one sentence.
 *
 * Every rule proposes candidates; overlapping candidates are settled by rule priority, then length,
 * so "Han Wei Group" is an organization (not the person "Han Wei") and "Kazuo County Government" is a
 * body (not the place "Kazuo County").
 */
import type { MentionFinding } from '../findings.js'
import { proposeAcronyms } from './acronyms.js'
import { proposeLowerCaseBodies, proposeOrganizations } from './bodies.js'
import type { Candidate } from './candidate.js'
import { proposePeople } from './people.js'
import { proposePlaces } from './places.js'
import type { Tok } from './tokens.js'

/**
 * Find the mentions in a sentence's tokens. `heading` relaxes nothing but tells rules that the sentence
 * is a Title Case heading, where a capital letter says little.
 */
export function recogniseMentions(toks: readonly Tok[], heading = false): MentionFinding[] {
  const candidates: Candidate[] = []
  proposeOrganizations(toks, candidates, heading)
  proposeLowerCaseBodies(toks, candidates)
  proposePlaces(toks, candidates, heading)
  proposePeople(toks, candidates, heading)
  proposeAcronyms(toks, candidates)
  return settle(toks, candidates)
}

function settle(toks: readonly Tok[], candidates: Candidate[]): MentionFinding[] {
  if (candidates.length === 0) return []
  if (candidates.length > 1) sortBy(candidates, byRank)
  // Plain loops, not flatMap and fill: this runs for every sentence with a candidate in it. A token is
  // taken when a chosen candidate covers it; there are few, so they are asked rather than a token array.
  const chosen: Candidate[] = []
  for (const proposed of candidates) {
    const candidate = isFree(chosen, proposed) ? proposed : proposed.untitled
    if (!candidate || !isFree(chosen, candidate)) continue
    chosen.push(candidate)
  }
  if (chosen.length > 1) sortBy(chosen, byStart)
  const mentions: MentionFinding[] = []
  for (const candidate of chosen) {
    if (candidate.parts) {
      splitParts(toks, candidate, mentions)
      continue
    }
    const last = toks[candidate.to - 1]!
    const mention: { -readonly [Key in keyof MentionFinding]: MentionFinding[Key] } = {
      start: toks[candidate.from]!.start,
      // A possessive ending is not part of the name: "Xi Jinping's" mentions "Xi Jinping".
      end: last.possessive ? last.start + last.base.length : last.end,
      type: candidate.type,
      name: candidate.name,
      rule: candidate.rule,
    }
    // Set after the others, as the spread of `{ generic: true }` put it, without a second object.
    if (candidate.generic) mention.generic = true
    mentions.push(mention)
  }
  return mentions
}

// Whether no token of `candidate` is taken yet by one of the `chosen`.
function isFree(chosen: readonly Candidate[], candidate: Candidate): boolean {
  for (const taken of chosen) {
    // A shared token is one at or after both starts and before both ends.
    if (Math.max(taken.from, candidate.from) < Math.min(taken.to, candidate.to)) return false
  }
  return true
}

// Which candidate is settled first: lower priority, then the longer, then the earlier.
function byRank(a: Candidate, b: Candidate): number {
  return a.priority - b.priority || b.to - b.from - (a.to - a.from) || a.from - b.from
}

function byStart(a: Candidate, b: Candidate): number {
  return a.from - b.from
}

// A stable insertion sort, which orders as `Array.prototype.sort` does: a sentence has a handful of
// candidates, too few for the built-in sort's call overhead to pay off.
function sortBy(items: Candidate[], compare: (a: Candidate, b: Candidate) => number): void {
  for (let index = 1; index < items.length; index++) {
    const item = items[index]!
    let at = index
    while (at > 0 && compare(items[at - 1]!, item) > 0) {
      items[at] = items[at - 1]!
      at--
    }
    items[at] = item
  }
}

// One mention per named part of a hyphenated word; the last part ends where the candidate does, the first
// starts where it does ("Hong Kong-based": the hyphenated word is the candidate's last).
function splitParts(toks: readonly Tok[], candidate: Candidate, mentions: MentionFinding[]): void {
  let at = candidate.from
  while (at < candidate.to - 1 && !toks[at]!.base.includes('-')) at++
  const tok = toks[at]!
  const parts = tok.base.split('-')
  const last = toks[candidate.to - 1]!
  let start = tok.start
  parts.forEach((part, index) => {
    const name = candidate.parts![index]
    const end = index < parts.length - 1 ? start + part.length : last.start + last.base.length
    const from = index === 0 ? toks[candidate.from]!.start : start
    if (name !== undefined)
      mentions.push({ start: from, end, type: candidate.type, name, rule: candidate.rule })
    start += part.length + 1
  })
}
