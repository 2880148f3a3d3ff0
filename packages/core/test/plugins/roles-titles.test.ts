/**
 * retext-roles asks for titles through two cheap tests before `titleAt`: a token without the `titleFirst`
 * class starts no title (at most a form of address, which names no role), and a plural ("mayors") is
 * looked up only when its singular starts one (`titleFirstWords`). Each must turn away only what `titleAt`
 * itself would turn away.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { honorifics, titleModifiers, titleSet } from '../../src/lib/data/titles.js'
import { titleAt } from '../../src/lib/entities/titles.js'
import { shapedTok } from '../../src/lib/entities/tokens.js'
import { titleFirst, titleFirstWords } from '../../src/lib/entities/word-classes.js'
import { word } from '../support/arbitraries.js'
import { toksOf } from '../support/toks.js'

// Titles, their words, and the forms around them: plurals, possessives, other cases, hyphens.
const titleWords = [...titleSet, ...titleModifiers, ...honorifics].flatMap((title) => title.split(' '))
const forms = (title: string) => [
  title,
  `${title}s`,
  `${title}'s`,
  title.toUpperCase(),
  title.toLowerCase(),
  title.replaceAll(' ', '-'),
]
const titleForm = fc
  .constantFrom(...titleSet, ...titleModifiers, ...honorifics, ...titleWords)
  .chain((title) => fc.constantFrom(...forms(title)))
const piece = fc.oneof(titleForm, word, fc.constantFrom(',', 'of', 'the', 'Zhang Wei', '37', 'and'))
const sentence = fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => `${pieces.join(' ')}.`)

describe('retext-roles title tests', () => {
  // A form of address ("Khun", the engineer's "Eng." split from its full stop) has no class bit and is
  // still read as an honorific, which names no role: retext-roles, which skips such tokens, loses nothing.
  it('should find no title, at most a form of address, at a token without the title-first class', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const toks = toksOf(text)
        toks.forEach((tok, index) => {
          if (tok.kind !== 'word' || (tok.flags & titleFirst) === 0) {
            const found = titleAt(toks, index)
            if (found) expect(found.honorific).toBe(true)
          }
        })
      }),
      { numRuns: 300 },
    )
  })

  it('should read a plural as a title only when its singular starts one', () => {
    const [base] = toksOf('word')
    fc.assert(
      fc.property(fc.oneof(titleForm, word), (singular) => {
        if (titleAt([shapedTok(base!, singular)], 0) !== undefined) {
          expect(titleFirstWords.has(singular)).toBe(true)
        }
      }),
      { numRuns: 1000 },
    )
  })
})
