/**
 * retext-speech: find sentences where a person (or a body) said, stressed, pointed out, hoped or asked
 * something, and who the speaker is — a pronoun ("He said …") is resolved to the person it stands for.
 */
import type { Root } from 'nlcst'
import { sentenceToks, type Tok } from '../entities/tokens.js'
import { titleFirst } from '../entities/word-classes.js'
import type { MentionFinding, SpeechFinding } from '../findings.js'
import { forEachSentence } from './sentences.js'
import { lastTokenBefore, tokenStartingAt } from './token-offsets.js'
import { defineWordKind, kindExtent } from './word-kinds.js'

/** Options for retext-speech. */
export interface Options {
  /** Extra reporting verbs, in the forms they are written ("recalled", "insisted"). */
  readonly cues?: readonly string[] | null
}

// Reporting verbs, finite and participle forms; two-word cues are matched on their first word.
const defaultCues = [
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
const twoWordCues: ReadonlyMap<string, string> = new Map([
  ['pointed', 'out'],
  ['points', 'out'],
  ['pointing', 'out'],
  ['called', 'for'],
  ['calls', 'for'],
  ['calling', 'for'],
])
// Sentences without a default cue are found from the kinds of their words, shared with the other plugins
// (see `word-kinds.ts`).
const defaultCueStarts = new Set([...defaultCues, ...twoWordCues.keys()])
const cueToken = defineWordKind((word) => defaultCueStarts.has(word))
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
type Sex = 'male' | 'female'
// Honorifics that tell a person's sex, so "she" is not read as a man called "Mr. Zhang".
const maleHonorifics = ['Mr', 'Mr.', 'Sir', 'Lord']
// biome-ignore format: packed list
const femaleHonorifics = [
  'Ms', 'Ms.', 'Mrs', 'Mrs.', 'Miss', 'Madam', 'Madame', 'Mme', 'Mme.', 'Dame', 'Lady',
]
const honorificSexes: ReadonlyMap<string, Sex> = new Map([
  ...maleHonorifics.map((word) => [word, 'male'] as const),
  ...femaleHonorifics.map((word) => [word, 'female'] as const),
])
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
    // Pronoun mentions the sentence being read adds; one list, emptied for each sentence, as most add none.
    const added: MentionFinding[] = []
    forEachSentence(tree, (sentence) => {
      const mentions = sentence.data?.mentions ?? noMentions
      const toks = sentenceToks(sentence)
      const named = readPeople(toks, mentions, sexes)
      added.length = 0
      let speech: SpeechFinding | undefined
      // "Zhang Wei's company opened …": a possessive names whose thing the subject is, not who acts.
      const possessive = named !== undefined && isPossessive(toks, named)
      const subject = (possessive ? undefined : named) ?? pronounSubjectOf(toks, topic, added)
      // Without cues of one's own, only the tokens from the first default cue to the last can start one.
      const cuesAt = ownCues ? undefined : kindExtent(sentence, cueToken)
      const from = cuesAt === undefined ? 0 : lastTokenBefore(toks, cuesAt.start) + 1
      const to = cuesAt === undefined ? (ownCues ? toks.length : 0) : lastTokenBefore(toks, cuesAt.end) + 1
      for (let index = from; index < to; index++) {
        const tok = toks[index]!
        if (!cueStarts.has(byBase ? tok.base : tok.value)) continue
        const second = twoWordCues.get(tok.value)
        if (!cues.has(tok.value) && !(second && toks[index + 1]?.value === second)) continue
        const end = second && toks[index + 1]?.value === second ? toks[index + 1]!.end : tok.end
        const context: Context = { topic, subject, modifier: possessive ? named : undefined, sexes }
        // "…, hoping that …" belongs to the subject of the sentence, not to the person just before it.
        const speaker = tok.value.endsWith('ing')
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
          rule: ruleOf(speaker),
        }
        // One entry per speaker per sentence.
        break
      }
      if (subject && !subject.pronoun) topic = subject
      else if (!topic && possessive) topic = named
      if (speech !== undefined || added.length > 0) {
        // `Object.assign` rather than a spread, which costs more on data of many shapes.
        const data = Object.assign({}, sentence.data)
        if (added.length > 0) data.mentions = [...mentions, ...added].sort((a, b) => a.start - b.start)
        if (speech !== undefined) data.speech = [speech]
        sentence.data = data
      }
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
  const before = toks[at]
  if (!before) return undefined
  const direct = mentions.find(
    (mention) => mention.end === before.end || mention.end === before.start + before.base.length,
  )
  if (direct && direct.type !== 'place' && !direct.generic) return direct
  if (before.value !== ',') return undefined
  // An appositive between commas: the nearest mention before it that is followed by a comma.
  for (let index = mentions.length - 1; index >= 0; index--) {
    const mention = mentions[index]!
    if (mention.end > before.start || mention.type !== 'person') continue
    const after = toks.find((tok) => tok.start >= mention.end)
    if (after?.value === ',') return mention
  }
  return undefined
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

/** What a pronoun in a sentence can stand for. */
interface Context {
  /** The person the text was about before this sentence. */
  readonly topic: MentionFinding | undefined
  /** The sentence's subject, named or a pronoun. */
  readonly subject: MentionFinding | undefined
  /** A person named in a possessive where the subject would stand ("Zhang Wei's company"). */
  readonly modifier: MentionFinding | undefined
  /** The sex an honorific gave each person's name so far. */
  readonly sexes: ReadonlyMap<string, Sex>
}

// "He said …": the pronoun stands for the sentence's subject named before it ("Ma Jun opened …, and he
// said …"), unless an honorific gives that person the other sex; else for the current topic. A possessive
// ("Pierre Dubois's company …, and he hopes …") is the last resort, when there is no topic.
function pronounBefore(
  toks: readonly Tok[],
  cue: number,
  { topic, subject, modifier, sexes }: Context,
  added: MentionFinding[],
): MentionFinding | undefined {
  let at = cue - 1
  while (at >= 0 && isAdverb(toks[at]!.value)) at--
  const tok = toks[at]
  if (!tok || !isPronoun(tok.value)) return undefined
  const sex: Sex = tok.lower === 'she' ? 'female' : 'male'
  const fits = (person: MentionFinding | undefined): person is MentionFinding =>
    person !== undefined && !person.pronoun && person.end <= tok.start && !contradicts(person, sex, sexes)
  const referent = fits(subject) ? subject : (topic ?? (fits(modifier) ? modifier : undefined))
  return referent ? pronounMention(tok, referent, added) : undefined
}

// Whether an honorific seen so far ("Mr. Zhang Wei", "Mr. Zhang") gives the person the other sex.
function contradicts(person: MentionFinding, sex: Sex, sexes: ReadonlyMap<string, Sex>): boolean {
  const words = person.name.split(' ')
  const known = sexes.get(person.name) ?? sexes.get(words[0]!) ?? sexes.get(words.at(-1)!)
  return known !== undefined && known !== sex
}

// One pass over the people the sentence names: record the sex of those named after an honorific
// ("Ms. Li Na", "Mr. Becker"), and return the subject: the first person named at the start of the sentence
// or of its main clause ("Yesterday afternoon, Tan Chengxu visited …"), not one after a preposition ("met
// with Li Na").
function readPeople(
  toks: readonly Tok[],
  mentions: readonly MentionFinding[],
  sexes: Map<string, Sex>,
): MentionFinding | undefined {
  let subject: MentionFinding | undefined
  for (const mention of mentions) {
    if (mention.type !== 'person' || mention.pronoun) continue
    const index = tokenStartingAt(toks, mention.start)
    const before = toks[index - 1]
    if (subject === undefined && (!before || before.value === ',')) subject = mention
    if (index === -1) continue
    // The honorific is the mention's first word ("Ms. Li Na") or the word right before it.
    const sex = sexOf(toks[index]!) ?? (before === undefined ? undefined : sexOf(before))
    if (sex) sexes.set(mention.name, sex)
  }
  return subject
}

// Every honorific starts a title (`titleFirst`): most words are turned away by their class bit.
function sexOf(tok: Tok): Sex | undefined {
  return (tok.flags & titleFirst) === 0 ? undefined : honorificSexes.get(tok.value)
}

// Whether the mention's last word carries a possessive ending ("Zhang Wei's").
function isPossessive(toks: readonly Tok[], mention: MentionFinding): boolean {
  // The token the mention ends in: tokens do not overlap, so only the last one starting before its end can.
  const last = toks[lastTokenBefore(toks, mention.end)]
  return last?.possessive === true && mention.end < last.end
}

function pronounMention(tok: Tok, topic: MentionFinding, added: MentionFinding[]): MentionFinding {
  const existing = added.find((mention) => mention.start === tok.start)
  if (existing) return existing
  const mention: MentionFinding = {
    start: tok.start,
    end: tok.end,
    type: 'person',
    name: topic.name,
    pronoun: true,
    rule: 'person-pronoun',
  }
  added.push(mention)
  return mention
}

function pronounSubjectOf(
  toks: readonly Tok[],
  topic: MentionFinding | undefined,
  added: MentionFinding[],
): MentionFinding | undefined {
  const first = toks[0]
  if (!topic || !first || !isPronoun(first.value)) return undefined
  return pronounMention(first, topic, added)
}

// "he", "she", "He" or "She": compared as they are, as every sentence asks about its first word.
function isPronoun(value: string): boolean {
  return value === 'he' || value === 'she' || value === 'He' || value === 'She'
}
