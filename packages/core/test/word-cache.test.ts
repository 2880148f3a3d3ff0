/**
 * The word cache in front of the entity tokens' shapes and the plugins' word kinds: whatever order words
 * come in, however they collide in its table of recent words, it must give what working the value out
 * gives, and work each kept word out only once.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createWordCache } from '../src/lib/entities/word-cache.js'

// Words of the same length with the same first, middle and last characters share a slot of the table.
const colliding = ['abcde', 'axcye', 'azcze', 'Harbour', 'Hxrbxur']
// Long enough to be kept as a copy (13 to 40 code units) and too long to be kept (over 40).
const long = ['internationalisation', 'Administration', 'x'.repeat(41), `${'y'.repeat(60)}.`]

function countingCache() {
  const computed = new Map<string, number>()
  const cache = createWordCache((word) => {
    computed.set(word, (computed.get(word) ?? 0) + 1)
    return { word, length: word.length }
  })
  return { cache, computed }
}

describe('word cache', () => {
  it('should give what compute gives for every word, however the words collide', () => {
    const word = fc.oneof(
      fc.constantFrom(...colliding, ...long),
      fc.string({ maxLength: 50 }),
      fc.stringMatching(/^[A-Za-z’']{1,16}$/),
    )
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), (words) => {
        const { cache } = countingCache()
        for (const item of words) expect(cache.get(item)).toEqual({ word: item, length: item.length })
      }),
    )
  })

  it('should work each word of up to 40 characters out once, and a longer one every time', () => {
    const { cache, computed } = countingCache()
    const words = [...colliding, ...long, '', 'a', 'the']
    // Fresh strings each time, as the parser gives them.
    for (let round = 0; round < 3; round++) for (const item of words) cache.get(item.split('').join(''))
    for (const item of words) expect(computed.get(item), item).toBe(item.length > 40 ? 3 : 1)
  })

  it('should give one kept value for a word however often it comes', () => {
    const { cache } = countingCache()
    for (const item of [...colliding, ...long.slice(0, 2)]) {
      const first = cache.get(item)
      expect(cache.get(`${item} `.slice(0, -1))).toBe(first)
    }
  })

  it('should work every word out again after a clear', () => {
    const { cache, computed } = countingCache()
    cache.get('Harbour')
    cache.clear()
    cache.get('Harbour')
    expect(computed.get('Harbour')).toBe(2)
  })
})
