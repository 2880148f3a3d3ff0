/**
 * Technical universities named by an acronym and their city ("RWTH Aachen", "KTH Stockholm", "TU Munich",
 * "NTU Singapore"): the city is a word of the university's name, not only where it is.
 */
import { nationalBodies } from '../data/organisations.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { matchPlace } from './gazetteer.js'
import type { Tok } from './tokens.js'
import { allCaps, capitalised } from './word-classes.js'

const nationalBodyNames = new Set(nationalBodies)

// A university's acronym ends in its "University" ("TU", "LMU", "NTU") or its "Technische Hochschule"
// ("ETH", "RWTH", "KTH").
const universityLetters = /^[A-Z]{0,4}(?:U|TH)$/

/**
 * Propose the university named by the acronym at `at` and the known place right after it ("RWTH Aachen in
 * Germany"); false when no place follows, when the place goes on into a longer name ("TU Munich Campus")
 * or when the acronym is a body of its own ("EU Brussels" is the union, "Brussels" where it meets) or a
 * word of a longer name ("Kestrel TH Dalian").
 */
export function proposeUniversity(toks: readonly Tok[], at: number, out: Candidate[]): boolean {
  const tok = toks[at]!
  const last = tok.base.charCodeAt(tok.base.length - 1)
  // The cheap test first: the acronym ends in "U" or "H".
  if ((last !== 85 && last !== 72) || tok.possessive || !universityLetters.test(tok.base)) return false
  if (!toks[at + 1]?.spaced || nationalBodyNames.has(tok.base)) return false
  // "Kestrel TH Dalian": after a capitalised word the letters are inside a longer name.
  const before = toks[at - 1]
  if (before?.kind === 'word' && before.flags & capitalised && !before.possessive) return false
  const place = matchPlace(toks, at + 1)
  if (place === undefined) return false
  const to = at + 1 + place.length
  const next = toks[to]
  if (!toks[to - 1]!.possessive && next?.spaced && next.flags & (capitalised | allCaps)) return false
  out.push({
    from: at,
    to,
    type: 'organization',
    name: spanText(toks, at, to),
    rule: 'org-acronym',
    priority: priority.organization,
  })
  return true
}
