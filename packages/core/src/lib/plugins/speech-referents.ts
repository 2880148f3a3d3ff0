/**
 * Whom a sentence is about and whom "he" or "she" stands for, for retext-speech: the subject a sentence
 * names, the sex an honorific or an earlier pronoun gives a person, and the referent of a pronoun.
 */
import { functionWords, isDigits, type Tok } from '../entities/tokens.js'
import type { MentionFinding } from '../findings.js'
import { callingOf, type Sex, sexOf } from './speech-sexes.js'
import { tokenStartingAt } from './token-offsets.js'

export type { Sex } from './speech-sexes.js'

/** What a pronoun in a sentence can stand for. */
export interface Context {
  /** The person the text was about before this sentence. */
  readonly topic: MentionFinding | undefined
  /** The sentence's subject, named or a pronoun. */
  readonly subject: MentionFinding | undefined
  /** A person named in a possessive where the subject would stand ("Zhang Wei's company"). */
  readonly modifier: MentionFinding | undefined
  /** The sex an honorific or an earlier pronoun gave each person's name so far. */
  readonly sexes: Map<string, Sex>
  /** The people the text was last about, latest last. */
  readonly recent: readonly MentionFinding[]
  /**
   * The person named last in the paragraph's earlier sentences, when the topic is not mentioned in the
   * paragraph: whom a pronoun means before the topic (see `referTo`).
   */
  readonly near?: MentionFinding | undefined
  /** Whether `near` was named inside a phrase ("led by …", "the house of …", "…'s"), not as a subject. */
  readonly nearAside?: boolean
  /** The people named last in any place of a sentence, latest last. */
  readonly named?: readonly MentionFinding[]
}

// The person the pronoun `tok` of sex `sex` stands for (see `pronounBefore`), as a pronoun mention.
export function referTo(
  tok: Tok,
  sex: Sex,
  { topic, subject, modifier, sexes, recent, near, nearAside, named }: Context,
  added: MentionFinding[],
): MentionFinding | undefined {
  const fits = (person: MentionFinding | undefined): person is MentionFinding =>
    person !== undefined && !person.pronoun && person.end <= tok.start && !contradicts(person, sex, sexes)
  let referent = fits(subject)
    ? subject
    : fits(near) && (nearAside !== true || nearFirst(near, topic, sex, sexes))
      ? near
      : fits(topic)
        ? topic
        : undefined
  // The possessive in this sentence before people the text was about earlier.
  if (referent === undefined && fits(modifier)) referent = modifier
  if (referent === undefined && topic !== undefined) referent = recent.findLast(fits)
  // "Mayor Kang Bo (a man, by an earlier "he") stopped at the stall of Ran Li. 'It is warm,' she said.": the
  // nearest person named anywhere whom nothing gives the other sex.
  if (referent === undefined && topic !== undefined) referent = named?.findLast(fits)
  if (referent === undefined) return undefined
  // "Mayor Kang Bo visited the stall of Ran Li, a retired grandmother. 'It is warm,' she said.": a woman the
  // text says is one before a person it says nothing of (a man is the common case, so "he" keeps the topic).
  if (sex === 'female' && named !== undefined && sexes.size > 0 && !sexes.has(referent.name)) {
    // Only a woman named after the referent last was: one named before it is no nearer.
    const since = named.findLastIndex((person) => person.name === referent!.name)
    const woman = named.findLast(
      (person, index) => index > since && fits(person) && sexes.get(person.name) === 'female',
    )
    if (woman !== undefined) referent = woman
  }
  if (!sexes.has(referent.name)) sexes.set(referent.name, sex)
  return pronounMention(tok, referent, added)
}

