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
  if (candidates.length > 1) {
    candidates.sort((a, b) => a.priority - b.priority || b.to - b.from - (a.to - a.from) || a.from - b.from)
  }
  // Plain loops, not flatMap and fill: this runs for every sentence with a candidate in it.
  const taken: boolean[] = []
  const chosen: Candidate[] = []
  const isFree = (candidate: Candidate) => {
    for (let index = candidate.from; index < candidate.to; index++) if (taken[index]) return false
    return true
  }
  for (const proposed of candidates) {
    const candidate = isFree(proposed) ? proposed : proposed.untitled
    if (!candidate || !isFree(candidate)) continue
    for (let index = candidate.from; index < candidate.to; index++) taken[index] = true
    chosen.push(candidate)
  }
  if (chosen.length > 1) chosen.sort((a, b) => a.from - b.from)
  const mentions: MentionFinding[] = []
  for (const candidate of chosen) {
    if (candidate.parts) {
      splitParts(toks, candidate, mentions)
      continue
    }
    const last = toks[candidate.to - 1]!
    mentions.push({
      start: toks[candidate.from]!.start,
      // A possessive ending is not part of the name: "Xi Jinping's" mentions "Xi Jinping".
      end: last.possessive ? last.start + last.base.length : last.end,
      type: candidate.type,
      name: candidate.name,
      rule: candidate.rule,
      ...(candidate.generic ? { generic: true } : {}),
    })
  }
  return mentions
}

// One mention per named part of a hyphenated word; the last part ends where the candidate does.
function splitParts(toks: readonly Tok[], candidate: Candidate, mentions: MentionFinding[]): void {
  const tok = toks[candidate.from]!
  const parts = tok.base.split('-')
  const last = toks[candidate.to - 1]!
  let start = tok.start
  parts.forEach((part, index) => {
    const name = candidate.parts![index]
    const end = index < parts.length - 1 ? start + part.length : last.start + last.base.length
    if (name !== undefined) mentions.push({ start, end, type: candidate.type, name, rule: candidate.rule })
    start += part.length + 1
  })
}
