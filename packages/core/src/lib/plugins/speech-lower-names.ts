/**
 * A person named earlier and written again in lower case where a clause starts, for retext-speech:
 * "olsgaard thanked the hosts. He said …" is about Henrik Olsgaard, so "he" is Olsgaard, not the person
 * before him; "… the harbour. olsgaard said …" (no new sentence is read before a lower-case word) is his speech.
 */
import { functionWords, isDigits, isLowerWord, type Tok } from '../entities/tokens.js'
import type { MentionFinding } from '../findings.js'

/**
 * The person whose name has the word that opens the sentence written in lower case ("olsgaard thanked …",
 * "3 olsgaard thanked …" past a stray number), as a mention of that word, when the word is followed by
 * another word in lower case (a verb: "olsgaard noted"); see `lowerNameAt`.
 */
export function lowerCaseSubject(
  toks: readonly Tok[],
  mentions: readonly MentionFinding[],
  people: ReadonlySet<string>,
): MentionFinding | undefined {
  let at = 0
  if (toks[at] !== undefined && isDigits(toks[at]!.value)) at++
  const tok = toks[at]
  // The cheap tests first: almost every sentence opens with a capital letter.
  if (tok?.kind !== 'word' || !isLowerWord(tok.value)) return undefined
  const next = toks[at + 1]
  if (next?.kind !== 'word' || !isLowerWord(next.value)) return undefined
  return lowerNameAt(tok, mentions, people)
}

/**
 * "… for the club. olsgaard said that …": the person a lower-case word right before the cue at `cue` (past
 * adverbs, `skip`) stands for, when the word opens the sentence or follows a full stop inside it; the
 * mention is taken from `added` if the sentence's subject is already read from it, else added there.
 */
export function lowerCaseSpeaker(
  toks: readonly Tok[],
  cue: number,
  mentions: readonly MentionFinding[],
  people: ReadonlySet<string>,
  added: MentionFinding[],
  skip: (value: string) => boolean,
): MentionFinding | undefined {
  let at = cue - 1
  while (at >= 0 && skip(toks[at]!.value)) at--
  const tok = toks[at]
  if (tok?.kind !== 'word' || !isLowerWord(tok.value)) return undefined
  // A full stop may be a token of its own or end the word before ("… spoke first. olsgaard said").
  const before = toks[at - 1]?.value
  if (before !== undefined && !endsInStop(before) && !isDigits(before)) return undefined
  const existing = added.find((mention) => mention.start === tok.start)
  if (existing !== undefined) return existing
  const mention = lowerNameAt(tok, mentions, people)
  if (mention !== undefined) added.push(mention)
  return mention
}

// The person `tok` stands for: no mention covers it, and exactly one person named so far (`people`, full
// names) has a word of its spelling. A function word ("he") is never a name here, nor a word of fewer than
// three letters.
function lowerNameAt(
  tok: Tok,
  mentions: readonly MentionFinding[],
  people: ReadonlySet<string>,
): MentionFinding | undefined {
  if (tok.value.length < 3 || functionWords.has(tok.lower) || people.size === 0) return undefined
  if (mentions.some((mention) => mention.start < tok.end && tok.start < mention.end)) return undefined
  let found: string | undefined
  for (const name of people) {
    if (!name.toLowerCase().split(' ').includes(tok.lower)) continue
    // Two people who share the word: nothing says which one is meant.
    if (found !== undefined && found !== name) return undefined
    found = name
  }
  if (found === undefined) return undefined
  return { start: tok.start, end: tok.end, type: 'person', name: found, rule: 'person-surname' }
}

// Whether a token is or ends in a full stop, "!" or "?".
function endsInStop(value: string): boolean {
  const code = value.charCodeAt(value.length - 1)
  return code === 46 || code === 33 || code === 63
}
