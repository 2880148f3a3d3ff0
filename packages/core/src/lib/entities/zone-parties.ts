/**
 * Zones that sign agreements: "X Corp. signed an agreement with the Binhai Economic Zone" names the zone's
 * administration, a body; where things are built ("a plant in the Binhai Economic Zone") it stays a place.
 */
import { type Candidate, priority, spanText } from './candidate.js'
import type { Tok } from './tokens.js'
import { capitalised, functionWord } from './word-classes.js'

// biome-ignore format: packed data
const signingCues = new Set([
  'signed', 'agreement', 'agreements', 'contract', 'contracts', 'memorandum', 'MoU',
])
const zoneHeads = new Set(['Zone', 'Park'])

/** Propose a zone or park that something was signed with as an organization. */
export function proposeZoneParties(toks: readonly Tok[], out: Candidate[]): void {
  for (let index = 1; index < toks.length; index++) {
    const word = toks[index]!
    // "with" is a function word: the bit turns most words down before their text is read.
    if (!(word.flags & functionWord) || word.value !== 'with' || !signedBefore(toks, index)) continue
    const from = toks[index + 1]?.value === 'the' ? index + 2 : index + 1
    let to = from
    while (to < from + 9) {
      const tok = toks[to]
      if (tok?.kind !== 'word' || !tok.spaced) break
      if (tok.value === 'and' && to > from && (toks[to + 1]?.flags ?? 0) & capitalised) {
        to++
        continue
      }
      if (!(tok.flags & capitalised) || tok.flags & functionWord) break
      to++
      if (tok.possessive) break
    }
    const last = toks[to - 1]
    if (to - from < 2 || !last || last.possessive || !zoneHeads.has(last.value)) continue
    out.push({
      from,
      to,
      type: 'organization',
      name: spanText(toks, from, to),
      rule: 'org-head-word',
      priority: priority.organization,
    })
  }
}

// Whether "signed" or "agreement" comes shortly before the "with" at `at`.
function signedBefore(toks: readonly Tok[], at: number): boolean {
  for (let index = at - 1; index >= Math.max(0, at - 4); index--) {
    if (signingCues.has(toks[index]!.value)) return true
  }
  return false
}
