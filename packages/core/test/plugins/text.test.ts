/**
 * The readers the plugins share for what their patterns matched (`text.ts`) are written in code instead
 * of the regexes they stand for; on any text they must give what those regexes give.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { numberTokens, phraseKey } from '../../src/lib/plugins/text.js'

// Text of the characters that matter to the readers: letters, digits, separators and white space.
const character = fc.constantFrom(
  ...'aZyuanUSDollars09,.-$ \t\n\u00a0\u3000\u2003éß',
  '  ',
  'In recent',
  '1,200.5',
  'billion',
)
const text = fc.array(character, { maxLength: 30 }).map((parts) => parts.join(''))

describe('plugin text readers', () => {
  it('should key a phrase as lower case with single spaces, as the regex does', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string(), fc.string({ unit: 'binary' })), (phrase) => {
        expect(phraseKey(phrase)).toBe(phrase.toLowerCase().replace(/\s+/g, ' '))
      }),
      { numRuns: 2000 },
    )
  })

  it('should find the numbers and words of an amount that the regex finds', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (amount) => {
        expect(numberTokens(amount)).toEqual(amount.match(/\d[\d,]*(?:\.\d+)?|[A-Za-z]+/g) ?? [])
      }),
      { numRuns: 2000 },
    )
  })
})
