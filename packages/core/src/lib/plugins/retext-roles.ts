/**
 * retext-roles: attach job titles to the people retext-entities found — a title before the name
 * ("Mayor Tan", "the company's general manager Keiko Sato") and appositives after it
 * ("Wang Hong, deputy secretary of the Municipal Party Committee and mayor, said").
 */
import type { Root } from 'nlcst'
import { matchPlace } from '../entities/gazetteer.js'
import { titleAt } from '../entities/titles.js'
import { isCapitalised, sentenceToks, shapedTok, type Tok } from '../entities/tokens.js'
import { titleFirst, titleFirstWords } from '../entities/word-classes.js'
import type { MentionFinding } from '../findings.js'
import { forEachSentence } from './sentences.js'
import { lastTokenBefore, tokenStartingAt } from './token-offsets.js'

/** Options for retext-roles. */
export interface Options {
  /** Most tokens an "of …" phrase of a role may have (default: 10). */
  readonly maxOfPhrase?: number | null
}

type RoleSpan = { readonly start: number; readonly end: number; readonly rule: string }
/** A role found in an appositive, and whether its title is plural ("leaders of …"). */
type AppositiveRole = RoleSpan & { readonly plural: boolean }
type Writable<T> = { -readonly [Key in keyof T]: T[Key] }

// Words that narrow a title without being one: "municipal party secretary", "county head".
const qualifiers = new Set([
  'municipal',
  'provincial',
  'party',
  'county',
  'district',
  'city',
  'township',
  'village',
  'group',
  'company',
  'executive',
  'standing',
  'general',
])
// Honorifics, which are not roles: "Mr", "Ms", "Mrs", "Dr", "Prof", "Madam", "Miss", with or without a stop.
const honorificWords = new Set(
  ['Mr', 'Ms', 'Mrs', 'Dr', 'Prof', 'Madam', 'Miss'].flatMap((word) => [word, `${word}.`]),
)
const noEnds: ReadonlyMap<number, number> = new Map()
const stops = new Set([',', ';', ':', '.', '。', '!', '?', '(', ')'])

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

/**
 * One sentence being read: its tokens, where they are, and the titles looked up so far. The rules ask
 * `titleAt` about the same few tokens for every name in the sentence, so each answer is kept.
 */
class Reading {
  /** The sentence's tokens. */
  readonly toks: readonly Tok[]
  /** The sentence's mentions. */
  readonly mentions: readonly MentionFinding[]
  // End of the title starting at each token, -1 for none; unset until asked.
  private readonly titleEnds: number[] = []
  private mentionEnds: Map<number, number> | undefined
  private persons: Set<number> | undefined

  constructor(toks: readonly Tok[], mentions: readonly MentionFinding[]) {
    this.toks = toks
    this.mentions = mentions
  }

  /** Index of the token that starts at `start`, or -1. */
  startingAt(start: number): number {
    return tokenStartingAt(this.toks, start)
  }

  /** Index of the last token that starts before `end`, or -1. */
  lastBefore(end: number): number {
    return lastTokenBefore(this.toks, end)
  }

  /** Token index where each organization or place mention starts → index just past its last token. */
  get ends(): ReadonlyMap<number, number> {
    this.mentionEnds ??= endsOf(this, this.mentions)
    return this.mentionEnds
  }

  /** Token indexes where person mentions start. */
  get personStarts(): ReadonlySet<number> {
    if (this.persons === undefined) {
      this.persons = new Set()
      for (const mention of this.mentions) {
        if (mention.type === 'person') this.persons.add(this.startingAt(mention.start))
      }
    }
    return this.persons
  }

