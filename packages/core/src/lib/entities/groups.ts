/**
 * The groups an article's mentions are gathered in before they become entities: a mention with its name,
 * the group of mentions that share a type and a canonical name, and that name.
 */
import { demonyms } from '../data/demonyms.js'
import { knownPlaces } from '../data/places.js'
import type { EntityType, Evidence, Mention } from '../model.js'
import { singleSpaced } from '../white-space.js'
import { personKey } from './nordic-spellings.js'

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
export interface Group {
  readonly type: EntityType
  /** The canonical name: lower case, without a leading "the", single-spaced. */
  readonly name: string
  mentions: NamedMention[]
}

/** The name `mention` is grouped under: lower case, without "the", single-spaced, one form per body. */
export function canonicalKey(mention: Pick<NamedMention, 'name' | 'type'>): string {
  let name = mention.name.toLowerCase()
  // Each step only when it has something to do: names are mostly plain words and single spaces.
  if (name.startsWith('the ')) name = name.slice(4)
  if (name.includes('’')) name = name.replace(/’/g, "'")
  name = singleSpaced(name)
  // "Mr. Mueller" is "Jonas Müller", "Lv Qinghe" is "Lü Qinghe", "Baekholm" "Bækholm": one person,
  // however it is spelt.
  if (mention.type === 'person') return personKey(name)
  if (mention.type !== 'organization') return name
  name = withNationalAcronyms(name)
  // "Xinbao Film Co., Ltd" is "Xinbao Film Co., Ltd.": a legal form's final full stop is often dropped.
  if (name.charCodeAt(name.length - 1) === 0x2e && legalAbbreviation.test(name)) name = name.slice(0, -1)
  // "Kestrow Marine Pte Ltd" is "… Pte. Ltd.", "Xinbao Film Co Ltd" "… Co., Ltd": the stops and the comma
  // inside a two-word legal form are dropped as often.
  if (name.endsWith(' ltd') || name.endsWith(' bhd')) name = name.replace(pairedLegalForm, ' $1 $2')
  // "Qinghai Survey Society (QSS) Velsk Branch" is "Qinghai Survey Society Velsk Branch": an acronym in
  // brackets inside a name is the part before it said again.
  if (name.includes(' (')) name = withoutInnerAcronym(mention.name, name)
  if (americanSpelt.test(name)) name = name.replace(americanWord, (word) => britishSpellings[word]!)
  return partyBodyWord.test(name) ? partyBodyKey(name) : name
}

// A legal form's abbreviation at the end of a name, with its full stop.
const legalAbbreviation = / (?:ltd|co|inc|corp|llc|plc|bhd|pte|gmbh)\.$/
// A two-word legal form at the end of a name, its stops and comma optional: "co., ltd", "pte ltd".
const pairedLegalForm = / (co|pte|sdn)\.?,? (ltd|bhd)$/
/** An acronym in brackets between words of a name, as written: "Society (QSS) Velsk". */
export const innerAcronym = / \(\p{Lu}[\p{Lu}\d&]{1,7}\)(?= \S)/u
// Places written as acronyms the gazetteer does not list by them.
const placeAcronyms = new Set(['HK', 'US', 'USA', 'UK', 'PRC', 'EU', 'SG', 'UAE', 'NZ'])

// The key `lower` of the name `name` without an acronym in brackets inside it ("Bank of Xinbao (BXB)
// Tuoshan Branch"), unless the acronym is a place's ("Xinbao (HK) Trading Co.", a subsidiary there).
function withoutInnerAcronym(name: string, lower: string): string {
  const match = innerAcronym.exec(name)
  if (match === null) return lower
  const acronym = match[0].slice(2, -1)
  if (placeAcronyms.has(acronym) || knownPlaces.has(acronym)) return lower
  return lower.replace(match[0].toLowerCase(), '')
}

// Translations spell one body's name the British or the American way ("Xinbao Civil Air Defence Office",
// later "… Defense Office"): the key takes the British form.
const britishSpellings: Readonly<Record<string, string>> = {
  defense: 'defence',
  center: 'centre',
  program: 'programme',
  organization: 'organisation',
  labor: 'labour',
}
const americanSpelt = new RegExp(`\\b(?:${Object.keys(britishSpellings).join('|')})\\b`)
// The same with the global flag, to replace them all; `americanSpelt` tests without one, whose `test` would
// keep a position between names.
const americanWord = new RegExp(americanSpelt.source, 'g')

// National bodies a body's name may have inside it written out or by their acronym, lower case: "the
// Xinbao Municipal Committee of the Chinese People's Political Consultative Conference" is "… of the CPPCC".
const nationalAcronyms: ReadonlyMap<string, string> = new Map([
  ["chinese people's political consultative conference", 'cppcc'],
  ['communist party of china', 'cpc'],
  ["national people's congress", 'npc'],
  ["people's liberation army", 'pla'],
  ['communist youth league of china', 'cylc'],
  ['all-china federation of trade unions', 'acftu'],
  ['all-china federation of industry and commerce', 'acfic'],
  ['china council for the promotion of international trade', 'ccpit'],
])
const nationalFirstWords = /chinese|communist|national|people's|all-china|china council/

