/**
 * retext-speech: find sentences where a person (or a body) said, stressed, pointed out, hoped or asked
 * something, and who the speaker is — a pronoun ("He said …") is resolved to the person it stands for.
 */
import type { Paragraph, Root, Sentence } from 'nlcst'
import { sentenceToks, type Tok } from '../entities/tokens.js'
import type { MentionFinding, SpeechFinding } from '../findings.js'
import { forEachSentence } from './sentences.js'
import {
  cueToken,
  defaultCueStarts,
  defaultCues,
  expressesHope,
  namesAnAct,
  pairedWord,
  readQuote,
  startsQuote,
  twoWordCues,
} from './speech-cues.js'
import {
  type Context,
  isPronoun,
  namedAt,
  ownerOf,
  pronounSubjectOf,
  readPeople,
  referTo,
  remember,
  type Sex,
  sexOfPronoun,
} from './speech-referents.js'
import { lastTokenBefore, tokenStartingAt } from './token-offsets.js'
import { kindExtent } from './word-kinds.js'

/** Options for retext-speech. */
export interface Options {
  /** Extra reporting verbs, in the forms they are written ("recalled", "insisted"). */
  readonly cues?: readonly string[] | null
}

// Words allowed between a subject and its verb: "Tan Chengxu also said", "He further stressed", and any
// word in -ly (`isAdverb`).
// biome-ignore format: packed list
const adverbWords = new Set([
  'also', 'further', 'then', 'again', 'once', 'repeatedly', 'specially', 'especially', 'particularly', 'have',
  'has', 'had',
])
// Words that start a clause with a subject of its own, so a cue after them is not the sentence subject's.
// biome-ignore format: packed list
const clauseWords = new Set([
  'who', 'whom', 'whose', 'which', 'where', 'while', 'whereas', 'when', 'but', 'he', 'she', 'they', 'it',
  ';', ':',
])
// Words before a person who is an object, not a new subject: "listened to the report of Li Na and asked".
// biome-ignore format: packed list
const objectWords = new Set([
  'of', 'with', 'to', 'by', 'from', 'for', 'on', 'about', 'at', 'in', 'as', 'including', 'accompanied',
])
// Marks after which a cue may come before its speaker: "'…,' said Anna Schmidt".
const quoteEnds = new Set([',', '"', "'", '”', '’'])
const noMentions: readonly MentionFinding[] = []