  /** End of the longest title starting at token `index` (`titleAt(toks, index)?.end`). */
  titleEnd(index: number): number | undefined {
    if (index < 0 || index >= this.toks.length) return undefined
    // `titleAt` turns away a token that starts no title by its class bit: testing the bit first spares
    // most tokens the call and the cache.
    const tok = this.toks[index]!
    if (tok.kind !== 'word' || (tok.flags & titleFirst) === 0) return undefined
    let end = this.titleEnds[index]
    if (end === undefined) {
      end = titleAt(this.toks, index)?.end ?? -1
      this.titleEnds[index] = end
    }
    return end === -1 ? undefined : end
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
    const before = titleBefore(reading, first, last) ?? titleOfBefore(reading, first, maxOfPhrase)
    if (before) found = addRole(found, mention, before)
    // "Zhang Wei, Li Na, leaders of Jilin city": the appositive after a list belongs to every name in it;
    // after "A and B" only a plural one does ("A and B, leaders of …", not "A and B, mayor of …").
    // The list is made only when a second name follows, which is rare.
    let group: MentionFinding[] | undefined
    let joined = false
    let at = last + 1
    while ((toks[at]?.value === ',' || toks[at]?.value === 'and') && !joined) {
      const next = personStartingAt(mentions, toks[at + 1]?.start)
      if (!next) break
      joined = toks[at]!.value === 'and'
      group ??= [mention]
      group.push(next)
      at = reading.lastBefore(next.end) + 1
    }
    if (toks[at]?.value !== ',') continue
    // Roles in an appositive: "[the] [Place] (modifier|qualifier)* title [of …] (and role)*".
    let index = at + 1
    for (;;) {
      const role = roleAt(reading, index, maxOfPhrase, true)
      if (!role) break
      // "Vice Mayor A, Secretary-General of the Municipal Government B and …": a role right before a name is
      // that person's title, and the appositive has ended.
      const named = personStartingAt(mentions, toks[role.to]?.start)
      if (named) {
        found = addRole(found, named, span(toks, role.from, role.to, 'role-title-before'))
        break
      }
      const { start, end, rule } = span(toks, role.from, role.to, 'role-appositive')
      const appositive: AppositiveRole = { start, end, rule, plural: role.plural }
      if (group === undefined) found = addRole(found, mention, appositive)
      else if (joined && !role.plural) found = addRole(found, group.at(-1)!, appositive)
      else for (const member of group) found = addRole(found, member, appositive)
      if (toks[role.to]?.value !== 'and') break
      index = role.to + 1
    }
  }
  return found
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

function endsOf(reading: Reading, mentions: readonly MentionFinding[]): Map<number, number> {
  const ends = new Map<number, number>()
  for (const mention of mentions) {
    if (mention.type === 'person') continue
    const first = reading.startingAt(mention.start)
    if (first !== -1) ends.set(first, reading.lastBefore(mention.end) + 1)
  }
  return ends
}

// "Mayor Tan Chengxu" (the title inside the mention) or "general manager keiichi Kaneko" /
// "general manager, 37 Qiao Ruolin" (the title just before it).
function titleBefore(reading: Reading, first: number, last: number): RoleSpan | undefined {
  const toks = reading.toks
  const inside = reading.titleEnd(first)
  if (inside !== undefined && inside <= last && !isHonorific(toks[first]!)) {
    return span(toks, first, inside, 'role-title-before')
  }
  let end = first
  if (isNumber(toks[end - 1]?.value ?? '')) end--
  if (toks[end - 1]?.value === ',') end--
  for (let from = Math.max(0, end - 5); from < end; from++) {
    if (reading.titleEnd(from) === end && !isHonorific(toks[from]!)) {
      // "Anshan mayor Sun Baoguo": a place right before the title belongs to the role.
      return span(toks, placeEndingAt(toks, from) ?? from, end, 'role-title-before')
    }
  }
  return undefined
}

function placeEndingAt(toks: readonly Tok[], at: number): number | undefined {
  for (let from = Math.max(0, at - 3); from < at; from++) {
    const match = matchPlace(toks, from)
    if (match && from + match.length === at) return from
  }
  return undefined
}

// "The chairman of the group, Kong Dexin, said": a title with its of-phrase, set off by commas before the
// name. The title nearest the comma is taken ("the mayor of Dalian met the chairman of the group, …"),
// with the modifiers before it ("The Vice Mayor of …"); after a name and a comma it is that name's
// appositive ("Zhang Wei, mayor of Dalian, Li Na, …"), not this one's.
function titleOfBefore(reading: Reading, first: number, maxOfPhrase: number): RoleSpan | undefined {
  const toks = reading.toks
  const comma = first - 1
  if (toks[comma]?.value !== ',') return undefined
  for (let at = comma - 2; at >= Math.max(0, comma - maxOfPhrase - 2); at--) {
    const title = reading.titleEnd(at)
    if (title === undefined || toks[title]?.value !== 'of') continue
    if (ofPhraseEnd(reading, title + 1, maxOfPhrase, reading.ends) !== comma) return undefined
    let from = at
    while (from > 0 && from > at - 3 && reading.titleEnd(from - 1) === title) from--
    if (isHonorific(toks[from]!) || !opensRole(toks, from, reading.mentions)) return undefined
    return span(toks, from, comma, 'role-title-of-before')
  }
  return undefined
}

// A role set off before a name starts the sentence or clause: "[The] chairman of …", "met the mayor of …".
function opensRole(toks: readonly Tok[], from: number, mentions: readonly MentionFinding[]): boolean {
  let at = from - 1
  const article = toks[at]?.value
  if (article === 'the' || article === 'The') at--
  const before = toks[at]
  if (!before) return true
  if (before.value !== ',') return before.kind === 'word' && before.value !== 'and'
  return !mentions.some((mention) => mention.type === 'person' && mention.end === toks[at - 1]?.end)
}

// Tests in code rather than by patterns, on words the rules ask about for every name: a regex run this
// rarely cost more than the rest of the rule.
function isHonorific(tok: Tok): boolean {
  return honorificWords.has(tok.value)
}

// Digits only (what `^\d+$` matches).
function isNumber(value: string): boolean {
  if (value.length === 0) return false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 48 || code > 57) return false
  }
  return true
}

