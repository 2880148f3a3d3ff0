/**
 * The words at the head of a role, before and at its title: an article, an owner ("the company's"), a
 * lower-case noun or adjective that narrows the title ("station manager", "music director"), a calling
 * ("a pediatrician from …"), and a deputy to a congress.
 */
import { legislatureWords } from '../data/legislatures.js'
import { occupations } from '../data/titles.js'
import type { Tok } from '../entities/tokens.js'
import { isCapitalised } from '../entities/tokens.js'
import { allCaps, capitalised, functionWord, organisationHead } from '../entities/word-classes.js'
import { clauseVerbs, clauseWords, isCommonNoun } from './role-bounds.js'
import type { Reading } from './role-reading.js'

/**
 * "deputy to the Municipal People's Congress", "deputies to the Hexin County People's Congress", "deputy of
 * the State Duma": a member elected to a congress or a legislature is its deputy, a role that ends with the
 * body's name found; the end of that name, or undefined ("deputy to the director" is a deputy of a person,
 * "deputy director" a title, "deputy of the bureau" none).
 */
export function deputyToEnd(reading: Reading, at: number): number | undefined {
  const toks = reading.toks
  const lower = toks[at]!.lower
  const link = toks[at + 1]?.value
  if (link === 'from') return constituencyEnd(reading, at, lower)
  if ((lower !== 'deputy' && lower !== 'deputies') || (link !== 'to' && link !== 'of')) return undefined
  const body = bodyStart(toks, at + 2)
  const end = reading.ends.get(body)
  if (end === undefined || reading.personStarts.has(body)) return undefined
  return link === 'to' || namesLegislature(toks, body, end) ? end : undefined
}

// Whether the body of tokens `[from, to)` is a legislature: its head, the last head word before an "of",
// is a legislature's word ("deputy of the State Duma", "deputy of the Regional Assembly of Hexi" name a
// member of it), while "deputy of the State Duma Affairs Office" and "deputy of the bureau" name no role.
function namesLegislature(toks: readonly Tok[], from: number, to: number): boolean {
  let legislature = false
  for (let index = from; index < to && toks[index]!.value !== 'of'; index++) {
    const tok = toks[index]!
    if (legislatureWords.has(tok.base)) legislature = true
    else if (tok.flags & organisationHead) legislature = false
  }
  return legislature
}

// Where the body after "deputy to" or "deputy from" at `toks[at]` starts: past "the" and an ordinal after
// it ("the 16th Hexi Municipal People's Congress").
function bodyStart(toks: readonly Tok[], at: number): number {
  if (toks[at]?.lower !== 'the') return at
  return isOrdinal(toks[at + 1]?.value ?? '') ? at + 2 : at + 1
}

/** "17th", "3rd": an ordinal in a name ("the 17th Hexi Municipal People's Congress"); a bare number is none. */
export function isOrdinal(value: string): boolean {
  return ordinal.test(value)
}
const ordinal = /^\d+(?:st|nd|rd|th)$/

// Words a delegation or a sector of a congress or a political consultative conference ends in.
// biome-ignore format: packed list
const constituencies: ReadonlySet<string> = new Set([
  'delegation', 'delegations', 'sector', 'sectors', 'circle', 'circles', 'group', 'groups',
])

/**
 * "a deputy from Hexi County", "a deputy from the Hexi delegation", "a member from the farming sector": a
 * deputy or a member with the place, delegation or sector that sent them, up to the end of its name found
 * (and a "delegation" after it) or of lower-case words ending in a word of `constituencies`; undefined for
 * anything else ("a member from a family of five", "a deputy from the start").
 */
function constituencyEnd(reading: Reading, at: number, lower: string): number | undefined {
  if (lower !== 'deputy' && lower !== 'deputies' && lower !== 'member' && lower !== 'members')
    return undefined
  const toks = reading.toks
  const from = bodyStart(toks, at + 2)
  const end = reading.ends.get(from)
  if (end !== undefined && !reading.personStarts.has(from)) {
    return constituencies.has(toks[end]?.lower ?? '') ? end + 1 : end
  }
  // "from the farming sector", "from the Hexi delegation": a place the gazetteer lacks is capitalised.
  for (let index = from; index < from + 4; index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word' || tok.flags & functionWord || reading.personStarts.has(index)) return undefined
    if (constituencies.has(tok.value)) return index > from ? index + 1 : undefined
  }
  return undefined
}

