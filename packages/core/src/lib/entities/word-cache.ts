/**
 * A bounded cache of what a word's text alone decides (its shape, its classes, its kinds), so each is
 * worked out once per distinct word: a news corpus has a few tens of thousands of distinct words, most
 * of them seen again and again.
 */

/** Looks a word's value up, working it out on a miss. */
export interface WordCache<T> {
  /** The value for `word`, worked out and kept if it is not known yet. */
  get(word: string): T
  /** Forget every value, e.g. when what decides them has changed. */
  clear(): void
}

const maxCached = 50_000
// A longer word may be a slice of its article's text, which a kept key would keep alive.
const cacheableLength = 13

/** A cache of `compute(word)`, emptied when it fills up; words of 13 characters or more are not kept. */
export function createWordCache<T>(compute: (word: string) => T): WordCache<T> {
  const values = new Map<string, T>()
  return {
    get(word) {
      const hit = values.get(word)
      if (hit !== undefined) return hit
      const value = compute(word)
      if (word.length < cacheableLength) {
        if (values.size >= maxCached) values.clear()
        values.set(word, value)
      }
      return value
    },
    clear() {
      values.clear()
    },
  }
}
