import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type Article,
  collocates,
  concordance,
  corpusStats,
  englishStopwords,
  entityNetwork,
  frequencies,
  keywords,
  parseArticle,
  toDot,
} from '../../src/index.js'
import { articleText } from '../support/arbitraries.js'
import { lineColumns } from '../support/line-column.js'
import { numbersIn } from './fixture-articles.js'

const parse = (text: string) => parseArticle(text, { tree: false })
const wordTokens = (article: Article) =>
  [...(article.heading ? [article.heading] : []), ...article.paragraphs]
    .flatMap((paragraph) => paragraph.sentences)
    .flatMap((sentence) => sentence.tokens)
    .filter((token) => token.kind === 'word')
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} \n]*$/u
const unsafe = /[\p{Cc}\u2028\u2029]|\s{2}/u

// Plain lower-case words, a few of them stopwords, with spaces and clause or sentence punctuation between:
// texts whose word count a test can know without the library.
const plainWord = fc.constantFrom('port', 'tea', 'red', 'blue', 'old', 'ship', 'the', 'and', 'of', 'sea', 'a')
const plainText = fc
  .array(fc.tuple(plainWord, fc.constantFrom(' ', ' ', ', ', '. ', '; ', '\n')), {
    minLength: 1,
    maxLength: 60,
  })
  .map((pairs) => `Title\n\n${pairs.map(([word, gap]) => word + gap).join('')}`)

describe('analysis properties', () => {
  it('should give KWIC lines whose offsets slice back to the match, for any word of any article', () => {
    fc.assert(
      fc.property(articleText, fc.nat(), (text, pick) => {
        const article = parse(text)
        const tokens = wordTokens(article)
        fc.pre(tokens.length > 0)
        const token = tokens[pick % tokens.length]!
        const lines = concordance([article], token.text, { width: 12 })
        const at = lineColumns(text)
        // The picked token itself is found: a line starts inside it (a possessive or hyphen may cut it).
        expect(lines.some((line) => line.start >= token.start && line.start < token.end)).toBe(true)
        for (const line of lines) {
          const slice = text.slice(line.start, line.end)
          expect(line.match.trim()).toBe(line.match)
          // Display cleaning only collapses white space, unless the slice holds odd characters it must hide.
          if (printable.test(slice)) expect(slice.replace(/\s+/g, ' ')).toBe(line.match)
          expect({ line: line.line, column: line.column }).toEqual(at(line.start))
          expect(line.left).not.toMatch(unsafe)
          expect(line.right).not.toMatch(unsafe)
          expect(line.left.length + line.right.length).toBeLessThanOrEqual(24)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('should sort by left context as a permutation of position order, nearest left word ascending', () => {
    fc.assert(
      fc.property(plainText, plainWord, (text, query) => {
        const article = parse(text)
        const byPosition = concordance([article], query, { unit: 'words', width: 1 })
        const byLeft = concordance([article], query, { unit: 'words', width: 1, sort: 'left' })
        const key = (line: { start: number }) => line.start
        expect(byLeft.map(key).sort((a, b) => a - b)).toEqual(byPosition.map(key))
        const nearest = byLeft.map((line) => /([a-z]+)[^a-z]*$/i.exec(line.left)?.[1]?.toLowerCase() ?? '')
        expect(nearest).toEqual([...nearest].sort())
      }),
    )
  })

  it('should count every word once in a frequency list: counts sum to the words counted', () => {
    fc.assert(
      fc.property(fc.array(plainText, { minLength: 1, maxLength: 3 }), (texts) => {
        const articles = texts.map(parse)
        // The generated words have no hyphen or apostrophe; a full stop the parser kept is not part of a key.
        const words = articles.flatMap(wordTokens).map((token) => token.text.toLowerCase().replace(/\.$/, ''))
        const sum = (rows: readonly { count: number }[]) => rows.reduce((total, row) => total + row.count, 0)
        expect(sum(frequencies(articles, { stopwords: new Set() }))).toBe(words.length)
        const content = words.filter((word) => !englishStopwords.has(word))
        expect(sum(frequencies(articles))).toBe(content.length)
        expect(sum(frequencies(articles, { unit: 'stem' }))).toBe(content.length)
      }),
    )
  })

  it('should never throw or give NaN or Infinity for hostile articles and queries', () => {
    const query = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('.*', '(?<x>', '\\', 'the the', 'Dalian', '\u001b[31m', '\uD800x'),
    )
    fc.assert(
      fc.property(fc.array(articleText, { maxLength: 3 }), query, (texts, term) => {
        const articles = texts.map((text, index) => parseArticle(text, { id: `a${index}`, tree: false }))
        const results = [
          concordance(articles, term, { sort: 'left' }),
          concordance(articles, term, { unit: 'words', sort: 'right', match: 'stem' }),
          frequencies(articles, { n: 3, numbers: true }),
          collocates(articles, term, { sort: 'mi' }),
          articles.length > 0 ? keywords(articles[0]!, articles, { minKeyness: 0 }) : [],
          entityNetwork(articles, { generic: true }),
          corpusStats(articles),
        ]
        toDot(entityNetwork(articles))
        for (const [path, value] of numbersIn(results)) {
          if (!Number.isFinite(value)) expect.fail(`${path} is ${value}`)
        }
      }),
      { numRuns: 60 },
    )
  })
})
