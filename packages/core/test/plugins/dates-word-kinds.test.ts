/**
 * The kinds of words of a sentence (`word-kinds.ts`), which retext-dates, retext-money and retext-speech
 * skip sentences by.
 */
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { defineWordKind, kindExtent, sentenceKinds } from '../../src/lib/plugins/word-kinds.js'
import { sentencesOf } from './support.js'

const harbour = defineWordKind((word) => word === 'harbour')
const comma = defineWordKind((word) => word === ',')

function firstSentence(text: string) {
  return sentencesOf(unified().use(retextEnglish).parse(text))[0]!
}

describe('word kinds', () => {
  it('should set the bit of a kind one of the words passes, and only that one', () => {
    expect(sentenceKinds(firstSentence('Ships left the harbour at dawn.')) & (harbour | comma)).toBe(harbour)
    expect(sentenceKinds(firstSentence('Ships left the port at dawn.')) & harbour).toBe(0)
  })

  it('should test a word without its possessive ending', () => {
    expect(sentenceKinds(firstSentence("The harbour's gate opened.")) & harbour).toBe(harbour)
  })

  it('should not test punctuation', () => {
    expect(sentenceKinds(firstSentence('Ships, boats and barges left.')) & comma).toBe(0)
  })

  it('should span from the first word of a kind to the end of the last', () => {
    const text = 'Ships left the harbour and the harbour master waved.'
    expect(kindExtent(firstSentence(text), harbour)).toEqual({ start: 15, end: 38 })
    expect(kindExtent(firstSentence(text), comma)).toBeUndefined()
  })

  it('should work the kinds out again when a kind is defined after a sentence was read', () => {
    const sentence = firstSentence('Ships left the lighthouse behind.')
    expect(sentenceKinds(sentence) & harbour).toBe(0)
    const lighthouse = defineWordKind((word) => word === 'lighthouse')
    expect(sentenceKinds(sentence) & lighthouse).toBe(lighthouse)
  })
})