/**
 * A lower-case word that may narrow a title after it ("music", "young", "surgical"), not a function word, a
 * word that starts a clause ("who", "said") or an adverb or participle ("newly", "appointed"): "Li Ming,
 * newly appointed director" is no role of "newly appointed director". A hyphenated adjective or grade
 * narrows one too: "a well-known radiation oncologist", "first-level senior judge" (a rank of the courts,
 * the procuratorates and the police).
 */
export function describesTitle(tok: Tok): boolean {
  if (tok.kind !== 'word' || tok.flags & (capitalised | functionWord) || tok.possessive) return false
  const value = tok.value
  if (!describing.test(value)) return false
  // "world-renowned", "well-trained": in a compound the participle is an adjective, unless an adverb in -ly
  // opens it ("newly-appointed").
  const hyphen = value.indexOf('-')
  if (/(?:ed|ly)$/.test(hyphen === -1 ? value : value.slice(0, hyphen))) return false
  return !clauseWords.has(value) && !verbsNotDescribing.has(value)
}
const describing = /^[a-z]{3,}$|^[a-z]{2,}(?:-[a-z]{2,}){1,2}$/
// "Tomas Berg, told reporters …": a verb of speech or an irregular past tense starts the clause after the
// name; the test for "-ed" does not catch these.
// biome-ignore format: packed list
const verbsNotDescribing = new Set([
  'told', 'tells', 'said', 'says', 'spoke', 'speaks', 'wrote', 'writes', 'gave', 'gives', 'met', 'meets',
  'made', 'makes', 'saw', 'sees', 'took', 'takes', 'held', 'holds', 'went', 'came', 'brought', 'thought', 'felt',
  'found', 'sent', 'won', 'lost', 'kept', 'stood', 'began', 'became', 'got', 'sold', 'bought', 'taught',
  'drew', 'knew', 'grew', 'chose', 'rose', 'fell', 'led', 'ran', 'sat', 'adds', 'notes', 'stresses', 'urges',
])

/**
 * "a QC inspector", "an IT engineer": whether the word at token `at` is a short acronym that narrows
 * the lower-case words of a calling after it; not one before a capitalised word ("a CPC Dalian …").
 */
export function acronymDescribes(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]!
  // A short acronym is written in capitals, so the class bit rules out most words before the pattern.
  if (!(tok.flags & allCaps) || tok.kind !== 'word' || !shortAcronym.test(tok.value)) return false
  const next = toks[at + 1]
  return (
    next?.kind === 'word' && next.spaced === true && next.value === next.lower && !(next.flags & functionWord)
  )
}
const shortAcronym = /^[A-Z]{2,5}$/

/**
 * A calling that heads a role: in lower case, and not a word before another noun ("a pilot project", "a
 * player development fund"). A function word, a clause word, a participle or a mark may follow.
 */
export function occupationAt(toks: readonly Tok[], at: number): boolean {
  const word = toks[at]!
  if (word.kind !== 'word' || word.value !== word.lower || !occupations.has(word.value)) return false
  const next = toks[at + 1]
  if (next?.kind !== 'word' || next.flags & (capitalised | functionWord)) return true
  return clauseWords.has(next.value) || clauseVerbs.has(next.value) || /(?:ing|ed)$/.test(next.value)
}

/**
 * "appointed Ma Lan and Hu Yao as judges of …": whether a lower-case calling in the plural stands at token
 * `at`, with what may follow a calling (`occupationAt`).
 */
export function pluralOccupationAt(toks: readonly Tok[], at: number): boolean {
  const word = toks[at]!
  if (word.kind !== 'word' || word.value !== word.lower || !word.value.endsWith('s')) return false
  const singular = word.value.endsWith('men') ? `${word.value.slice(0, -3)}man` : word.value.slice(0, -1)
  if (!occupations.has(singular)) return false
  const next = toks[at + 1]
  if (next?.kind !== 'word' || next.flags & (capitalised | functionWord)) return true
  return clauseWords.has(next.value) || clauseVerbs.has(next.value)
}

/**
 * "head coach of the club", "principal researcher of the institute": past a lower-case calling right after a
 * lower-case title ending at token `end`, which names the post together with it ("head" alone is cut
 * short); else `end`. A capitalised or a possessive title, or a calling before another noun ("the head
 * driver training course"), keeps `end`.
 */
export function callingAfterTitle(toks: readonly Tok[], end: number): number {
  const title = toks[end - 1]
  if (title?.kind !== 'word' || title.value !== title.lower || title.possessive) return end
  return toks[end]?.spaced && occupationAt(toks, end) ? end + 1 : end
}

