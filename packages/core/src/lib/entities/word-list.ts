/**
 * A list of words with a quick first test before the hash lookup, for the name lists the person rules
 * ask about nearly every word of a sentence ("is it a surname?", "a given name?").
 *
 * The test reads a small table: whether some listed word has the same first letter, last letter and
 * length. Nine in ten words of running text fail it, so the lookup, which hashes and compares whole
 * strings, runs for few of them.
 */

// The letters a–z have a slot each; every other character shares the last one.
function slot(code: number): number {
  return code >= 97 && code <= 122 ? code - 97 : 26
}

function cell(word: string): number {
  return slot(word.charCodeAt(0)) * 27 + slot(word.charCodeAt(word.length - 1))
}

function lengthBit(word: string): number {
  return 1 << Math.min(word.length, 31)
}

/** A set of words whose `has` answers as `Set.has` does, turning most other words down without a lookup. */
export class WordList {
  /** The words. */
  readonly words: ReadonlySet<string>
  // For each first and last letter, one bit for each length of a listed word with them.
  private readonly lengths = new Uint32Array(27 * 27)

  constructor(words: Iterable<string>) {
    this.words = new Set(words)
    for (const word of this.words) this.lengths[cell(word)]! |= lengthBit(word)
  }

  /** Whether `word` is in the list. */
  has(word: string): boolean {
    return (this.lengths[cell(word)]! & lengthBit(word)) !== 0 && this.words.has(word)
  }
}
