/**
 * Merging the mentions of an article into entities: one per real-world person, body or place, with
 * its fullest name, the other forms it goes by, and the roles attached to it.
 */
import { countries } from '../data/countries.js'
import type { Entity, EntityType, Evidence, Mention } from '../model.js'
import { singleSpaced } from '../white-space.js'
import { mergeGovernmentForms, mergeMisspeltForms, mergeOfficeForms } from './body-merges.js'
import { canonicalKey, type Group, innerAcronym, type NamedMention, termNumber } from './groups.js'
import { mergeMiddleNames } from './middle-names.js'
import {
  mergeCountryForms,
  mergeFullNames,
  mergeLevelLessForms,
  mergePlaceLessForms,
  mergeSeatLessForms,
  mergeShortNames,
} from './name-merges.js'
import { mergeParentForms } from './parent-forms.js'
import { wordCount } from './word-shape.js'
import { mergeZoneShortForms } from './zone-names.js'

export { canonicalKey, type NamedMention } from './groups.js'

/**
 * Group `mentions` (in text order) into entities, in order of first mention. `text` is the article's text
 * the mentions' offsets point into (default: none, and no bare form is then seen placed under a body).
 */
export function resolveEntities(mentions: readonly NamedMention[], text = ''): Entity[] {
  // Groups in order of first mention, found by canonical name; the same names recur through an article,
  // so each name as found is mapped to its group once and its canonical name worked out once.
  const groups: Group[] = []
  const byKey: Record<EntityType, Map<string, Group>> = {
    person: new Map(),
    organization: new Map(),
    place: new Map(),
  }
  const byName: Record<EntityType, Map<string, Group>> = {
    person: new Map(),
    organization: new Map(),
    place: new Map(),
  }
  for (const mention of mentions) {
    const named = byName[mention.type]
    let group = named.get(mention.name)
    if (group === undefined) {
      const key = canonicalKey(mention)
      const keyed = byKey[mention.type]
      group = keyed.get(key)
      if (group === undefined) {
        group = { type: mention.type, name: key, mentions: [] }
        keyed.set(key, group)
        groups.push(group)
      }
      named.set(mention.name, group)
    }
    group.mentions.push(mention)
  }
  mergeFullNames(groups, text)
  mergeShortNames(groups)
  mergeMiddleNames(groups)
  mergeCountryForms(byKey.organization)
  mergeSeatLessForms(byKey.organization)
  mergeParentForms(byKey.organization, text)
  mergeOfficeForms(byKey.organization)
  mergePlaceLessForms(byKey.organization)
  mergeLevelLessForms(byKey.organization, text)
  mergeGovernmentForms(byKey.organization)
  mergeMisspeltForms(byKey.organization)
  mergeZoneShortForms(byKey.place)
  const entities: Entity[] = []
  for (const group of groups) {
    if (group.mentions.length === 0) continue
    entities.push(toEntity(sortByStart(group.mentions, mentionStart)))
  }
  return sortByStart(entities, entityStart)
}

const mentionStart = (named: NamedMention) => named.mention.start
const entityStart = (entity: Entity) => entity.mentions[0]!.start

// Mentions mostly come in text order already, and a check costs less than a sort; the sort is stable,
// so skipping it when nothing is out of order changes nothing.
function sortByStart<T>(items: T[], start: (item: T) => number): T[] {
  for (let index = 1; index < items.length; index++) {
    if (start(items[index - 1]!) > start(items[index]!)) return items.sort((a, b) => start(a) - start(b))
  }
  return items
}

/** A mention's text as an alias: without a leading "the", single-spaced. */
export function tidySurface(text: string): string {
  let surface = text
  // Only a text starting with a "t" can start with "the".
  const first = surface.charCodeAt(0)
  if (first === 0x74 || first === 0x54) surface = surface.replace(/^the\s+/i, '')
  return singleSpaced(surface)
}

// The gazetteer's common names of countries ("Germany").
const countryNames: ReadonlySet<string> = new Set(countries.map((country) => country.name))

