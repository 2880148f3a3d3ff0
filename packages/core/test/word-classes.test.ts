/**
 * The word classes tokens carry (`tok.flags`): worked out once per distinct word and cached, they must
 * always say what the word-shape tests and the class sets say of that word, on its first sighting and on
 * every later one, and for a part of a hyphenated word made into a token of its own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shapedTok, type Tok } from '../src/lib/entities/tokens.js'
import {
  allCaps,
  capitalised,
  compassPoint,
  direction,
  functionWord,
  legalForm,
  lowerBodyFirst,
  organisationHead,
  placeFirst,
  suffixFirst,
  titleFirst,
  wordClasses,
} from '../src/lib/entities/word-classes.js'
import { functionWords, isAllCaps, isCapitalised } from '../src/lib/entities/word-shape.js'
import { toksOf } from './support/toks.js'

function expectCoherent(tok: Tok): void {
  expect(tok.flags, tok.value).toBe(wordClasses(tok.value, tok.base, tok.lower, tok.baseLower))
  expect(tok.lower, tok.value).toBe(tok.value.toLowerCase())
  expect(tok.baseLower, tok.value).toBe(tok.base.toLowerCase())
  expect(Boolean(tok.flags & capitalised), tok.value).toBe(isCapitalised(tok.value))
  expect(Boolean(tok.flags & allCaps), tok.value).toBe(isAllCaps(tok.base))
  expect(Boolean(tok.flags & functionWord), tok.value).toBe(functionWords.has(tok.lower))
}

describe('word classes', () => {
  it('should give each kind of word its classes', () => {
    const toks = toksOf(
      "The Vice Mayor of Qingfeng City met Harbor Tech Group Co., Ltd. in northeast Asia and the North. The county government said the NTSB's data were late.",
    )
    const flagsOf = (value: string) => toks.find((tok) => tok.value === value)!.flags
    expect(flagsOf('Vice') & titleFirst).toBeTruthy()
    expect(flagsOf('City') & suffixFirst).toBeTruthy()
    expect(flagsOf('Group') & organisationHead).toBeTruthy()
    expect(flagsOf('Ltd.') & legalForm).toBeTruthy()
    expect(flagsOf('northeast') & direction).toBeTruthy()
    expect(flagsOf('northeast') & capitalised).toBeFalsy()
    expect(flagsOf('North') & compassPoint).toBeTruthy()
    expect(flagsOf('Asia') & placeFirst).toBeTruthy()
    expect(flagsOf('government') & lowerBodyFirst).toBeTruthy()
    expect(flagsOf('the') & functionWord).toBeTruthy()
    // The possessive ending is not part of the acronym.
    expect(flagsOf("NTSB's") & allCaps).toBeTruthy()
    expect(flagsOf('data')).toBe(0)
  })

  it('should give a word the same classes on its first sighting and every later one', () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z'’-]{0,14}$/)
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        const text = `${words.join(' ')}. ${words.join(' ')}.`
        for (const tok of toksOf(text)) expectCoherent(tok)
      }),
      { numRuns: 300 },
    )
  })

  it('should work out the classes of a part of a hyphenated word afresh', () => {
    const [tok] = toksOf('north-Harbin')
    const part = shapedTok(tok!, 'north')
    expect(part.value).toBe('north')
    expect(part.possessive).toBe(false)
    expectCoherent(part)
    expect(part.flags & direction).toBeTruthy()
    expect(tok!.flags & direction).toBeFalsy()
  })
})
