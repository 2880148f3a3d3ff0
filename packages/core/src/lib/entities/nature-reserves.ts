/**
 * Nature reserves named by their head words: "the Xinbao Crested Ibis National Nature Reserve", "the
 * Gaoling Island-Houyanshan National Nature Reserve", "the Xinbao Wetland Provincial Nature Reserve". A
 * protected area is a place; its name is the words before "Nature Reserve", with a known place or a pinyin
 * word among them ("a National Nature Reserve" names none).
 */
import { splitPinyin } from '../data/pinyin.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { matchPlace } from './gazetteer.js'
import { isNameWord } from './name-words.js'
import type { Tok } from './tokens.js'
import { isNameStart } from './unknown-place-names.js'

/**
 * Propose the nature reserve whose "Reserve" is `toks[at]`, after "Nature" and one to five capitalised
 * words. Not a word of a longer name ("the Xinbao Nature Reserve Administration" is a body's), nor a
 * possessive's ("Xinbao's Nature Reserve").
 */
export function proposeNatureReserve(toks: readonly Tok[], at: number, out: Candidate[]): void {
  const nature = toks[at - 1]
  if (nature?.value !== 'Nature' || !nature.spaced || !toks[at]!.spaced || nature.possessive) return
  if (!toks[at]!.possessive && isNameStart(toks[at + 1])) return
  let from = at - 1
  while (from > at - 7 && isNameWord(toks[from - 1]) && !toks[from - 1]!.possessive && toks[from]!.spaced)
    from--
  if (!hasOwnName(toks, from, at - 1)) return
  const name = spanText(toks, from, at + 1)
  out.push({ from, to: at + 1, type: 'place', name, rule: 'place-suffix', priority: priority.placeLong })
}

// Whether one of the words `[from, to)` is a known place or pinyin ("Xinbao", "Island-Houyanshan"), a
// reserve's own name; "Wetland" and "Black Crane" are English.
function hasOwnName(toks: readonly Tok[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    if (matchPlace(toks, index)) return true
    const parts = toks[index]!.baseLower.split('-')
    if (parts.some((part) => (splitPinyin(part)?.length ?? 0) >= 2)) return true
  }
  return false
}
