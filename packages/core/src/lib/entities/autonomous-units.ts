/**
 * China's ethnic autonomous units and Inner Mongolia's banners: "Fuxin Mongolian Autonomous County", "Horqin
 * Left Wing Rear Banner", read whole from the peoples and wing words before "Autonomous" or "Banner".
 */
import { autonomousPeoples } from '../data/chinese-places.js'
import { matchPlace } from './gazetteer.js'
import { isNameWord } from './name-words.js'
import { isPinyinOrKnown } from './pinyin-places.js'
import { isTitleWord } from './titles.js'
import type { Tok } from './tokens.js'

// Ends of an autonomous area ("… Autonomous County") and the wing words of a banner's name ("Left Wing").
const autonomousUnits = /^(?:County|Prefecture|Region|Banner)$/
const wings = /^(?:Left|Right|Front|Middle|Rear|Back|Wing)$/

/**
 * Where an autonomous area or a banner ended by the "Autonomous" or "Banner" at `at` starts: its own name
 * (one or two words), a wing, and for an autonomous area the peoples it is named after — "Fuxin Mongolian
 * Autonomous County", "Harqin Left Wing Mongolian Autonomous County", "Weichang Manchu and Mongol
 * Autonomous County", "Horqin Left Wing Rear Banner". Read whole, so neither "Fuxin" nor "Mongolian
 * Autonomous County" is taken for a place of its own. Undefined when no people comes before "Autonomous",
 * no wing before "Banner" (the suffix rule reads "Jarud Banner"), no name before them, or the whole is a
 * known place ("Xinjiang Uygur Autonomous Region").
 */
export function autonomousUnitStart(toks: readonly Tok[], at: number, heading: boolean): number | undefined {
  let from = at
  const autonomous = toks[at]!.value === 'Autonomous'
  if (autonomous) {
    const unit = toks[at + 1]
    if (unit?.kind !== 'word' || !unit.spaced || !autonomousUnits.test(unit.base)) return undefined
    while (isPeople(toks, from - 1)) {
      from--
      if (toks[from - 1]?.value !== 'and' || !isPeople(toks, from - 2)) break
      from--
    }
    if (from === at) return undefined
  }
  while (from > 0 && toks[from]!.spaced && wings.test(toks[from - 1]!.value)) from--
  if (!autonomous && from === at) return undefined
  const named = from
  while (from > named - 2 && toks[from]!.spaced && isOwnName(toks, from - 1)) {
    // A second word when it is pinyin or a place ("Qian Gorlos") or inside a sentence ("… Morin Dawa"), not
    // a sentence's or a heading's first or verb ("Today …", "Dalian Helps Fuxin Mongolian Autonomous …").
    if (from < named && !isPinyinOrKnown(toks, from - 1, from) && (heading || from === 1)) break
    from--
  }
  if (from === named) return undefined
  const end = autonomous ? at + 2 : at + 1
  return matchPlace(toks, from)?.length === end - from ? undefined : from
}

// Whether `toks[at]` is a people an autonomous area is named after, as a word of its own.
function isPeople(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  return tok?.kind === 'word' && toks[at + 1]!.spaced && autonomousPeoples.has(tok.value)
}

// Whether `toks[at]` can be a word of an autonomous area's own name: a capitalised name word, no title.
function isOwnName(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  return isNameWord(tok) && !tok!.possessive && !isTitleWord(tok!.value) && !autonomousPeoples.has(tok!.value)
}
