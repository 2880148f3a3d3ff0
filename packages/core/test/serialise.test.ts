import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import { type Article, createProcessor, fromJSON, messageSource, parseArticle, toJSON } from '../src/index.js'
import { checkArticle } from './support/check-article.js'
import { corpusDir } from './support/paths.js'

const names = readdirSync(corpusDir).filter((name) => name.endsWith('.txt'))
const load = (name: string) => parseArticle(readFileSync(join(corpusDir, name), 'utf8'), { file: name })
const stringify = (article: Article) => JSON.stringify(toJSON(article))

// Everything a user reads from a message, with its place as plain points.
const messageView = (message: VFileMessage) => ({
  reason: message.reason,
  ruleId: message.ruleId,
  source: message.source,
  fatal: message.fatal,
  place: message.place,
  actual: message.actual,
  expected: message.expected,
  file: message.file,
})

// Reports the first word "Dalian" with a suggestion, so actual/expected travel through the JSON form.
function retextSpellDalian() {
  return (tree: Root, file: VFile) => {
    let done = false
    visit(tree, 'WordNode', (node) => {
      if (done || nlcstToString(node) !== 'Dalien') return
      done = true
      const message = file.message('Unexpected `Dalien`, expected `Dalian`', {
        place: node.position,
        ruleId: 'spell-dalian',
        source: 'test-plugin',
      })
      message.actual = 'Dalien'
      message.expected = ['Dalian']
    })
  }
}

describe('toJSON and fromJSON on the corpus', () => {
  it.each(names)('should round-trip %s to the same JSON and the same model', (name) => {
    const article = load(name)
    const json = toJSON(article)
    const back = fromJSON(json)
    expect(stringify(back)).toBe(JSON.stringify(json))
    expect(back.paragraphs).toEqual(article.paragraphs)
    expect(back.heading).toEqual(article.heading)
    expect(back.stats).toEqual(article.stats)
    expect({ id: back.id, file: back.file, title: back.title, meta: back.meta }).toEqual({
      id: article.id,
      file: name,
      title: article.title,
      meta: article.meta,
    })
    expect(checkArticle(back)).toEqual([])
  })

  it('should store the text once and no tree', () => {
    const article = load(names[0]!)
    const serialised = JSON.stringify(toJSON(article))
    const sentence = JSON.stringify(article.paragraphs[1]!.sentences[0]!.text).slice(1, -1)
    expect(serialised.split(sentence)).toHaveLength(2)
    expect(article.tree).toBeDefined()
    expect(Object.keys(toJSON(article))).not.toContain('tree')
    expect(fromJSON(toJSON(article)).tree).toBeUndefined()
  })

  it('should accept the JSON string as well as the object', () => {
    const json = toJSON(load(names[1]!))
    const text = JSON.stringify(json)
    expect(stringify(fromJSON(text))).toBe(text)
    expect(fromJSON(text)).toEqual(fromJSON(json))
  })
})

describe('messages through toJSON and fromJSON', () => {
  const text = [
    '---',
    'title: [broken',
    '---',
    'Dalien Port Report',
    '',
    `Cargo rose\u0007 in Dalien. ${'Ships waited at the port. '.repeat(700)}`,
    '',
  ].join('\r\n')

  const ruleIds = ['front-matter', 'control-character', 'long-paragraph', 'spell-dalian']

  it('should keep reason, ruleId, source, fatal, place, actual and expected', () => {
    const article = parseArticle(text, {
      file: 'news/port.txt',
      processor: createProcessor([retextSpellDalian]),
    })
    const found = article.messages.filter((message) => ruleIds.includes(message.ruleId ?? ''))
    expect(found.map((message) => [message.ruleId, message.source])).toEqual([
      ['front-matter', messageSource],
      ['control-character', messageSource],
      ['long-paragraph', messageSource],
      ['spell-dalian', 'test-plugin'],
    ])
    const back = fromJSON(JSON.stringify(toJSON(article)))
    expect(back.messages.map(messageView)).toEqual(article.messages.map(messageView))
    const foundBack = back.messages.filter((message) => ruleIds.includes(message.ruleId ?? ''))
    expect(foundBack.map(messageView)).toMatchObject([
      { fatal: false, place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 4, column: 1 } } },
      { fatal: false, place: { start: { line: 6, column: 11, offset: 58 }, end: { line: 6, column: 12 } } },
      { fatal: undefined, place: { start: { line: 6, column: 1 } } },
      {
        fatal: false,
        place: { start: { line: 4, column: 1, offset: 26 }, end: { line: 4, column: 7, offset: 32 } },
        actual: 'Dalien',
        expected: ['Dalian'],
        file: 'news/port.txt',
      },
    ])
  })

  it('should keep a message without a place', () => {
    const article = parseArticle('\n\n')
    const back = fromJSON(toJSON(article))
    expect(back.messages.map(messageView)).toEqual([
      {
        reason: 'Unexpected empty article: expected a title line and paragraphs',
        ruleId: 'empty-article',
        source: messageSource,
        fatal: false,
        place: undefined,
        actual: undefined,
        expected: undefined,
        file: '',
      },
    ])
  })
})

