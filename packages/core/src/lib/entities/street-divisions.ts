/**
 * Sub-districts (街道) written "X Street" with the district, county or city they belong to: "in Gaoquanpu
 * Street of Pulandian District", "Gaoquanpu Street, Jinzhou District", "Gaoquanpu Street in Jinzhou
 * District" ("Gaoquan Road Street" is named after its main road), or with a community of theirs before
 * ("Hexi Community of Gaoquanpu Street"). A Chinese sub-district's English name is its pinyin and "Street",
 * which alone may be a road ("Gaoquanpu Street was closed for repairs"); the division around it shows it is
 * the unit. `dalian-localities.ts` knows Dalian's own. Also a city's square named in pinyin ("Gaoquan
 * Square"), a landmark place.
 */
import { splitPinyin } from '../data/pinyin.js'
import type { PlaceKind } from '../data/places.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { matchPlace, placeEndingAt } from './gazetteer.js'
import { isPinyinOrKnown } from './pinyin-places.js'
import type { Tok } from './tokens.js'
import { isNameStart } from './unknown-place-names.js'
import { capitalised, functionWord } from './word-classes.js'

// Kinds of known place a sub-district belongs to; a country or a province is too large to be named so.
const parents: ReadonlySet<PlaceKind> = new Set([
  'district',
  'county-level city',
  'prefecture-level division',
  'new area',
])
const parentSuffix = /^(?:District|County|City|New Area)$/
// Words before a "Street" that make it a road one is on or goes along: "a shop on Hexi Street in …".
const roadWords = new Set(['on', 'along', 'across', 'onto'])
// Words before a "Street" named after a known city that make it a road one is at or goes to ("the shops at
// Shanghai Street in …"); before a pinyin name they are where people of the sub-district come from or meet
// ("volunteers from Hexi Street in Jinzhou District").
const cityRoadWords = new Set([...roadWords, 'at', 'near', 'to', 'from', 'past'])

/**
 * Propose the sub-district "X Street" whose "Street" is `toks[at]`, a capitalised word of one or two pinyin
 * words before it, and "of", "in" or a comma and a Chinese district, county or city after it, or "<Name>
 * Community of" before it. Not "Main Street of Xinbao" (English words), nor a road of a foreign city ("Bay
 * Street, Toronto"), nor a road after "on" ("stalls on Hexi Street in Jinzhou District"), nor a street named
 * after a known city after "at" or "to" ("the shops at Shanghai Street in Jinzhou District").
 */
export function proposeStreetDivision(toks: readonly Tok[], at: number, out: Candidate[]): void {
  if (toks[at]!.possessive || !toks[at]!.spaced) return
  // "Gaoquan Road Street": a sub-district named after its main road.
  const road = toks[at - 1]?.value === 'Road' && toks[at - 1]!.spaced ? 1 : 0
  let from = at - 1 - road
  if (!isPinyinWord(toks, from, true)) return
  if (isPinyinWord(toks, from - 1, false)) from--
  if (!inDivision(toks, at, from)) return
  const name = spanText(toks, from, at + 1)
  out.push({ from, to: at + 1, type: 'place', name, rule: 'place-suffix', priority: priority.placeLong })
}

// Whether the "Street" at `at`, its name starting at `from`, is set in a division: a district after it, or
// a community of it before ("Hexi Community of Gaoquanpu Street").
function inDivision(toks: readonly Tok[], at: number, from: number): boolean {
  const link = toks[at + 1]?.value
  const before = toks[from - 1]?.lower ?? ''
  if (link === 'of' || link === ',' || (link === 'in' && !roadWords.has(before))) {
    // "the shops at Shanghai Street, Jinzhou District": a street named after a city one goes to is a road.
    const cityRoad = cityRoadWords.has(before) && matchPlace(toks, from) !== undefined
    if (!cityRoad && isParentAt(toks, at + 2)) return true
  }
  const community = toks[from - 2]
  return before === 'of' && community?.value === 'Community' && community.spaced
}

/**
 * Propose the square "X Square" whose "Square" is `toks[at]`, after one or two capitalised pinyin or known
 * words ("Gaoquan Square", "Xinbao Haiyan Square"), a landmark place. Not a word of a longer name ("Gaoquan
 * Square Meters", "the Gaoquan Square Mall"), nor English words ("Market Square", "4.2 Million Square").
 */
export function proposeSquare(toks: readonly Tok[], at: number, out: Candidate[]): void {
  const head = toks[at]!
  if (!head.spaced || !isPinyinWord(toks, at - 1, true)) return
  if (!head.possessive && isNameStart(toks[at + 1])) return
  let from = at - 1
  if (isPinyinWord(toks, from - 1, false)) from--
  // A capitalised word before starts a longer name ("the Harbour Gaoquan Square"); a city's
  // name or a sentence's first function word does not ("Dalian Gaoquan Square", "At Gaoquan Square").
  const before = toks[from - 1]
  if (
    before?.kind === 'word' &&
    before.spaced &&
    !before.possessive &&
    (before.flags & (capitalised | functionWord)) === capitalised &&
    !placeEndingAt(toks, from)
  ) {
    return
  }
  const name = spanText(toks, from, at + 1)
  out.push({ from, to: at + 1, type: 'place', name, rule: 'place-suffix', priority: priority.placeLong })
}

// Whether `toks[at]` is a capitalised pinyin word of two syllables or more ("Long Street" is a word of
// English too); a known place only when `known` ("Fengcheng Street" is a sub-district named like a city
// elsewhere, but "Xinbao Gaoquanpu Street" does not take the city in).
function isPinyinWord(toks: readonly Tok[], at: number, known: boolean): boolean {
  const tok = toks[at]
  if (tok?.kind !== 'word' || tok.possessive || !/^\p{Lu}\p{Ll}{3,}$/u.test(tok.value)) return false
  if ((!known && matchPlace(toks, at)) || !isPinyinOrKnown(toks, at, at + 1)) return false
  return (splitPinyin(tok.baseLower)?.length ?? 0) >= 2
}

// Whether a district, a county or a city of China starts at `at`: one the gazetteer knows ("Pulandian
// District", "Wafangdian") or a pinyin name with a division's suffix ("Gaoling County").
function isParentAt(toks: readonly Tok[], at: number): boolean {
  const match = matchPlace(toks, at)
  if (match) return parents.has(match.place.kind) || parentSuffix.test(toks[at + match.length]?.base ?? '')
  const next = toks[at + 1]
  if (next?.kind !== 'word' || !parentSuffix.test(next.base)) return false
  return isPinyinWord(toks, at, false)
}