// The lower-case form, compared as it is: a regex per token cost more than the role rules around it.
function isArticle(tok: Tok | undefined): boolean {
  const lower = tok?.lower
  return lower === 'the' || lower === 'a' || lower === 'an'
}

// The role starting at token `at`. `withNames` says whether a name found inside it is taken whole (see
// `ofPhraseEnd`); the names are worked out only when a role goes on past its title.
function roleAt(
  reading: Reading,
  at: number,
  maxOfPhrase: number,
  withNames: boolean,
): { from: number; to: number; plural: boolean } | undefined {
  const toks = reading.toks
  let index = at
  if (isArticle(toks[index])) index++
  // "the company's deputy general manager" is the role "deputy general manager" (the owner is not a place).
  index = afterOwner(toks, index)
  const from = index
  const place = matchPlace(toks, index)
  if (place) index += place.length
  let head: number | undefined
  let plural = false
  for (let scan = index; scan < index + 4 && scan < toks.length; scan++) {
    const single = reading.titleEnd(scan)
    const title = single ?? pluralTitleAt(toks, scan)
    if (title) {
      head = title
      plural = single === undefined
      break
    }
    if (!qualifiers.has(toks[scan]!.lower) && toks[scan]!.lower !== 'vice' && toks[scan]!.lower !== 'deputy')
      break
  }
  if (head === undefined) return undefined
  let to = head
  if (toks[to]?.value === 'of') {
    to = ofPhraseEnd(reading, to + 1, maxOfPhrase, withNames ? reading.ends : noEnds) ?? to
  }
  // "a professor at Liaoning University": a place of work is part of the role when it is a name found.
  else if (toks[to]?.value === 'at' && withNames && reading.ends.has(to + 1)) to = reading.ends.get(to + 1)!
  return { from, to, plural }
}

// Past a lower-case owner of one to three words: "company's", "ferry company's".
function afterOwner(toks: readonly Tok[], at: number): number {
  for (let index = at; index < at + 3; index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word' || isCapitalised(tok.value)) return at
    if (tok.possessive) return index + 1
  }
  return at
}

function pluralTitleAt(toks: readonly Tok[], at: number): number | undefined {
  const tok = toks[at]
  if (!tok?.value.endsWith('s')) return undefined
  const word = tok.value.slice(0, -1)
  // `titleAt` turns away a word that starts no title (`titleFirst`, see `word-classes.ts`): asking the set
  // first spares most plurals a token of their own, whose classes cost more than the rest of the rule.
  if (!titleFirstWords.has(word)) return undefined
  return titleAt([shapedTok(tok, word)], 0) ? at + 1 : undefined
}

// The end of "of the Board of Directors of CMIG", "of the company's South Korean side": up to a comma or a
// new role after "and". Without a comma in reach the phrase is a run-on ("… of Dalian and Dalian mayor
// attend the meeting"), so it ends at the first lower-case word after a capitalised name.
function ofPhraseEnd(
  reading: Reading,
  at: number,
  maxOfPhrase: number,
  ends: ReadonlyMap<number, number>,
): number | undefined {
  const toks = reading.toks
  let to = at
  while (to < toks.length && to - at < maxOfPhrase) {
    // A person's name ends the phrase: "secretary-general of the municipal government Li Ming".
    if (reading.personStarts.has(to)) break
    // A name inside the phrase is taken whole: "of Hanbit Steel Co., Ltd.", "of Kessler (Shenyang) Co., Ltd.".
    const mentionEnd = ends.get(to)
    if (mentionEnd !== undefined) {
      to = mentionEnd
      continue
    }
    const tok = toks[to]!
    if (stops.has(tok.value)) break
    if (
      tok.value === 'and' &&
      (roleAt(reading, to + 1, 0, false) || isCapitalised(toks[to + 1]?.value ?? ''))
    )
      break
    to++
  }
  if (stops.has(toks[to]?.value ?? '') || to === toks.length) return to > at ? to : undefined
  let sawName = false
  for (let index = at; index < to; index++) {
    const tok = toks[index]!
    if (tok.kind === 'word' && isCapitalised(tok.value)) sawName = true
    else if (sawName && tok.value !== 'of' && tok.value !== 'the' && tok.value !== 'and') return index
  }
  return to > at ? to : undefined
}

function span(toks: readonly Tok[], from: number, to: number, rule: string): RoleSpan {
  const last = toks[to - 1]!
  return { start: toks[from]!.start, end: last.possessive ? last.start + last.base.length : last.end, rule }
}
