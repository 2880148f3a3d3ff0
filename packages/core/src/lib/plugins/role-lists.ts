/**
 * Plural titles before a list of names: "Vice Mayors Li Hao and Zhou Jun", "Municipal leaders A, B and C",
 * "members of the Standing Committee of the Municipal Party Committee A and B". Each name holds the title
 * as written.
 */
import { canonicalTitle } from '../data/titles.js'
import { titleAt } from '../entities/titles.js'
import { shapedTok, type Tok } from '../entities/tokens.js'
import { placeBefore, startsSentence } from './role-bounds.js'
import { qualifiers, roleEnd, singularTitle } from './role-phrases.js'
import type { Reading } from './role-reading.js'

/**
 * The tokens `[from, to)` of the plural title before the list of names that the name at token `first`
 * belongs to. Not after a name, where the plural is a verb ("Li Hao heads Zhou Jun's team").
 */
export function pluralTitleBefore(
  reading: Reading,
  first: number,
  maxOfPhrase: number,
): { from: number; to: number } | undefined {
  const toks = reading.toks
  let start = first
  // "city leaders A and B, C, head of …": "and" closes the list, so a name after a comma past it (C) is
  // outside, and the title is not its.
  let afterComma = false
  for (;;) {
    const link = toks[start - 1]?.value
    if (link !== ',' && link !== 'and') break
    const previous = personEndingAt(reading, start - 1)
    if (previous === -1) break
    if (link === 'and' && afterComma) return undefined
    if (link === ',') afterComma = true
    start = previous
  }
  if (start < 2 || startsSentence(toks, start)) return undefined
  let from = pluralTitleStart(toks, start - 1)
  // "members of the Standing Committee A, B and C": the title's of-phrase runs up to the first name.
  for (let at = start - 3; from === -1 && at >= Math.max(0, start - maxOfPhrase - 2); at--) {
    if (toks[at + 1]?.value !== 'of' || roleEnd(reading, at + 1, maxOfPhrase, true) !== start) continue
    from = pluralTitleStart(toks, at)
  }
  if (from === -1 || personEndingAt(reading, from) !== -1) return undefined
  return { from, to: start }
}

// The first token of the person named right before token `at`, or -1.
function personEndingAt(reading: Reading, at: number): number {
  const end = reading.toks[at - 1]?.end
  for (const mention of reading.mentions) {
    if (mention.type === 'person' && !mention.pronoun && mention.end === end)
      return reading.startingAt(mention.start)
  }
  return -1
}

// The last word of every title, in both cases ("Mayor", "leader"): a plural that is none ends no title.
const titleLastWords: ReadonlySet<string> = new Set(
  [...canonicalTitle.keys()].map((title) => title.slice(title.lastIndexOf(' ') + 1)),
)

// Where a plural title ending with token `head` starts, with the qualifiers and the place before it ("Vice
// Mayors", "Municipal leaders", "Dalian vice mayors"), or -1.
function pluralTitleStart(toks: readonly Tok[], head: number): number {
  const tok = toks[head]
  if (tok?.kind !== 'word' || tok.possessive) return -1
  // "Vice Mayors", "Executive chairmen".
  const word = singularTitle(tok.value)
  if (word === undefined || !titleLastWords.has(word)) return -1
  const last = shapedTok(tok, word)
  // The longest title: from three words before the plural up to the plural alone.
  let start = -1
  for (let from = Math.max(0, head - 3); from <= head && start === -1; from++) {
    const words = [...toks.slice(from, head), last]
    if (titleAt(words, 0)?.end === words.length) start = from
  }
  if (start === -1) return -1
  while (start > 0 && qualifiers.has(toks[start - 1]!.lower) && toks[start]!.spaced) start--
  return placeBefore(toks, start)
}
