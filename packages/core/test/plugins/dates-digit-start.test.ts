/**
 * `mayStartDigitDate`, the cheap test retext-dates asks before it tries `digitDate` at a number: it may
 * turn a number away only where the pattern finds no date.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitDate, mayStartDigitDate } from '../../src/lib/plugins/date-patterns.js'

// Numbers of every length and shape, in the places dates and amounts stand.
const digits = fc.stringMatching(/^[0-9]{1,6}$/)
const tail = fc.constantFrom(
  '',
  ' March',
  ' of May',
  'th of June',
  'rd',
  '-05-12',
  '/7/4',
  '.5 March',
  ',200 yuan',
  ' to 12 October',
  '-2026',
  ' academic year',
  ' percent',
)
const before = fc.constantFrom('', 'on the ', 'in ', 'by the ', 'Ships sailed on ', '(')

function matchesAt(text: string, place: number): boolean {
  digitDate.lastIndex = place
  return digitDate.exec(text) !== null
}

describe('mayStartDigitDate', () => {
  it('should never turn away a number where digitDate finds a date', () => {
    fc.assert(
      fc.property(before, digits, tail, (head, number, rest) => {
        const text = `${head}${number}${rest}`
        if (!mayStartDigitDate(text, head.length)) expect(matchesAt(text, head.length)).toBe(false)
      }),
      { numRuns: 2000 },
    )
  })

  it('should turn away counts and amounts that cannot start a date', () => {
    expect(mayStartDigitDate('300 ships', 0)).toBe(false)
    expect(mayStartDigitDate('1,200 yuan', 0)).toBe(false)
    expect(mayStartDigitDate('in 3.5 hours', 3)).toBe(false)
    expect(mayStartDigitDate('12000 visitors', 0)).toBe(false)
  })

  it('should let days and years through', () => {
    expect(mayStartDigitDate('25 March', 0)).toBe(true)
    expect(mayStartDigitDate('on the 3rd', 7)).toBe(true)
    expect(mayStartDigitDate('in 2019', 3)).toBe(true)
  })
})
