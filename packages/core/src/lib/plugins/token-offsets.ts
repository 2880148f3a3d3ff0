/**
 * Finding a sentence's tokens by offset, for the plugins that read mentions against tokens (roles, speech).
 *
 * Each mention asks where it starts and ends among the tokens; a scan of the whole sentence per question
 * cost more than the rules asking it. A sentence's tokens come from its children in order, and the parser
 * gives children in text order without overlap, so a binary search finds the token a scan would.
 */
import type { Tok } from '../entities/tokens.js'

/** Index of the token that starts at `start`, or -1. */
export function tokenStartingAt(toks: readonly Tok[], start: number): number {
  const index = firstFrom(toks, start)
  return index < toks.length && toks[index]!.start === start ? index : -1
}

/** Index of the last token that starts before `end`, or -1. */
export function lastTokenBefore(toks: readonly Tok[], end: number): number {
  return firstFrom(toks, end) - 1
}

// Index of the first token starting at or after `offset` (the length when there is none).
function firstFrom(toks: readonly Tok[], offset: number): number {
  let low = 0
  let high = toks.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (toks[middle]!.start < offset) low = middle + 1
    else high = middle
  }
  return low
}
