/**
 * Heads the head rules leave out because they are common nouns elsewhere: a public board named by its
 * field after "of" ("the Xinbao Board of Investment and Trade", not "the Board of Directors"), and a city's
 * or a country's chambers as one body ("the Tavrin Chambers", not "the judge's chambers").
 */

import { fieldEnd } from './body-fields.js'
import type { Head } from './body-head.js'
import { placeEndingAt } from './gazetteer.js'
import type { Tok } from './tokens.js'
import { capitalised } from './word-classes.js'

/** The head of a public board or of a place's chambers at `index`, or undefined. */
export function boardOrChambersAt(toks: readonly Tok[], index: number): Head | undefined {
  const tok = toks[index]!
  if (tok.value === 'Board') return fieldBoardAt(toks, index)
  if (tok.value === 'Chambers') return placeChambersAt(toks, index)
  return undefined
}

// "the Kessel Board of Investment", "the Board of Education": a board whose of-phrase is a field a public
// body is in charge of; not "the Board of Directors" nor "the Board of Supervisors", a company's.
function fieldBoardAt(toks: readonly Tok[], index: number): Head | undefined {
  const of = toks[index + 1]
  if (of?.value !== 'of' || !of.spaced || fieldEnd(toks, index + 2) === -1) return undefined
  return { end: index + 1, text: 'Board', legal: false, weak: false }
}

// "with the Tavrin Chambers": the chambers of commerce of a city or a country as one body, named by the
// place alone and ending the name; "Tavrin Chambers of Commerce" is read by the head rules, and "the
// Kessel Chambers Building" is a building.
function placeChambersAt(toks: readonly Tok[], index: number): Head | undefined {
  if (!toks[index]!.spaced || placeEndingAt(toks, index) === undefined) return undefined
  const next = toks[index + 1]
  if (next?.value === 'of' || (next?.kind === 'word' && next.spaced && next.flags & capitalised))
    return undefined
  return { end: index + 1, text: 'Chambers', legal: false, weak: false }
}
