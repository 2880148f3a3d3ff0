/**
 * The "on" phrase after a committee's or a commission's head that names the matter it deals with: "the
 * Commission on Higher Education", "the Committee on Foreign Affairs".
 */
import { months, weekdays } from '../data/dates.js'
import { bodyAt, headInRun, placeNamedBodyAt } from './body-joins.js'
import { matchPlace } from './gazetteer.js'
import type { Tok } from './tokens.js'
import { allCaps, capitalised, functionWord } from './word-classes.js'

// Heads of bodies named by the matter they deal with after "on": "the Commission on Higher Education",
// "the Committee on Foreign Affairs", "the Council on Ocean Policy".
const onHeads = new Set(['Commission', 'Committee', 'Council', 'Subcommittee'])
// The words of two-word heads ("Working Committee", "Leading Group") that are set up for a matter, which
// keep their "on" phrase though a place is named in front: "the Xinbao Municipal Working Committee on
// Ageing", "the Central Leading Group on Rural Work".
const matterHeads = new Set(['Working', 'Leading'])

/**
 * Whether an "on" phrase at `end` after the head `base` names what the body deals with. Only after a bare
 * head ("the Commission on Higher Education"): a named one is briefed or reports on something ("the
 * Xinbao Health Commission on Fenghai Group's projects", "the CPC Xinbao Municipal Committee on
 * Comprehensively Deepening Reform"). Then a capitalised word that is no date or place ("the Committee on
 * Monday", "the Council on Xinbao Island" name none), no start of a document's subject, which starts with an
 * adverb or a verb, and no other body ("the Committee on Fenghai Group"). A "Working Committee" or a
 * "Leading Group" is named by its matter whatever is in front of it.
 */
export function isOnPhrase(toks: readonly Tok[], end: number, base: string): boolean {
  if (toks[end]?.value !== 'on') return false
  const before = toks[end - 2]
  // The Set lookups first: "Group" takes an "on" phrase only as a "Leading Group".
  if (base === 'Group' ? before?.value !== 'Leading' : !onHeads.has(base)) return false
  const matter = before !== undefined && matterHeads.has(before.value)
  if (
    !matter &&
    before?.kind === 'word' &&
    (before.flags & allCaps || (before.flags & (capitalised | functionWord)) === capitalised)
  )
    return false
  const at = toks[end + 1]?.value === 'the' ? end + 2 : end + 1
  const tok = toks[at]
  if (tok?.kind !== 'word' || (tok.flags & (capitalised | functionWord)) !== capitalised) return false
  // "the Xinbao Working Committee on Fenghai's plan": whose plan it reports on is no matter of its name.
  if (matter && tok.possessive) return false
  if (months.has(tok.value) || weekdays.has(tok.value) || subjectStarts.has(tok.value)) return false
  if (tok.value.endsWith('ly')) return false
  // "on Promoting Rural Revitalization" is a subject; "on Housing and Urban Development" a field.
  if (tok.value.endsWith('ing') && (toks[at + 1]?.flags ?? 0) & capitalised) return false
  if (matchPlace(toks, at)) return false
  return !headInRun(toks, at) && !bodyAt(toks, at) && !placeNamedBodyAt(toks, at)
}

// Words that start a document's subject, not a field: "on Further Strengthening", "on Several Measures".
const subjectStarts = new Set(['Further', 'Several', 'Some', 'Certain', 'Accelerating', 'Promoting'])
