/**
 * Names of roads, structures, routes and events that are built on a place's name ("Xi'an Road", "Lanwan Bay
 * Bridge", "Northern Sea Route"): the place inside them is not mentioned as a place.
 */
import { afterPlaceHeads, structureHeads } from '../data/place-suffixes.js'
import { matchPlace } from './gazetteer.js'
import type { Tok } from './tokens.js'
import { compassPoint } from './word-classes.js'

/**
 * "Northern Sea Route", "Lanwan Bay Bridge": whether the word at `at`, after a place suffix, makes the name
 * a route, a structure or an event, not the place.
 */
export function namesOtherThing(toks: readonly Tok[], at: number): boolean {
  const next = toks[at]
  return next?.kind === 'word' && next.spaced && afterPlaceHeads.has(next.value)
}

/**
 * Whether the known place ending before `at` is a word of a road's or structure's name: "Xi'an Road",
 * "Zhongshan Square", "Shenyang North Station", "the Shenyang–Dalian Expressway" (both places). Such a
 * name mentions no city ("Dalian Road Administration" is a body, which outranks a place anyway).
 */
export function inStructureName(toks: readonly Tok[], at: number): boolean {
  if (toks[at - 1]!.possessive) return false
  if (namesStructure(toks, at)) return true
  // "Shenyang–Dalian Expressway": the first of two places joined by a dash.
  const dash = toks[at]
  if (dash?.kind !== 'punctuation' || dash.spaced || !dashes.has(dash.value) || toks[at + 1]?.spaced) {
    return false
  }
  const next = matchPlace(toks, at + 1)
  return next !== undefined && namesStructure(toks, at + 1 + next.length)
}

const dashes = new Set(['-', '–', '—'])

/**
 * Whether a road or structure word starts at `at`, maybe after a compass word or "Railway" ("Dalian North
 * Railway Station").
 */
export function namesStructure(toks: readonly Tok[], at: number): boolean {
  let tok = toks[at]
  if (tok?.kind !== 'word' || !tok.spaced) return false
  if (tok.flags & compassPoint) tok = toks[++at]
  if (tok?.value === 'Railway') tok = toks[++at]
  return tok?.kind === 'word' && tok.spaced && structureHeads.has(tok.base)
}
