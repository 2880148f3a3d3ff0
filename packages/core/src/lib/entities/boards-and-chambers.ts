/**
 * Heads the head rules leave out because they are common nouns elsewhere: a public board named by its
 * field after "of" ("the Xinbao Board of Investment and Trade", not "the Board of Directors"), and a city's
 * or a country's chambers as one body ("the Tavrin Chambers", not "the judge's chambers").
 */

import { fieldEnd } from './body-fields.js'
import type { Head } from './body-head.js'
import { companyHeads } from './body-origins.js'
import { placeEndingAt } from './gazetteer.js'
import type { Tok } from './tokens.js'
import { capitalised, legalForm } from './word-classes.js'

/** The head of a public board or of a place's chambers at `index`, or undefined. */
export function boardOrChambersAt(toks: readonly Tok[], index: number): Head | undefined {
  const tok = toks[index]!
  if (tok.value === 'Board') return fieldBoardAt(toks, index)
  if (tok.value === 'Chambers') return placeChambersAt(toks, index)
  return undefined
}

// "the Kessel Board of Investment", "the Board of Education": a board whose of-phrase is a field a public
// body is in charge of; not "the Board of Directors" nor "the Board of Supervisors", a company's, nor "the
// Board of Finance and Audit of Varnik Group", a company's board named by its field.
function fieldBoardAt(toks: readonly Tok[], index: number): Head | undefined {
  const of = toks[index + 1]
  if (of?.value !== 'of' || !of.spaced) return undefined
  const end = fieldEnd(toks, index + 2)
  if (end === -1 || ofCompanyAfter(toks, end)) return undefined
  return { end: index + 1, text: 'Board', legal: false, weak: false }
}

// Whether the field ending at `at`, with more fields after "and" or a comma, is followed by "of" and a
// company's name: a capitalised name with a company's head or a legal form ("of the Varnik Group").
function ofCompanyAfter(toks: readonly Tok[], at: number): boolean {
  let to = at
  while (to < at + 8 && (joiners.has(toks[to]?.value ?? '') || isCapitalisedWord(toks[to]))) to++
  if (toks[to]?.value !== 'of') return false
  const from = toks[to + 1]?.value === 'the' ? to + 2 : to + 1
  for (let index = from; index < from + 6 && isCapitalisedWord(toks[index]); index++) {
    const tok = toks[index]!
    if (companyHeads.has(tok.base) || tok.flags & legalForm) return true
  }
  return false
}

const joiners = new Set([',', 'and', '&'])

function isCapitalisedWord(tok: Tok | undefined): boolean {
  return tok?.kind === 'word' && tok.spaced && (tok.flags & capitalised) !== 0
}

// "with the Tavrin Chambers": the chambers of commerce of a city or a country as one body, named by the
// place alone and ending the name; "Tavrin Chambers of Commerce" is read by the head rules, and "the
// Kessel Chambers Building" is a building.
function placeChambersAt(toks: readonly Tok[], index: number): Head | undefined {
  if (!toks[index]!.spaced || placeEndingAt(toks, index) === undefined) return undefined
  const next = toks[index + 1]
  if (next?.value === 'of' || isCapitalisedWord(next)) return undefined
  return { end: index + 1, text: 'Chambers', legal: false, weak: false }
}
