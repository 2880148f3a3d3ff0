/**
 * Sub-districts (街道) written "X Street" with the district, county or city they belong to: "in Gaoquanpu
 * Street of Pulandian District", "Gaoquanpu Street, Jinzhou District". A Chinese sub-district's English name
 * is its pinyin and "Street", which alone may be a road ("Gaoquanpu Street was closed for repairs"); the
 * division after it shows it is the unit. `dalian-localities.ts` knows Dalian's own.
 */
import { splitPinyin } from '../data/pinyin.js'
import type { PlaceKind } from '../data/places.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { matchPlace } from './gazetteer.js'
import { isPinyinOrKnown } from './pinyin-places.js'
import type { Tok } from './tokens.js'

// Kinds of known place a sub-district belongs to; a country or a province is too large to be named so.
const parents: ReadonlySet<PlaceKind> = new Set([
  'district',
  'county-level city',
  'prefecture-level division',
  'new area',
])
const parentSuffix = /^(?:District|County|City|New Area)$/

/**
 * Propose the sub-district "X Street" whose "Street" is `toks[at]`, a capitalised word of one or two pinyin
 * words before it, and "of" or a comma and a Chinese district, county or city after it. Not "Main Street of
 * Xinbao" (English words), nor a road of a foreign city ("Bay Street, Toronto").
 */
export function proposeStreetDivision(toks: readonly Tok[], at: number, out: Candidate[]): void {
  const link = toks[at + 1]
  if (link?.value !== 'of' && link?.value !== ',') return
  if (toks[at]!.possessive || !isParentAt(toks, at + 2)) return
  let from = at - 1
  if (isPinyinWord(toks, from - 1)) from--
  if (!isPinyinWord(toks, from) || !toks[at]!.spaced) return
  const name = spanText(toks, from, at + 1)
  out.push({ from, to: at + 1, type: 'place', name, rule: 'place-suffix', priority: priority.placeLong })
}

// Whether `toks[at]` is a capitalised pinyin word of two syllables or more that starts no known place of its
// own ("Long Street" is a word of English too).
function isPinyinWord(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  if (tok?.kind !== 'word' || tok.possessive || !/^\p{Lu}\p{Ll}{3,}$/u.test(tok.value)) return false
  if (matchPlace(toks, at) || !isPinyinOrKnown(toks, at, at + 1)) return false
  return (splitPinyin(tok.baseLower)?.length ?? 0) >= 2
}

// Whether a district, a county or a city of China starts at `at`: one the gazetteer knows ("Pulandian
// District", "Wafangdian") or a pinyin name with a division's suffix ("Gaoling County").
function isParentAt(toks: readonly Tok[], at: number): boolean {
  const match = matchPlace(toks, at)
  if (match) return parents.has(match.place.kind) || parentSuffix.test(toks[at + match.length]?.base ?? '')
  const next = toks[at + 1]
  if (next?.kind !== 'word' || !parentSuffix.test(next.base)) return false
  return isPinyinWord(toks, at)
}
