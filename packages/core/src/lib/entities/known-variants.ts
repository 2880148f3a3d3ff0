/**
 * The forms a known name may be written in (`Variant`), and the tests `findKnownNames` matches them with.
 */
import type { MentionFinding } from '../findings.js'
import { matchPlace } from './gazetteer.js'
import type { Tok } from './tokens.js'

/** A form a known name may be written in: its words, what it names, and the rule that finds it. */
export interface Variant {
  /** The words as written. */
  readonly tokens: readonly string[]
  /** What the name names. */
  readonly type: MentionFinding['type']
  /** The name the mention gets. */
  readonly name: string
  /** The id of the rule that finds it. */
  readonly rule: string
  /** Whether the words match in any case. */
  readonly caseless: boolean
  /** A caseless variant's words in lower case, matched against the tokens' lower-case forms. */
  readonly lower?: readonly string[] | undefined
}

/**
 * Keep in `list` the company of fewer words, the parent, when two companies' names start with the short form
 * `variant` ("Corrigan Vale" of "Corrigan Vale (Malaysia) Sdn. Bhd." and of "Corrigan Vale & Co."), whichever
 * the article names first.
 */
export function preferParent(list: Variant[] | undefined, variant: Variant): void {
  if (list === undefined) return
  const words = variant.tokens.join(' ')
  const index = list.findIndex((known) => known.rule === 'org-short-form' && known.tokens.join(' ') === words)
  const known = list[index]?.name
  // "Vellmoor Dredging Group" written later is the same company as "… Group Co., Ltd.", not its parent.
  if (known === undefined || known.startsWith(variant.name)) return
  if (variant.name.split(' ').length < known.split(' ').length) list[index] = variant
}

/** One key for a name's words in any order: "Lin Muchen" and "Muchen Lin". */
export function wordsKey(words: readonly string[]): string {
  // Most names have two words: ordering them needs no sort (which compares as `<` does).
  if (words.length === 2) return words[0]! <= words[1]! ? words.join(' ') : `${words[1]} ${words[0]}`
  return [...words].sort().join(' ')
}

/** The tokens that start inside `[start, end)`; tokens are in text order, so the scan stops at `end`. */
export function toksIn(toks: readonly Tok[], start: number, end: number): Tok[] {
  const words: Tok[] = []
  for (const tok of toks) {
    if (tok.start >= end) break
    if (tok.start >= start) words.push(tok)
  }
  return words
}

/** Whether the tokens at `at` spell `variant`. */
export function matchesVariant(toks: readonly Tok[], at: number, variant: Variant): boolean {
  for (let offset = 0; offset < variant.tokens.length; offset++) {
    const tok = toks[at + offset]
    if (tok?.kind !== 'word' || (offset > 0 && !tok.spaced)) return false
    const last = offset === variant.tokens.length - 1
    if (!last && tok.possessive) return false
    // A token's lower-case forms are made once: comparing them makes no new strings.
    if (variant.lower) {
      if ((last ? tok.baseLower : tok.lower) !== variant.lower[offset]) return false
    } else if ((last ? tok.base : tok.value) !== variant.tokens[offset]) return false
  }
  return true
}

/** Whether the one mention overlapping `[start, end)` is the variant's very mention. */
export function onlyOverlap(
  mentions: readonly MentionFinding[],
  start: number,
  end: number,
  variant: Variant,
): boolean {
  let only: MentionFinding | undefined
  for (const mention of mentions) {
    if (mention.start >= end || start >= mention.end) continue
    if (only !== undefined) return false
    only = mention
  }
  return only !== undefined && sameMention(only, start, end, variant)
}

function sameMention(mention: MentionFinding, start: number, end: number, variant: Variant): boolean {
  return (
    mention.start === start &&
    mention.end === end &&
    mention.type === variant.type &&
    mention.name === variant.name
  )
}

/** The name of the person last named before `start` by the surname `variant` stands for, or its own name. */
export function lastBearer(
  bearers: ReadonlyMap<string, [number, string][]>,
  variant: Variant,
  start: number,
): string {
  let name = variant.name
  for (const [at, bearer] of bearers.get(variant.tokens[0]!) ?? []) if (at < start) name = bearer
  return name
}

/** A branch of a body in a place: the words it is later called by, and which body's branch it is. */
export interface BranchForm {
  /** The place's words and "Branch": "Suzhou Branch". */
  readonly tokens: readonly string[]
  /** The body and the place, one key for both word orders: "Qinghe Bank|Suzhou". */
  readonly key: string
}

/**
 * The short form of a body's branch named after a place, in either word order: "Suzhou Branch" of "Qinghe
 * Bank Suzhou Branch" and of "the Suzhou Branch of Qinghe Bank"; undefined for any other name, and for a
 * branch named without its body ("the Suzhou Branch" alone says no more than itself).
 */
export function branchForm(words: readonly Tok[]): BranchForm | undefined {
  const last = words.length - 1
  // A cheap test first: nearly every name has no "Branch" at its end or before its of-phrase.
  let branch = words[last]?.value === 'Branch' ? last : -1
  if (branch === -1) {
    for (let index = 1; index < last; index++) {
      if (words[index]!.value === 'Branch' && words[index + 1]!.value === 'of') branch = index
    }
    if (branch === -1) return undefined
  }
  // The place of one to three words just before "Branch", the gazetteer's ("Suzhou", "Inner Mongolia").
  let from = -1
  for (let start = branch - 1; start >= 0 && start >= branch - 3; start--) {
    if (matchPlace(words, start)?.length === branch - start) from = start
  }
  if (from === -1) return undefined
  // The body's words before the place or after "of", without a "the".
  const body = branch === last ? words.slice(0, from) : words.slice(branch + 2)
  const named = body.filter((tok) => tok.kind === 'word' && tok.lower !== 'the')
  if (named.length === 0) return undefined
  const place = words.slice(from, branch).map((tok) => tok.base)
  return { tokens: [...place, 'Branch'], key: `${named.map((tok) => tok.base).join(' ')}|${place.join(' ')}` }
}
