/**
 * A person named earlier and written again in lower case at the start of a sentence, for retext-speech:
 * "petrov thanked the hosts. He said …" is about Petrov, so "he" is Petrov, not the person before him.
 */
import { functionWords, isDigits, type Tok } from '../entities/tokens.js'
import type { MentionFinding } from '../findings.js'

/**
 * The person whose name has the word that opens the sentence written in lower case ("petrov thanked …",
 * "3 petrov thanked …" past a stray number), as a mention of that word, when the word is followed by another
 * word in lower case (a verb: "petrov noted"), no mention starts there, and exactly one person named so far
 * (`people`, full names) has a word of that spelling. A function word ("he") is never a name here, nor a word
 * of fewer than three letters.
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
  if (tok?.kind !== 'word' || !isLowerLetter(tok.value.charCodeAt(0)) || tok.value.length < 3)
    return undefined
  const next = toks[at + 1]
  if (next?.kind !== 'word' || !isLowerLetter(next.value.charCodeAt(0))) return undefined
  if (functionWords.has(tok.lower) || people.size === 0) return undefined
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

// A lower-case ASCII letter.
function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122
}
