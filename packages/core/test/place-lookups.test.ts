/**
 * Short cuts of the place rules that must say what the longer way said: a part of a hyphenated word looked
 * up by its text (`matchWord`) as a token of its own would be matched, and the word bits the zone rule
 * turns words down by.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { placeSuffixes } from '../src/lib/data/place-suffixes.js'
import { knownPlaces } from '../src/lib/data/places.js'
import { matchPlace, matchWord } from '../src/lib/entities/gazetteer.js'
import { shapedTok } from '../src/lib/entities/tokens.js'
import { capitalised, suffixFirst, wordClasses } from '../src/lib/entities/word-classes.js'
import { toksOf } from './support/toks.js'

// A word token to make parts from, as the hyphenated-place rule does.
const [word] = toksOf('Tarvena')

// What the rule did before: a token of the part alone, matched by the gazetteer.
function matchedAsToken(part: string) {
  return matchPlace([shapedTok(word!, part)], 0)
}

describe('matchWord', () => {
  it('should find the place a one-word token of the same text finds, for every gazetteer word', () => {
    const words = new Set<string>()
    for (const key of knownPlaces.keys()) for (const part of key.split(' ')) words.add(part)
    const variants = [...words].flatMap((part) => [part, part.toLowerCase(), part.toUpperCase()])
    for (const part of [...variants, 'north', 'Northeast', 'central', '', 'The']) {
      expect(matchWord(part), part).toBe(matchedAsToken(part))
    }
  })

  it('should find what a token finds for any short word', () => {
    const part = fc.stringMatching(/^[A-Za-z'’.]{0,10}$/)
    fc.assert(fc.property(part, (value) => matchWord(value) === matchedAsToken(value)))
  })

  it('should find one-word places only, never the start of a longer one', () => {
    for (const key of knownPlaces.keys()) {
      const first = key.split(' ')[0]!
      const match = matchWord(first)
      if (match) expect(match.length).toBe(1)
    }
    expect(matchWord('Tarvena')).toBeUndefined()
  })
})

describe('the words a zone rule looks for', () => {
  it('should give the first word of every zone suffix the bits of a capitalised suffix word', () => {
    // zoneNameEnd gives up where no word near has both bits: each zone suffix must start with such a word.
    const both = capitalised | suffixFirst
    for (const { suffix } of placeSuffixes) {
      const first = suffix.split(' ')[0]!
      const lower = first.toLowerCase()
      expect(wordClasses(first, first, lower, lower) & both, suffix).toBe(both)
    }
  })
})
