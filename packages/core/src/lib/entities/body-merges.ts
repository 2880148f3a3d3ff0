/**
 * Joining the groups of an article's mentions that name one body in two forms: a state body without its
 * country, a body without the place its name starts with.
 */
import { nationalBodies, organisationHeadWords, portfolioWords } from '../data/organisations.js'
import { isPinyinName } from '../data/pinyin.js'
import { countryAndDivisionKinds, knownPlaces } from '../data/places.js'
import { canonicalKey, type Group, moveMentions } from './groups.js'
import { mayStandAlone } from './parent-forms.js'
import { wordCount } from './word-shape.js'

/**
 * Joins a state body's name without its country to the name with it in the same article: "the Ministry of
 * Trade" to "the Ministry of Trade of the Republic of Korea". Only a name with an of-phrase of its own
 * before the country: "Bank of Korea" is not a "Bank".
 */
export function mergeCountryForms(organizations: ReadonlyMap<string, Group>): void {
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

/**
 * Joins a body named without the country or foreign division its name ends in to the one body of the
 * article named with it: "the Kelso Lantern Festival Organizing Committee" to "… of Portugal", "the Tsuru
 * Ironware Association" to "… of Gifu Prefecture". Only a short form that says which body it is (not the
 * "Bank" of "Bank of Korea", nor the "National Museum" of "National Museum of Korea") and starts with no
 * country (the "Korea Tea Guild" of "… of Zambia" may be the national one), and not when two
 * bodies of the article drop to it.
 */
export function mergeSeatLessForms(organizations: ReadonlyMap<string, Group>): void {
  mergeDroppedForms(organizations, (group) => {
    // A cheap test of the key first: most bodies have no of-phrase.
    if (!group.name.includes(' of ')) return undefined
    const name = group.mentions[0]!.name
    const of = name.lastIndexOf(' of ')
    if (!isForeignSeat(name.slice(of + 4))) return undefined
    const bare = name.slice(0, of)
    if (!mayStandAlone(bare)) return undefined
    return knownPlaces.get(bare.slice(0, bare.indexOf(' ')))?.kind === 'country' ? undefined : bare
  })
}

// The kinds of place a body abroad names as its seat.
const seatKinds: ReadonlySet<string> = new Set(['country', 'territory', 'foreign division'])
// A division abroad by its level word, its name no Chinese place: "Gifu Prefecture", "Amur Oblast".
const foreignLevel = /^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) (?:Prefecture|Oblast|Krai|Province|State)$/u
const chineseKinds: ReadonlySet<string> = new Set([
  'provincial-level division',
  'prefecture-level division',
  'county-level city',
  'district',
  'locality',
  'new area',
])

// Whether an of-phrase is a country or a division abroad ("South Korea", "Gifu Prefecture").
function isForeignSeat(phrase: string): boolean {
  const seat = phrase.startsWith('the ') ? phrase.slice(4) : phrase
  const kind = knownPlaces.get(seat)?.kind
  if (kind !== undefined) return seatKinds.has(kind)
  const match = foreignLevel.exec(seat)
  if (!match) return false
  const own = knownPlaces.get(match[1]!)?.kind
  return own === undefined || !chineseKinds.has(own)
}

/**
 * Joins a body's name without the country, province or city it starts with (and without a company's legal
 * form) to the full name: "the Federal Reserve" to "the US Federal Reserve", "Qiaolan Port Group" to
 * "Dalian Qiaolan Port Group Co., Ltd."; only when one body of the article has that short form and it has
 * two words or more ("Dalian Port" is not a "Port").
 */
export function mergePlaceLessForms(organizations: ReadonlyMap<string, Group>): void {
  mergeAcronymLeads(organizations)
  mergeDroppedForms(organizations, (group) => withoutPlace(group.mentions[0]!.name))
}

/**
 * Joins a city's or province's body named without its level word to the one body of the article named
 * with it: "the Xinbao Civil Air Defense Office" to "the Xinbao Municipal Civil Air Defence Office" (the
 * spelling is the key's business). Not when two bodies of the article drop to that short form, nor when
 * `text` (the article's) joins the two forms by "and" in one sentence: two bodies.
 */
export function mergeLevelLessForms(organizations: ReadonlyMap<string, Group>, text: string): void {
  mergeDroppedForms(
    organizations,
    (group) => {
      // A cheap test of the key first: most bodies have no level word.
      if (!levelInKey.test(group.name)) return undefined
      const match = levelAfterPlace.exec(group.mentions[0]!.name)
      return match ? `${match[1]} ${match[2]}` : undefined
    },
    (short, group) => joinedByAnd(short, group, text),
  )
}

