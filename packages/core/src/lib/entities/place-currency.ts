/**
 * Telling a place from the currency named after it: "300 US dollars", "Hong Kong dollars".
 */
import { currencySymbols, currencyWords } from '../data/money.js'
import { isDigit } from '../diagnostics/characters.js'
import type { Tok } from './tokens.js'

/**
 * "300 US dollars", "Hong Kong dollars", "US$120 million", "US$ 5 billion", "US $5 billion", "GH₵ 5 million": a
 * place (or an acronym) that with the next word, or with a sign written onto it or after it, names a currency is
 * not mentioned as one.
 */
export function namesCurrency(toks: readonly Tok[], from: number, to: number): boolean {
  const next = toks[to]
  // "GH₵20 million": letters and a sign written together make one symbol.
  if (next && !next.spaced && (next.value[0] === '$' || (to - from === 1 && signAfter(toks[from]!, next))))
    return true
  // "US $3 million", "US $ 3 million": a symbol written with a space in it, before its number.
  if (next?.spaced && next.kind !== 'word' && to - from === 1 && spacedSymbol(toks, from, to)) return true
  // "RM 3.5 billion": a symbol of letters before its number.
  if (
    to - from === 1 &&
    next?.kind === 'word' &&
    isDigit(next.value.charCodeAt(0)) &&
    currencySymbols.has(toks[from]!.value)
  )
    return true
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

// Whether `tok` and the sign written against it make a currency's symbol ("GH" and "₵"), tested only after a
// word (a sign is no letter).
function signAfter(tok: Tok, next: Tok): boolean {
  return next.kind !== 'word' && currencySymbols.has(tok.value + next.value)
}

// Whether the letters at `from` and the sign at `to`, with a space between, make a currency's symbol ("US $")
// and a number follows the sign, with or without a space ("US $3 million", "US $ 3 million").
function spacedSymbol(toks: readonly Tok[], from: number, to: number): boolean {
  const digit = toks[to + 1]
  return (
    digit?.kind === 'word' &&
    isDigit(digit.value.charCodeAt(0)) &&
    currencySymbols.has(`${toks[from]!.value} ${toks[to]!.value}`)
  )
}
