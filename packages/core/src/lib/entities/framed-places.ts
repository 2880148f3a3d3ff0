/**
 * Places whose name is also a word, a given name or a surname ("Brittany", "Reading", "Fukushima"), read
 * only where a place frame shows them: right after "in", "of", "across", "throughout", "near" or "around",
 * with no further capitalised word ("the coastline of Brittany", "a plant in Reading."). Not "in Reading
 * Room", "of Phoenix TV" (a longer name), "in Jackson's view" (a possessive), "invested in Phoenix" (money
 * put in a company), "published in Nature" (a medium), nor where a person's name stands: "the family of
 * Jackson, a young player", "the students of Sakai said". The same name slots keep a city only
 * `large-cities.ts` knows from reading as a place: "Hugo Lemaire", "Leiden said".
 */
import { ambiguousPlaces, wordPlaces } from '../data/ambiguous-places.js'
import { largeCities } from '../data/large-cities.js'
import { worldCities } from '../data/world-cities.js'
import { callingFollows, relationNouns, roleFollows } from './callings.js'
import { type Candidate, priority } from './candidate.js'
import { speechFollows } from './context-names.js'
import { namesMedium } from './context-places.js'
import { listedWithPlaces, matchPlace, placeEndingAt } from './gazetteer.js'
import { isInvestedIn } from './pinyin-places.js'
import type { Tok } from './tokens.js'
import {
  allCaps,
  capitalised,
  functionWord,
  legalForm,
  organisationHead,
  suffixFirst,
} from './word-classes.js'

const frameWords = new Set(['in', 'of', 'across', 'throughout', 'near', 'around'])
// Nouns for what is a person's before "of": "the family of …", "the students of …" name a person after.
// biome-ignore format: packed list
const personsOf = new Set([
  ...relationNouns, 'family', 'families', 'team', 'students', 'pupils', 'fans', 'friends', 'relatives',
  'children', 'parents', 'supporters', 'followers', 'colleagues', 'teammates', 'staff', 'career', 'life',
  'death', 'memory', 'words', 'works', 'lawyer', 'agent', 'coach',
])
// Verbs that may follow a place ending a list: "… and the Marche are wine regions".
const linkVerbs = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could'])
// Cities the gazetteer knows from `large-cities.ts` only, not as a capital, port or sister city.
const largeOnly: ReadonlySet<string> = new Set(largeCities.filter((name) => !worldCities.includes(name)))
// Bits of a capitalised word before a city that make it a body's or a place's word, not a given name.
const notGiven = functionWord | organisationHead | legalForm | suffixFirst | allCaps

/**
 * Propose the place `toks[at]` names when it is one of the ambiguous places in a place frame; the caller
 * has checked it is a capitalised word. None in a Title Case `heading`.
 */
export function proposeFramedPlace(
  toks: readonly Tok[],
  at: number,
  out: Candidate[],
  heading: boolean,
): void {
  // The word before is read first: a bit and a small set turn most capitalised words down.
  const before = toks[at - 1]
  if (before?.value === ',') {
    // The set lookup first: the town before is looked for only for an ambiguous place.
    if (!heading && ambiguousPlaces.has(toks[at]!.base) && isDivisionOfTown(toks, at)) {
      out.push(framedPlace(toks, at))
    }
    return
  }
  if (before?.kind !== 'word' || !(before.flags & functionWord)) return
  if (before.lower === 'the' && divisionWords.has(toks[at + 1]?.value ?? '')) {
    // A set lookup first: the division is read only for an ambiguous place.
    if (!heading && isDivisionName(toks, at)) out.push(divisionPlace(toks, at))
    return
  }
  const from = before.lower === 'from' && originVerbs.has(toks[at - 2]?.lower ?? '')
  if (!frameWords.has(before.lower) && !from && !(before.lower === 'the' && endsListOfPlaces(toks, at))) {
    // A set lookup first: the list is looked for only around an ambiguous place.
    if (!ambiguousPlaces.has(toks[at]!.base) || !listedWithPlaces(toks, at)) return
  }
  const tok = toks[at]!
  if (heading || tok.possessive || !tok.spaced || !ambiguousPlaces.has(tok.base)) return
  const next = toks[at + 1]
  if (next?.kind === 'word' && (!next.spaced || next.flags & capitalised)) return
  if (isInvestedIn(toks, at - 1) || namesMedium(toks, at - 1) || speaksAt(toks, at + 1)) return
  if (before.lower === 'of' && personsOf.has(toks[at - 2]?.lower ?? '')) return
  if (from && personClauseAt(toks, at + 1)) return
  out.push(framedPlace(toks, at))
}

// 'place-known', not 'place-by-context': the list, not the words around it, says it is a place, and
// another mention of the name may be a person's ("in Florence … Florence Dupont").
function framedPlace(toks: readonly Tok[], at: number): Candidate {
  const name = toks[at]!.base
  return { from: at, to: at + 1, type: 'place', name, rule: 'place-known', priority: priority.place }
}

// Lower-case division words that make "the" and an ambiguous place before them a division of that name.
const divisionWords = new Set(['region', 'province', 'governorate', 'district', 'department', 'prefecture'])

// Whether the ambiguous place at `at`, between "the" and a lower-case division word, names that division:
// "the Brittany region", "in the Ondo province". Not a place that is also a common word ("the Mobile
// region") nor a possessive.
function isDivisionName(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]!
  if (tok.possessive || !tok.spaced || !toks[at + 1]!.spaced) return false
  return ambiguousPlaces.has(tok.base) && !wordPlaces.has(tok.base)
}