/**
 * Joins "the Xinbao government" to the one city's, county's, district's or province's people's government
 * of the article whose place it names: "Xinbao Municipal People's Government", "Xinbao County People's
 * Government". Not when two governments of one place are named ("Xinbao District …" and "Xinbao Municipal
 * …"): then the short form may be either.
 */
export function mergeGovernmentForms(organizations: ReadonlyMap<string, Group>): void {
  mergeDroppedForms(organizations, (group) => {
    // A cheap test of the key first: most bodies are no government.
    if (!group.name.endsWith("people's government")) return undefined
    const match = governmentOfPlace.exec(group.mentions[0]!.name)
    return match ? `${match[1]} government` : undefined
  })
}

/**
 * Joins a body's office or branch called by its place alone ("the Xinbao Office", "the Xinbao Branch
 * Office") to the one body of the article named "<that form> of <its parent>" ("the Xinbao Office of the
 * Trade Mission of Ruritania in Kelso"): an office is some body's, and the article has named whose. Not
 * when two bodies of the article drop to that form, nor when the of-phrase is a place ("the Xinbao Office of
 * Kelso").
 */
export function mergeOfficeForms(organizations: ReadonlyMap<string, Group>): void {
  mergeDroppedForms(organizations, (group) => {
    // A cheap test of the key first: most bodies are no office of anything.
    if (!officeOfInKey.test(group.name)) return undefined
    const name = group.mentions[0]!.name
    const of = name.indexOf(' of ')
    const bare = name.slice(0, of)
    const match = placeOffice.exec(bare)
    if (!match || !knownPlaces.has(match[1]!)) return undefined
    const parent = name.slice(of + (name.startsWith(' of the ', of) ? 8 : 4))
    return /^\p{Lu}/u.test(parent) && !knownPlaces.has(parent) ? bare : undefined
  })
}

const officeOfInKey = / (?:office|branch) of /
// A place of one or two capitalised words (the fewest that fit), then the office's words: "Xinbao Office",
// "Xinbao Branch Office", "Xinbao Representative Office", "Xinbao Branch".
const placeOffice =
  /^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)??) (?:(?:Branch|Representative|Liaison) )?(?:Office|Branch)$/u

