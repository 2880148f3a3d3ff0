/**
 * A legal form written against a doubled full stop at a sentence's end ("… Co., Ltd.."): the first stop is
 * the form's, so the company's name keeps it; a doubled stop after any other word stays a mark.
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'
import { toksOf } from './support/toks.js'

describe('legal forms before a doubled full stop', () => {
  it('should give the legal form its full stop and keep the second as a mark, but not after other words', () => {
    const toks = toksOf('The crop is insured by Kessel Harvest Insurance Co., Ltd.. The boats waited..')
    expect(toks.slice(-6).map((tok) => [tok.value, tok.kind])).toEqual([
      ['Ltd.', 'word'],
      ['.', 'punctuation'],
      ['The', 'word'],
      ['boats', 'word'],
      ['waited', 'word'],
      ['..', 'punctuation'],
    ])
  })

  it('should name the company with its legal form whole', () => {
    const article = parseArticle(
      'Orchard Cover\n\nThe orchards are insured by Tavrin Harvest Insurance Co., Ltd..',
    )
    const names = article.entities
      .filter((entity) => entity.type === 'organization')
      .map((entity) => entity.name)
    expect(names).toEqual(['Tavrin Harvest Insurance Co., Ltd.'])
  })
})