function toEntity(group: readonly NamedMention[]): Entity {
  const type = group[0]!.type
  // The forms the entity is written in, in order of first use.
  const surfaces = new Set<string>()
  let text: string | undefined
  for (const mention of group) {
    if (mention.mention.pronoun) continue
    // An entity's mentions are mostly written the same way: tidy a text only when it differs.
    if (mention.mention.text === text) continue
    text = mention.mention.text
    surfaces.add(tidySurface(text))
    // "2 Anke Wiesler": a stray footnote digit the mention keeps; the clean form is an alias too.
    if (type === 'person' && text.charCodeAt(0) <= 0x39 && /^\d+ /.test(text)) surfaces.add(mention.name)
  }
  const name = chooseName(type, group, surfaces)
  const aliases: string[] = []
  for (const surface of surfaces) if (surface !== name) aliases.push(surface)
  const roles: Evidence[] = []
  let seenRoles: Set<string> | undefined
  for (const mention of group) {
    // Most mentions have no roles: the set is made for the first one.
    for (const role of mention.roles) {
      seenRoles ??= new Set()
      if (seenRoles.has(role.text)) continue
      seenRoles.add(role.text)
      roles.push(role)
    }
  }
  let generic = true
  const mentions: Mention[] = new Array(group.length)
  for (let index = 0; index < group.length; index++) {
    const named = group[index]!
    if (!named.generic) generic = false
    mentions[index] = named.mention
  }
  // Two literals rather than a spread: the keys in the model's order, and no copy.
  const id = `${type}:${name}`
  return generic
    ? { id, type, name, aliases, roles, generic: true, mentions }
    : { id, type, name, aliases, roles, mentions }
}

function chooseName(type: EntityType, group: readonly NamedMention[], surfaces: ReadonlySet<string>): string {
  if (type === 'person') {
    // The bare full name, preferring the form written with capitals: the first full name with a
    // capital and the most words ("Ruth K. Okafor" over a "Ruth Okafor" written first), else the first
    // full name, else the same among all the names.
    let full: string | undefined
    let capital: string | undefined
    let capitalWords = 0
    let any: string | undefined
    let anyCapital: string | undefined
    for (const mention of group) {
      if (mention.mention.pronoun) continue
      const name = mention.name
      if (name.includes(' ')) {
        if (startsWithCapital(name) && name !== capital) {
          const words = wordCount(name)
          if (words > capitalWords) {
            capital = name
            capitalWords = words
          }
        }
        full ??= name
      } else if (full === undefined) {
        any ??= name
        if (anyCapital === undefined && startsWithCapital(name)) anyCapital = name
      }
    }
    return capital ?? full ?? anyCapital ?? any ?? group[0]!.name
  }
  // A country the gazetteer knows, written both ways, goes by its common name ("Norway", not "Kingdom of
  // Norway"); the official form stays an alias.
  if (type === 'place' && surfaces.size > 1) {
    const known = group.find((named) => countryNames.has(named.name) && surfaces.has(named.name))
    if (known) return known.name
  }
  // The longest form, but "North-East Asia" over "North-East Asia region"; the first of equals.
  let best: string | undefined
  let bestRank = Number.NEGATIVE_INFINITY
  for (const surface of surfaces) {
    const value = rank(surface)
    if (value > bestRank) {
      best = surface
      bestRank = value
    }
  }
  return best ?? group[0]!.name
}

function startsWithCapital(name: string): boolean {
  return /^\p{Lu}/u.test(name)
}

// "the 12th CPC Xinbao Municipal Committee", "the Standing Committee of the 16th Xinbao Municipal People's
// Congress" go by the name without the term's number.
function rank(surface: string): number {
  return (
    surface.length -
    (/ (?:region|area)$/i.test(surface) ? 1000 : 0) -
    (termNumber.test(surface) ? 500 : 0) -
    // "Qinghai Survey Society (QSS) Velsk Branch" goes by the name without the acronym said again.
    (surface.includes(' (') && innerAcronym.test(surface) ? 500 : 0)
  )
}
