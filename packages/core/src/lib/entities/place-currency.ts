/**
 * Telling a place from the currency named after it: "300 US dollars", "Hong Kong dollars".
 */
import { currencyWords } from '../data/money.js'
import type { Tok } from './tokens.js'

/**
 * "300 US dollars", "Hong Kong dollars", "US$120 million", "US$ 5 billion": a place that with the next word,
 * or with a dollar sign written onto it, names a currency is not mentioned as a place.
 */
export function namesCurrency(toks: readonly Tok[], from: number, to: number): boolean {
  const next = toks[to]
  if (next && !next.spaced && next.value[0] === '$') return true
  // Most places are followed by no currency's last word: no need to join the words and look them up.
  if (next?.kind !== 'word' || !next.spaced || !currencyEnds.has(next.lower)) return false
  let words = ''
  for (let index = from; index < to; index++) words += `${toks[index]!.lower} `
  return currencyWords.has(words + next.lower)
}

// The last word of every currency's name ("dollars" of "hong kong dollars").
const currencyEnds: ReadonlySet<string> = new Set(
  [...currencyWords.keys()].map((words) => words.split(' ').at(-1)!),
)