// A place of one or two capitalised words (not taking the level word), perhaps its level word, then
// "People's Government".
const governmentOfPlace =
  /^(?:the )?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)??) (?:(?:Municipal|Provincial|County|District|City) )?People['’]s Government$/u

/**
 * Joins a body's name misspelt by one letter left out of a long word to the body the article names rightly:
 * "the Tarvik Institute of Oceanograpy" to "… of Oceanography" (or the other way round, a letter too
 * many). Only names of three words or more, a word of seven letters or more, and no pinyin word: the place
 * a name starts with may differ by a letter ("Huaian" and "Huaiyan" are two places). An "s" that ends a
 * word is no letter too many: "Tarvik Cargo Terminals Company" and "… Terminal Company" are two firms.
 */
export function mergeMisspeltForms(organizations: ReadonlyMap<string, Group>): void {
  // A cheap test first: most articles have no two names whose keys differ in length by one.
  let lengths: Set<number> | undefined
  for (const group of organizations.values()) {
    if (group.mentions.length === 0) continue
    lengths ??= new Set()
    lengths.add(group.name.length)
  }
  if (lengths === undefined) return
  // Each long name with one letter left out of a long word → its body (null for two).
  let shorter: Map<string, Group | null> | undefined
  for (const group of organizations.values()) {
    const key = group.name
    if (group.mentions.length === 0 || !lengths.has(key.length - 1) || wordCount(key) < 3) continue
    for (let start = 0, end = 0; start < key.length; start = end + 1) {
      end = key.indexOf(' ', start)
      if (end === -1) end = key.length
      if (end - start < minMisspeltWord || isPinyinName(key.slice(start, end))) continue
      for (let at = start; at < end; at++) {
        // "Commitee" once for both "m"s of "Committee".
        if (at > start && key[at] === key[at - 1]) continue
        // "Terminals" is the plural of "Terminal", not a misspelling of it.
        if (at === end - 1 && key[at] === 's') continue
        const variant = key.slice(0, at) + key.slice(at + 1)
        shorter ??= new Map()
        const known = shorter.get(variant)
        shorter.set(variant, known === undefined || known === group ? group : null)
      }
    }
  }
  if (shorter === undefined) return
  for (const [key, group] of shorter) {
    const short = organizations.get(key)
    if (!group || !short || short === group || short.mentions.every((named) => named.generic)) continue
    moveMentions(short, group)
  }
}

// The fewest letters of a word a misspelling is looked for in.
const minMisspeltWord = 7

// Moves each body named by a short form to the one body of the article whose name drops to it (`dropped`,
// `undefined` where it does not): not when two bodies drop to it, nor when `apart` says the article names
// the two apart. A generic short form ("the port group") stays what the rules made of it.
function mergeDroppedForms(
  organizations: ReadonlyMap<string, Group>,
  dropped: (group: Group) => string | undefined,
  apart?: (short: Group, group: Group) => boolean,
): void {
  let fuller: Map<string, Group | null> | undefined
  for (const group of organizations.values()) {
    if (group.mentions.length === 0) continue
    const rest = dropped(group)
    if (rest === undefined) continue
    const key = canonicalKey({ name: rest, type: 'organization' })
    fuller ??= new Map()
    const known = fuller.get(key)
    fuller.set(key, known === undefined || known === group ? group : null)
  }
  if (fuller === undefined) return
  for (const [key, group] of fuller) {
    const short = organizations.get(key)
    if (!group || !short || short === group || short.mentions.every((named) => named.generic)) continue
    if (!apart?.(short, group)) moveMentions(short, group)
  }
}

// Whether a mention of `a` and one of `b` stand side by side in one sentence with "and" between: "the
// Xinbao Provincial Eye Hospital and the Xinbao Eye Hospital" names two hospitals.
function joinedByAnd(a: Group, b: Group, text: string): boolean {
  for (const { mention: one } of a.mentions) {
    for (const { mention: other } of b.mentions) {
      if (one.sentence !== other.sentence) continue
      const [from, to] = one.end <= other.start ? [one.end, other.start] : [other.end, one.start]
      // Only a short gap can be ", and the " (the longest `andGap` takes): no slice of a longer one.
      if (to - from <= maxAndGap && andGap.test(text.slice(from, to))) return true
    }
  }
  return false
}

const andGap = /^,? (?:and|&) (?:the )?$/
const maxAndGap = ', and the '.length
const levelInKey = / (?:municipal|provincial) /
// A place of one or two capitalised words, its level word, and the rest of the name, which starts with a
// capital ("Xinbao Municipal Bureau of Commerce"; not "Xinbao Municipal and Provincial …").
const levelAfterPlace =
  /^(?:the )?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) (?:Municipal|Provincial) (\p{Lu}.*)$/u

/**
 * Joins an acronym to the one body of the article whose long name it starts: "KORVA" to "KORVA Leibniz
 * Centre for Polar Studies Bremen". Not when two bodies start with it, nor when the next word is a head
 * ("CAS Institute of Oceanology" is a body of the CAS), a place or a field (its unit there), nor a
 * national body's acronym ("CPC Central Committee").
 */
function mergeAcronymLeads(organizations: ReadonlyMap<string, Group>): void {
  let leads: Map<string, Group | null> | undefined
  for (const group of organizations.values()) {
    if (group.mentions.length === 0) continue
    const name = group.mentions[0]!.name
    const match = acronymLead.exec(name)
    if (!match || organisationHeadWords.has(match[2]!) || nationalBodyNames.has(match[1]!)) continue
    // "ZPIC Liaoning Energy Company" is the acronym's body in a place, "DDA Trade Office" one in a field:
    // a unit of the body the acronym names, not its long name.
    if (knownPlaces.has(match[2]!) || portfolioWords.has(match[2]!)) continue
    const key = canonicalKey({ name: match[1]!, type: 'organization' })
    leads ??= new Map()
    const known = leads.get(key)
    leads.set(key, known === undefined || known === group ? group : null)
  }
  if (leads === undefined) return
  for (const [key, group] of leads) {
    const short = organizations.get(key)
    if (group && short && short !== group) moveMentions(short, group)
  }
}

// An acronym of three letters or more, then at least three more words of a name, the first kept apart.
const acronymLead = /^(\p{Lu}{3,}) (\p{Lu}[\p{L}-]*) \S+ \S/u
const nationalBodyNames = new Set(nationalBodies)

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
