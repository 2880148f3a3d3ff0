/**
 * Job titles before a name ("Vice Mayor", "Group President", "Consul General in Shenyang"), read word by
 * word against the titles data, and the name that follows a title.
 */

import { chineseSurnames } from '../data/chinese-surnames.js'
import { weekdays } from '../data/dates.js'
import { japaneseSurnames, koreanSurnames } from '../data/other-surnames.js'
import {
  addressHonorifics,
  canonicalTitle,
  honorifics,
  nounsAfterTitles,
  occupationGrades,
  occupations,
  titleModifiers,
  titleRanks,
} from '../data/titles.js'
import { spanText } from './candidate.js'
import { lowerCaseChineseName } from './context-names.js'
import { matchPlace } from './gazetteer.js'
import {
  addressedNameEnd,
  arabicNameEnd,
  followedByHead,
  isNameWord,
  type NameMatch,
  surnameParticlesEnd,
} from './name-words.js'
import { nameAt } from './people.js'
import { isAllCaps, type Tok } from './tokens.js'
import { capitalised, titleFirst, titleFirstWords } from './word-classes.js'

/** A title or an honorific found at a token: where it ends. */
export interface TitleMatch {
  /** The index after the title's last token. */
  readonly end: number
  /** Set when the match is an honorific ("Mr.", "Tan Sri"), which names no role. */
  readonly honorific?: true
}

// The titles word by word, so a run of words is followed only as long as some title starts with it.
interface TitleWords {
  readonly next: Map<string, TitleWords>
  title: boolean
}

const titleWords: TitleWords = { next: new Map(), title: false }
for (const title of canonicalTitle.keys()) {
  let node = titleWords
  for (const word of title.split(' ')) {
    let next = node.next.get(word)
    if (!next) {
      next = { next: new Map(), title: false }
      node.next.set(word, next)
    }
    node = next
  }
  node.title = true
}

/** Whether `value` is a title, a title modifier or an honorific word. */
export function isTitleWord(value: string): boolean {
  return canonicalTitle.has(value) || titleModifiers.has(value) || honorifics.has(value)
}

// The one-word title words whose spelling starts no title, so their token lacks the `titleFirst` bit:
// honorifics with their apostrophe ("Dato'"), which the bit has without it.
const unflaggedTitleWords: ReadonlySet<string> = new Set(
  [...canonicalTitle.keys(), ...titleModifiers, ...honorifics].filter(
    (word) => !word.includes(' ') && !titleFirstWords.has(word),
  ),
)

/** Whether `tok` is a title word (`isTitleWord`); its class bit turns most words down without a lookup. */
export function isTitleTok(tok: Tok): boolean {
  return tok.flags & titleFirst ? isTitleWord(tok.value) : unflaggedTitleWords.has(tok.value)
}

// Clergy titles that are Western surnames too ("Julie Bishop", "Tom Pastor"): titles only before a name,
// a family name after a capitalised given name.
const surnameTitles: ReadonlySet<string> = new Set(['Bishop', 'Pastor', 'Abbot', 'Reverend'])

/**
 * Whether `tok` after a given name is a title that ends the name (`isTitleTok`), not a family name spelt
 * like a clergy title ("Julie Bishop").
 */
export function isTitleAfterName(tok: Tok): boolean {
  return isTitleTok(tok) && !surnameTitles.has(tok.value)
}

// The first letters of the forms of address ("K" of "Khun").
const addressFirsts: ReadonlySet<number> = new Set([...addressHonorifics].map((word) => word.charCodeAt(0)))

