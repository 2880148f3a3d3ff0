/**
 * Joining a body named with its parent ("the Qinglan Institute of Marine Chemistry of the Chinese Academy
 * of Sciences", "Weiyuan Chemical Company of Quanfeng Group") and the same body named later without it ("the
 * Qinglan Institute of Marine Chemistry", "Weiyuan Chemical Company"): one body, under the full chain.
 */
import { organisationHeadWords } from '../data/organisations.js'
import { knownPlaces } from '../data/places.js'
import { canonicalKey, type Group, moveMentions } from './groups.js'

// Heads that make an of-phrase a body of its own, which a sub-body belongs to: not a trade or field word
// that ends a name's of-phrase as often ("Xinbao University of Technology" is no part of a "Technology").
// biome-ignore format: packed data
const parentHeads: ReadonlySet<string> = new Set([
  'Group', 'Holdings', 'Company', 'Corporation', 'Bank', 'University', 'College', 'Academy', 'Institute',
  'Hospital', 'Association', 'Federation', 'Society', 'Foundation', 'Alliance', 'Council', 'Committee',
  'Commission', 'Bureau', 'Ministry', 'Administration', 'Agency', 'Authority', 'Government', 'Congress',
  'Court', 'Procuratorate', 'Branch', 'CPPCC', 'Chamber',
])

// Words that name what a unit does in any body, not which body it is: "the Standing Committee", "the
// Administrative Committee" of one parent is not that of another, so the bare form stays what it was.
// biome-ignore format: packed data
const genericWords: ReadonlySet<string> = new Set([
  'Standing', 'Administrative', 'Management', 'Working', 'Party', 'General', 'Leading', 'Executive',
  'Permanent', 'Municipal', 'Provincial', 'District', 'County', 'City', 'Town', 'Township', 'State',
  'National', 'Central', 'Local', 'of', 'and', 'the', 'for',
])

// A level word first names a body of some city, province or state, not of this parent ("Municipal Bureau
// of Commerce of …").
const levelFirst = /^(?:Municipal|Provincial|District|County|City|Town|Township|State|National|Central) /

/**
 * Join each body's bare form to the one body of the article named "<bare form> of <parent body>", where
 * the parent is a body by its head ("… of Quanfeng Group", "… of the Chinese Academy of Sciences"), not a
 * place: "the Bureau of Commerce of Xinbao District" and "… of Dalian" are two bodies, and neither is "the
 * Bureau of Commerce". A bare form two chains end in joins neither, unless one chain holds the other, and
 * neither does one the article also places under another body ("the Department of Cardiology at Heyuan
 * Hospital" beside "… of Jinmao Hospital").
 */
export function mergeParentForms(organizations: ReadonlyMap<string, Group>, text: string): void {
  mergeBranchOrders(organizations)
  // The chain each bare form's key is joined to (null for two), longest chain first within a key.
  let chains: Map<string, Group | null> | undefined
  for (const group of organizations.values()) {
    if (group.mentions.length === 0) continue
    const name = group.mentions[0]!.name
    // Each "of" may start the parent: "… Institute of Catalytic Chemistry of the Chinese Academy of …".
    for (let of = name.indexOf(' of '); of !== -1; of = name.indexOf(' of ', of + 4)) {
      const bare = name.slice(0, of)
      if (!isParentBody(name.slice(of + 4)) || !mayStandAlone(bare)) continue
      const key = canonicalKey({ name: bare, type: 'organization' })
      chains ??= new Map()
      const known = chains.get(key)
      chains.set(key, known === undefined || known === group ? group : outerChain(known, group))
    }
  }
  if (chains === undefined) return
  let starts: Map<number, Group> | undefined
  for (const [key, chain] of chains) {
    const bare = organizations.get(key)
    if (chain === null || bare === undefined || bare === chain || chain.mentions.length === 0) continue
    // A generic "the institute" stays what the rules made of it.
    if (bare.mentions.length === 0 || bare.mentions.every((named) => named.generic)) continue
    starts ??= mentionStarts(organizations)
    if (placedElsewhere(bare, chain, starts, text)) continue
    moveMentions(bare, chain)
  }
}

// The words that place a body under another, between a bare form and that body's name: " at ", " in ",
// " of ", " under ", each perhaps with "the ".
const placing = /^ (?:at|in|of|under) (?:the )?$/
// The most characters those words take (" under the ").
const maxPlacing = 11