// The division "<place> region" at `at`, a place of its own as "the Kagera region" is.
function divisionPlace(toks: readonly Tok[], at: number): Candidate {
  const name = `${toks[at]!.base} ${toks[at + 1]!.base}`
  return {
    from: at,
    to: at + 2,
    type: 'place',
    name,
    rule: 'place-known-with-suffix',
    priority: priority.placeLong,
  }
}

// Whether the word at `at`, after a comma, is the province of the town named right before it, at the end
// of a phrase: "a depot in Tarlo, Rizal." names Rizal; "in Tarlo, Jackson said" a person.
function isDivisionOfTown(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]!
  const next = toks[at + 1]
  if (tok.possessive || !tok.spaced || (next !== undefined && !divisionEnds.has(next.value))) return false
  if (next?.value === 'and' && !placeMayFollowAnd(toks[at + 2])) return false
  const town = toks[at - 2]
  if (town?.kind !== 'word' || !(town.flags & capitalised) || town.possessive) return false
  const start = placeEndingAt(toks, at - 1) ?? at - 2
  return whereWords.has(toks[start - 1]?.lower ?? '')
}
const divisionEnds = new Set(['.', ';', ')', 'and', 'in', 'on', 'for', 'from', 'to', 'with', 'where'])
const whereWords = new Set(['in', 'from', 'at', 'near'])
// Verbs before "from" that say where a person is from: "who came from Bath".
const originVerbs = new Set(['came', 'come', 'comes', 'coming', 'hails', 'hail', 'hailed', 'hailing'])
// Pronouns for people, which start no place after "and": "Tarlo, Aurora and her team said" ("its" may).
// biome-ignore format: packed list
const personWords = new Set([
  'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their', 'our', 'your', 'my', 'him', 'them', 'us',
])
// Owners before a role in an appositive: "Victoria, our chief engineer".
const ownerWords = new Set(['his', 'her', 'their', 'our', 'your', 'my'])

// Whether a place may start at `tok`, after "and" after a division: a capitalised word or a function
// word ("Tarlo, Rizal and Laguna", "Tarlo, Rizal and the coast"), not a lower-case word or a word for
// people ("Tarlo, Rizal and colleagues said", "Tarlo, Aurora and her team said").
function placeMayFollowAnd(tok: Tok | undefined): boolean {
  if (tok?.kind !== 'word') return true
  if (tok.flags & capitalised) return true
  return (tok.flags & functionWord) !== 0 && !personWords.has(tok.lower)
}

// Whether a person's clause follows the name after "came from", at `at`: a relative "who" or a role
// after a comma ("came from Jackson, who chairs …", "came from Victoria, our chief engineer"); not a
// place's ("came from Bath, which …", "came from Bergen, said …").
function personClauseAt(toks: readonly Tok[], at: number): boolean {
  if (toks[at]?.value !== ',') return false
  const word = toks[at + 1]?.lower ?? ''
  if (word === 'who' || word === 'whom' || word === 'whose') return true
  return ownerWords.has(word) && roleFollows(toks, at + 2)
}

/**
 * Whether the city `toks[from..to)`, which only `large-cities.ts` knows, stands where a person's name
 * does: after a given name, a title or another capitalised word that starts a name ("Hugo Lemaire",
 * "Professor Aiko Leiden"), or before a verb of speech or an appositive role, a word of the name between
 * ("Leiden said", "Arles Moreau, a coach, …"). In a Title Case `heading` every word is capitalised:
 * "Delegation Visits Leiden" names the city.
 */
export function inNameSlot(
  toks: readonly Tok[],
  from: number,
  to: number,
  name: string,
  heading: boolean,
): boolean {
  if (!largeOnly.has(name)) return false
  const before = toks[from - 1]
  if (
    !heading &&
    before?.kind === 'word' &&
    toks[from]!.spaced &&
    !before.possessive &&
    (before.flags & (capitalised | notGiven)) === capitalised &&
    !matchPlace(toks, from - 1)
  )
    return true
  if (speaksAt(toks, to)) return true
  const next = toks[to]
  return (
    !heading &&
    next?.kind === 'word' &&
    next.spaced &&
    (next.flags & (capitalised | notGiven)) === capitalised &&
    !matchPlace(toks, to) &&
    speaksAt(toks, to + 1)
  )
}

// Whether "the" and the word at `at` end a list of three or more known places: "Umbria, Lazio and the
// Marche" is the region; "Ohio and the Jackson family" names a family, and "Kent, Devon and the Buffalo
// label" a brand: a lower-case word after the name may only be a function word or a verb of being.
function endsListOfPlaces(toks: readonly Tok[], at: number): boolean {
  if (toks[at - 2]?.lower !== 'and') return false
  const next = toks[at + 1]
  if (next?.kind === 'word' && !(next.flags & (capitalised | functionWord)) && !linkVerbs.has(next.lower)) {
    return false
  }
  const last = placeEndingAt(toks, at - 2)
  return last !== undefined && toks[last - 1]?.value === ',' && placeEndingAt(toks, last - 1) !== undefined
}

// Whether a name ending right before `at` speaks or has a role after a comma: "… said", "…, a coach".
function speaksAt(toks: readonly Tok[], at: number): boolean {
  if (speechFollows(toks, at)) return true
  return toks[at]?.value === ',' && (roleFollows(toks, at + 1) || callingFollows(toks, at + 1))
}
