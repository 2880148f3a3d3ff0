/**
 * Roles written before a name: a title ("Mayor Tan", "general manager Keiko Sato", "Anshan vice mayor …"),
 * one with its of-phrase ("Chairman of the group Li Ming", "The chairman of the group, Li Ming, said"), a
 * plural title before a list of names, and a title joined to another by "and" ("Founder and CEO …").
 */
import { occupations, postCallings } from '../data/titles.js'
import { honorificEnd } from '../entities/titles.js'
import { isDigits, type Tok } from '../entities/tokens.js'
import { capitalised } from '../entities/word-classes.js'
import type { MentionFinding } from '../findings.js'
import { placeAfterRole, placeBefore, placeBeforeTitle, startsSentence } from './role-bounds.js'
import { describesTitle, nounBeforeTitle } from './role-heads.js'
import { pluralTitleBefore } from './role-lists.js'
import { ofPhraseEnd, roleEnd } from './role-phrases.js'
import type { Reading } from './role-reading.js'

/** Where a role is in the text, and the rule that found it. */
export type RoleSpan = { readonly start: number; readonly end: number; readonly rule: string }

/** The role written before the person named from token `first` to token `last`, if any. */
export function roleBefore(
  reading: Reading,
  first: number,
  last: number,
  maxOfPhrase: number,
): RoleSpan | undefined {
  return (
    titleBefore(reading, first, last) ??
    titleOfBefore(reading, first, maxOfPhrase) ??
    titlePhraseBefore(reading, first, maxOfPhrase) ??
    pluralTitleRole(reading, first, maxOfPhrase) ??
    callingBefore(reading.toks, first)
  )
}

// "Greek shipowner Nikos Dimas", "Busan trader Kim Ho": a calling of `postCallings` between a nationality
// or a place and the name. Not the calling alone ("the anchor Li Na" may be a ship's, and "host" a verb).
function callingBefore(toks: readonly Tok[], first: number): RoleSpan | undefined {
  const calling = toks[first - 1]
  if (calling?.kind !== 'word' || !postCallings.has(calling.value)) return undefined
  const from = placeBefore(toks, first - 1)
  return from < first - 1 ? span(toks, from, first, 'role-title-before') : undefined
}

// "Mayor Lu Zhenqi", "Consul General in Shenyang Hans Berg" (the title inside the mention) or "general
// manager takuma Nishida" / "general manager, 37 Qiao Ruolin" (the title just before it).
function titleBefore(reading: Reading, first: number, last: number): RoleSpan | undefined {
  const toks = reading.toks
  const inside = reading.titleEnd(first)
  if (inside !== undefined && inside <= last && !isHonorific(reading, first)) {
    const end = placeAfterRole(reading, inside)
    return span(toks, first, end <= last ? end : inside, 'role-title-before')
  }
  return titleRightBefore(reading, first)
}

/**
 * "led by its medical director Professor Ida Lenz": the title right before the name starting at token
 * `first` (or before a comma there), also when the name starts with a title of its own.
 */
export function titleRightBefore(reading: Reading, first: number): RoleSpan | undefined {
  const toks = reading.toks
  let end = first
  if (isDigits(toks[end - 1]?.value ?? '')) end--
  const described = descriptorStart(reading, end)
  if (described !== -1) end = described
  if (toks[end - 1]?.value === ',') {
    end--
    // "A, member of … and vice mayor, B, director of …": a title before the comma ended A's appositive.
    if (reading.endsAppositive(end)) return undefined
  }
  for (let from = Math.max(0, end - 5); from < end; from++) {
    if (reading.titleEnd(from) === end && !isHonorific(reading, from)) {
      const start = nounBeforeTitle(toks, from)
      return span(toks, start < from ? start : placeBeforeTitle(reading, from), end, 'role-title-before')
    }
  }
  return undefined
}

// "its new head coach, Dutch coach Jan Visser": a nationality or place with a calling right before the
// name, after a comma, describes the person; the title before the comma is the post. Where the descriptor
// itself ends a title ("…, Harbin mayor Li Na") it is the role, and -1.
function descriptorStart(reading: Reading, end: number): number {
  const toks = reading.toks
  const noun = toks[end - 1]
  if (noun?.kind !== 'word' || noun.value !== noun.lower || !((toks[end - 2]?.flags ?? 0) & capitalised))
    return -1
  const from = placeBefore(toks, end - 1)
  if (from === end - 1 || toks[from - 1]?.value !== ',') return -1
  for (let at = from; at < end; at++) if (reading.titleEnd(at) === end) return -1
  return from
}

/**
 * "Founder and CEO Ma Lin", "the chairman and president of the group Ma Lin": a title joined by "and" to
 * the role before a name is the person's too, unless it ended someone else's appositive ("Li Hao,
 * secretary-general and Mayor Ma Lin").
 */
export function joinedTitleBefore(reading: Reading, role: RoleSpan): RoleSpan | undefined {
  const and = reading.startingAt(role.start) - 1
  if (reading.toks[and]?.value !== 'and' || reading.endsAppositive(and)) return undefined
  for (let from = Math.max(0, and - 4); from < and; from++) {
    if (reading.titleEnd(from) === and && !isHonorific(reading, from))
      return span(reading.toks, from, and, 'role-title-before')
  }
  return undefined
}

