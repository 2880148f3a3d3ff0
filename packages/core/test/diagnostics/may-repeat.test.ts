import fc from 'fast-check'
import type { Root, Sentence } from 'nlcst'
import retextEnglish from 'retext-english'
import retextRepeatedWords from 'retext-repeated-words'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { mayRepeat } from '../../src/lib/diagnostics/may-repeat.js'

const parser = unified().use(retextEnglish).freeze()
const transform = retextRepeatedWords()

/** Each sentence of `text`, whether retext-repeated-words reports in it and whether `mayRepeat` may. */
function judge(text: string): { sentence: string; reported: boolean; may: boolean }[] {
  const tree = parser.parse(text) as Root
  const lengthsKept = !text.includes('\u0130')
  const sentences: Sentence[] = []
  visit(tree, 'SentenceNode', (node) => {
    sentences.push(node)
  })
  return sentences.map((sentence) => {
    const file = new VFile()
    transform({ type: 'RootNode', children: [sentence] }, file)
    const { start, end } = sentence.position!
    return {
      sentence: text.slice(start.offset, end.offset),
      reported: file.messages.length > 0,
      may: mayRepeat(sentence, lengthsKept),
    }
  })
}

const may = (text: string) => judge(text).some((item) => item.may)

// Words that repeat in every case and script the lower-casing has corners in: a capital sigma that
// becomes "ς" at a word's end, "İ" whose lower case is two characters, the Kelvin sign (lower case "k"),
// a surrogate pair (Deseret), words with inner marks, digits and long words, and Title Case words the
// parser keeps a full stop on, which the tokens split off.
const pieces = fc.constantFrom(
  ...['the', 'The', 'THE', 'tHe', 'then', 'he', 'had', 'a', 'an', 'port', 'Port', 'PORT', 'sport'],
  ...['ΟΔΟΣ', 'οδος', 'οδοσ', 'ΣΑ', 'σα', 'ςα', 'İs', 'i\u0307s', 'is', 'İ', 'i', 'İİ', 'i\u0307i\u0307'],
  ...['\u212Aey', 'key', 'KEY', '\u{10400}x', '\u{10428}x', 'ß', 'ẞ', 'café', 'CAFÉ', 'cafe\u0301'],
  ...["don't", "DON'T", 'e-mail', 'mail', 'MAIL', 'U.S.', 'u.s.', '5G', '5g', '2019', '3.5'],
  ...['Weston.', 'weston.', 'WESTON.', 'Weston', 'weston', 'Corp.', 'corp.', 'Rd.', 'rd.'],
  ...['x'.repeat(45), 'X'.repeat(45), `${'y'.repeat(44)}z`],
  ...['"', '“', '”', '(', ')', '.', ',', '-', '—', '&', '\u00AD'],
)
const separator = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\t', '\u00A0', '\u3000', '\u2009', '', '\uFEFF')
const texts = fc
  .array(fc.tuple(pieces, separator), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([piece, space]) => piece + space).join(''))

describe('mayRepeat', () => {
  it('should let through every sentence in which retext-repeated-words reports a repeat', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const item of judge(text)) if (item.reported) expect(item).toEqual({ ...item, may: true })
      }),
      { numRuns: 3000 },
    )
  })

  it('should let through repeats in any case, also where lower-casing changes the length', () => {
    const repeats = [
      'He said the the port.',
      'The THE',
      'port  Port',
      'ΟΔΟΣ οδος',
      'İs i\u0307s',
      'İİ i\u0307i\u0307',
      'e-mail E-MAIL',
    ]
    for (const text of repeats) expect([text, may(text)]).toEqual([text, true])
  })

  it('should let through a word repeated with the full stop the tokens split off', () => {
    // The parser keeps "Weston." whole before a lower-case word; the tokens read "Weston" and ".".
    const text = 'He came from Weston. weston. said'
    expect(judge(text)).toEqual([{ sentence: text, reported: true, may: true }])
  })

  it('should turn down neighbouring words of different lengths or letters', () => {
    const texts = ['the theory of the port', 'said sports', 'in Weston and Lakeby', 'a an', 'ten men']
    for (const text of texts) expect([text, may(text)]).toEqual([text, false])
  })

  it('should turn down a repeat with anything but white space between, as the plugin does', () => {
    expect(may('port, port')).toBe(false)
    expect(may('port - port')).toBe(false)
  })
})

describe('mayRepeat on a tree from elsewhere', () => {
  const word = (value: string) => ({
    type: 'WordNode' as const,
    children: [{ type: 'TextNode' as const, value }],
  })
  const space = { type: 'WhiteSpaceNode' as const, value: ' ' }
  const sentence = (...children: Sentence['children']): Sentence => ({ type: 'SentenceNode', children })

  it('should leave a sentence without positions to the plugin', () => {
    expect(mayRepeat(sentence(word('the'), space, word('The')), true)).toBe(true)
    expect(mayRepeat(sentence(word('the'), space, word('port')), true)).toBe(true)
  })
})
