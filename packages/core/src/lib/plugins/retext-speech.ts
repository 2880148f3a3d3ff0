/**
 * retext-speech: find sentences where a person (or, if asked, a body) said, stressed, pointed out, hoped or asked
 * something, and who the speaker is — a pronoun ("He said …") is resolved to the person it stands for.
 */
import type { Paragraph, Root, Sentence } from 'nlcst'
import { sentenceToks } from '../entities/tokens.js'
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
import { lowerCaseSpeaker, lowerCaseSubject } from './speech-lower-names.js'
import { type Context, pronounSubjectOf, readPeople, remember, type Sex } from './speech-referents.js'
import {
  accordingTo,
  coordinatedSubject,
  isAdverb,
  isPossessive,
  namedAside,
  pronounBefore,
  speakerAfter,
  speakerBefore,
} from './speech-speakers.js'
import { lastTokenBefore } from './token-offsets.js'
import { kindExtent } from './word-kinds.js'

/** Options for retext-speech. */
export interface Options {
  /** Extra reporting verbs, in the forms they are written ("recalled", "insisted"). */
  readonly cues?: readonly string[] | null
  /**
   * Whether a body named as the one who speaks ("The Municipal Bureau of Commerce said …", "According to
   * the Harbour Office, …") is a speaker too (default: `false`: only people speak).
   */
  readonly bodies?: boolean | null
}

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
  const bodies = options?.bodies === true
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
    // Every person named so far, by full name: whom a name written again in lower case may stand for.
    const people = new Set<string>()
    // The people the paragraph mentions so far, and the last one it names: "…, the kiosk of Tang Meiru, a
    // widow, burned down. She had been moved …" may be about Tang Meiru, not the topic of the paragraph before.
    const here = new Set<string>()
    let last: MentionFinding | undefined
    // Whether `last` was named inside a phrase ("led by foreman Ran Li", "the house of Ran Li"), not as
    // someone its sentence is about.
    let lastAside = false
    // The people named last anywhere in a sentence, latest last: whom "she" may mean besides the topic.
    const named: MentionFinding[] = []
    forEachSentence(tree, (sentence, _heading, paragraph) => {
      if (paragraph !== paragraphOf) {
        paragraphOf = paragraph
        open = false
        quoted.length = 0
        here.clear()
        last = undefined
        lastAside = false
      }
      const mentions = sentence.data?.mentions ?? noMentions
      const toks = sentenceToks(sentence)
      // Setting the length is a call into the engine even when it does not change: most sentences add none.
      if (added.length > 0) added.length = 0
      let subjectNamed = readPeople(toks, mentions, sexes)
      if (subjectNamed === undefined) {
        subjectNamed = lowerCaseSubject(toks, mentions, people)
        if (subjectNamed !== undefined) added.push(subjectNamed)
      }
      const near = topic !== undefined && last !== undefined && !here.has(topic.name) ? last : undefined
      let speech: SpeechFinding | undefined
      let spoke: MentionFinding | undefined
      // "Zhang Wei's company opened …": a possessive names whose thing the subject is, not who acts.
      const possessive = subjectNamed !== undefined && isPossessive(toks, subjectNamed)
      const subject =
        (possessive ? undefined : subjectNamed) ??
        pronounSubjectOf(toks, topic, sexes, recent, added, near, lastAside, named)
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
        const context: Context = {
          topic,
          subject,
          modifier: possessive ? subjectNamed : undefined,
          sexes,
          recent,
          near,
          nearAside: lastAside,
          named,
        }
        const according = second?.value === 'to'
        // "…, hoping that …" belongs to the subject of the sentence, not to the person just before it.
        const speaker = according
          ? accordingTo(toks, index + 2, mentions, context, added)
          : tok.value.endsWith('ing')
            ? (subject ?? speakerBefore(toks, index, mentions))
            : (speakerBefore(toks, index, mentions) ??
              lowerCaseSpeaker(toks, index, mentions, people, added, isAdverb) ??
              pronounBefore(toks, index, context, added) ??
              speakerAfter(toks, index, mentions) ??
              coordinatedSubject(toks, index, subject, mentions))
        // A body that speaks stands where a person would, so no one else is taken for the speaker; but it
        // is no speaker unless asked for, and a later cue may have one ("According to the bureau, Li Na said").
        if (!speaker || (speaker.type !== 'person' && !bodies)) continue
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
      else if (!topic && possessive) topic = subjectNamed
      if (topic?.type === 'person' && !topic.pronoun) remember(recent, topic)
      const lastHere = notePeople(mentions, added, people, here, named)
      if (lastHere !== undefined) {
        last = lastHere
        lastAside = namedAside(toks, lastHere, mentions)
      }
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

// Note the people the sentence mentions (`people`: by name; `here`: also by pronoun) and return the last one
// it names.
function notePeople(
  mentions: readonly MentionFinding[],
  added: readonly MentionFinding[],
  people: Set<string>,
  here: Set<string>,
  named: MentionFinding[],
): MentionFinding | undefined {
  let last: MentionFinding | undefined
  for (const mention of mentions) {
    if (mention.type !== 'person') continue
    here.add(mention.name)
    if (mention.pronoun) continue
    people.add(mention.name)
    remember(named, mention)
    last = mention
  }
  for (const mention of added) {
    here.add(mention.name)
    if (mention.pronoun) continue
    remember(named, mention)
    if (last === undefined || mention.start > last.start) last = mention
  }
  return last
}

function ruleOf(speaker: MentionFinding): string {
  return speaker.pronoun ? 'speech-pronoun-subject' : 'speech-named-subject'
}
