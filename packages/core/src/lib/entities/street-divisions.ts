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

// The last word of a pinyin name that makes it a sub-district's peer, an item of a list of sub-districts
// (a district or a county is the unit above, which a list of roads may name too).
const peerSuffix = /^(?:Town|Township|Subdistrict|Sub-district|Village|Zone)$/
// The last word of a pinyin name of a unit above a sub-district, an item a list may hold without saying
// what the "Street" is.
const aboveSuffix = /^(?:District|County|Area)$/
// The names a road is most often given in Chinese cities ("Renmin Street", "Jiefang Street"): a "Street"
// of one is a road unless the list names a known sub-district with it.
// biome-ignore format: packed data
const roadNames = new Set([
  'Renmin', 'Jiefang', 'Zhongshan', 'Heping', 'Xinhua', 'Jianshe', 'Youyi', 'Changjiang', 'Huanghe',
  'Shengli', 'Wenhua', 'Minzhu', 'Gongnong', 'Xingfu', 'Tuanjie', 'Chaoyang', 'Dongfeng', 'Hongqi',
  'Zhongxin', 'Binhai', 'Huanghai', 'Gongyuan', 'Zhanqian', 'Huancheng',
])
// Nouns after "and other" that end a list of sub-districts: "…, Houyan Street and other street offices".
const peersAfterOther = new Set(['street', 'streets', 'subdistricts', 'sub-districts', 'towns', 'townships'])

// Whether the "Street" at `at`, its name starting at `from`, is an item of a list of sub-districts: the
// list holds a known sub-district ("Jinshitan Street, Houyan Street and Gaoling Street", "Houyan Street and
// Jinshitan Street"), ends "and other street offices", or holds a town, village or zone ("Xinbao Town,
// Gaoling Economic Zone and Houyan Street"). Districts alone say nothing ("shops in Xigang District and
// Houyan Street" may be on a road), nor does a list of "Street"s alone ("Houyan Street and Gaoling Street");
// a "Street" named after a known city or a common road name needs a known sub-district or "other street
// offices" ("Xigang District, Xinbao Town and Renmin Street" may be a road).
function inDivisionList(toks: readonly Tok[], at: number, from: number): boolean {
  const peers = Math.max(peersBefore(toks, from), peersAfter(toks, at))
  if (peers === 2) return true
  if (peers === 0) return false
  const name = toks[from]!
  return !roadNames.has(name.base) && (from < at - 1 || matchPlace(toks, from) === undefined)
}

// What the items of the list before the name starting at `from` show: 2 a known sub-district, 1 a town,
// a village or a zone in pinyin, 0 nothing. Items of districts and other "<pinyin> Street"s are passed.
function peersBefore(toks: readonly Tok[], from: number): number {
  let end = from
  let peers = 0
  for (let item = 0; item < 6; item++) {
    const separator = separatorBefore(toks, end)
    if (separator === undefined) break
    const division = divisionEndingAt(toks, separator)
    if (division !== undefined) {
      if (division.peers === 2) return 2
      peers = Math.max(peers, division.peers)
      end = division.start
      continue
    }
    const start = streetStartBefore(toks, separator)
    if (start === undefined) break
    end = start
  }
  return peers
}

// What the items after the "Street" at `at` show: 2 when a known sub-district follows among "<pinyin>
// Street"s ("Houyan Street and Jinshitan Street") or the list ends "and other street offices", else 0.
function peersAfter(toks: readonly Tok[], at: number): number {
  let end = at + 1
  for (let item = 0; item < 6; item++) {
    const next = toks[end]
    if (next?.value !== ',' && next?.lower !== 'and') return 0
    const after = next.value === ',' && toks[end + 1]?.lower === 'and' ? end + 2 : end + 1
    if (toks[after - 1]!.lower === 'and' && toks[after]?.lower === 'other')
      return peersAfterOther.has(toks[after + 1]?.lower ?? '') ? 2 : 0
    const match = matchPlace(toks, after)
    if (match?.place.kind === 'locality' && toks[after + match.length - 1]!.value === 'Street') return 2
    const street = toks[after + 1]
    if (street?.value !== 'Street' || !street.spaced || !isPinyinWord(toks, after, true)) return 0
    end = after + 2
  }
  return 0
}

// The first index of a "<pinyin> Street" item (one or two pinyin words) that ends right before `at`.
function streetStartBefore(toks: readonly Tok[], at: number): number | undefined {
  if (toks[at - 1]?.value !== 'Street' || !toks[at - 1]!.spaced) return undefined
  let start = at - 2
  if (!isPinyinWord(toks, start, true)) return undefined
  if (isPinyinWord(toks, start - 1, false)) start--
  return start
}

// The index of the "," or "and" (", and") that ends right before `at`, or undefined.
function separatorBefore(toks: readonly Tok[], at: number): number | undefined {
  const tok = toks[at - 1]
  if (tok?.lower === 'and') return toks[at - 2]?.value === ',' ? at - 2 : at - 1
  return tok?.value === ',' ? at - 1 : undefined
}

// The division ending right before `at` and what it shows of a list of sub-districts: a known sub-district
// ("Jinshitan Street": 2), a known district or county-level city ("Pulandian": 0), a pinyin name with a
// town's, a village's or a zone's suffix ("Xinbao Town", "Gaoling Economic Zone": 1) or a district's
// ("Gaoling District": 0); undefined when none ends there.
function divisionEndingAt(toks: readonly Tok[], at: number): { start: number; peers: number } | undefined {
  const known = placeEndingAt(toks, at)
  if (known !== undefined) {
    const kind = matchPlace(toks, known)!.place.kind
    if (kind === 'locality') return { start: known, peers: 2 }
    return parents.has(kind) ? { start: known, peers: 0 } : undefined
  }
  const last = toks[at - 1]
  const peer = peerSuffix.test(last?.value ?? '')
  if (last?.kind !== 'word' || !last.spaced || (!peer && !aboveSuffix.test(last.value))) return undefined
  // The name's first word is pinyin or a known place: "Economic" before "Zone" is none.
  let start = at - 2
  while (start > at - 5 && isNameWord(toks[start - 1]) && toks[start]!.spaced) start--
  if (start >= at - 1 || !isPinyinWord(toks, start, true)) return undefined
  return { start, peers: peer ? 1 : 0 }
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
