/**
 * One sentence as retext-roles reads it: its tokens, its mentions, where they are, and the titles looked up
 * so far.
 */
import { titleAt } from '../entities/titles.js'
import type { Tok } from '../entities/tokens.js'
import { titleFirst } from '../entities/word-classes.js'
import type { MentionFinding } from '../findings.js'
import { lastTokenBefore, tokenStartingAt } from './token-offsets.js'

/**
 * One sentence being read: its tokens, where they are, and the titles looked up so far. The rules ask
 * `titleAt` about the same few tokens for every name in the sentence, so each answer is kept.
 */
export class Reading {
  /** The sentence's tokens. */
  readonly toks: readonly Tok[]
  /** The sentence's mentions. */
  readonly mentions: readonly MentionFinding[]
  // End of the title starting at each token, -1 for none; unset until asked.
  private readonly titleEnds: number[] = []
  private mentionEnds: Map<number, number> | undefined
  // Token indexes where an appositive role ended; made on the first appositive.
  private appositives: Set<number> | undefined
  private persons: Set<number> | undefined

  constructor(toks: readonly Tok[], mentions: readonly MentionFinding[]) {
    this.toks = toks
    this.mentions = mentions
  }

  /** Index of the token that starts at `start`, or -1. */
  startingAt(start: number): number {
    return tokenStartingAt(this.toks, start)
  }

  /** Index of the last token that starts before `end`, or -1. */
  lastBefore(end: number): number {
    return lastTokenBefore(this.toks, end)
  }

  /** Token index where each organization or place mention starts → index just past its last token. */
  get ends(): ReadonlyMap<number, number> {
    this.mentionEnds ??= endsOf(this, this.mentions)
    return this.mentionEnds
  }

  /** Token indexes where person mentions start. */
  get personStarts(): ReadonlySet<number> {
    if (this.persons === undefined) {
      this.persons = new Set()
      for (const mention of this.mentions) {
        if (mention.type === 'person') this.persons.add(this.startingAt(mention.start))
      }
    }
    return this.persons
  }

  /** Note that an appositive role ends at token `index`, so the next name does not take it as its title. */
  endAppositive(index: number): void {
    this.appositives ??= new Set()
    this.appositives.add(index)
  }

  /** Whether an appositive role ended at token `index`. */
  endsAppositive(index: number): boolean {
    return this.appositives?.has(index) ?? false
  }

  /** End of the longest title starting at token `index` (`titleAt(toks, index)?.end`). */
  titleEnd(index: number): number | undefined {
    if (index < 0 || index >= this.toks.length) return undefined
    // `titleAt` turns away a token that starts no title by its class bit: testing the bit first spares
    // most tokens the call and the cache.
    const tok = this.toks[index]!
    if (tok.kind !== 'word' || (tok.flags & titleFirst) === 0) return undefined
    let end = this.titleEnds[index]
    if (end === undefined) {
      end = titleAt(this.toks, index)?.end ?? -1
      this.titleEnds[index] = end
    }
    return end === -1 ? undefined : end
  }
}

function endsOf(reading: Reading, mentions: readonly MentionFinding[]): Map<number, number> {
  const ends = new Map<number, number>()
  for (const mention of mentions) {
    if (mention.type === 'person') continue
    const first = reading.startingAt(mention.start)
    if (first !== -1) ends.set(first, reading.lastBefore(mention.end) + 1)
  }
  return ends
}