// Keep `person` as the latest of the few people the text was last about.
export function remember(recent: MentionFinding[], person: MentionFinding): void {
  // Asked after every sentence once there is a topic, which is mostly the latest already; names are kept
  // once each, so there is nothing to move.
  if (recent.at(-1) === person) return
  const index = recent.findIndex((item) => item.name === person.name)
  if (index !== -1) recent.splice(index, 1)
  recent.push(person)
  if (recent.length > 4) recent.shift()
}

// The person the paragraph named last takes a pronoun before the topic ("Among the guests was Ran Li,
// a grower. She said …"), but one named inside a phrase ("On the pier, workers led by foreman Ran Li were
// loading. He said …", "the stall of Ran Li") is no more than someone the topic met: the pronoun goes to
// them only when what is known of the sexes says so: the topic is of the other sex, or the person named is
// of the pronoun's and nothing is known of the topic's ("…, a widow, … She said …").
function nearFirst(
  near: MentionFinding,
  topic: MentionFinding | undefined,
  sex: Sex,
  sexes: ReadonlyMap<string, Sex>,
): boolean {
  if (sexes.size === 0) return false
  const topicSex = topic === undefined ? undefined : knownSex(topic, sexes)
  return topicSex === undefined ? knownSex(near, sexes) === sex : topicSex !== sex
}

// Whether an honorific seen so far ("Mr. Zhang Wei", "Mr. Zhang") gives the person the other sex.
function contradicts(person: MentionFinding, sex: Sex, sexes: ReadonlyMap<string, Sex>): boolean {
  // Asked of every person a pronoun may stand for: most texts give no sex yet.
  if (sexes.size === 0) return false
  const known = knownSex(person, sexes)
  return known !== undefined && known !== sex
}

// The sex known for the person's name, or its first or last word: the first and last word are cut out
// only when the whole name says nothing (what `split(' ')` gives, without its array).
function knownSex(person: MentionFinding, sexes: ReadonlyMap<string, Sex>): Sex | undefined {
  const name = person.name
  const space = name.indexOf(' ')
  return (
    sexes.get(name) ??
    (space === -1
      ? undefined
      : (sexes.get(name.slice(0, space)) ?? sexes.get(name.slice(name.lastIndexOf(' ') + 1))))
  )
}

// One pass over the people the sentence names: record the sex of those named after an honorific
// ("Ms. Li Na", "Mr. Becker"), and return the subject: the first person named at the start of the sentence
// or of its main clause ("Yesterday afternoon, Lu Zhenqi visited …"), not one after a preposition ("met
// with Li Na").
export function readPeople(
  toks: readonly Tok[],
  mentions: readonly MentionFinding[],
  sexes: Map<string, Sex>,
): MentionFinding | undefined {
  let subject: MentionFinding | undefined
  for (const mention of mentions) {
    if (mention.type !== 'person' || mention.pronoun) continue
    const index = tokenStartingAt(toks, mention.start)
    const before = toks[index - 1]
    if (subject === undefined && opensClause(toks, index)) subject = mention
    if (index === -1) continue
    // The honorific is the mention's first word ("Ms. Li Na") or the word right before it.
    const sex =
      sexOf(toks[index]!) ?? (before === undefined ? undefined : sexOf(before)) ?? callingOf(toks, mention)
    if (sex) sexes.set(mention.name, sex)
  }
  return subject
}

// Whether the person named at `toks[index]` stands first in the sentence or its clause: right after the
// start or a comma, past a stray number ("7 Maria Lopez noted …") or a few words that describe the person
// ("Anshan native Fu Jiayi finished third", "The Kenyan runner …"), but not past a preposition, a verb or
// another function word ("met with Li Na", "Besides Li Na").
function opensClause(toks: readonly Tok[], index: number): boolean {
  // A name glued to a stray character ("xLu Zhenqi") starts no token of its own; it is read as a subject.
  if (index === -1) return true
  let at = index - 1
  if (at >= 0 && isDigits(toks[at]!.value)) at--
  for (let words = 0; at >= 0 && toks[at]!.value !== ','; at--, words++) {
    const tok = toks[at]!
    if (words === 3 || tok.kind !== 'word' || tok.possessive || tok.lower.endsWith('ed')) return false
    // "Today Tang Meiru teaches …", "Yesterday Li Na visited …": a word of time opening the clause is no object.
    const opener = tok.lower === 'the' || timeWords.has(tok.lower)
    if (functionWords.has(tok.lower) && !(opener && (at === 0 || toks[at - 1]!.value === ','))) return false
  }
  return true
}

