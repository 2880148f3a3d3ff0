/**
 * Places whose name is also a word, a given name or a surname ("Brittany", "Reading", "Fukushima"), read
 * only where a place frame shows them: right after "in", "of", "across", "throughout", "near" or "around",
 * with no further capitalised word ("the coastline of Brittany", "a plant in Reading."). Not "in Reading
 * Room", "of Phoenix TV" (a longer name), "in Jackson's view" (a possessive), "invested in Phoenix" (money
 * put in a company) or "published in Nature" (a medium).
 */
import { ambiguousPlaces } from '../data/ambiguous-places.js'
import { type Candidate, priority } from './candidate.js'
import { namesMedium } from './context-places.js'
import { isInvestedIn } from './pinyin-places.js'
import type { Tok } from './tokens.js'
import { capitalised, functionWord } from './word-classes.js'

const frameWords = new Set(['in', 'of', 'across', 'throughout', 'near', 'around'])

/**
 * Propose the place `toks[at]` names when it is one of the ambiguous places in a place frame; the caller
 * has checked it is a capitalised word. None in a Title Case `heading`.
 */
export function proposeFramedPlace(
  toks: readonly Tok[],
  at: number,
  out: Candidate[],
  heading: boolean,
): void {
  // The word before is read first: a bit and a small set turn most capitalised words down.
  const before = toks[at - 1]
  if (before?.kind !== 'word' || !(before.flags & functionWord) || !frameWords.has(before.lower)) return
  const tok = toks[at]!
  if (heading || tok.possessive || !tok.spaced || !ambiguousPlaces.has(tok.base)) return
  const next = toks[at + 1]
  if (next?.kind === 'word' && (!next.spaced || next.flags & capitalised)) return
  if (isInvestedIn(toks, at - 1) || namesMedium(toks, at - 1)) return
  out.push({
    from: at,
    to: at + 1,
    type: 'place',
    name: tok.base,
    rule: 'place-by-context',
    priority: priority.place,
  })
}
