import fc from 'fast-check'
import type { Paragraph } from 'nlcst'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { location } from 'vfile-location'
import { describe, expect, it } from 'vitest'
import { readFrontMatter } from '../src/lib/front-matter.js'
import { normalise } from '../src/lib/normalise.js'
import { parseParagraph, parseWhole } from '../src/lib/parse-paragraphs.js'
import { type ArticleProcessor, processor } from '../src/lib/processor.js'
import { findBlocks, type Range, splitFirstLine } from '../src/lib/segment.js'
import { articleText, capitalised, word } from './support/arbitraries.js'

// The paragraph ranges parseArticle would give the parser: the title line, then the blank-line blocks.
function prepare(text: string) {
  const normalised = normalise(text).text
  const front = readFrontMatter(text)
  const blocks = findBlocks(normalised, front.end)
  const ranges: Range[] = []
  if (blocks.length > 0) {
    const [first, rest] = splitFirstLine(normalised, blocks[0]!)
    ranges.push(first, ...(rest ? [rest] : []), ...blocks.slice(1))
  }
  return { normalised, from: front.end, ranges, place: location(text) }
}

function bothWays(text: string, proc: ArticleProcessor = processor) {
  const { normalised, from, ranges, place } = prepare(text)
  const whole = parseWhole(proc, normalised, ranges, from, place)
  const byBlock = ranges.map((range) => parseParagraph(proc, normalised, range, place))
  return { whole, byBlock }
}

// JSON drops nothing a tree holds and ignores which position objects are shared.
const plain = (paragraphs: readonly Paragraph[] | undefined) => JSON.parse(JSON.stringify(paragraphs ?? null))

// Paragraphs that start with a capital and end with a full stop, with the parser's tricky cases inside.
const tricky = fc.constantFrom(
  'Mr.',
  'etc.',
  'U.S.',
  'a.',
  '5.',
  "o'",
  "'n'",
  '?!',
  '...',
  '***',
  '&',
  'w/',
  '"blue',
  'economy"',
  '“port”',
  '(Dalian)',
  'Co.,',
  '1.2',
  'é',
)
const sentence = fc
  .tuple(capitalised, fc.array(fc.oneof(word, capitalised, tricky), { maxLength: 12 }))
  .map(([first, rest]) => [first, ...rest].join(' '))
const paragraph = fc
  .tuple(
    fc.array(sentence, { minLength: 1, maxLength: 4 }),
    fc.constantFrom('.', '."', '!', '?', '.)', ' etc.', ' 5.', ''),
    fc.constantFrom(' ', '\n'),
  )
  .map(([sentences, end, join]) => `${sentences.join(`.${join}`)}${end}`)
const safeArticle = fc
  .tuple(
    fc.constantFrom('', '---\ntitle: A Title\n---\n'),
    fc.array(paragraph, { minLength: 1, maxLength: 6 }),
    fc.constantFrom('\n\n', '\n \n', '\n\n\n'),
  )
  .map(([front, paragraphs, gap]) => `${front}A Title\n\n${paragraphs.join(gap)}\n`)

describe('parseWhole', () => {
  it('should parse a typical article in one go into the same paragraphs as block by block', () => {
    const { whole, byBlock } = bothWays(
      'Port Opens\n\nMayor Li Na said on March 5. He added that 1.2 billion yuan, etc. was "enough".\n\nThe U.S. side agreed.\n',
    )
    expect(whole).toBeDefined()
    expect(plain(whole)).toEqual(plain(byBlock))
  })

  it('should give the same paragraphs as block by block whenever it parses in one go', () => {
    let inOneGo = 0
    fc.assert(
      fc.property(fc.oneof(safeArticle, articleText), (text) => {
        const { whole, byBlock } = bothWays(text)
        if (whole) {
          inOneGo++
          expect(plain(whole)).toEqual(plain(byBlock))
        }
      }),
      { numRuns: 400 },
    )
    // The property says nothing unless many articles took the one-go path.
    expect(inOneGo).toBeGreaterThan(100)
  })

  it.each([
    ['a paragraph with no word before its terminal marker', 'Title\n\nOne.\n\n?! Two three.'],
    ['a paragraph that starts in lower case', 'Title\n\nOne two.\n\nthree four.'],
    ['a paragraph that starts with a word and an apostrophe', "Title\n\nOne two.\n\nO' Brien came."],
    ['a paragraph that ends with a symbol after its full stop', 'Title\n\nOne two.*\n\nThree four.'],
    ['a paragraph that ends with an apostrophe', "Title\n\nRock and roll o'\n\nThree four."],
  ])('should leave %s to block-by-block parsing', (_, text) => {
    expect(bothWays(text).whole).toBeUndefined()
  })

  it('should leave an article longer than 16 KiB to block-by-block parsing', () => {
    const text = `Title\n\n${'Dalian grows. '.repeat(1300)}`
    expect(bothWays(text).whole).toBeUndefined()
  })

  it('should leave an article to block-by-block parsing when the processor extends the parser', () => {
    const extended = unified()
      .use(retextEnglish)
      .data('nlcstParagraphExtensions', [])
      .freeze() as unknown as ArticleProcessor
    expect(bothWays('Title\n\nOne two.\n\nThree four.', extended).whole).toBeUndefined()
    expect(bothWays('Title\n\nOne two.\n\nThree four.').whole).toBeDefined()
  })
})