/**
 * "Medical Director of …", "Artistic Director of …": whether the capitalised word at token `at` narrows the
 * capitalised title right after it, as a lower-case one does ("music director"). Not a name found (a
 * person, a body or a place), an all-capitals word, a possessive or a word in -ly.
 */
export function describesCapitalTitle(reading: Reading, at: number): boolean {
  const toks = reading.toks
  const tok = toks[at]!
  if (tok.kind !== 'word' || !(tok.flags & capitalised) || tok.flags & functionWord || tok.possessive)
    return false
  const next = toks[at + 1]
  if (next?.kind !== 'word' || !next.spaced || !(next.flags & capitalised)) return false
  if (reading.titleEnd(at + 1) === undefined || !/^[A-Z][a-z]{2,}$/.test(tok.value)) return false
  return !tok.value.endsWith('ly') && !reading.personStarts.has(at) && !reading.ends.has(at)
}

/**
 * Past a lower-case owner of one to three words: "company's", "ferry company's"; a degree ("a master's
 * student") is no owner but part of the calling.
 */
export function afterOwner(toks: readonly Tok[], at: number): number {
  for (let index = at; index < at + 3; index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word' || isCapitalised(tok.value)) return at
    if (tok.possessive) return degrees.has(tok.baseLower) ? at : index + 1
  }
  return at
}

/** Degrees written with a possessive before a calling: "master's student", "bachelor's student". */
export const degrees: ReadonlySet<string> = new Set(['master', 'bachelor'])

/**
 * The lower-case form, compared as it is: a regex per token cost more than the role rules around it.
 */
export function isArticle(tok: Tok | undefined): boolean {
  const lower = tok?.lower
  return lower === 'the' || lower === 'a' || lower === 'an'
}

/**
 * "talked with station manager Li Ming", "the company's workshop director Li Ming": where a lower-case title
 * at token `at` starts with the lower-case noun that narrows it, when that noun opens the phrase (after a
 * function word, a possessive, a mark or nothing); else `at`. "met manager Li Ming" and "he told manager
 * Li Ming" keep the verb out.
 */
export function nounBeforeTitle(toks: readonly Tok[], at: number): number {
  const title = toks[at]!
  const noun = toks[at - 1]
  if (title.value !== title.lower) return at
  if (at === 1 && unitNouns.has(noun!.lower) && noun!.value !== noun!.lower) return 0
  if (!isCommonNoun(noun) || noun!.possessive) return at
  const value = noun!.value
  if (value.length < 3 || /(?:ed|ing|ly)$/.test(value) || notNouns.has(value)) return at
  const before = toks[at - 2]
  return before === undefined || before.kind !== 'word' || before.possessive || before.flags & functionWord
    ? at - 1
    : at
}

// "Village party secretary Li Ming said": the unit a lower-case title is of, capitalised only because it
// starts the sentence; elsewhere a capitalised "Village" ends a place's name ("Hexi Village party secretary").
// biome-ignore format: packed list
const unitNouns = new Set([
  'village', 'township', 'town', 'county', 'district', 'city', 'municipal', 'provincial', 'community',
  'subdistrict', 'company', 'group', 'workshop', 'station', 'project', 'team', 'school', 'hospital', 'factory',
])

// Verbs not in -ed that a title and a name may follow ("met manager Li", "we thank director Li"), and
// adjectives of time ("the new director Li"): no noun that narrows the title.
// biome-ignore format: packed list
const notNouns = new Set([
  'new', 'late', 'current', 'then', 'met', 'meets', 'told', 'tells', 'saw', 'sees', 'gave', 'gives', 'led', 'leads', 'took', 'takes', 'made',
  'makes', 'sent', 'sends', 'held', 'holds', 'let', 'became', 'becomes', 'asks', 'thanks', 'urges', 'invites',
  'joins', 'calls', 'visits', 'greets', 'congratulates', 'accompanies', 'appoints', 'named', 'names',
  'meet', 'tell', 'see', 'give', 'lead', 'take', 'make', 'send', 'hold', 'become', 'ask', 'thank', 'urge',
  'invite', 'join', 'call', 'visit', 'greet', 'congratulate', 'accompany', 'appoint', 'welcome', 'welcomes',
  'interview', 'interviews', 'elect', 'elects', 'introduce', 'introduces', 'praise', 'praises',
])