// A name with the national bodies written out inside it put as their acronyms; a name that is only the
// national body stays as it is (it is its own entry beside the acronym).
function withNationalAcronyms(lower: string): string {
  if (!nationalFirstWords.test(lower)) return lower
  let name = lower
  for (const [full, acronym] of nationalAcronyms) {
    if (name === full) return name
    const at = name.indexOf(full)
    if (at === -1) continue
    const end = at + full.length
    // Whole words only: "… of the Chinese People's Political Consultative Conference", not a longer word.
    if ((at > 0 && name[at - 1] !== ' ') || (end < name.length && name[end] !== ' ')) continue
    name = `${name.slice(0, at)}${acronym}${name.slice(end)}`
  }
  return name
}

const partyBodyWord = /committee|congress|cpc|cppcc/
// A term's number before a party committee, a people's congress or a CPPCC committee: "the 12th CPC Xinbao
// Municipal Committee" is the committee, "the 3rd People's Hospital" is another body than a hospital.
export const termNumber = /(^|of (?:the )?)\d+(?:st|nd|rd|th) (?=.*(?:committee|congress|cppcc|cpc)$)/i
// A local party committee and a local CPPCC committee are each written three ways ("CPC Xinbao Municipal
// Committee", "Xinbao Municipal Committee of the CPC", "Xinbao Municipal Party Committee"); the level words.
const level = '(municipal|provincial|district|county|city)'
const cpcFirst = new RegExp(`^cpc (.+) ${level} committee$`)
const cpcAfter = new RegExp(`^(.+) ${level} committee of the cpc$`)
const cppccFirst = new RegExp(`^cppcc (.+) ${level} committee$`)
// A city's or province's CPPCC committee is also written without its level word or with "CPPCC" last
// ("CPPCC Xinbao Committee", "Xinbao Municipal CPPCC", "Xinbao CPPCC"); a district's or county's keeps the
// level, which its place's name needs ("Xinbao District"). One list of the city's and province's level
// words for those short forms and for the long form that keeps its level (in partyBodyKey).
const cityLevelWords = ['municipal', 'provincial', 'city']
const cityLevels = new Set(cityLevelWords)
const cityLevel = `(?: (?:${cityLevelWords.join('|')}))?`
const cppccShort = new RegExp(
  `^(?:cppcc ([^ ].*?)${cityLevel} committee|([^ ].*?)${cityLevel}(?: committee of the)? cppcc)$`,
)
const levelWords = new Set(['municipal', 'provincial', 'city', 'district', 'county', 'national'])

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
  if (cppcc && !cityLevels.has(cppcc[2]!)) {
    return `${cppcc[1]} ${cppcc[2]} committee of the cppcc`
  }
  // One key for a city's or a province's committee in every order: "<place> committee of the cppcc".
  const short = name.endsWith('cppcc') || name.startsWith('cppcc ') ? cppccShort.exec(name) : null
  const place = short?.[1] ?? short?.[2]
  if (place === undefined || levelWords.has(place) || place.includes(' of ') || place.includes('committee')) {
    return name
  }
  return `${place} committee of the cppcc`
}

/** Move every mention of `from` to `to`, leaving `from` empty. */
export function moveMentions(from: Group, to: Group): void {
  // A loop, not a spread: a huge article can give one name more mentions than a call takes arguments.
  for (const mention of from.mentions) to.mentions.push(mention)
  from.mentions = []
}

/** Add `group` to the list `index` keeps under `word`. */
export function listUnder(index: Map<string, Group[]>, word: string, group: Group): void {
  const list = index.get(word)
  if (list) list.push(group)
  else index.set(word, [group])
}

/**
 * The region a country's part of it is named after, for a place the gazetteer lists as "<nationality>
 * <region>" ("Russian Far East" gives "far east", lower case as group names are), else undefined: the
 * region's bare name in an article that names that part is the part ("Russian regions in the Far East").
 */
export function nationalRegionCore(group: Group): string | undefined {
  const name = group.mentions[0]?.name
  const space = name?.indexOf(' ') ?? -1
  if (name === undefined || space === -1 || knownPlaces.get(name)?.kind !== 'region') return undefined
  const core = name.slice(space + 1)
  if (knownPlaces.get(core)?.kind !== 'region') return undefined
  // A country's people's adjective ("Russian"), not a compass word ("Western Siberia" is a part of Siberia
  // the bare name is not).
  const countries = demonyms.get(name.slice(0, space))
  if (!countries?.some((place) => knownPlaces.get(place)?.kind === 'country')) return undefined
  return core.toLowerCase()
}

/** Where `group` is first mentioned in the text. */
export function firstStart(group: Group): number {
  let start = Number.POSITIVE_INFINITY
  for (const named of group.mentions) if (named.mention.start < start) start = named.mention.start
  return start
}
