import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { columns, fit, pad, type WrappedLine, wrapText } from '../../src/app/wrap.js'

const shown = (line: WrappedLine) => line.pieces.map((piece) => piece.text).join('')

describe('wrapText', () => {
  it('should break between words so no line is wider than the width', () => {
    const lines = wrapText('The harbour of Lingshan opened a new terminal today.', { width: 20 })
    expect(lines.map(shown)).toEqual(['The harbour of', 'Lingshan opened a', 'new terminal today.'])
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(20)
  })

  it('should keep the offsets of every line in the original text', () => {
    const text = 'Alpha beta\n  gamma delta'
    const lines = wrapText(text, { width: 11 })
    expect(lines.map(shown)).toEqual(['Alpha beta', 'gamma delta'])
    expect(lines.map((line) => text.slice(line.start, line.end))).toEqual(['Alpha beta', 'gamma delta'])
  })

  it('should collapse a run of white space to one space piece that covers the whole run', () => {
    const text = 'one \n\t two'
    const [line] = wrapText(text, { width: 40 })
    expect(shown(line!)).toBe('one two')
    expect(line!.pieces[1]).toEqual({ text: ' ', start: 3, end: 7 })
  })

  it('should wrap only the part between start and end', () => {
    const text = 'Title\n\nBody text here'
    const lines = wrapText(text, { start: 7, end: text.length, width: 40 })
    expect(lines.map(shown)).toEqual(['Body text here'])
    expect(lines[0]!.start).toBe(7)
  })

  it('should show control characters as visible symbols, never raw', () => {
    const [line] = wrapText('alarm\u0007 and \u001b[2J escape', { width: 40 })
    expect(shown(line!)).toBe('alarm␇ and ␛[2J escape')
  })

  it('should count wide characters as two columns', () => {
    const lines = wrapText('大连 大连 大连', { width: 9 })
    expect(lines.map(shown)).toEqual(['大连 大连', '大连'])
    expect(lines[0]!.width).toBe(9)
  })

  it('should cut a word longer than the line into pieces that keep their offsets', () => {
    const lines = wrapText('ab abcdefghij cd', { width: 4 })
    expect(lines.map(shown)).toEqual(['ab', 'abcd', 'efgh', 'ij', 'cd'])
    expect(lines[2]!.start).toBe(7)
  })

  it('should insert decorations that take room and stick to their word', () => {
    const text = 'Mayor Zhou Minghua spoke'
    const lines = wrapText(text, {
      width: 14,
      decorations: [
        { at: 6, text: '[', side: 'open' },
        { at: 18, text: ']', side: 'close' },
      ],
    })
    expect(lines.map(shown)).toEqual(['Mayor [Zhou', 'Minghua] spoke'])
    expect(lines[1]!.pieces[1]).toEqual({ text: ']', start: 18, end: 18, decoration: true })
  })

  it('should close an inner mark before an outer one that ends at the same offset', () => {
    const [line] = wrapText('Qingdao Port', {
      width: 40,
      decorations: [
        { at: 0, text: '{', side: 'open' },
        { at: 8, text: '<', side: 'open' },
        { at: 12, text: '>', side: 'close' },
        { at: 12, text: '}', side: 'close' },
      ],
    })
    expect(shown(line!)).toBe('{Qingdao <Port>}')
  })

  it('should give nothing for text without words', () => {
    expect(wrapText(' \n\t ', { width: 10 })).toEqual([])
  })

  it('should show every word once, in order, on lines no wider than the width (any text)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9大连.,\u0007]{1,14}$/)
    const space = fc.constantFrom(' ', '\n', '  ', '\t')
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, space), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 2, max: 30 }),
        (parts, width) => {
          const text = parts.map(([w, s]) => w + s).join('')
          const lines = wrapText(text, { width })
          for (const line of lines) expect(line.width).toBeLessThanOrEqual(width)
          const words = lines.flatMap((line) =>
            line.pieces
              .filter((piece) => piece.text !== ' ')
              .map((piece) => text.slice(piece.start, piece.end)),
          )
          expect(words.join('')).toBe(parts.map(([w]) => w).join(''))
        },
      ),
    )
  })
})

describe('fit and pad', () => {
  it('should cut text to a width with an ellipsis, and leave short text alone', () => {
    expect(fit('Lingshan Harbour', 10)).toBe('Lingshan…')
    expect(fit('Port', 10)).toBe('Port')
    expect(fit('Port', 0)).toBe('')
    expect(columns(fit('大连大连大连', 5))).toBeLessThanOrEqual(5)
  })

  it('should pad to an exact width, on the left for right alignment', () => {
    expect(pad('42', 5, 'right')).toBe('   42')
    expect(pad('ab', 4)).toBe('ab  ')
    expect(pad('abcdef', 4)).toBe('abc…')
  })
})
