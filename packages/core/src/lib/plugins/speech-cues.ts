/**
 * The words that report speech: reporting verbs, two-word cues ("pointed out", "according to"), and the
 * readings that tell a cue from the same word naming an act ("announced the opening") or a visit ("called
 * on the consul").
 */
import type { Tok } from '../entities/tokens.js'
import type { MentionFinding } from '../findings.js'
import { namedAt } from './speech-referents.js'
import { defineWordKind } from './word-kinds.js'

/** Reporting verbs, finite and participle forms; two-word cues are matched on their first word. */
export const defaultCues = [
  'said',
  'says',
  'stressed',
  'stresses',
  'emphasized',
  'emphasised',
  'emphasizes',
  'emphasises',
  'noted',
  'notes',
  'added',
  'adds',
  'hoped',
  'hopes',
  'asked',
  'asks',
  'stated',
  'states',
  'told',
  'urged',
  'urges',
  'remarked',
  'explained',
  'revealed',
  'reveals',
  'disclosed',
  'discloses',
  'reiterated',
  'reiterates',
  'announced',
  'declared',
  'indicated',
  'expressed',
  'requested',
  'required',
  'demanded',
  'proposed',
  'suggested',
  'believes',
  'believed',
  'saying',
  'stressing',
  'emphasizing',
  'emphasising',
  'noting',
  'adding',
  'hoping',
  'asking',
  'urging',
  'expressing',
  'requiring',
]
/** Two-word cues by their first word, with the second words that complete them. */
export const twoWordCues: ReadonlyMap<string, readonly string[]> = new Map([
  ['According', ['to']],
  ['according', ['to']],
  ['pointed', ['out']],
  ['points', ['out']],
  ['pointing', ['out']],
  ['called', ['for', 'on']],
  ['calls', ['for', 'on']],
  ['calling', ['for', 'on']],
])
/** Every word a default cue starts with. */
export const defaultCueStarts = new Set([...defaultCues, ...twoWordCues.keys()])
/**
 * Word kind: a word a default cue starts with. Sentences without one are found from the kinds of their
 * words, shared with the other plugins (see `word-kinds.ts`).
 */
export const cueToken = defineWordKind((word) => defaultCueStarts.has(word))

/**
 * The second word of a two-word cue starting at `index` ("pointed out", "according to"), if it is there.
 * "called on" urges only when it asks someone to do something ("called on all departments to act"); with a
 * person or body right after it ("called on the Consul General Ito") or no "to", it is a visit.
 */
export function pairedWord(
  toks: readonly Tok[],
  index: number,
  mentions: readonly MentionFinding[],
): Tok | undefined {
  const seconds = twoWordCues.get(toks[index]!.value)
  const next = toks[index + 1]
  if (seconds === undefined || next === undefined || !seconds.includes(next.value)) return undefined
  if (next.value !== 'on') return next
  let at = index + 2
  if (toks[at]?.lower === 'the') at++
  if (namedAt(mentions, toks[at]?.start)) return undefined
  for (let after = at; after < toks.length; after++) if (toks[after]!.value === 'to') return next
  return undefined
}

// Cues that may name an act rather than report words: "announced the opening of the festival",
// "declared the games open", "revealed the new logo" say nothing, where "announced that …" does.
// biome-ignore format: packed list
const actCues = new Set([
  'announced', 'announces', 'declared', 'declares', 'revealed', 'reveals', 'disclosed', 'discloses',
])
const determiners = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their'])

/** Whether the cue at `index` names an act ("announced the opening") rather than reports words. */
export function namesAnAct(toks: readonly Tok[], index: number): boolean {
  return actCues.has(toks[index]!.value) && determiners.has(toks[index + 1]?.lower ?? '')
}

// "expressed the hope that …": the cue is the whole phrase.
/** Whether the cue at `index` is "expressed the hope" (the whole phrase is the cue). */
export function expressesHope(toks: readonly Tok[], index: number): boolean {
  return (
    toks[index]!.lower.startsWith('express') &&
    toks[index + 1]?.lower === 'the' &&
    toks[index + 2]?.lower === 'hope'
  )
}
