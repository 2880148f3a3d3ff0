/**
 * A joint body named by its two partners set apart by a spaced dash: "the Kessel Partners - Tavrin Joint
 * Operation Office" is one body, whose name starts at the first partner.
 */

import { placeEndingAt } from './gazetteer.js'
import { nameAt } from './people.js'
import { dashes } from './structure-names.js'
import type { Tok } from './tokens.js'
import { capitalised, functionWord } from './word-classes.js'

// The words after which the capitalised run before the dash ends another name's of-phrase or list:
// "Varno University of Technology - Kessel Joint Lab" is the university and the lab, two bodies.
const connectors = new Set(['of', 'and', '&', 'for'])

/**
 * Whether the token before `from` is a spaced dash between a first partner's name and the name of a joint
 * body that runs from `from` to its head ("Tavrin Joint Operation Office"). The partner is a run of
 * capitalised name words that is no of-phrase's end, no person ("announced by Zhao Min - Joint Panel
 * leader") and no place ("in Tavrin - Joint Committee members").
 */
export function jointPartners(toks: readonly Tok[], from: number, head: number): boolean {
  const dash = toks[from - 1]!
  if (!dashes.has(dash.value) || !dash.spaced || !toks[from]!.spaced) return false
  let joint = false
  for (let index = from; index <= head; index++) if (toks[index]!.value === 'Joint') joint = true
  if (!joint) return false
  let start = from - 1
  while (start > 0 && nameWord(toks[start - 1]!) && toks[start]!.spaced) start--
  if (start === from - 1 || connectors.has(toks[start - 1]?.value ?? '')) return false
  const person = nameAt(toks, start)
  if (person && person.to >= from - 2) return false
  return placeEndingAt(toks, from - 1) === undefined
}

// A capitalised word that is no function word, as every word of a partner's name is.
function nameWord(tok: Tok): boolean {
  return tok.kind === 'word' && (tok.flags & (capitalised | functionWord)) === capitalised
}