// Whether a mention of the bare form is placed under another body than the chain's parent ("the Confucius
// Institute at Duanqiao University"): then the article has two bodies of that name, and the bare form may
// be either.
function placedElsewhere(
  bare: Group,
  chain: Group,
  starts: ReadonlyMap<number, Group>,
  text: string,
): boolean {
  for (const named of bare.mentions) {
    const end = named.mention.end
    for (let start = end + 4; start <= end + maxPlacing; start++) {
      const next = starts.get(start)
      if (next === undefined || next === chain || next === bare) continue
      if (!placing.test(text.slice(end, start))) continue
      // "… at Jinmao Hospital" beside "Department of Cardiology of Jinmao Hospital" is the chain's own parent.
      if (!chain.name.endsWith(` ${next.name}`)) return true
    }
  }
  return false
}

// Each organization mention's start, with its group.
function mentionStarts(organizations: ReadonlyMap<string, Group>): Map<number, Group> {
  const starts = new Map<number, Group>()
  for (const group of organizations.values()) {
    for (const named of group.mentions) starts.set(named.mention.start, group)
  }
  return starts
}

// Of two chains with the same bare form, the one that holds the other ("X of P of Q" holds "X of P"), else
// none: "School of Law of Xinbao University" and "… of Qinglan University" are two schools.
function outerChain(known: Group | null, group: Group): Group | null {
  if (known === null) return null
  if (known.name.startsWith(`${group.name} of `)) return known
  if (group.name.startsWith(`${known.name} of `)) return group
  return null
}

// Whether an of-phrase names a body: a capitalised name with a parent's head at its end or before its own
// of-phrase ("Quanfeng Group", "the Chinese Academy of Sciences"), or an acronym ("CAS"), and no place.
function isParentBody(phrase: string): boolean {
  const rest = phrase.startsWith('the ') ? phrase.slice(4) : phrase
  const first = rest.charCodeAt(0)
  if (!(first >= 0x41 && first <= 0x5a)) return false
  if (knownPlaces.has(rest)) return false
  const words = rest.split(' ')
  if (words.length === 1) return /^[A-Z]{2,}$/.test(rest)
  for (let index = 0; index < words.length; index++) {
    if (!parentHeads.has(words[index]!)) continue
    if (index === words.length - 1 || words[index + 1] === 'of') return true
  }
  return false
}

/**
 * Whether a bare form may stand for one body: two words or more with a head, and a word that says which
 * body it is ("Qinglan Institute of Marine Chemistry", "Department of Cardiology"), not only what kind
 * ("Standing Committee", "Municipal Bureau of Commerce").
 */
export function mayStandAlone(bare: string): boolean {
  if (!bare.includes(' ') || levelFirst.test(bare)) return false
  const first = bare.charCodeAt(0)
  if (!(first >= 0x41 && first <= 0x5a)) return false
  let head = false
  let specific = false
  for (const word of bare.split(' ')) {
    if (organisationHeadWords.has(word)) head = true
    else if (!genericWords.has(word)) specific = true
  }
  return head && specific
}

// "<place> Branch of <body>", the place one to three words the gazetteer knows: "Suzhou Branch of Qinghe
// Bank", "Inner Mongolia Branch of the Qinghe Bank".
const branchOf = /^(?:the )?((?:\p{Lu}[\p{L}-]* ){1,3})Branch of (?:the )?(\p{Lu}.*)$/u

/**
 * Joins a branch named "<place> Branch of <body>" and the same branch named "<body> <place> Branch" in one
 * article ("the Suzhou Branch of Qinghe Bank" … "Qinghe Bank Suzhou Branch"): one body in two word orders.
 */
function mergeBranchOrders(organizations: ReadonlyMap<string, Group>): void {
  for (const group of organizations.values()) {
    // A cheap test of the key first: most bodies are no branch of anything.
    if (group.mentions.length === 0 || !group.name.includes(' branch of ')) continue
    const match = branchOf.exec(group.mentions[0]!.name)
    if (!match || !knownPlaces.has(match[1]!.trimEnd())) continue
    const other = organizations.get(
      canonicalKey({ name: `${match[2]} ${match[1]}Branch`, type: 'organization' }),
    )
    if (other && other !== group && other.mentions.length > 0) moveMentions(other, group)
  }
}
