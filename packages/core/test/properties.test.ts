import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Article, fromJSON, parseArticle, toJSON } from '../src/index.js'
import { anyText, articleText, newsProse, prose } from './support/arbitraries.js'
import { checkArticle } from './support/check-article.js'

const numRuns = 250

// Longer than the 16 384-character chunks the parser is given, so paragraphs are cut and reassembled.
// The joiner always holds a letter, so the paragraph stays long even when the prose is all white space;
// escape introducers are made spaces, since one at the end of the prose would take the joiner's letter
// into a terminal escape sequence ("\u001b[x"), which is read as white space (control characters have
// properties of their own above).
const longText = fc.tuple(prose, fc.constantFrom('x', ' x ', '. X ', '😀')).map(([text, joiner]) => {
  const line = `${text.replace(/[\r\n\u001b\u009b]/g, ' ')}${joiner}`
  const copies = Array.from({ length: Math.ceil(40_000 / line.length) }, () => line)
  return `Long Paragraph\n\n${copies.join('')}`
})

const serialised = (article: Article) => JSON.stringify(toJSON(article))

describe.each([
  ['any string', anyText],
  ['an article-like text', articleText],
  ['news-like prose', newsProse],
])('parseArticle on %s', (_, text) => {
  it('should never throw and keep the text unchanged', () => {
    fc.assert(
      fc.property(text, (value) => {
        const article = parseArticle(value)
        expect(article.text).toBe(value)
        expect(article.stats.characters).toBe(value.length)
      }),
      { numRuns },
    )
  })

  it('should give every unit its exact text, line and column, in order and nested', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(checkArticle(parseArticle(value))).toEqual([])
      }),
      { numRuns },
    )
  })

  it('should serialise to JSON that reads back to the same article', () => {
    fc.assert(
      fc.property(text, (value) => {
        const article = parseArticle(value)
        const json = serialised(article)
        const back = fromJSON(toJSON(article))
        expect(serialised(back)).toBe(json)
        expect(serialised(fromJSON(json))).toBe(json)
        expect(checkArticle(back)).toEqual([])
        expect(back.heading).toEqual(article.heading)
        expect(back.paragraphs).toEqual(article.paragraphs)
        expect(back.stats).toEqual(article.stats)
      }),
      { numRuns },
    )
  })
})

describe('parseArticle on paragraphs longer than a parser chunk', () => {
  it('should keep every unit exact across the cuts', () => {
    fc.assert(
      fc.property(longText, (value) => {
        const article = parseArticle(value, { tree: false })
        expect(checkArticle(article)).toEqual([])
        expect(article.paragraphs.some((paragraph) => paragraph.text.length > 16_384)).toBe(true)
      }),
      { numRuns: 25 },
    )
  })
})

describe('parseArticle titles', () => {
  it('should take the title from front matter when there is one, else from the heading', () => {
    fc.assert(
      fc.property(articleText, (value) => {
        const article = parseArticle(value)
        if (typeof article.meta.title === 'string') expect(article.title).toBe(article.meta.title.trim())
        else expect(article.title).toBe(article.heading?.text ?? '')
        if (article.heading) expect(article.heading.text).not.toMatch(/[\r\n]/)
      }),
      { numRuns },
    )
  })
})
