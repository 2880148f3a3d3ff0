/**
 * Merging the mentions of an article into entities: one per real-world person, body or place, with
 * its fullest name, the other forms it goes by, and the roles attached to it.
 */
import { countries } from '../data/countries.js'
import { countryAndDivisionKinds, knownPlaces, type PlaceKind } from '../data/places.js'
import type { Entity, EntityType, Evidence, Mention } from '../model.js'
import { singleSpaced } from '../white-space.js'
import { spellingKey } from './name-words.js'
import { compassPoints } from './word-classes.js'

/** A mention with the name and roles its finding gave it. */
export interface NamedMention {
  /** The mention as the entity will list it. */
  readonly mention: Mention
  readonly type: EntityType
  readonly name: string
  readonly generic?: boolean
  readonly roles: readonly Evidence[]
}

/** The mentions that share a type and a canonical name: one entity, unless merged into another. */
interface Group {
  readonly type: EntityType
  /** The canonical name: lower case, without a leading "the", single-spaced. */
  readonly name: string
  mentions: NamedMention[]
}

/**
 * Group `mentions` (in text order) into entities, in order of first mention.
 */
export function resolveEntities(mentions: readonly NamedMention[]): Entity[] {
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
  mergeFullNames(groups)
  mergeShortNames(groups)
  mergeCountryForms(byKey.organization)
  mergePlaceLessForms(byKey.organization)
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

/** The name `mention` is grouped under: lower case, without "the", single-spaced, one form per body. */
export function canonicalKey(mention: Pick<NamedMention, 'name' | 'type'>): string {
  let name = mention.name.toLowerCase()
  // Each step only when it has something to do: names are mostly plain words and single spaces.
  if (name.startsWith('the ')) name = name.slice(4)
  if (name.includes('’')) name = name.replace(/’/g, "'")
  name = singleSpaced(name)
  // "Mr. Mueller" is "Jonas Müller", "Lv Qinghe" is "Lü Qinghe": one person, however it is spelt.
  if (mention.type === 'person') return spellingKey(name)
  if (mention.type !== 'organization' || !partyBodyWord.test(name)) return name
  return partyBodyKey(name)
}

const partyBodyWord = /committee|congress|cpc|cppcc/
// A term's number before a party committee, a people's congress or a CPPCC committee: "the 12th CPC Xinbao
// Municipal Committee" is the committee, "the 3rd People's Hospital" is another body than a hospital.
const termNumber = /(^|of (?:the )?)\d+(?:st|nd|rd|th) (?=.*(?:committee|congress|cppcc|cpc)$)/i
// A local party committee and a local CPPCC committee are each written three ways ("CPC Xinbao Municipal
// Committee", "Xinbao Municipal Committee of the CPC", "Xinbao Municipal Party Committee"); the level words.
const level = '(municipal|provincial|district|county|city)'
const cpcFirst = new RegExp(`^cpc (.+) ${level} committee$`)
const cpcAfter = new RegExp(`^(.+) ${level} committee of the cpc$`)
const cppccFirst = new RegExp(`^cppcc (.+) ${level} committee$`)

// The key of an organization's lower-case name, one form per local party or CPPCC committee.
function partyBodyKey(lower: string): string {
  let name = lower
  if (name.charCodeAt(0) <= 57 || name.includes(' of ')) name = name.replace(termNumber, '$1')
  // "the Standing Committee of the CPPCC Xinbao Municipal Committee": the body inside takes its own key.
  const standing = /^standing committee of (?:the )?(.+)$/.exec(name)
  if (standing) return `standing committee of the ${partyBodyKey(standing[1]!)}`
  // "CPC Committee of Dalian" and "Dalian Municipal Party Committee" are the same body.
  const cpc = /^cpc (?:municipal )?committee of (.+)$/.exec(name)
  if (cpc) return `${cpc[1]} municipal party committee`
  const party = cpcFirst.exec(name) ?? cpcAfter.exec(name)
  if (party) return `${party[1]} ${party[2]} party committee`
  const cppcc = cppccFirst.exec(name)
  return cppcc ? `${cppcc[1]} ${cppcc[2]} committee of the cppcc` : name
}

/** A mention's text as an alias: without a leading "the", single-spaced. */
export function tidySurface(text: string): string {
  let surface = text
  // Only a text starting with a "t" can start with "the".
  const first = surface.charCodeAt(0)
  if (first === 0x74 || first === 0x54) surface = surface.replace(/^the\s+/i, '')
  return singleSpaced(surface)
}

// One person written as two full names: "Kaito Mori" joins "Mori Kaito" (the other order, as Japanese and
// Chinese names are written both ways), and "Pavel Lebedev" or "Ruth Okafor" join "Pavel Andreyevich
// Lebedev" and "Ruth K. Okafor" (without the patronymic, middle name or initial), so that "Mr. Lebedev"
// then has one person to join. A two-word name that fits two longer names ("Ruth A. Okafor" and "Ruth K.
// Okafor") joins neither.
function mergeFullNames(groups: readonly Group[]): void {
  let twoWord: Group[] | undefined
  // Two-word names and their place in `twoWord`, which is in order of first mention.
  const byName = new Map<string, number>()
  // Names of three or more words, by their first and last word.
  const byEnds = new Map<string, Group[]>()
  for (const group of groups) {
    const name = group.name
    const space = name.indexOf(' ')
    if (group.type !== 'person' || space === -1) continue
    const lastSpace = name.lastIndexOf(' ')
    if (lastSpace === space) {
      twoWord ??= []
      byName.set(name, twoWord.length)
      twoWord.push(group)
    } else {
      listUnder(byEnds, `${name.slice(0, space)}${name.slice(lastSpace)}`, group)
      if (name.includes('-', lastSpace)) listUnder(byEnds, `-${name.slice(space + 1)}`, group)
    }
  }
  // Most articles have no two people of the same name in two forms: nothing to do without two-word names.
  if (twoWord === undefined) return
  for (let index = 0; index < twoWord.length; index++) {
    const group = twoWord[index]!
    const space = group.name.indexOf(' ')
    const reversed = byName.get(`${group.name.slice(space + 1)} ${group.name.slice(0, space)}`)
    // The later-written form joins the earlier ("Kaito Kaito" is no pair).
    if (reversed !== undefined && reversed > index) joinReversed(twoWord[reversed]!, group)
  }
  for (const group of twoWord) {
    if (group.mentions.length === 0) continue
    // "Lau Chun-kit" joins "Marcus Lau Chun-kit": a Hong Kong or Taiwan name without the English name
    // before it (only with a hyphenated given name, which no other name ends with).
    const longer =
      byEnds.get(group.name) ?? (group.name.includes('-') ? byEnds.get(`-${group.name}`) : undefined)
    if (longer?.length === 1) moveMentions(group, longer[0]!)
  }
}

// "Muchen Lin … Lin Muchen": a Chinese name written given name first too goes by the order a Chinese
// name rule read, surname first, as the article's other Chinese names do; the other order stays an alias.
function joinReversed(later: Group, earlier: Group): void {
  const chinese = chineseReading(later) && !chineseReading(earlier) ? later : undefined
  if (chinese === undefined) {
    moveMentions(later, earlier)
    return
  }
  const name = chinese.mentions[0]!.name
  const renamed: NamedMention[] = []
  for (const mention of earlier.mentions) renamed.push(mention.name === name ? mention : { ...mention, name })
  earlier.mentions = renamed
  moveMentions(later, earlier)
}

function chineseReading(group: Group): boolean {
  return group.mentions.some((named) => chineseNameRules.has(named.mention.rule))
}

const chineseNameRules = new Set([
  'person-chinese-name',
  'person-titled-chinese-name',
  'person-chinese-name-stray',
])

function moveMentions(from: Group, to: Group): void {
  // A loop, not a spread: a huge article can give one name more mentions than a call takes arguments.
  for (const mention of from.mentions) to.mentions.push(mention)
  from.mentions = []
}

// "Mr. Tan" or "Mayor Tan" joins the one person named Tan …; "the Northeast" joins "Northeast China";
// "Kelan" joins "Kelan District" (or "Kelan Town") named in the same article.
function mergeShortNames(groups: readonly Group[]): void {
  // Which groups a one-word name could join, by that word, in group order: a person's by the first or
  // last word of its name, a place's by the first word of a two-word name or of a division's name. Only a
  // name of more than one word can be joined (a one-word name with the same word would be the same group).
  const people = new Map<string, Group[]>()
  const places = new Map<string, Group[]>()
  const divisions = new Map<string, Group[]>()
  for (const group of groups) {
    const name = group.name
    const space = name.indexOf(' ')
    if (space === -1 || group.type === 'organization' || group.mentions.length === 0) continue
    const first = name.slice(0, space)
    const lastSpace = name.lastIndexOf(' ')
    if (group.type === 'place') {
      if (lastSpace === space) listUnder(places, first, group)
      if (divisionTail.test(name.slice(space + 1))) listUnder(divisions, first, group)
      continue
    }
    listUnder(people, first, group)
    const last = name.slice(lastSpace + 1)
    if (last !== first) listUnder(people, last, group)
  }
  for (const group of groups) {
    const { type, name } = group
    if (name.includes(' ') || type === 'organization') continue
    let targets: Group[] | undefined
    if (type === 'person') targets = people.get(name)
    else if (compass.has(name)) targets = places.get(name)
    else if (divisions.has(name) && mayNameDivision(group)) targets = divisions.get(name)
    if (targets === undefined) continue
    const target = targets.length === 1 ? targets[0] : sameTitle(group, targets)
    if (target === undefined) continue
    moveMentions(group, target)
  }
}

// "the Ministry of Trade" joins "the Ministry of Trade of the Republic of Korea" in the same article: a
// state body's name with its country is the full form of the name without it. Only a name with an
// of-phrase of its own before the country: "Bank of Korea" is not a "Bank".
function mergeCountryForms(organizations: ReadonlyMap<string, Group>): void {
  for (const group of organizations.values()) {
    if (group.mentions.length === 0) continue
    const name = group.mentions[0]!.name
    // Each "of" after the first may start the country, which may have one of its own: "… of the
    // People's Republic of China".
    let of = name.indexOf(' of ', name.indexOf(' of ') + 4)
    while (of !== -1 && knownPlaces.get(name.slice(of + 4).replace(/^the /, ''))?.kind !== 'country') {
      of = name.indexOf(' of ', of + 4)
    }
    if (of === -1) continue
    const short = organizations.get(canonicalKey({ name: name.slice(0, of), type: 'organization' }))
    if (short && short !== group) moveMentions(short, group)
  }
}

// "the Federal Reserve" joins "the US Federal Reserve", "Qiaolan Port Group" joins "Dalian Qiaolan Port Group
// Co., Ltd.": a body's name without the country, province or city it starts with (and without a company's
// legal form) is the same body, when only one body of the article has it and it has two words or more
// ("Dalian Port" is not a "Port").
function mergePlaceLessForms(organizations: ReadonlyMap<string, Group>): void {
  let fuller: Map<string, Group | null> | undefined
  for (const group of organizations.values()) {
    if (group.mentions.length === 0) continue
    const rest = withoutPlace(group.mentions[0]!.name)
    if (rest === undefined) continue
    const key = canonicalKey({ name: rest, type: 'organization' })
    fuller ??= new Map()
    const known = fuller.get(key)
    fuller.set(key, known === undefined || known === group ? group : null)
  }
  if (fuller === undefined) return
  for (const [key, group] of fuller) {
    const short = organizations.get(key)
    // A generic "the port group" stays what the rules made of it.
    if (group && short && short !== group && !short.mentions.every((named) => named.generic)) {
      moveMentions(short, group)
    }
  }
}

// The legal forms a company's name ends in that its short form leaves out (not "Company" or "Group", which
// short forms keep: "Fenghai Shipping Company").
const legalTail =
  /,? (?:Co\.,? ?Ltd\.?|Co\.|Ltd\.|Inc\.|Corp\.|Corporation|Limited|Company Limited|LLC|GmbH|AG)$/

// A body's name without its legal form and the place it starts with, or undefined when it starts with none.
function withoutPlace(name: string): string | undefined {
  const space = name.indexOf(' ')
  if (space === -1) return undefined
  const kind = knownPlaces.get(name.slice(0, space))?.kind
  if (kind === undefined || !countryAndDivisionKinds.has(kind)) return undefined
  let rest = name.slice(space + 1)
  if (rest.includes(' ')) rest = rest.replace(legalTail, '')
  // "the Municipal Party Committee" in a county's article may be the city's: a level word names no body.
  if (/^(?:Municipal|Provincial|District|County|City|Town|Township|State|National) /.test(rest))
    return undefined
  return /^\p{Lu}\S* \S/u.test(rest) ? rest : undefined
}

function listUnder(index: Map<string, Group[]>, word: string, group: Group): void {
  const list = index.get(word)
  if (list) list.push(group)
  else index.set(word, [group])
}

// "Professor Wang" when the article has two Wangs: the one whose role has the same title, if only one does.
function sameTitle(group: Group, targets: readonly Group[]): Group | undefined {
  const titles = new Set<string>()
  for (const mention of group.mentions) for (const role of mention.roles) titles.add(role.text.toLowerCase())
  if (titles.size === 0) return undefined
  let matching: Group | undefined
  for (const target of targets) {
    const matches = target.mentions.some((mention) =>
      mention.roles.some((role) => {
        const text = role.text.toLowerCase()
        for (const title of titles) if (text === title || text.startsWith(`${title} `)) return true
        return false
      }),
    )
    if (!matches) continue
    if (matching) return undefined
    matching = target
  }
  return matching
}

// The end of a division's name after its own first word: a division of a city or county whose bare name
// stands for it once it is named ("Jinzhou District" … "Jinzhou", "Tumen Left Wing Autonomous County" … "Tumen"), not a region around a city ("Tashkent
// Region" is not Tashkent) nor a zone ("Dalian Area" of a free trade zone).
const divisionTail = new RegExp(
  '^(?:new (?:district|area)|(?:(?:left|right|front|rear|middle) (?:wing )?){0,2}' +
    '(?:(?:island|manchu|korean|mongolian|hui) )?(?:autonomous )?' +
    '(?:district|county|city|town|township|village|subdistrict|sub-district|banner))$',
)

// Whether the one-word place `group` may be the short name of a division: not a country, a province or a
// region, which a town or district named after it is not ("Mexico" is not "Mexico City"), and never
// written as a city of its own ("Kelan City" is not "Kelan District").
function mayNameDivision(group: Group): boolean {
  const first = group.mentions[0]!
  const kind = knownPlaces.get(first.name)?.kind
  if (kind !== undefined && largePlaceKinds.has(kind)) return false
  for (const { mention, name } of group.mentions) if (mention.text !== name) return false
  return true
}

const largePlaceKinds: ReadonlySet<PlaceKind> = new Set([
  'country',
  'territory',
  'provincial-level division',
  'region',
  'continent',
])

// The gazetteer's common names of countries ("Germany").
const countryNames: ReadonlySet<string> = new Set(countries.map((country) => country.name))

// Keys are in lower case.
const compass = new Set([...compassPoints].map((point) => point.toLowerCase()))

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

function wordCount(name: string): number {
  let words = 1
  for (let index = name.indexOf(' '); index !== -1; index = name.indexOf(' ', index + 1)) words++
  return words
}

function startsWithCapital(name: string): boolean {
  return /^\p{Lu}/u.test(name)
}

// "the 12th CPC Xinbao Municipal Committee", "the Standing Committee of the 16th Xinbao Municipal People's
// Congress" go by the name without the term's number.
function rank(surface: string): number {
  return (
    surface.length - (/ (?:region|area)$/i.test(surface) ? 1000 : 0) - (termNumber.test(surface) ? 500 : 0)
  )
}
