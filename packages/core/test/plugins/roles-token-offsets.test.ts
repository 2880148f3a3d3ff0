/**
 * Roles and speech find a mention's tokens by binary search (`token-offsets.ts`) where they used to scan the
 * sentence; on tokens in text order, as a parsed sentence's are, both must answer the same.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Tok } from '../../src/lib/entities/tokens.js'
import { lastTokenBefore, tokenStartingAt } from '../../src/lib/plugins/token-offsets.js'

// Tokens in text order, without overlap: each a length and the gap of white space before it.
const tokens = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 6 })), { maxLength: 30 })
  .map((shapes) => {
    const toks: Tok[] = []
    let offset = 0
    for (const [gap, length] of shapes) {
      offset += gap
      toks.push({ start: offset, end: offset + length } as Tok)
      offset += length
    }
    return toks
  })

describe('token offsets', () => {
  it('should find the token a scan from the start finds for every offset', () => {
    fc.assert(
      fc.property(tokens, fc.integer({ min: -2, max: 130 }), (toks, offset) => {
        expect(tokenStartingAt(toks, offset)).toBe(toks.findIndex((tok) => tok.start === offset))
      }),
    )
  })

  it('should find the token a scan from the end finds for every offset', () => {
    fc.assert(
      fc.property(tokens, fc.integer({ min: -2, max: 130 }), (toks, offset) => {
        expect(lastTokenBefore(toks, offset)).toBe(toks.findLastIndex((tok) => tok.start < offset))
      }),
    )
  })
})
