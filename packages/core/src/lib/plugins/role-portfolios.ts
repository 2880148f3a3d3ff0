/**
 * The portfolio of a post written after "for" ("Vice Mayor for Economic Affairs", "Secretary for Financial
 * Services and the Treasury"): where it ends.
 */
import { matchPlace } from '../entities/gazetteer.js'
import { isCapitalised } from '../entities/tokens.js'
import { endsRole } from './role-bounds.js'
import type { Reading } from './role-reading.js'

/**
 * "Vice Mayor for Economic Affairs of …", "Commissioner for Trade": the end of the capitalised portfolio
 * after "for" at token `at` when the role goes on with an of-phrase or ends there, or `at`: a lower-case
 * word or a possessive after it is the sentence going on ("vice mayor for Fushun Port projects").
 */
export function portfolioEnd(reading: Reading, at: number): number {
  const toks = reading.toks
  let to = at + 1
  while (to < at + 6) {
    const tok = toks[to]
    if (tok?.kind !== 'word' || !isCapitalised(tok.value) || reading.personStarts.has(to)) break
    to++
    if (toks[to]?.value !== 'and') continue
    if (isCapitalised(toks[to + 1]?.value ?? '')) to++
    // "Secretary for Financial Services and the Treasury", as Hong Kong names its bureaux: a "the" after
    // the "and" still joins a portfolio, not a title or a name ("… and the Mayor of …" ends it).
    else if (toks[to + 1]?.value === 'the' && portfolioAfterThe(reading, to + 2)) to += 2
  }
  if (to === at + 1 || toks[to - 1]!.possessive) return at
  return toks[to]?.value === 'of' || endsRole(reading, to) ? to : at
}

// Whether a portfolio's word stands at token `at`: capitalised, and no title, name or place.
function portfolioAfterThe(reading: Reading, at: number): boolean {
  const tok = reading.toks[at]
  if (tok?.kind !== 'word' || !isCapitalised(tok.value) || reading.personStarts.has(at)) return false
  return reading.titleEnd(at) === undefined && matchPlace(reading.toks, at) === undefined
}
