/**
 * retext-roles: attach job titles to the people retext-entities found — a title before the name
 * ("Mayor Tan", "the company's general manager Keiko Sato") and appositives after it
 * ("Wang Hong, deputy secretary of the Municipal Party Committee and mayor, said"), including a calling
 * after "a" ("Li Na, a pediatrician from Yili Hospital, said").
 */
import type { Root } from 'nlcst'
import { sentenceToks, type Tok } from '../entities/tokens.js'
import type { MentionFinding } from '../findings.js'
import { joinedTitleBefore, type RoleSpan, roleBefore, span, titleRightBefore } from './role-before.js'
import { pastServingAs, postAfterDescription, regionAfterPlace, startsSentence } from './role-bounds.js'
import { isArticle } from './role-heads.js'
import { roleAt } from './role-phrases.js'
import { nextPost, pastProfile, postStart } from './role-posts.js'
import { Reading } from './role-reading.js'
import { forEachSentence } from './sentences.js'

/** Options for retext-roles. */
export interface Options {
  /** Most tokens an "of …" phrase of a role may have (default: 10). */
  readonly maxOfPhrase?: number | null
}

/** A role found in an appositive, and whether its title is plural ("leaders of …"). */
type AppositiveRole = RoleSpan & { readonly plural: boolean }
type Writable<T> = { -readonly [Key in keyof T]: T[Key] }

/** Attach roles to person mentions. */
export default function retextRoles(options?: Readonly<Options> | null) {
  const maxOfPhrase = options?.maxOfPhrase ?? 10
  return (tree: Root): undefined => {
    forEachSentence(tree, (sentence) => {
      const mentions = sentence.data?.mentions
      if (mentions === undefined || !namesPerson(mentions)) return
      const found = findRoles(new Reading(sentenceToks(sentence), mentions), maxOfPhrase)
      if (found === undefined) return
      // A copy by `Object.assign` with one source, then the roles set on it: mentions come in many shapes,
      // and a spread, or a second source, cost several times more. Each list in `found` is this mention's
      // own, so it can be the mention's roles as it is.
      const withRoles = mentions.map((mention) => {
        const roles = found.get(mention)
        if (!roles) return mention
        const copy: Writable<MentionFinding> = Object.assign({}, mention)
        copy.roles = mention.roles ? [...mention.roles, ...roles] : roles
        return copy
      })
      sentence.data = Object.assign({}, sentence.data, { mentions: withRoles })
    })
  }
}

// Most sentences name no person: a plain loop turns them away without a callback per sentence.
function namesPerson(mentions: readonly MentionFinding[]): boolean {
  for (const mention of mentions) if (isPerson(mention)) return true
  return false
}

// A person named, not a pronoun: the mentions roles are found for.
function isPerson(mention: MentionFinding): boolean {
  return mention.type === 'person' && !mention.pronoun
}