describe('fromJSON on units out of place', () => {
  const article = parseArticle(
    'Port Report\n\nCargo rose by 5 percent. Ships waited.\n\nThe mayor visited. He left.\n',
  )
  interface Unit {
    start: number
    end: number
  }
  // The units of the serialised form, writable, so each case can spoil one of them.
  interface Units {
    heading: Unit | null
    paragraphs: (Unit & { sentences: (Unit & { tokens: [number, number, string][] })[] })[]
  }
  const spoil = (change: (json: Units) => void) => {
    const json = structuredClone(toJSON(article)) as unknown as Units
    change(json)
    return () => fromJSON(json)
  }
  const [first, second] = toJSON(article).paragraphs

  it('should accept the article as it is', () => {
    expect(stringify(spoil(() => {})())).toBe(stringify(article))
  })

  it.each<[string, string, (json: Units) => void]>([
    ['paragraphs in the wrong order', 'paragraphs[1].start', (json) => json.paragraphs.reverse()],
    [
      'a paragraph overlapping the one before',
      'paragraphs[1].start',
      (json) => {
        json.paragraphs[1]!.start = first!.end - 1
      },
    ],
    [
      'a paragraph overlapping the heading',
      'paragraphs[0].start',
      (json) => {
        json.paragraphs[0]!.start = json.heading!.end - 2
      },
    ],
    [
      'sentences in the wrong order',
      'paragraphs[0].sentences[1].start',
      (json) => json.paragraphs[0]!.sentences.reverse(),
    ],
    [
      'a sentence starting before its paragraph',
      'paragraphs[1].sentences[0].start',
      (json) => {
        json.paragraphs[1]!.sentences[0]!.start = second!.start - 1
      },
    ],
    [
      'a sentence ending after its paragraph',
      'paragraphs[0].sentences[1].end',
      (json) => {
        json.paragraphs[0]!.sentences[1]!.end = first!.end + 1
      },
    ],
    [
      'tokens in the wrong order',
      'paragraphs[0].sentences[0].tokens[1].start',
      (json) => json.paragraphs[0]!.sentences[0]!.tokens.reverse(),
    ],
    [
      'a token overlapping the one before',
      'paragraphs[0].sentences[0].tokens[1].start',
      (json) => {
        const tokens = json.paragraphs[0]!.sentences[0]!.tokens
        tokens[1] = [tokens[0]![1] - 1, tokens[1]![1], tokens[1]![2]]
      },
    ],
    [
      'a token ending after its sentence',
      'paragraphs[0].sentences[0].tokens[0].end',
      (json) => {
        const sentence = json.paragraphs[0]!.sentences[0]!
        sentence.tokens = [[sentence.start, sentence.end + 1, 'w']]
      },
    ],
    [
      'a unit ending before it starts',
      'paragraphs[1].end',
      (json) => {
        json.paragraphs[1]!.end = second!.start - 1
      },
    ],
  ])('should reject %s, naming `%s`', (_, path, change) => {
    const read = spoil(change)
    expect(read).toThrow(TypeError)
    expect(read).toThrow(`fromJSON(value): expected \`${path}\` to be an integer from `)
  })
})