// The first words of honorifics, without an apostrophe the parser splits off ("Tan" of "Tan Sri", "Dato"
// of "Dato' Sri"): only these are looked at further.
const honorificStarts: ReadonlySet<string> = new Set([
  ...[...honorifics].map((honorific) => honorific.split(' ')[0]!.replace(/['’]$/, '')),
  ...addressHonorifics,
])

/**
 * The end of the honorific starting at `toks[index]`: one word ("Dr."), two ("Tan Sri") or one with an
 * apostrophe the parser split off ("Dato' Sri").
 */
export function honorificEnd(toks: readonly Tok[], index: number): number | undefined {
  const first = toks[index]
  if (first?.kind !== 'word' || !honorificStarts.has(first.value)) return undefined
  let at = index + 1
  let words = first.value
  const mark = toks[at]
  if ((mark?.value === "'" || mark?.value === '’') && !mark.spaced) {
    words += mark.value
    at++
  }
  const second = toks[at]
  if (second?.kind === 'word' && second.spaced && honorifics.has(`${words} ${second.value}`)) return at + 1
  if (honorifics.has(words)) return at
  // "Khun Wannaporn", "Puan Aisyah": a form of address only before a capitalised word that is no place
  // suffix or body head ("Puan County" and "Puan Town" are places).
  return addressHonorifics.has(words) ? addressedNameEnd(words, toks, at) : undefined
}

/** The longest title (with modifiers) starting at `toks[index]`. */
export function titleAt(toks: readonly Tok[], index: number): TitleMatch | undefined {
  const first = toks[index]
  if (first?.kind !== 'word') return undefined
  if (!(first.flags & titleFirst)) {
    // A form of address ("Khun") has no class bit: the capital and the first letter turn most words down.
    if (!(first.flags & capitalised) || !addressFirsts.has(first.value.charCodeAt(0))) return undefined
    const end = honorificEnd(toks, index)
    return end === undefined ? undefined : { end, honorific: true }
  }
  // An honorific is the match unless a longer title starts with its word ("Lord Mayor", not "Lord").
  const honorific = honorificEnd(toks, index)
  if (honorific !== undefined) {
    const title = longestTitle(toks, index)
    if (title && title.end > honorific) return title
    return { end: honorific, honorific: true }
  }
  return longestTitle(toks, index)
}

function longestTitle(toks: readonly Tok[], index: number): TitleMatch | undefined {
  // Modifiers may belong to the title ("Chief Engineer") or build on one ("Executive Vice Mayor"): try
  // the title from every start inside the run of modifiers and keep the longest.
  // Where the longest title found so far ends, or -1.
  let best = -1
  for (let at = index; at < index + 4 && at < toks.length; at++) {
    const first = toks[at]!
    // A word without the class bit starts no title and is no modifier (only a rank, "First", is neither).
    const starts = (first.flags & titleFirst) !== 0
    let node: TitleWords | undefined = starts ? titleWords : undefined
    for (let end = at; node !== undefined && end < Math.min(toks.length, at + 6); end++) {
      const tok = toks[end]!
      if (tok.kind !== 'word' || (end > at && !tok.spaced)) break
      // Most runs stop being the start of any title after a word or two.
      node = node.next.get(tok.value)
      if (node?.title && end + 1 > best) best = end + 1
    }
    // "chief forecaster", "Senior Designer": a grade makes a title of the calling after it, though the
    // calling alone is none.
    if (at > index && at + 1 > best && gradedOccupation(toks, at)) best = at + 1
    const word = first.value
    const modifier = starts && titleModifiers.has(word)
    if (!modifier && !(titleRanks.has(word) && titleModifiers.has(toks[at + 1]?.value ?? ''))) break
  }
  return best === -1 ? undefined : { end: best }
}

// Whether `toks[at]` is a calling right after a grade ("chief forecaster", "Chief Designer"); not a
// capitalised word after a lower-case grade, which starts a name ("the senior Pilot Zone").
function gradedOccupation(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]!
  if (tok.kind !== 'word' || !tok.spaced || !occupations.has(tok.lower)) return false
  const grade = toks[at - 1]!.value
  return occupationGrades.has(grade) && (tok.value === tok.lower || grade !== grade.toLowerCase())
}

// Where a surname with particles starting at `toks[at]` ends ("da Costa Lima"), or `at` when none starts.
function particleSurnameEnd(toks: readonly Tok[], at: number): number {
  let to = surnameParticlesEnd(toks, at)
  if (to === at || toks[at]!.value.startsWith('b')) return at
  const last = Math.min(to + 2, toks.length)
  while (to < last && isNameWord(toks[to]) && toks[to]!.spaced && !isTitleTok(toks[to]!)) {
    to++
    if (toks[to - 1]!.possessive) break
  }
  return to
}

/**
 * Capitalised nouns for a place, a building or an honour that a title stands before when they are named
 * after a titled person ("Academician Workstation", "Chairman Memorial", "Professor Scholarship"), beyond
 * the schemes and offices of the titles data. Not the ones that are also surnames ("Professor Park",
 * "Dr. Hall"), nor head words of bodies ("Laboratory", "Center"), which no name takes anyway.
 */
// biome-ignore format: packed data
const facilityNouns: ReadonlySet<string> = new Set([
  'Workstation', 'Workstations', 'Studios', 'Laboratories', 'Labs', 'Halls', 'Base', 'Bases', 'Garden',
  'Gardens', 'Room', 'Residence', 'Memorial', 'Building', 'Square', 'Road', 'Avenue', 'Statue', 'Stadium',
  'Gymnasium', 'Pavilion', 'Monument', 'Tomb', 'Scholarship', 'Scholarships', 'Medal', 'Medals', 'Lecture',
  'Lectures', 'Professorship', 'Fellowship', 'Classroom', 'Incubator', 'Exhibition', 'Collection', 'Trail',
])

// The words of administrative divisions, which no one is called by ("County", "Township").
// biome-ignore format: packed data
const divisionWords: ReadonlySet<string> = new Set([
  'City', 'County', 'District', 'Province', 'Prefecture', 'Municipality', 'Town', 'Township', 'Village',
  'Subdistrict', 'Sub-district', 'Region', 'Area', 'Community', 'Krai', 'Oblast', 'Okrug', 'Governorate',
])

// "the Regional Duma of …", "the Deputy Bureau": a body's head word or a place suffix
// alone after a title ends a body's name, no one's. Not after an honorific ("Mr. Park", "Dr. Lake"), nor a
// surname the lists know ("Mayor Park").
function headAfterTitle(toks: readonly Tok[], at: number): boolean {
  if (!followedByHead(toks, at) || honorifics.has(toks[at - 1]!.value)) return false
  const lower = toks[at]!.baseLower
  return !koreanSurnames.has(lower) && !chineseSurnames.has(lower) && !japaneseSurnames.has(lower)
}

/**
 * "Ambassador to China Wouter Plomp", "Consul General in Shenyang Kenji Mori": where the name starts after
 * a title's place, or `at` when no place follows the title.
 */
export function afterPlaceOfTitle(toks: readonly Tok[], at: number): number {
  const word = toks[at]
  if (word?.value !== 'to' && word?.value !== 'in') return at
  const place = matchPlace(toks, at + 1)
  return place ? at + 1 + place.length : at
}

/** The name starting at `toks[at]`, right after a title: a full name, or a surname or two after "Mayor", "Mr." … */
export function nameAfterTitle(toks: readonly Tok[], at: number): NameMatch | undefined {
  // "vice mayor zhou hanlin": after a title a name may be all in lower case.
  const named = nameAt(toks, at) ?? lowerCaseChineseName(toks, at, true)
  if (named) return named
  // "Mayor Ruan", "Mr. Nishida", "Ambassador Hans Becker": one to three capitalised words that are not
  // places, bodies or further titles ("Maren Pastor" ends in a family name).
  let to = at
  // A weekday after a title is when, not who: "met the director Saturday".
  while (
    to < at + 3 &&
    isNameWord(toks[to]) &&
    !(to > at ? isTitleAfterName(toks[to]!) : isTitleTok(toks[to]!)) &&
    !weekdays.has(toks[to]!.base) &&
    !matchPlace(toks, to)
  ) {
    if (to > at && !toks[to]!.spaced) break
    to++
    if (toks[to - 1]!.possessive) break
  }
  // "Ambassador Rui da Costa Lima", "Minister de la Vega": a surname's particles and the one or two
  // words after them belong to the name, even a word that is also a place ("Lima", "Paris").
  if (to === at || !toks[to - 1]!.possessive) to = particleSurnameEnd(toks, to)
  // "Dr. Tariq bin Hamdan Al-Zahrani": an Arabic name goes on past "bin" and its father's name.
  if (to > at && !followedByHead(toks, to)) to = arabicNameEnd(toks, to)
  if (to === at || followedByHead(toks, to)) return undefined
  // "Mr. County", "Khun Town": a division's word alone is no one's name.
  if (to - at === 1 && (divisionWords.has(toks[at]!.base) || headAfterTitle(toks, at))) return undefined
  // "the Bay Chief System", "the River Chief Office", "the Qin Hai Academician Workstation": a scheme, an
  // office or a facility named after a title (and often a person), no one.
  for (let index = at; index < to; index++) {
    const base = toks[index]!.base
    if (nounsAfterTitles.has(base) || facilityNouns.has(base)) return undefined
  }
  if (toks.slice(at, to).some((tok) => isAllCaps(tok.value))) return undefined
  return {
    from: at,
    to,
    name: spanText(toks, at, to),
    rule: to - at === 1 ? 'person-titled-surname' : 'person-titled',
  }
}