// The roles of each person, or undefined when there is none. Most people have none, so nothing is
// allocated for a person until a role is found.
function findRoles(reading: Reading, maxOfPhrase: number): Map<MentionFinding, RoleSpan[]> | undefined {
  const { toks, mentions } = reading
  let found: Map<MentionFinding, RoleSpan[]> | undefined
  for (const mention of mentions) {
    if (!isPerson(mention)) continue
    const first = reading.startingAt(mention.start)
    const last = reading.lastBefore(mention.end)
    if (first === -1 || last === -1) continue
    const before = roleBefore(reading, first, last, maxOfPhrase)
    if (before) {
      // "Founder and CEO Ma Lin": both titles are the person's.
      const joined = joinedTitleBefore(reading, before)
      if (joined) found = addRole(found, mention, joined)
      found = addRole(found, mention, before)
      // "its medical director Professor Ida Lenz": a post before the title the name starts with.
      const outer = before.start === mention.start ? titleRightBefore(reading, first) : undefined
      if (outer) found = addRole(found, mention, outer)
    }
    // "Tao Xinlan (deputy director of the X Bureau) said": a role in brackets right after the name, or
    // roles joined by "and" ("(curator of the show and deputy director of the museum)").
    if (toks[last + 1]?.value === '(') {
      const roles = bracketedRoles(reading, last + 2, maxOfPhrase)
      if (roles) {
        for (const role of roles) found = addRole(found, mention, role)
        continue
      }
    }
    // "Zhang Wei, Li Na, leaders of Jilin city": a plural appositive after a list belongs to every name in
    // it; a singular one only to the last ("Mayor A, B, secretary-general of …, and C": B's alone).
    // The list is made only when a second name follows, which is rare.
    let group: MentionFinding[] | undefined
    let joined = false
    let at = pastSexNote(toks, last + 1)
    while (listsNames(toks[at]?.value) && !joined) {
      const next = personStartingAt(mentions, toks[at + 1]?.start)
      if (!next) break
      joined = toks[at]!.value === 'and'
      group ??= [mention]
      group.push(next)
      at = reading.lastBefore(next.end) + 1
    }
    // "appointed Ma Lan as director of …", "removed Hu Yao from the post of …".
    const post = postStart(toks, at, false)
    if (post !== -1) {
      found = postRoles(reading, post, group ?? [mention], found, maxOfPhrase)
      continue
    }
    // "Professor Eva Lind of Norrvik University, the curator of the show, said": the appositive comes after
    // the body the person is of, when the rules found it.
    if (group === undefined && (toks[at]?.value === 'of' || toks[at]?.value === 'from'))
      at = pastBody(reading, at)
    if (toks[at]?.value !== ',') continue
    // Roles in an appositive: "[the] [Place] (modifier|qualifier)* title [of …] (and role)*".
    let index = pastServingAs(toks, pastProfile(toks, at + 1))
    // Where the last appositive role ended, or -1.
    let ended = -1
    for (;;) {
      let role = roleAt(reading, index, maxOfPhrase, true)
      // "Ana Reis, a Lisbon entrepreneur raised in Porto and chief executive of …": a description that is no
      // role, then the post after its "and".
      if (!role && ended === -1) {
        const post = postAfterDescription(reading, index)
        if (post !== -1) {
          index = post
          role = roleAt(reading, index, maxOfPhrase, true)
        }
      }
      // "A, director of the bureau, and Mayor B": a title inside the next person's mention is theirs.
      if (!role || reading.personStarts.has(role.from)) break
      // "A, director of X, heads of the relevant departments", "A, director of X, and an official of Y": a
      // plural, or a role with an article, after a comma starts the next guests, not another post of A's.
      if (ended !== -1 && toks[ended]?.value === ',' && (role.plural || isArticle(toks[role.from - 1]))) break
      // "A, chief engineer of Hexi Tools Co., Ltd., the group's German partner": after a company, a post with
      // an owner says what the company is.
      if (ended !== -1 && toks[role.from - 1]?.possessive && companyEndsAt(reading, ended)) break
      // "Vice Mayor A, Secretary-General of the Municipal Government B and …": a role right before a name is
      // that person's title, and the appositive has ended.
      const named = startsSentence(toks, role.to)
        ? undefined
        : personStartingAt(mentions, toks[role.to]?.start)
      if (named) {
        found = addRole(found, named, span(toks, role.from, role.to, 'role-title-before'))
        break
      }
      const { start, end, rule } = span(toks, role.from, role.to, 'role-appositive')
      const appositive: AppositiveRole = { start, end, rule, plural: role.plural }
      if (group === undefined || !role.plural) found = addRole(found, group?.at(-1) ?? mention, appositive)
      else for (const member of group) found = addRole(found, member, appositive)
      reading.endAppositive(role.to)
      ended = role.to
      // "A, deputy secretary of X, secretary of Y and director of Z": each post of the list is A's.
      index = nextPost(toks, role.to)
      if (index === -1) break
    }
    // "Li Tao, general manager of …, was elected secretary-general": a post given after the appositive.
    const later = toks[ended]?.value === ',' ? postStart(toks, ended + 1, true) : -1
    if (later !== -1) found = postRoles(reading, later, group ?? [mention], found, maxOfPhrase)
  }
  return found
}

