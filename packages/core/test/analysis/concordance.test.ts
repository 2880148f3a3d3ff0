import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type ConcordanceLine, concordance, parseArticle } from '../../src/index.js'
import { analysisFixtures, fixtureArticles, updateFixtures } from './fixture-articles.js'

const port = parseArticle("Port Notes\n\nThe PORT opened. A port, a Port-side cafe and the port's crane.", {
  id: 'port',
})
const slices = (lines: readonly ConcordanceLine[], text: string) =>
  lines.map((line) => text.slice(line.start, line.end))

describe('concordance', () => {
  it('should find every form of a word, whatever its case, with exact offsets', () => {
    const lines = concordance([port], 'port')
    // Title "Port", "PORT", "port,", "Port" of "Port-side", "port" of "port's": five, in text order.
    expect(slices(lines, port.text)).toEqual(['Port', 'PORT', 'port', 'Port', 'port'])
    expect(lines.map((line) => line.sentenceIndex)).toEqual([0, 1, 2, 2, 2])
    expect(lines[0]).toMatchObject({ articleId: 'port', start: 0, end: 4, line: 1, column: 1 })
    // The body starts at offset 12 on line 3: "The " is 4 characters, so "PORT" is at 16, column 5.
    expect(lines[1]).toMatchObject({ start: 16, end: 20, line: 3, column: 5 })
    expect(lines[3]!.right.startsWith('-side cafe')).toBe(true)
    expect(lines[4]!.right.startsWith("'s crane.")).toBe(true)
  })

  it('should find a word written in full-width letters or with a curly possessive', () => {
    const text = 'Ｗｅｉｈａｉ Notes\n\nWeihai’s port and the Ｗｅｉｈａｉ ferry.'
    const lines = concordance([parseArticle(text)], 'weihai')
    expect(slices(lines, text)).toEqual(['Ｗｅｉｈａｉ', 'Weihai', 'Ｗｅｉｈａｉ'])
  })

  it('should match a phrase across a line break and extra spaces, showing it on one line', () => {
    const text = 'Harbour Talks\n\nThe investment\n   promotion office met. Investment promotion works.'
    const lines = concordance([parseArticle(text)], 'Investment  Promotion')
    expect(slices(lines, text)).toEqual(['investment\n   promotion', 'Investment promotion'])
    expect(lines.map((line) => line.match)).toEqual(['investment promotion', 'Investment promotion'])
    expect(lines[0]!.left).toBe('Harbour Talks The ')
    expect(lines[0]!.right).toBe(' office met. Investment promotion works.')
  })

  it('should not match a phrase across a comma or the end of a sentence', () => {
    const text = 'Notes\n\nThey made an investment, promotion followed. An investment. Promotion came.'
    expect(concordance([parseArticle(text)], 'investment promotion')).toEqual([])
    expect(concordance([parseArticle(text)], 'investment, promotion')).toHaveLength(1)
  })

  it('should find "investment" and "investing" for "invest" only when matching stems', () => {
    const text = 'Notes\n\nThey invest. The investment grew while investing went on. Investors came.'
    const article = parseArticle(text)
    expect(slices(concordance([article], 'invest'), text)).toEqual(['invest'])
    // Porter stems: invest → invest, investment → invest, investing → invest, investors → investor.
    expect(slices(concordance([article], 'invest', { match: 'stem' }), text)).toEqual([
      'invest',
      'investment',
      'investing',
    ])
  })

  it('should give context in words, counting a hyphenated part as a word', () => {
    const lines = concordance([port], 'cafe', { unit: 'words', width: 2 })
    expect(lines.map(({ left, match, right }) => [left, match, right])).toEqual([
      ['Port-side ', 'cafe', ' and the'],
    ])
    expect(concordance([port], 'cafe', { unit: 'words', width: 0 })[0]).toMatchObject({ left: '', right: '' })
  })

  it('should cut context in characters after collapsing white space, without control characters', () => {
    const text = 'Bell\n\nThe \u001b[31mred\u001b[0m\t\tport \u0007opened\r\nlate today.'
    const [line] = concordance([parseArticle(text)], 'port', { width: 10 })
    // "The red port opened late": escape sequences, tabs, the bell and CRLF each read as one space.
    expect(line).toMatchObject({ left: 'l The red ', match: 'port', right: ' opened la' })
  })

  it('should sort by the nearest words on the left, then on the right, as AntConc does', () => {
    const text = 'Ports\n\nA red port sank. The blue port rose. An old port fell. A blue port shone.'
    const article = parseArticle(text)
    const key = (line: ConcordanceLine) => `${line.left.split(' ').at(-2)} port ${line.right.split(' ')[1]}`
    // Left: blue, blue, old, red; the two "blue" lines part on the next word left, "A" before "The".
    expect(concordance([article], 'port', { sort: 'left', unit: 'words', width: 1 }).map(key)).toEqual([
      'blue port shone',
      'blue port rose',
      'old port fell',
      'red port sank',
    ])
    expect(concordance([article], 'port', { sort: 'right', unit: 'words', width: 1 }).map(key)).toEqual([
      'old port fell',
      'blue port rose',
      'red port sank',
      'blue port shone',
    ])
  })

  it('should keep article order first, then offsets, and cut to the limit after sorting', () => {
    const first = parseArticle('B\n\nport one', { id: 'z' })
    const second = parseArticle('A\n\nport two', { id: 'a' })
    expect(concordance([first, second], 'port').map((line) => line.articleId)).toEqual(['z', 'a'])
    expect(concordance([first, second], 'port', { sort: 'right', limit: 1 })).toMatchObject([
      { articleId: 'z', right: ' one' },
    ])
  })

  it('should find nothing, and not throw, for hostile or empty queries', () => {
    const hostile = ['', '   ', '.*(?<', '\\', '[port]', '$^|+', '\u0000\u001b[31m\u0007', '!!!', '\uD800']
    for (const query of hostile) expect(concordance([port], query)).toEqual([])
    expect(concordance([port], 'port '.repeat(2000))).toEqual([])
    expect(concordance([port], 'x'.repeat(10_000))).toEqual([])
    expect(concordance([], 'port')).toEqual([])
  })

  it('should lay out the fixture articles as kwic-harbour.txt shows', () => {
    const lines = concordance(fixtureArticles(), 'harbour', { sort: 'left', unit: 'words', width: 4 })
    const actual = lines
      .map(
        (line) => `${line.articleId}:${line.line}:${line.column}\t${line.left}[${line.match}]${line.right}`,
      )
      .join('\n')
    const path = join(analysisFixtures, 'kwic-harbour.txt')
    if (updateFixtures) writeFileSync(path, `${actual}\n`)
    expect(`${actual}\n`).toBe(readFileSync(path, 'utf8'))
  })

  it('should reject misuse with a TypeError naming the value and the fix', () => {
    expect(() => concordance([port], 'port', { width: -1 })).toThrow(
      /`options.width` to be an integer from 0 to 100000, got number -1; pass e.g. \{ width: 40 \}/,
    )
    expect(() => concordance([port], 'port', { unit: 'lines' as never })).toThrow(/'chars', 'words'/)
    expect(() => concordance([port], 'port', { sort: 'middle' as never })).toThrow(TypeError)
    expect(() => concordance([port], 42 as never)).toThrow(/`query` to be a string, got number 42/)
    expect(() => concordance(port as never, 'port')).toThrow(/pass corpus.articles/)
    expect(() => concordance([port, 'text'] as never, 'port')).toThrow(/`articles\[1\]` to be an article/)
  })
})