// "Vice Mayors Li Hao and Zhou Jun": a plural title before a list of names, each one's role.
function pluralTitleRole(reading: Reading, first: number, maxOfPhrase: number): RoleSpan | undefined {
  const role = pluralTitleBefore(reading, first, maxOfPhrase)
  return role && span(reading.toks, role.from, role.to, 'role-title-before')
}

// "Consul General of Ruritania in Shenyang Hans Berg", "Chairman of the company Li Ming said": a title
// whose of-phrase or place runs right up to the name, without a comma. The title nearest the name decides
// ("the mayor of Dalian met the director of the bureau Li Ming": the director's). A stray number may stand
// between the role and the name when a body's name ends the role ("Secretary-General of the Municipal
// Government 3 Li Ming"), not a number that belongs to the words before it ("director of Line 3 Li Ming").
function titlePhraseBefore(reading: Reading, first: number, maxOfPhrase: number): RoleSpan | undefined {
  const toks = reading.toks
  const end = strayNumberAfterBody(reading, first) ? first - 1 : first
  for (let at = end - 2; at >= Math.max(0, end - maxOfPhrase - 4); at--) {
    const title = reading.titleEnd(at)
    if (title === undefined) continue
    const word = toks[title]?.value
    if (word !== 'of' && word !== 'in' && word !== 'to') continue
    if (roleEnd(reading, title, maxOfPhrase, true) !== end || startsSentence(toks, first)) return undefined
    let from = at
    while (from > 0 && from > at - 3 && reading.titleEnd(from - 1) === title) from--
    if (isHonorific(reading, from)) return undefined
    return span(toks, placeBeforeTitle(reading, from), end, 'role-title-before')
  }
  return undefined
}

// Whether a stray number stands right before token `first`, after the name of a body or a place.
function strayNumberAfterBody(reading: Reading, first: number): boolean {
  const toks = reading.toks
  if (!isDigits(toks[first - 1]?.value ?? '')) return false
  const end = toks[first - 2]?.end
  return reading.mentions.some((mention) => mention.type !== 'person' && mention.end === end)
}

// "The chairman of the group, Kong Dexin, said": a title with its of-phrase, set off by commas before the
// name. The title nearest the comma is taken ("the mayor of Dalian met the chairman of the group, …"),
// with the modifiers before it ("The Vice Mayor of …"); after a name and a comma it is that name's
// appositive ("Zhang Wei, mayor of Dalian, Li Na, …"), not this one's.
function titleOfBefore(reading: Reading, first: number, maxOfPhrase: number): RoleSpan | undefined {
  const toks = reading.toks
  // A stray number may stand between the comma and the name ("the chairman of the group, 3 Kong Dexin").
  const comma = isDigits(toks[first - 1]?.value ?? '') ? first - 2 : first - 1
  // "appoint A as director of X, B as …": a post that ended A's list of posts at the comma is not B's.
  if (toks[comma]?.value !== ',' || reading.endsAppositive(comma)) return undefined
  for (let at = comma - 2; at >= Math.max(0, comma - maxOfPhrase - 2); at--) {
    const title = reading.titleEnd(at) ?? callingEnd(toks, at)
    if (title === undefined || toks[title]?.value !== 'of') continue
    if (ofPhraseEnd(reading, title + 1, maxOfPhrase, reading.ends) !== comma) return undefined
    let from = at
    while (from > 0 && from > at - 3 && reading.titleEnd(from - 1) === title) from--
    if (from === at && reading.titleEnd(at) === undefined) {
      // "The actual controller of …": a calling is a post only after "the", with a word that narrows it.
      if (describesTitle(toks[from - 1]!)) from--
      if (toks[from - 1]?.lower !== 'the') return undefined
    }
    if (isHonorific(reading, from) || !opensRole(toks, from, reading.mentions)) return undefined
    return span(toks, from, comma, 'role-title-of-before')
  }
  return undefined
}

// "the actual controller of Hexin Trading Co., Ltd., Li Ming": the end of a calling at token `at`, or undefined.
function callingEnd(toks: readonly Tok[], at: number): number | undefined {
  const tok = toks[at]!
  return tok.kind === 'word' && occupations.has(tok.value) ? at + 1 : undefined
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

// Honorifics ("Mr.", "Dr", "Madam", "Tan Sri") are not roles: the title at token `from` is one when it
// ends where the honorific there does ("Lord Mayor" is longer than "Lord", and a role).
function isHonorific(reading: Reading, from: number): boolean {
  const end = honorificEnd(reading.toks, from)
  return end !== undefined && end === reading.titleEnd(from)
}

/** The text span of tokens `[from, to)` as a role found by `rule`, without a possessive ending. */
export function span(toks: readonly Tok[], from: number, to: number, rule: string): RoleSpan {
  const last = toks[to - 1]!
  return { start: toks[from]!.start, end: last.possessive ? last.start + last.base.length : last.end, rule }
}
