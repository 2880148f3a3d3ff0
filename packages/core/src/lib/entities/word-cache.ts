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
// Longer "words" (addresses, runs of symbols) are rare, each seen about once.
const maxCachedLength = 40
// A word of 13 code units or more may be a view into its article's text, which a kept key would keep alive.
const maxSliceFreeLength = 12
// Slots of the table of recently seen words in front of the map (a power of two).
const recentSlots = 1 << 14

/** A word as kept, and its value. */
interface Entry<T> {
  readonly word: string
  readonly value: T
}

/** A cache of `compute(word)`, emptied when it fills up; words of over 40 characters are not kept. */
export function createWordCache<T>(compute: (word: string) => T): WordCache<T> {
  const entries = new Map<string, Entry<T>>()
  // The words come freshly sliced from the parser, and a map must hash all of a fresh string's characters
  // before it can look it up, which cost more than the rest of building a token. So a word is first looked
  // for in a table indexed by its length and three of its characters, where one string comparison tells a
  // hit; a word that collides with another goes on to the map and takes the slot over.
  const recent: (Entry<T> | undefined)[] = new Array(recentSlots).fill(undefined)
  return {
    get(word) {
      const slot = recentSlot(word)
      const seen = recent[slot]
      if (seen !== undefined && seen.word === word) return seen.value
      let entry = entries.get(word)
      if (entry === undefined) {
        if (word.length > maxCachedLength) return compute(word)
        const key = word.length > maxSliceFreeLength ? copied(word) : word
        entry = { word: key, value: compute(key) }
        if (entries.size >= maxCached) entries.clear()
        entries.set(key, entry)
      }
      recent[slot] = entry
      return entry.value
    },
    clear() {
      entries.clear()
      recent.fill(undefined)
    },
  }
}

// A string of its own with the text of `word`: joining parts makes a new string, where a slice of 13 code
// units or more would be a view into the string it was sliced from.
function copied(word: string): string {
  return word.split('').join('')
}

// Where `word` goes in the table of recent words: from its length, first, middle and last characters
// (an empty word reads NaN, which `&` makes 0).
function recentSlot(word: string): number {
  const length = word.length
  const mixed =
    length * 31 +
    word.charCodeAt(0) * 7 +
    word.charCodeAt(length >> 1) * 1031 +
    word.charCodeAt(length - 1) * 131
  return mixed & (recentSlots - 1)
}
