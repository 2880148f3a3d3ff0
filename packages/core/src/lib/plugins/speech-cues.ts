/**
 * The words that report speech: reporting verbs, two-word cues ("pointed out", "according to"), the
 * readings that tell a cue from the same word naming an act ("announced the opening") or a visit ("called
 * on the consul"), and the quotation marks that carry the speech of a cue after a quotation back to its
 * first sentence.
 */
import type { Sentence } from 'nlcst'
import type { Tok } from '../entities/tokens.js'
import type { MentionFinding, SpeechFinding } from '../findings.js'
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
  'reminded',
  'reminds',
  'introduced',
  'introduces',
  'reflected',
  'reflects',
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

/**
 * Whether the cue at `index` names an act ("announced the opening", "introduced the plan", "reflected the
 * trend") or a likeness
 * ("the port reminded him of Busan") rather than reports words ("reminded residents that …").
 */
export function namesAnAct(toks: readonly Tok[], index: number): boolean {
  const value = toks[index]!.value
  if (value === 'reminded' || value === 'reminds') return remindsOf(toks, index)
  // "introduced that sales rose" reports words; "introduced the new line" or "introduced him to …" does not.
  if (value === 'introduced' || value === 'introduces') return toks[index + 1]?.value !== 'that'
  // "reflected that the heating was poor" reports what a resident told the office (反映, as translations
  // write it); "reflected the trend" or "reflected on the year" does not.
  if (value === 'reflected' || value === 'reflects') return toks[index + 1]?.value !== 'that'
  return actCues.has(value) && determiners.has(toks[index + 1]?.lower ?? '')
}

// "reminded him of …", "reminds me of …": a likeness unless what is said ("that …", "to …") follows within
// four words, before an "of" or a mark ("reminded everyone." tells nothing).
function remindsOf(toks: readonly Tok[], index: number): boolean {
  for (let at = index + 1; at < index + 5; at++) {
    const tok = toks[at]
    if (tok === undefined || tok.kind !== 'word' || tok.value === 'of') return true
    if (tok.value === 'that' || tok.value === 'to') return false
  }
  return true
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

/** How a sentence leaves a direct quotation (see `quoteMarks`). */
interface QuoteState {
  /** Whether a quotation is open at the end of the sentence. */
  readonly open: boolean
  /** Index of the mark that closes a quotation open at the start of the sentence, or -1. */
  readonly closes: number
}

/**
 * Where the double quotation marks of a sentence leave a quotation, given whether one was open at its start:
 * "“The buyers taste more slowly now. They ask about the soil,” he said." is two sentences, the first
 * open at its end, the second closing it before "he said". A straight mark opens or closes whichever is due.
 */
function quoteMarks(toks: readonly Tok[], open: boolean): QuoteState {
  let closes = -1
  let inside = open
  for (let index = 0; index < toks.length; index++) {
    const tok = toks[index]!
    if (tok.kind === 'word') continue
    const mark = tok.value
    if (mark === '“' || mark === '„') inside = true
    else if (mark === '”' || ((mark === '"' || mark === '＂') && inside)) {
      if (open && closes === -1) closes = index
      inside = false
    } else if (mark === '"' || mark === '＂') inside = true
  }
  return { open: inside, closes }
}

/** Whether the sentence starts with an opening double quotation mark. */
export function startsQuote(toks: readonly Tok[]): boolean {
  const mark = toks[0]?.value
  return mark === '“' || mark === '„' || mark === '"' || mark === '＂'
}

// Most sentences a quotation runs over: a mark left open by mistake must not give a whole paragraph away.
const maxQuoted = 4

/**
 * Follow a direct quotation across the sentence: note the sentences of one that opens a sentence and has no
 * speech of its own, and when the sentence that closes it has its cue after the closing mark, move that
 * speech to the sentence that opened the quotation: "“The buyers came. They paid,” he said." is one speech
 * fact, filed under the sentence where the words he said begin, while its cue and speaker mention keep the
 * offsets where they are written, in the closing sentence, where its sentence text ends too. Returns
 * whether a quotation is still open.
 */
export function readQuote(
  toks: readonly Tok[],
  sentence: Sentence,
  open: boolean,
  quoted: Sentence[],
  speech: SpeechFinding | undefined,
): boolean {
  const marks = quoteMarks(toks, open)
  if (open && marks.closes !== -1) {
    const first = quoted[0]
    if (first !== undefined && speech !== undefined && speech.start > toks[marks.closes]!.start) {
      // Its sentence text runs on to the cue's sentence, so it holds the cue.
      const sentenceEnd = sentence.position!.end.offset!
      first.data = Object.assign({}, first.data, { speech: [{ ...speech, sentenceEnd }] })
      sentence.data = Object.assign({}, sentence.data, { speech: undefined })
    }
    quoted.length = 0
  }
  if (!marks.open || quoted.length === maxQuoted) {
    quoted.length = 0
    return false
  }
  // Only a quotation that starts a sentence without speech of its own is followed, from that sentence on:
  // one opened after "said:" has its cue already.
  if ((open ? quoted.length > 0 : startsQuote(toks)) && speech === undefined) quoted.push(sentence)
  return true
}