// "Qiu Lan (female) as deputy director of …": past a sex noted in brackets after a name at token `at`;
// else `at`.
function pastSexNote(toks: readonly Tok[], at: number): number {
  if (toks[at]?.value !== '(' || toks[at + 2]?.value !== ')') return at
  const sex = toks[at + 1]!.lower
  return sex === 'female' || sex === 'male' ? at + 3 : at
}

// Past the body or place found after "of" or "from" at token `at`, when a comma follows it, and past the
// country or province after that place ("from Lyon, France, head of …"); else `at`.
function pastBody(reading: Reading, at: number): number {
  const toks = reading.toks
  const body = toks[at + 1]?.lower === 'the' ? at + 2 : at + 1
  const end = reading.ends.get(body)
  if (end === undefined || toks[end]?.value !== ',') return at
  const region = regionAfterPlace(reading, end)
  return toks[region]?.value === ',' ? region : end
}

// Whether an organization's name ends right before the comma at token `at`.
function companyEndsAt(reading: Reading, at: number): boolean {
  const end = reading.toks[at - 1]?.end
  if (reading.toks[at]?.value !== ',' || end === undefined) return false
  return reading.mentions.some((mention) => mention.type === 'organization' && mention.end === end)
}

// Marks and words between the names of a list: "A, B and C", "A、B".
function listsNames(value: string | undefined): boolean {
  return value === ',' || value === 'and' || value === '、'
}

// The posts of an appointment from token `at` on, split at commas and "and" ("as vice president, member of
// the Judicial Committee and judge of …"): a plural post is every named person's, a singular one the last's.
function postRoles(
  reading: Reading,
  at: number,
  group: readonly MentionFinding[],
  found: Map<MentionFinding, RoleSpan[]> | undefined,
  maxOfPhrase: number,
): Map<MentionFinding, RoleSpan[]> | undefined {
  let roles = found
  for (let index = at, count = 0; index !== -1 && count < 6; count++) {
    const role = roleAt(reading, index, maxOfPhrase, true)
    // "as director of the bureau, Mayor Li Ming …": a title of the next person ends the list.
    if (!role || reading.personStarts.has(role.from) || reading.personStarts.has(role.to)) break
    const post = span(reading.toks, role.from, role.to, 'role-post')
    if (!role.plural) roles = addRole(roles, group.at(-1)!, post)
    else for (const member of group) roles = addRole(roles, member, post)
    reading.endAppositive(role.to)
    index = nextPost(reading.toks, role.to)
  }
  return roles
}

// The roles from token `at` to a closing bracket, joined by "and", or undefined unless roles fill the
// brackets: "(photo by …)" or "(left) and" hold none.
function bracketedRoles(reading: Reading, at: number, maxOfPhrase: number): RoleSpan[] | undefined {
  const toks = reading.toks
  const roles: RoleSpan[] = []
  for (let index = at; roles.length < 4; ) {
    const role = roleAt(reading, index, maxOfPhrase, true)
    if (!role) return undefined
    roles.push(span(toks, role.from, role.to, 'role-appositive'))
    if (toks[role.to]?.value === ')') return roles
    if (toks[role.to]?.value !== 'and') return undefined
    index = role.to + 1
  }
  return undefined
}

function addRole(
  found: Map<MentionFinding, RoleSpan[]> | undefined,
  mention: MentionFinding,
  role: RoleSpan,
): Map<MentionFinding, RoleSpan[]> {
  const roles = found ?? new Map<MentionFinding, RoleSpan[]>()
  const list = roles.get(mention)
  if (list === undefined) roles.set(mention, [role])
  else if (!list.some((item) => item.start === role.start && item.end === role.end)) list.push(role)
  return roles
}

function personStartingAt(
  mentions: readonly MentionFinding[],
  start: number | undefined,
): MentionFinding | undefined {
  for (const mention of mentions) if (mention.start === start && isPerson(mention)) return mention
  return undefined
}
