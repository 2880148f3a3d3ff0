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
import { isNameWord } from './name-words.js'
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
  if (!inDivision(toks, at, from) && !inDivisionList(toks, at, from)) return
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

// Kinds of known place a list of sub-districts may name with them ("Gaoquanpu Street and Pulandian").
const listKinds: ReadonlySet<PlaceKind> = new Set([...parents, 'locality'])
// The last word of a pinyin name that makes it a division, an item of a list of sub-districts.
const divisionSuffix = /^(?:Town|Township|Subdistrict|Sub-district|Village|District|County|Zone|Area)$/

// Whether the "Street" at `at`, its name starting at `from`, is an item of a list of divisions: an item
// before it is one ("Xinbao Town, Gaoling Economic Zone and Houyan Street"), the items between it being
// "<pinyin> Street" too ("Jinshitan Street, Houyan Street and Gaoling Street"), or a known sub-district
// is the item after it ("Houyan Street and Jinshitan Street"). "Houyan Street and Gaoling Street" alone
// may be roads.
function inDivisionList(toks: readonly Tok[], at: number, from: number): boolean {
  let end = from
  for (let item = 0; item < 6; item++) {
    const separator = separatorBefore(toks, end)
    if (separator === undefined) break
    if (isDivisionEndingAt(toks, separator)) return true
    if (toks[separator - 1]?.value !== 'Street' || !toks[separator - 1]!.spaced) break
    let start = separator - 2
    if (!isPinyinWord(toks, start, true)) break
    if (isPinyinWord(toks, start - 1, false)) start--
    end = start
  }
  const next = toks[at + 1]
  const after = next?.value === ',' && toks[at + 2]?.lower === 'and' ? at + 3 : at + 2
  if (next?.value !== ',' && next?.lower !== 'and') return false
  const match = matchPlace(toks, after)
  return match?.place.kind === 'locality' && toks[after + match.length - 1]!.value === 'Street'
}

// The index of the "," or "and" (", and") that ends right before `at`, or undefined.
function separatorBefore(toks: readonly Tok[], at: number): number | undefined {
  const tok = toks[at - 1]
  if (tok?.lower === 'and') return toks[at - 2]?.value === ',' ? at - 2 : at - 1
  return tok?.value === ',' ? at - 1 : undefined
}

// Whether a division ends right before `at`: a known district, county-level city or locality ("Pulandian",
// "Jinshitan Street"), or a pinyin name with a division's suffix ("Xinbao Town", "Gaoling Economic Zone").
function isDivisionEndingAt(toks: readonly Tok[], at: number): boolean {
  const known = placeEndingAt(toks, at)
  if (known !== undefined) return listKinds.has(matchPlace(toks, known)!.place.kind)
  const last = toks[at - 1]
  if (last?.kind !== 'word' || !last.spaced || !divisionSuffix.test(last.value)) return false
  // The name's first word is pinyin or a known place: "Economic" before "Zone" is none.
  let start = at - 2
  while (start > at - 5 && isNameWord(toks[start - 1]) && toks[start]!.spaced) start--
  return start < at - 1 && isPinyinWord(toks, start, true)
}

/**
 * Propose the sub-districts a list after "the street offices of" names, one pinyin word each: "the street
 * offices of Xinbao, Gaoling and Houyan" (the gazetteer's own are left to it). Returns the index after the
 * list.
 */
export function proposeOfficeList(toks: readonly Tok[], at: number, out: Candidate[]): number {
  let index = at
  for (;;) {
    const tok = toks[index]
    const known = matchPlace(toks, index)
    if (!known && !isPinyinWord(toks, index, false)) return index
    const to = index + (known?.length ?? 1)
    if (isNameStart(toks[to]) || toks[to - 1]!.possessive) return index
    if (!known) {
      const name = tok!.base
      out.push({ from: index, to, type: 'place', name, rule: 'place-by-context', priority: priority.place })
    }
    const next = toks[to]
    if (next?.value === ',' && toks[to + 1]?.lower === 'and') index = to + 2
    else if (next?.value === ',' || next?.lower === 'and') index = to + 1
    else return to
  }
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
