import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { markPlaces } from '../../src/lib/diagnostics/mark-places.js'

// What each mark rule's own expression matches at (as the rules have them, sticky): the rule tries it at
// every mark place, so every place it can match must be one.
const ruleExpressions = {
  'space-before-punctuation': /[,.;:?!](?<=[ \t].)/y,
  'doubled-punctuation': /[.,;:!?，。；：！？、､｡](?:[ \t]*[.,;:!?，。；：！？、､｡])+/y,
  'lowercase-sentence': /[.?!](?=[ \t\n]+\p{Ll})/uy,
}

/** Every offset of `text` where `expression` matches. */
function matchesOf(text: string, expression: RegExp): number[] {
  const found: number[] = []
  for (let at = 0; at < text.length; at++) {
    expression.lastIndex = at
    if (expression.test(text)) found.push(at)
  }
  return found
}

// Marks, white space and letters of every kind the three expressions tell apart: lower case in and
// outside ASCII and outside the BMP (Deseret, mathematical), capitals, digits, CJK marks, quotes.
const characters = fc.constantFrom(
  ...[
    '.',
    ',',
    ';',
    ':',
    '!',
    '?',
    '…',
    '，',
    '。',
    '；',
    '：',
    '！',
    '？',
    '、',
    '､',
    '｡',
    '"',
    '”',
    '(',
    ')',
  ],
  ...[' ', ' ', '\t', '\n', '\r', '\u00A0', '\u3000', '\u2028'],
  ...['a', 'z', 'é', 'ß', 'ǆ', '\u{10428}', '\u{1D41A}', 'A', 'É', 'ǅ', '\u{10400}', '5', '大', '_'],
)
const texts = fc.array(characters, { maxLength: 40 }).map((parts) => parts.join(''))

describe('markPlaces', () => {
  it('should hold every place where a mark rule’s expression matches', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const places = new Set(markPlaces(text))
        for (const [rule, expression] of Object.entries(ruleExpressions)) {
          const missed = matchesOf(text, expression).filter((at) => !places.has(at))
          expect({ rule, text, missed }).toEqual({ rule, text, missed: [] })
        }
      }),
      { numRuns: 5000 },
    )
  })

  it('should find the places in order, once each', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const places = markPlaces(text)
        for (let index = 1; index < places.length; index++)
          expect(places[index]).toBeGreaterThan(places[index - 1]!)
      }),
    )
  })

  it('should find no place in plain prose', () => {
    expect(markPlaces('The port of Weston grew, and its trade rose. New berths opened in May.')).toEqual([])
  })

  it('should find a mark after a space, two marks in a row and a stop before a lower-case word', () => {
    const text = 'Trade grew , then fell.. and then. rose'
    expect(markPlaces(text).map((at) => text.slice(at, at + 2))).toEqual([', ', '..', '. ', '. '])
  })
})
