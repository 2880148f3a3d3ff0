/**
 * Merging the mentions of an article into entities: one per real-world person, body or place, with
 * its fullest name, the other forms it goes by, and the roles attached to it.
 */
import type { Entity, EntityType, Evidence, Mention } from '../model.js'
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

/**
 * Group `mentions` (in text order) into entities, in order of first mention.
 */
export function resolveEntities(mentions: readonly NamedMention[]): Entity[] {
  const groups = new Map<string, NamedMention[]>()
  // The same names recur through an article: work out each one's key once.
  const keys: Record<EntityType, Map<string, string>> = {
    person: new Map(),
    organization: new Map(),
    place: new Map(),
  }
  for (const mention of mentions) {
    const known = keys[mention.type]
    let key = known.get(mention.name)
    if (key === undefined) {
      key = `${mention.type}:${canonicalKey(mention)}`
      known.set(mention.name, key)
    }
    const group = groups.get(key)
    if (group) group.push(mention)
    else groups.set(key, [mention])
  }
  mergeShortNames(groups)
  const entities: Entity[] = []
  for (const [key, group] of groups) {
    if (group.length === 0) continue
    group.sort((a, b) => a.mention.start - b.mention.start)
    entities.push(toEntity(key, group))
  }
  return entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
}

function canonicalKey(mention: NamedMention): string {
  const name = mention.name.toLowerCase().replace(/^the /, '').replace(/’/g, "'").replace(/\s+/g, ' ')
  if (mention.type !== 'organization') return name
  // "CPC Committee of Dalian" and "Dalian Municipal Party Committee" are the same body.
  const cpc =
    /^cpc (?:municipal )?committee of (.+)$/.exec(name) ?? /^(.+) municipal committee of the cpc$/.exec(name)
  return cpc ? `${cpc[1]} municipal party committee` : name
}

// "Mr. Tan" or "Mayor Tan" joins the one person named Tan …; "the Northeast" joins "Northeast China".
function mergeShortNames(groups: Map<string, NamedMention[]>): void {
  const keys = [...groups.keys()]
  const split = keys.map(splitKey)
  const nameWords = split.map(([, name]) => name.split(' '))
  for (const [position, key] of keys.entries()) {
    const [type, name] = split[position]!
    if (name.includes(' ') || type === 'organization') continue
    if (type === 'place' && !compass.has(name)) continue
    const targets = keys.filter((other, index) => {
      if (other === key) return false
      if (split[index]![0] !== type) return false
      const words = nameWords[index]!
      return type === 'person'
        ? words[0] === name || words.at(-1) === name
        : words[0] === name && words.length === 2
    })
    const target = targets.length === 1 ? targets[0] : sameTitle(groups, key, targets)
    if (target === undefined) continue
    // A loop, not a spread: a huge article can give one name more mentions than a call takes arguments.
    const into = groups.get(target)!
    for (const mention of groups.get(key)!) into.push(mention)
    groups.set(key, [])
  }
}

// "Professor Wang" when the article has two Wangs: the one whose role has the same title, if only one does.
function sameTitle(
  groups: Map<string, NamedMention[]>,
  key: string,
  targets: readonly string[],
): string | undefined {
  const titles = new Set(
    groups.get(key)!.flatMap((mention) => mention.roles.map((role) => role.text.toLowerCase())),
  )
  if (titles.size === 0) return undefined
  const matching = targets.filter((target) =>
    groups.get(target)!.some((mention) =>
      mention.roles.some((role) => {
        const text = role.text.toLowerCase()
        for (const title of titles) if (text === title || text.startsWith(`${title} `)) return true
        return false
      }),
    ),
  )
  return matching.length === 1 ? matching[0] : undefined
}

// Keys are in lower case.
const compass = new Set([...compassPoints].map((point) => point.toLowerCase()))

function splitKey(key: string): [EntityType, string] {
  const colon = key.indexOf(':')
  return [key.slice(0, colon) as EntityType, key.slice(colon + 1)]
}

function toEntity(_key: string, group: readonly NamedMention[]): Entity {
  const type = group[0]!.type
  const surfaces = new Map<string, number>()
  let text: string | undefined
  let surface = ''
  for (const mention of group) {
    if (mention.mention.pronoun) continue
    // An entity's mentions are mostly written the same way: tidy a text only when it differs.
    if (mention.mention.text !== text) {
      text = mention.mention.text
      surface = text.replace(/^the\s+/i, '').replace(/\s+/g, ' ')
    }
    surfaces.set(surface, (surfaces.get(surface) ?? 0) + 1)
  }
  const name = chooseName(type, group, [...surfaces.keys()])
  const aliases = [...surfaces.keys()].filter((surface) => surface !== name)
  const roles: Evidence[] = []
  const seenRoles = new Set<string>()
  for (const mention of group) {
    for (const role of mention.roles) {
      if (seenRoles.has(role.text)) continue
      seenRoles.add(role.text)
      roles.push(role)
    }
  }
  const generic = group.every((mention) => mention.generic)
  return {
    id: `${type}:${name}`,
    type,
    name,
    aliases,
    roles,
    ...(generic ? { generic: true } : {}),
    mentions: group.map((named) => named.mention),
  }
}

function chooseName(type: EntityType, group: readonly NamedMention[], surfaces: readonly string[]): string {
  if (type === 'person') {
    // The bare full name, preferring the form written with capitals.
    const names = group.filter((mention) => !mention.mention.pronoun).map((mention) => mention.name)
    const full = names.filter((name) => name.includes(' '))
    const pool = full.length > 0 ? full : names
    return pool.find((name) => /^\p{Lu}/u.test(name)) ?? pool[0] ?? group[0]!.name
  }
  // The longest form, but "North-East Asia" over "North-East Asia region".
  const ranked = [...surfaces].sort((a, b) => rank(b) - rank(a))
  return ranked[0] ?? group[0]!.name
}

function rank(surface: string): number {
  return surface.length - (/ (?:region|area)$/i.test(surface) ? 1000 : 0)
}
