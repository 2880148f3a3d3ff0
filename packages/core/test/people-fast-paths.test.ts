/**
 * The person rules test cheap things first: a table of first letters, last letters and lengths before a
 * name list's lookup (`WordList`), a token's class bits before the title lookups (`isTitleTok`), and a
 * loop over the characters for "is it ASCII". Each must answer exactly as the test it stands in front of.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chineseSurnames, chineseSurnameVariants } from '../src/lib/data/chinese-surnames.js'
import { japaneseSurnames, westernGivenNames } from '../src/lib/data/other-surnames.js'
import { honorifics, titleModifiers, titleSet } from '../src/lib/data/titles.js'
import { isTitleTok, isTitleWord } from '../src/lib/entities/titles.js'
import { shapedTok } from '../src/lib/entities/tokens.js'
import { titleFirst } from '../src/lib/entities/word-classes.js'
import { WordList } from '../src/lib/entities/word-list.js'
import { word } from './support/arbitraries.js'
import { toksOf } from './support/toks.js'

const lists = [chineseSurnames, chineseSurnameVariants, japaneseSurnames, westernGivenNames]
const listed = fc.constantFrom(...lists.flatMap((list) => [...list]))
// Listed words changed a little: other cases, a letter more or less, accents, marks.
const nearListed = fc
  .tuple(listed, fc.constantFrom('', 's', 'a', 'é', "'", '-', 'ü'), fc.boolean())
  .map(([name, extra, upper]) => {
    const changed = extra === '' ? name.slice(1) : `${name}${extra}`
    return upper ? changed.toUpperCase() : changed
  })
const anyWord = fc.oneof(
  listed,
  nearListed,
  word,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
)

describe('WordList', () => {
  it('should answer as Set.has does for listed, nearly listed and any other words', () => {
    const wordLists = lists.map((list) => new WordList(list))
    fc.assert(
      fc.property(anyWord, (candidate) => {
        lists.forEach((list, index) => {
          expect(wordLists[index]!.has(candidate)).toBe(list.has(candidate))
        })
      }),
      { numRuns: 3000 },
    )
  })

  it('should find every listed word, the empty word and very long words included', () => {
    const words = ['', 'a', 'lü', 'x'.repeat(40), 'Émile', '\u{1F600}']
    const list = new WordList(words)
    for (const item of words) expect(list.has(item)).toBe(true)
    expect(list.has('b')).toBe(false)
    expect(list.has('x'.repeat(39))).toBe(false)
  })
})

describe('isTitleTok', () => {
  const titleWords = [...titleSet, ...titleModifiers, ...honorifics].flatMap((title) => title.split(' '))
  const piece = fc.oneof(
    fc.constantFrom(...titleWords, "Dato'", 'Dato’', 'Dato', 'Mr.', 'First'),
    word,
    fc.constantFrom(',', 'of', 'the', 'Zhang Wei'),
  )
  const sentence = fc.array(piece, { minLength: 1, maxLength: 10 }).map((pieces) => `${pieces.join(' ')}.`)

  it("should answer as isTitleWord does on the token's text", () => {
    fc.assert(
      fc.property(sentence, (text) => {
        for (const tok of toksOf(text)) expect(isTitleTok(tok)).toBe(isTitleWord(tok.value))
      }),
      { numRuns: 500 },
    )
  })

  it('should know an honorific written with its apostrophe, which starts no title', () => {
    // The parser splits the apostrophe off; a rule may still make such a token of its own.
    const [word] = toksOf('Datuk')
    for (const value of ["Dato'", 'Dato’']) {
      const dato = shapedTok(word!, value)
      expect(dato.flags & titleFirst).toBe(0)
      expect(isTitleTok(dato)).toBe(true)
    }
  })
})