/** Find reported speech. */
export default function retextSpeech(options?: Readonly<Options> | null) {
  const cues = new Set([...defaultCues, ...(options?.cues ?? [])])
  // Only cues of one's own make every sentence worth a look.
  const ownCues = [...cues].some((cue) => !defaultCueStarts.has(cue))
  // Every word a cue can start with, looked up by the token's base: the same string object wherever the
  // word occurs, so the lookup compares pointers. The base is the token as written unless it has a
  // possessive ending, which a cue has not (unless one of one's own cues ends like one).
  const cueStarts = new Set([...cues, ...twoWordCues.keys()])
  const byBase = ![...cueStarts].some((cue) => /['’]/.test(cue))
  return (tree: Root): undefined => {
    // The person the text is about: the latest subject, which is what "he" or "she" means next.
    let topic: MentionFinding | undefined
    const sexes = new Map<string, Sex>()
    // The people the text was last about, latest last: whom "she" means when the topic is a man.
    const recent: MentionFinding[] = []
    // Pronoun mentions the sentence being read adds; one list, emptied for each sentence, as most add none.
    const added: MentionFinding[] = []
    // The sentences of a quotation still open, from the one that opened it: "“…. …,” he said" gives them
    // to the speaker of the sentence that closes it. A paragraph ends every quotation.
    const quoted: Sentence[] = []
    let open = false
    let paragraphOf: Paragraph | undefined
    forEachSentence(tree, (sentence, _heading, paragraph) => {
      if (paragraph !== paragraphOf) {
        paragraphOf = paragraph
        open = false
        quoted.length = 0
      }
      const mentions = sentence.data?.mentions ?? noMentions
      const toks = sentenceToks(sentence)
      const named = readPeople(toks, mentions, sexes)
      added.length = 0
      let speech: SpeechFinding | undefined
      let spoke: MentionFinding | undefined
      // "Zhang Wei's company opened …": a possessive names whose thing the subject is, not who acts.
      const possessive = named !== undefined && isPossessive(toks, named)
      const subject = (possessive ? undefined : named) ?? pronounSubjectOf(toks, topic, sexes, recent, added)
      // Without cues of one's own, only the tokens from the first default cue to the last can start one.
      const cuesAt = ownCues ? undefined : kindExtent(sentence, cueToken)
      const from = cuesAt === undefined ? 0 : lastTokenBefore(toks, cuesAt.start) + 1
      const to = cuesAt === undefined ? (ownCues ? toks.length : 0) : lastTokenBefore(toks, cuesAt.end) + 1
      for (let index = from; index < to; index++) {
        const tok = toks[index]!
        if (!cueStarts.has(byBase ? tok.base : tok.value)) continue
        const second = pairedWord(toks, index, mentions)
        if (!cues.has(tok.value) && !second) continue
        if (namesAnAct(toks, index)) continue
        const end = second ? second.end : expressesHope(toks, index) ? toks[index + 2]!.end : tok.end
        const context: Context = { topic, subject, modifier: possessive ? named : undefined, sexes, recent }
        const according = second?.value === 'to'
        // "…, hoping that …" belongs to the subject of the sentence, not to the person just before it.
        const speaker = according
          ? accordingTo(toks, index + 2, mentions, context, added)
          : tok.value.endsWith('ing')
            ? (subject ?? speakerBefore(toks, index, mentions))
            : (speakerBefore(toks, index, mentions) ??
              pronounBefore(toks, index, context, added) ??
              speakerAfter(toks, index, mentions) ??
              coordinatedSubject(toks, index, subject, mentions))
        if (!speaker) continue
        speech = {
          start: tok.start,
          end,
          speaker: { start: speaker.start, end: speaker.end },
          rule: according ? 'speech-according-to' : ruleOf(speaker),
        }
        spoke = speaker
        // One entry per speaker per sentence.
        break
      }
      // "'…,' said Sun Ning. She noted …": a person who has just spoken is who the text is about.
      if (spoke?.type === 'person' && !spoke.pronoun) topic = spoke
      else if (subject && !subject.pronoun) topic = subject
      else if (!topic && possessive) topic = named
      if (topic?.type === 'person' && !topic.pronoun) remember(recent, topic)
      if (speech !== undefined || added.length > 0) {
        // `Object.assign` rather than a spread, which costs more on data of many shapes.
        const data = Object.assign({}, sentence.data)
        if (added.length > 0) data.mentions = [...mentions, ...added].sort((a, b) => a.start - b.start)
        if (speech !== undefined) data.speech = [speech]
        sentence.data = data
      }
      if (open || startsQuote(toks)) open = readQuote(toks, sentence, open, quoted, speech)
    })
  }
}

// One of `adverbWords`, or a word of word characters in -ly (what `\w+ly` matches). Tested in code, not by
// a pattern: it runs on the words before every cue, where a regex cost more than the rest of the rule.
function isAdverb(value: string): boolean {
  if (adverbWords.has(value)) return true
  if (value.length < 3 || !value.endsWith('ly')) return false
  for (let index = 0; index < value.length - 2; index++) {
    if (!isWordCharacter(value.charCodeAt(index))) return false
  }
  return true
}

// What `\w` matches: an ASCII letter, a digit or "_".
function isWordCharacter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
  )
}

function ruleOf(speaker: MentionFinding): string {
  return speaker.pronoun ? 'speech-pronoun-subject' : 'speech-named-subject'
}

// "X said", "X also said", "X, secretary of …, said".
function speakerBefore(
  toks: readonly Tok[],
  cue: number,
  mentions: readonly MentionFinding[],
): MentionFinding | undefined {
  let at = cue - 1
  while (at >= 0 && isAdverb(toks[at]!.value)) at--
  // "Li Na (deputy director of the bureau) said": the name before the brackets.
  if (toks[at]?.value === ')') at = openingBracket(toks, at) - 1
  const before = toks[at]
  if (!before) return undefined
  const direct = mentions.find(
    (mention) => mention.end === before.end || mention.end === before.start + before.base.length,
  )
  // A body speaks too, named or not: "The Municipal Bureau of Commerce said that …"; but in "Professor Ida
  // Lenz of Sollberg University said" the body is where the person named before it works.
  if (direct && direct.type !== 'place')
    return (direct.type === 'person' ? undefined : ownerOf(toks, direct, mentions)) ?? direct
  if (before.value !== ',') return undefined
  // An appositive between commas: the nearest mention before it that is followed by a comma, or by the
  // of-phrase of where the person works ("Professor Ida Lenz of Sollberg University, Germany, who …, said").
  for (let index = mentions.length - 1; index >= 0; index--) {
    const mention = mentions[index]!
    if (mention.end > before.start || mention.type !== 'person') continue
    const after = toks.find((tok) => tok.start >= mention.end)
    if (after?.value === ',' || (after?.value === 'of' && !mention.pronoun)) return mention
  }
  return undefined
}