// Function words of time that may open a clause before its subject.
// biome-ignore format: packed list
const timeWords = new Set([
  'now', 'today', 'yesterday', 'tomorrow', 'recently', 'currently', 'later', 'earlier', 'meanwhile', 'then',
  'finally',
])

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

// "He said …" at the start of a sentence, or "At the Hexin plant, a joint venture, she listened to …" after
// an opening phrase: the pronoun as its subject (see `referTo`).
export function pronounSubjectOf(
  toks: readonly Tok[],
  topic: MentionFinding | undefined,
  sexes: Map<string, Sex>,
  recent: readonly MentionFinding[],
  added: MentionFinding[],
  near?: MentionFinding,
  nearAside?: boolean,
  named?: readonly MentionFinding[],
): MentionFinding | undefined {
  const first = toks[0]
  if (!topic || !first) return undefined
  const pronoun = isPronoun(first.value) ? first : pronounAfterOpening(toks)
  if (pronoun === undefined) return undefined
  const context: Context = {
    topic,
    subject: undefined,
    modifier: undefined,
    sexes,
    recent,
    near,
    nearAside,
    named,
  }
  return referTo(pronoun, sexOfPronoun(pronoun), context, added)
}

// Words that open a phrase before the subject: "At the plant, …", "During the visit, …", "When the
// meeting ended, …".
// biome-ignore format: packed list
const openers = new Set([
  'At', 'In', 'On', 'During', 'After', 'Before', 'Upon', 'With', 'When', 'While', 'Following', 'Later',
  'Afterwards', 'Then',
])

// The first "he" or "she" right after a comma in a sentence that opens with a phrase (`openers`): the
// subject of its main clause ("At the plant, a joint venture, she listened …"). Compared as written, as
// the words are asked of every sentence.
function pronounAfterOpening(toks: readonly Tok[]): Tok | undefined {
  if (!openers.has(toks[0]!.value)) return undefined
  for (let index = 2; index < toks.length; index++) {
    const tok = toks[index]!
    if (toks[index - 1]!.value === ',' && isPronoun(tok.value)) return tok
  }
  return undefined
}

// "she" and "her" are a woman; "he" and "him" a man.
export function sexOfPronoun(tok: Tok): Sex {
  return tok.lower === 'she' || tok.lower === 'her' ? 'female' : 'male'
}

// "he", "she", "He" or "She": compared as they are, as every sentence asks about its first word.
export function isPronoun(value: string): boolean {
  return value === 'he' || value === 'she' || value === 'He' || value === 'She'
}

/** The person or body (not a place, not a pronoun) named from offset `start`. */
export function namedAt(
  mentions: readonly MentionFinding[],
  start: number | undefined,
): MentionFinding | undefined {
  return mentions.find((mention) => mention.start === start && mention.type !== 'place' && !mention.pronoun)
}

/** "Ida Lenz of Sollberg University": the person right before "of" the body `body`, if any. */
export function ownerOf(
  toks: readonly Tok[],
  body: MentionFinding,
  mentions: readonly MentionFinding[],
): MentionFinding | undefined {
  const first = tokenStartingAt(toks, body.start)
  let of = first - 1
  if (toks[of]?.lower === 'the') of--
  if (toks[of]?.value !== 'of') return undefined
  const end = toks[of - 1]?.end
  return mentions.find((mention) => mention.type === 'person' && !mention.pronoun && mention.end === end)
}
