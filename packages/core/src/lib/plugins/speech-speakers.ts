/**
 * Where the speaker of a cue stands, for retext-speech: named right before it ("Li Na said"), across an
 * appositive ("Li Na, director of …, said"), right after it ("'…,' said Li Na"), as a pronoun ("he said"),
 * as the subject of verbs the cue is coordinated with ("Li Na visited … and asked …"), or after "According to".
 */
import { functionWords, type Tok } from '../entities/tokens.js'
import type { MentionFinding } from '../findings.js'
import { type Context, isPronoun, namedAt, ownerOf, referTo, sexOfPronoun } from './speech-referents.js'
import { lastTokenBefore, tokenStartingAt } from './token-offsets.js'

// Words allowed between a subject and its verb: "Lu Zhenqi also said", "He further stressed", and any
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

/**
 * One of the words allowed between a subject and its verb ("also", "further"), or a word of word
 * characters in -ly (what `\w+ly` matches).
 */
// Tested in code, not by a pattern: it runs on the words before every cue, where a regex cost more than the
// rest of the rule.
export function isAdverb(value: string): boolean {
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

/**
 * "X said", "X also said", "X, secretary of …, said".
 */
export function speakerBefore(
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
  if (before.value !== ',') return ofPhraseOwner(toks, at, mentions)
  // An appositive between commas: the nearest mention before it that is followed by a comma, or by the
  // of-phrase of where the person works ("Professor Ida Lenz of Sollberg University, Germany, who …, said").
  // A person the appositive names after a preposition is not the one it describes ("Bo Lin, the lawyer of
  // Ye Tao and Jin Wu, said").
  for (let index = mentions.length - 1; index >= 0; index--) {
    const mention = mentions[index]!
    if (mention.end > before.start || mention.type !== 'person') continue
    const at = tokenStartingAt(toks, mention.start)
    const after = toks.find((tok) => tok.start >= mention.end)
    if (at > 0 && isObject(toks, at, mentions)) continue
    if (after?.value === ',' || (after?.value === 'of' && !mention.pronoun)) return mention
  }
  return undefined
}

// "Pastor Ran Li of the church said": the person right before an of-phrase of up to three lower-case
// words that names no body ("the head of the church said" names no one; in "the wife of Ran Li of the
// clinic said" Ran Li is an object). The cheap test first: a lower-case word of no function before the cue.
function ofPhraseOwner(
  toks: readonly Tok[],
  last: number,
  mentions: readonly MentionFinding[],
): MentionFinding | undefined {
  let at = last
  for (let tok = toks[at]; at > last - 3 && tok?.kind === 'word' && tok.value === tok.lower; tok = toks[--at])
    if (functionWords.has(tok.lower)) break
  if (at === last || toks[toks[at]?.lower === 'the' ? --at : at]?.value !== 'of' || at < 1) return undefined
  const owner = toks[at - 1]!
  const person = mentions.find((mention) => mention.type === 'person' && mention.end === owner.end)
  if (person === undefined || person.pronoun) return undefined
  const first = tokenStartingAt(toks, person.start)
  return first > 0 && isObject(toks, first, mentions) ? undefined : person
}

// Whether the person named from `toks[at]` follows a preposition ("of Ye Tao"), or is listed after one
// who does ("of Ye Tao and Jin Wu", "of Ye Tao, Jin Wu and …"; but in "With Ye Tao, Jin Wu, the director,
// said" the comma ends the phrase).
function isObject(toks: readonly Tok[], at: number, mentions: readonly MentionFinding[]): boolean {
  const before = toks[at - 1]!
  if (objectWords.has(before.lower)) return true
  const previous = toks[at - 2]
  if (previous === undefined || (before.value !== 'and' && before.value !== ',')) return false
  if (before.value === ',') {
    const mention = mentions.find((item) => item.start === toks[at]!.start)
    if (mention === undefined || toks.find((tok) => tok.start >= mention.end)?.value !== 'and') return false
  }
  const listed = mentions.find((mention) => mention.type === 'person' && mention.end === previous.end)
  if (listed === undefined) return false
  const first = tokenStartingAt(toks, listed.start)
  return first > 0 && isObject(toks, first, mentions)
}

/**
 * "workers led by foreman Ran Li", "the house of Ran Li", "Ran Li's stall": whether the person is named
 * inside a phrase of the sentence rather than as one it is about, after a preposition (past up to two
 * lower-case words that describe them) or in a possessive.
 */
export function namedAside(
  toks: readonly Tok[],
  person: MentionFinding,
  mentions: readonly MentionFinding[],
): boolean {
  if (isPossessive(toks, person)) return true
  let at = tokenStartingAt(toks, person.start)
  for (let words = 0; at > 0 && words < 2; at--, words++) {
    const tok = toks[at - 1]!
    if (tok.kind !== 'word' || tok.value !== tok.lower || functionWords.has(tok.lower)) break
  }
  return at > 0 && isObject(toks, at, mentions)
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

/**
 * "Li Na walked into the greenhouses, talked with the growers and asked about their costs": a cue after
 * "and" is said by the subject of the verbs it is coordinated with, unless a clause with a subject of its
 * own comes between ("Li Na visited the farm, where Wang Bo introduced the crops and said …"). A relative
 * clause set off by commas ("…, which cost 2 million yuan, and asked …") and a person named in a possessive
 * ("listened to Wang Bo's report and asked …") are no such clause.
 */
export function coordinatedSubject(
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
  let comma = false
  for (let index = at - 1; index >= 0 && toks[index]!.start >= subject.end; index--) {
    const lower = toks[index]!.lower
    if (toks[index]!.value === ',') comma = true
    else if (clauseWords.has(lower) && !(comma && isRelative(lower) && toks[index - 1]?.value === ','))
      return undefined
  }
  for (const mention of mentions) {
    if (mention.type !== 'person' || mention.start < subject.end || mention.end > and.start) continue
    const first = tokenStartingAt(toks, mention.start)
    const before = toks[first - 1]
    if (isPossessive(toks, mention) || (before && objectWords.has(before.lower))) continue
    if (!subjectVerbBefore(toks, first, subject)) return undefined
  }
  return subject
}

// Verbs in the past whose object is the guest a subject met ("Li Na welcomed Wang Bo and his party and
// said …"); not the participles that stand before a name as adjectives ("the newly elected Wang Bo").
// biome-ignore format: packed list
const meetingVerbs = new Set([
  'met', 'welcomed', 'received', 'thanked', 'visited', 'accompanied', 'greeted', 'hosted', 'congratulated',
])

// Whether the subject's own verb of meeting stands right before the person at token `first`, after the
// subject and any adverbs ("Li Na warmly welcomed Wang Bo"), which makes the person its object.
function subjectVerbBefore(toks: readonly Tok[], first: number, subject: MentionFinding): boolean {
  let at = first - 1
  if (!meetingVerbs.has(toks[at]?.value ?? '')) return false
  while (at > 0 && isAdverb(toks[at - 1]!.value)) at--
  return toks[at - 1]?.end === subject.end
}

// A word that opens a relative clause, which a comma closes before the verbs of the sentence go on.
function isRelative(lower: string): boolean {
  return lower === 'which' || lower === 'who' || lower === 'whom' || lower === 'whose' || lower === 'where'
}

/**
 * "'…,' said Anna Schmidt": the speaker right after the cue, when the cue follows a quotation or a comma.
 */
export function speakerAfter(
  toks: readonly Tok[],
  cue: number,
  mentions: readonly MentionFinding[],
): MentionFinding | undefined {
  if (!quoteEnds.has(toks[cue - 1]?.value ?? '')) return undefined
  const next = toks[cue + 1]
  const named = mentions.find((mention) => mention.type === 'person' && mention.start === next?.start)
  if (named !== undefined) return named
  const after = toks[descriptionEnd(toks, cue + 1)]
  return after === next
    ? undefined
    : mentions.find((mention) => mention.type === 'person' && mention.start === after?.start)
}

// Where words that describe the speaker end, from `at` right after the cue: "said 32-year-old retired
// welder Ma Lin", "said the dock's night-shift foreman, Ma Lin", "said her grandson Ma Lin": up to four
// words in lower case or starting with a digit, after "the", "a" or a possessive ("her", "their"), with a
// comma before the name only after such a determiner. No function
// word ("said at the pier that Ma Lin …"), clause opener or capitalised word: a person named there is no
// speaker.
function descriptionEnd(toks: readonly Tok[], at: number): number {
  let index = at
  const article = toks[index]?.lower ?? ''
  const determined = article === 'the' || article === 'a' || article === 'an' || possessives.has(article)
  if (determined) index++
  for (let words = 0; words < 4; words++, index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word' || !startsLowerOrDigit(tok.value.charCodeAt(0)) || !describes(tok)) break
  }
  if (index === at || (determined && index === at + 1)) return at
  return determined && toks[index]?.value === ',' ? index + 1 : index
}

// Possessive determiners before a speaker's kin or post ("said her grandson Ma Lin", "said their coach …").
const possessives = new Set(['her', 'his', 'their', 'its', 'our', 'my'])

// Words that open a clause of their own ("said residents who know Ma Lin") or a verb in -ing ("said staff
// guiding Ma Lin"): what follows them is no description of the speaker.
const clauseOpeners = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while'])

// A word that may describe a speaker: no function word, no clause opener, no verb in -ing.
function describes(tok: Tok): boolean {
  return !functionWords.has(tok.lower) && !clauseOpeners.has(tok.lower) && !tok.lower.endsWith('ing')
}

// A lower-case ASCII letter or a digit.
function startsLowerOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
}

/**
 * "He said …": the pronoun stands for the sentence's subject named before it ("Ma Jun opened …, and he
 * said …"), unless an honorific or an earlier pronoun gives that person the other sex; else for the current
 * topic, or the latest person the text was about whom nothing gives the other sex ("Ms. Li Na spoke.
 * Vice Mayor Mr. Wang Bo replied. She said …"). A possessive ("Pierre Dubois's company …, and he hopes …")
 * is the last resort, when there is no topic. The person a pronoun stood for keeps its sex.
 */
export function pronounBefore(
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

/**
 * "According to Li Na, …", "According to the Municipal Bureau of Commerce, …", "According to the organizer,
 * the Bureau of Commerce, …", "According to her, …": the person or body the words after "to" name, when a
 * comma ends it ("According to estimates by the bureau" names no speaker).
 */
export function accordingTo(
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

/**
 * Whether the mention's last word carries a possessive ending ("Zhang Wei's").
 */
export function isPossessive(toks: readonly Tok[], mention: MentionFinding): boolean {
  // The token the mention ends in: tokens do not overlap, so only the last one starting before its end can.
  const last = toks[lastTokenBefore(toks, mention.end)]
  return last?.possessive === true && mention.end < last.end
}