// The "(" that the ")" at `close` closes, or -1.
function openingBracket(toks: readonly Tok[], close: number): number {
  for (let at = close - 1; at >= 0; at--) {
    const value = toks[at]!.value
    if (value === '(') return at
    if (value === ')') return -1
  }
  return -1
}

// "Li Na walked into the greenhouses, talked with the growers and asked about their costs": a cue after
// "and" is said by the subject of the verbs it is coordinated with, unless a clause with a subject of its
// own comes between ("Li Na visited the farm, where Wang Bo introduced the crops and said …").
function coordinatedSubject(
  toks: readonly Tok[],
  cue: number,
  subject: MentionFinding | undefined,
  mentions: readonly MentionFinding[],
): MentionFinding | undefined {
  if (subject === undefined) return undefined
  let at = cue - 1
  while (at >= 0 && isAdverb(toks[at]!.value)) at--
  const and = toks[at]
  if (and?.value !== 'and' || subject.end > and.start) return undefined
  for (let index = at - 1; index >= 0 && toks[index]!.start >= subject.end; index--) {
    if (clauseWords.has(toks[index]!.lower)) return undefined
  }
  for (const mention of mentions) {
    if (mention.type !== 'person' || mention.start < subject.end || mention.end > and.start) continue
    const before = toks[tokenStartingAt(toks, mention.start) - 1]
    if (!before || !objectWords.has(before.lower)) return undefined
  }
  return subject
}

// "'…,' said Anna Schmidt": the speaker right after the cue, when the cue follows a quotation or a comma.
function speakerAfter(
  toks: readonly Tok[],
  cue: number,
  mentions: readonly MentionFinding[],
): MentionFinding | undefined {
  if (!quoteEnds.has(toks[cue - 1]?.value ?? '')) return undefined
  const next = toks[cue + 1]
  return mentions.find((mention) => mention.type === 'person' && mention.start === next?.start)
}

// "He said …": the pronoun stands for the sentence's subject named before it ("Ma Jun opened …, and he
// said …"), unless an honorific or an earlier pronoun gives that person the other sex; else for the current
// topic, or the latest person the text was about whom nothing gives the other sex ("Ms. Li Na spoke.
// Vice Mayor Mr. Wang Bo replied. She said …"). A possessive ("Pierre Dubois's company …, and he hopes …")
// is the last resort, when there is no topic. The person a pronoun stood for keeps its sex.
function pronounBefore(
  toks: readonly Tok[],
  cue: number,
  context: Context,
  added: MentionFinding[],
): MentionFinding | undefined {
  let at = cue - 1
  while (at >= 0 && isAdverb(toks[at]!.value)) at--
  const tok = toks[at]
  if (!tok || !isPronoun(tok.value)) return undefined
  return referTo(tok, sexOfPronoun(tok), context, added)
}

// "According to Li Na, …", "According to the Municipal Bureau of Commerce, …", "According to the organizer,
// the Bureau of Commerce, …", "According to her, …": the person or body the words after "to" name, when a
// comma ends it ("According to estimates by the bureau" names no speaker).
function accordingTo(
  toks: readonly Tok[],
  at: number,
  mentions: readonly MentionFinding[],
  context: Context,
  added: MentionFinding[],
): MentionFinding | undefined {
  const first = toks[at]
  if (first?.lower === 'him' || first?.lower === 'her') {
    if (toks[at + 1]?.value !== ',') return undefined
    return referTo(first, sexOfPronoun(first), context, added)
  }
  if (first?.lower === 'the') at++
  // "the organizer, the Bureau of Commerce,": a common noun named again by the body after the comma.
  if (toks[at]?.kind === 'word' && toks[at + 1]?.value === ',' && !namedAt(mentions, toks[at]!.start)) {
    at += toks[at + 2]?.lower === 'the' ? 3 : 2
  }
  const named = namedAt(mentions, toks[at]?.start)
  if (!named) return undefined
  const after = toks[lastTokenBefore(toks, named.end) + 1]
  return after?.value === ',' ? named : undefined
}

// Whether the mention's last word carries a possessive ending ("Zhang Wei's").
function isPossessive(toks: readonly Tok[], mention: MentionFinding): boolean {
  // The token the mention ends in: tokens do not overlap, so only the last one starting before its end can.
  const last = toks[lastTokenBefore(toks, mention.end)]
  return last?.possessive === true && mention.end < last.end
}
