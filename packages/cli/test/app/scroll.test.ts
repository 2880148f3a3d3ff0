import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maxTop, moveCursor, positionLabel, rangeLabel, topForCursor } from '../../src/app/scroll.js'

describe('scrolling', () => {
  it('should not move the view while the cursor stays inside it', () => {
    expect(topForCursor(5, 8, 10, 100)).toBe(5)
  })

  it('should move the view as little as needed to show the cursor', () => {
    expect(topForCursor(5, 15, 10, 100)).toBe(6)
    expect(topForCursor(5, 2, 10, 100)).toBe(2)
  })

  it('should never scroll past the last full page', () => {
    expect(maxTop(25, 10)).toBe(15)
    expect(maxTop(5, 10)).toBe(0)
    expect(topForCursor(40, 24, 10, 25)).toBe(15)
  })

  it('should keep the cursor visible for any move (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: -600, max: 600 }),
        (count, height, top, delta) => {
          const cursor = moveCursor(Math.min(top, count - 1), delta, count)
          const next = topForCursor(top, cursor, height, count)
          expect(cursor).toBeGreaterThanOrEqual(0)
          expect(cursor).toBeLessThan(count)
          expect(cursor).toBeGreaterThanOrEqual(next)
          expect(cursor).toBeLessThan(next + height)
          expect(next).toBeLessThanOrEqual(maxTop(count, height))
        },
      ),
    )
  })

  it('should say where the view is as less does', () => {
    expect(positionLabel(0, 10, 5)).toBe('All')
    expect(positionLabel(0, 10, 50)).toBe('Top')
    expect(positionLabel(40, 10, 50)).toBe('Bot')
    expect(positionLabel(10, 10, 50)).toBe('40%')
    expect(rangeLabel(10, 10, 50)).toBe('11–20 of 50')
    expect(rangeLabel(0, 10, 3)).toBe('all 3')
  })
})
