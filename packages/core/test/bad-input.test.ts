import { readFileSync } from 'node:fs'
import { mkdir, open, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeText, fromJSON, parseArticle, toJSON } from '../src/index.js'
import { type Corpus, defaultMaxBytes, loadCorpus } from '../src/node.js'
import { checkArticle } from './support/check-article.js'
import { inputProblems, inputRuleIds } from './support/input-rules.js'
import { corpusDir } from './support/paths.js'
import { makeTempDir, removeTempDirs } from './support/temp-dir.js'

const seed = (name: string) => readFileSync(join(corpusDir, name), 'utf8')
const article000 = seed('000_5c4058081ad657f1.txt')
const article001 = seed('001_934dfffac594c55a.txt')
const article002 = seed('002_2ab2013ecb79e34b.txt')
const article003 = seed('003_23f7020b663a3015.txt')
const article004 = seed('004_d565d95d31004a93.txt')

const utf8 = (text: string) => Buffer.from(text, 'utf8')
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
const utf16be = (text: string) =>
  Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
const crlf = (text: string) => text.replace(/\n/g, '\r\n')
const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
])
const latin1 = Buffer.concat([
  utf8('Dalian Cafe\n\nThe caf'),
  Buffer.from([0xe9]),
  utf8(' opened on Monday.\n'),
])
const controls = Buffer.from(Array.from({ length: 400 }, (_, index) => 1 + (index % 8)))
const ansi = 'Port Report\n\nCargo \u001b[1;31mvolume\u001b[0m rose by 5 percent.\u0007 Ships waited.\n'
const html = 'Dalian <b>Welcomes</b> Investors\n\n<p>The mayor said <a href="/plan">the plan</a> works.</p>\n'

const tooLarge = (size: number, limit: number) =>
  `Unexpected file of ${size} bytes: larger than the limit of ${limit} bytes (raise maxBytes to load it)`

describe('decodeText', () => {
  it('should reject an empty file as empty', () => {
    expect(decodeText(new Uint8Array())).toEqual({
      ok: false,
      code: 'empty',
      reason: expect.stringMatching(/^Unexpected empty file/),
    })
  })

  it('should reject a file of only white space (and a BOM) as empty', () => {
    expect(decodeText(utf8('\uFEFF \n\t\r\n  \n'))).toMatchObject({ ok: false, code: 'empty' })
  })

  it('should reject a binary file with a NUL byte, saying where it is', () => {
    expect(decodeText(png)).toEqual({
      ok: false,
      code: 'binary',
      reason: 'Unexpected NUL byte at offset 8: this looks like a binary file',
    })
  })

  it('should reject a file that is mostly control characters as binary', () => {
    expect(decodeText(controls)).toEqual({
      ok: false,
      code: 'binary',
      reason: expect.stringMatching(/control characters.*binary/),
    })
  })

  it.each([
    ['a Latin-1 byte', latin1, 20, 'e9'],
    [
      'a truncated sequence at the end',
      Buffer.concat([utf8('Title\n\nEnds in '), Buffer.from([0xe4, 0xb8])]),
      15,
      'e4',
    ],
    ['an overlong encoding', Buffer.concat([utf8('Title '), Buffer.from([0xc0, 0xaf])]), 6, 'c0'],
    ['an encoded surrogate', Buffer.concat([utf8('Title '), Buffer.from([0xed, 0xa0, 0x80])]), 6, 'ed'],
    ['a stray continuation byte', Buffer.concat([utf8('Ti'), Buffer.from([0x80]), utf8('tle')]), 2, '80'],
  ])('should reject invalid UTF-8 (%s) naming the byte and its offset', (_, bytes, offset, hex) => {
    expect(decodeText(bytes)).toEqual({
      ok: false,
      code: 'invalid-utf8',
      reason: `Unexpected byte 0x${hex} at offset ${offset}: expected UTF-8 text`,
    })
  })

  it('should keep CRLF line endings exactly as they are', () => {
    expect(decodeText(utf8(crlf(article000)))).toEqual({
      ok: true,
      text: crlf(article000),
      encoding: 'utf-8',
    })
  })

  it('should keep a UTF-8 byte order mark in the text so offsets match the file', () => {
    expect(decodeText(utf8(`\uFEFF${article000}`))).toEqual({
      ok: true,
      text: `\uFEFF${article000}`,
      encoding: 'utf-8',
    })
  })

  it('should decode UTF-16 with a byte order mark, little and big endian', () => {
    const text = `${article004}Emoji 😀 and ü.\n`
    expect(decodeText(utf16le(text))).toEqual({ ok: true, text, encoding: 'utf-16le' })
    expect(decodeText(utf16be(text))).toEqual({ ok: true, text, encoding: 'utf-16be' })
  })

  it('should reject UTF-16 with an odd number of bytes', () => {
    const decoded = decodeText(Buffer.concat([utf16le('Title'), Buffer.from([0x41])]))
    expect(decoded).toEqual({
      ok: false,
      code: 'invalid-utf8',
      reason: 'Unexpected bytes: expected UTF-16LE text',
    })
  })

  it('should decode control characters and ANSI escapes, and parseArticle should report them', () => {
    const decoded = decodeText(utf8(ansi))
    expect(decoded).toEqual({ ok: true, text: ansi, encoding: 'utf-8' })
    const article = parseArticle(ansi)
    expect(inputRuleIds(article)).toEqual(['control-character', 'control-character', 'control-character'])
    expect(inputProblems(article).map((message) => message.reason)).toEqual([
      'Unexpected terminal escape sequence "\\u001b[1;31m": read as white space',
      'Unexpected terminal escape sequence "\\u001b[0m": read as white space',
      'Unexpected control character "\\u0007": read as white space',
    ])
    expect(article.paragraphs[0]?.sentences.map((sentence) => sentence.text)).toEqual([
      'Cargo \u001b[1;31mvolume\u001b[0m rose by 5 percent.',
      'Ships waited.',
    ])
  })

  it('should never put a raw control character in a message reason', () => {
    const every = Array.from({ length: 0xa0 }, (_, code) => String.fromCharCode(code))
    const text = `Title\n\n${every.join('x')}\n`
    const reasons = parseArticle(text).messages.map((message) => message.reason)
    expect(reasons.length).toBeGreaterThan(0)
    for (const reason of reasons) expect(reason).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/)
  })

  it('should decode HTML as text and keep the tags as text', () => {
    expect(decodeText(utf8(html))).toEqual({ ok: true, text: html, encoding: 'utf-8' })
    const article = parseArticle(html)
    expect(article.title).toBe('Dalian <b>Welcomes</b> Investors')
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      '<p>The mayor said <a href="/plan">the plan</a> works.</p>',
    ])
    expect(inputProblems(article)).toEqual([])
  })
})

describe('loadCorpus on a folder of good and bad files', () => {
  let dir: string
  let corpus: Corpus
  const progress: [number, number][] = []

  beforeAll(async () => {
    dir = await makeTempDir('bad-input')
    const files: Record<string, string | Buffer> = {
      'good-a.txt': article000,
      'good-b.md': article001,
      'crlf.txt': crlf(article002),
      'bom.txt': `\uFEFF${article003}`,
      'utf16.txt': utf16le(article004),
      'ansi.txt': ansi,
      'html.txt': html,
      'empty.txt': '',
      'blank.txt': ' \n\n\t\n',
      'binary.txt': png,
      'controls.txt': controls,
      'latin1.txt': latin1,
      'huge.txt': article000.repeat(40),
      'notes.json': '{"not": "an article"}',
    }
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content)
    await mkdir(join(dir, 'folder.txt'))
    await symlink(join(dir, 'missing-target.txt'), join(dir, 'dangling.txt'))
    corpus = await loadCorpus(dir, {
      maxBytes: 100_000,
      onProgress: (done, total) => progress.push([done, total]),
    })
  })

  afterAll(removeTempDirs)

  it('should list every bad file with its path, code and reason', () => {
    expect(corpus.errors).toEqual([
      {
        path: join(dir, 'binary.txt'),
        code: 'binary',
        reason: expect.stringMatching(/NUL byte at offset 8/),
      },
      { path: join(dir, 'blank.txt'), code: 'empty', reason: expect.stringMatching(/only white space/) },
      {
        path: join(dir, 'controls.txt'),
        code: 'binary',
        reason: expect.stringMatching(/control characters/),
      },
      {
        path: join(dir, 'dangling.txt'),
        code: 'unreadable',
        reason: expect.stringMatching(/^Cannot read the file: ENOENT/),
      },
      {
        path: join(dir, 'empty.txt'),
        code: 'empty',
        reason: expect.stringMatching(/^Unexpected empty file/),
      },
      {
        path: join(dir, 'huge.txt'),
        code: 'too-large',
        reason: tooLarge(Buffer.byteLength(article000) * 40, 100_000),
      },
      {
        path: join(dir, 'latin1.txt'),
        code: 'invalid-utf8',
        reason: expect.stringMatching(/0xe9 at offset 20/),
      },
    ])
  })

  it('should still load every good article', () => {
    expect(corpus.articles.map((article) => [article.file, article.paragraphs.length])).toEqual([
      ['ansi.txt', 1],
      ['bom.txt', 6],
      ['crlf.txt', 6],
      ['good-a.txt', 4],
      ['good-b.md', 5],
      ['html.txt', 1],
      ['utf16.txt', 5],
    ])
    for (const article of corpus.articles) expect(checkArticle(article)).toEqual([])
  })

  it('should load each good article exactly as parseArticle reads its text alone', () => {
    const alone = (text: string, file: string) => toJSON(parseArticle(text, { file }))
    expect(toJSON(corpus.get('crlf')!)).toEqual(alone(crlf(article002), 'crlf.txt'))
    expect(toJSON(corpus.get('bom')!)).toEqual(alone(`\uFEFF${article003}`, 'bom.txt'))
    expect(toJSON(corpus.get('utf16')!)).toEqual(alone(article004, 'utf16.txt'))
    expect(corpus.get('bom')?.title).toBe(article003.split('\n')[0])
  })

  it('should keep problems inside a good article as its messages, not as corpus errors', () => {
    expect(inputRuleIds(corpus.get('ansi')!)).toEqual([
      'control-character',
      'control-character',
      'control-character',
    ])
    expect(corpus.get('html')?.title).toBe('Dalian <b>Welcomes</b> Investors')
  })

  it('should report progress once per article file, ignoring other files and folders', () => {
    expect(progress).toEqual(Array.from({ length: 14 }, (_, index) => [index + 1, 14]))
  })
})

describe('loadCorpus limits', () => {
  afterAll(removeTempDirs)

  it('should report a file over the default maxBytes as too large without reading it', async () => {
    const dir = await makeTempDir('sparse')
    await writeFile(join(dir, 'good.txt'), article000)
    // A sparse file: its size is over the limit but it takes no disk space and is never read.
    const handle = await open(join(dir, 'enormous.txt'), 'w')
    await handle.truncate(defaultMaxBytes + 1)
    await handle.close()
    const corpus = await loadCorpus(dir)
    expect(corpus.errors).toEqual([
      {
        path: join(dir, 'enormous.txt'),
        code: 'too-large',
        reason: tooLarge(defaultMaxBytes + 1, defaultMaxBytes),
      },
    ])
    expect(corpus.articles.map((article) => article.id)).toEqual(['good'])
  })

  it('should report a second file with the same id as a duplicate and keep the first', async () => {
    const dir = await makeTempDir('duplicate')
    await writeFile(join(dir, 'same.md'), article000)
    await writeFile(join(dir, 'same.txt'), article001)
    const corpus = await loadCorpus(dir)
    expect(corpus.articles.map((article) => article.file)).toEqual(['same.md'])
    expect(corpus.errors).toEqual([
      {
        path: expect.stringMatching(/same\.txt$/),
        code: 'duplicate-id',
        reason: expect.stringMatching(/"same"/),
      },
    ])
  })
})

describe('huge input', () => {
  const sentence = 'The delegation visited Dalian on October 17 and signed 33 agreements.'

  it('should parse a 2 MB single-line paragraph into its sentences with exact offsets', () => {
    const line = Array.from({ length: 30_000 }, () => sentence).join(' ')
    const text = `Huge Line\n\n${line}\n`
    expect(line.length).toBeGreaterThan(2_000_000)
    const article = parseArticle(text, { tree: false })
    expect(checkArticle(article)).toEqual([])
    expect(article.paragraphs).toHaveLength(1)
    const [paragraph] = article.paragraphs
    expect(paragraph).toMatchObject({ start: 11, end: 11 + line.length, line: 3, column: 1 })
    expect(paragraph!.sentences).toHaveLength(30_000)
    expect(paragraph!.sentences.every((unit) => unit.text === sentence)).toBe(true)
    expect(paragraph!.sentences.at(-1)).toMatchObject({
      end: 11 + line.length,
      line: 3,
      column: line.length - 68,
    })
    expect(inputRuleIds(article)).toEqual(['long-paragraph'])
  })

  it('should cut a 2 MB line without white space between, never inside, surrogate pairs', () => {
    const line = `a${'😀'.repeat(1_000_000)}`
    const article = parseArticle(`Emoji\n\n${line}`, { tree: false })
    expect(checkArticle(article)).toEqual([])
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual([line])
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
    const tokens = article.paragraphs[0]!.sentences.flatMap((unit) => unit.tokens)
    expect(tokens.filter((token) => loneSurrogate.test(token.text))).toEqual([])
  })

  // The generous limit only tells a hang from a finish; speed is measured by `npm run bench`, not here.
  it('should parse a 20 MB text of many paragraphs with every paragraph in place', () => {
    const body = article004.slice(article004.indexOf('\n\n') + 2).trim()
    const paragraphs: string[] = []
    let size = 0
    while (size < 20_000_000) {
      const paragraph = `Paragraph ${paragraphs.length}. ${body.replace(/\n+/g, ' ')}`
      paragraphs.push(paragraph)
      size += paragraph.length + 2
    }
    const text = `Huge Text\r\n\r\n${paragraphs.join('\r\n\r\n')}\r\n`
    const article = parseArticle(text, { tree: false })
    expect(checkArticle(article)).toEqual([])
    expect(article.paragraphs).toHaveLength(paragraphs.length)
    expect(article.paragraphs.every((paragraph, index) => paragraph.text === paragraphs[index])).toBe(true)
    expect(article.paragraphs.at(-1)).toMatchObject({ line: 1 + 2 * paragraphs.length, column: 1 })
    expect(article.title).toBe('Huge Text')
  }, 300_000)
})

describe('API misuse', () => {
  it('should throw a TypeError naming the value when parseArticle gets no string', () => {
    expect(() => parseArticle(42 as never)).toThrow(
      new TypeError(
        'parseArticle(text): expected `text` to be a string, got number 42; ' +
          "pass the article's text, e.g. readFileSync(path, 'utf8')",
      ),
    )
  })

  it('should throw a TypeError naming the value when parseArticle gets bad options', () => {
    expect(() => parseArticle('x', 'y' as never)).toThrow(TypeError)
    expect(() => parseArticle('x', 'y' as never)).toThrow(/`options` to be an object, got "y"/)
    expect(() => parseArticle('x', { id: 5 as never })).toThrow(
      /`options.id` to be a non-empty string, got number 5/,
    )
  })

  it('should reject loadCorpus(undefined) with a TypeError naming the value', async () => {
    await expect(loadCorpus(undefined as never)).rejects.toThrow(TypeError)
    await expect(loadCorpus(undefined as never)).rejects.toThrow(/`dir` to be a folder path, got undefined/)
  })

  it('should reject a folder that does not exist with its path', async () => {
    await expect(loadCorpus(join(corpusDir, 'no-such-folder'))).rejects.toThrow(
      /cannot read the folder .*no-such-folder/,
    )
  })
})

describe('fromJSON on malformed input', () => {
  const text = 'Port Report\n\nCargo rose.\u0007 Ships waited.\n'
  const good = () => JSON.parse(JSON.stringify(toJSON(parseArticle(text, { file: 'port.txt' }))))
  const sentence = 'paragraphs[0].sentences[0]'

  it('should read the unchanged serialised article', () => {
    const json = good()
    expect(json.messages.length).toBeGreaterThan(0)
    expect(toJSON(fromJSON(json))).toEqual(json)
  })

  it.each<[string, (json: ReturnType<typeof good>) => unknown]>([
    ['value', () => null],
    ['value', () => [1, 2]],
    ['format', (json) => ({ ...json, format: 'other' })],
    ['version', (json) => ({ ...json, version: 2 })],
    ['text', (json) => ({ ...json, text: 7 })],
    ['id', (json) => ({ ...json, id: 5 })],
    ['id', (json) => ({ ...json, id: '' })],
    ['title', (json) => ({ ...json, title: null })],
    ['file', (json) => ({ ...json, file: 3 })],
    ['meta', (json) => ({ ...json, meta: [] })],
    ['meta.count', (json) => ({ ...json, meta: { count: Number.NaN } })],
    ['meta.tags[1]', (json) => ({ ...json, meta: { tags: ['port', () => 1] } })],
    ['meta.place.size', (json) => ({ ...json, meta: { place: { size: Number.POSITIVE_INFINITY } } })],
    ['heading', (json) => ({ ...json, heading: 'Port Report' })],
    ['heading.start', (json) => ({ ...json, heading: { ...json.heading, start: '0' } })],
    ['paragraphs', (json) => ({ ...json, paragraphs: {} })],
    ['paragraphs[0]', (json) => ({ ...json, paragraphs: [null] })],
    ['paragraphs[0].start', (json) => ({ ...json, paragraphs: [{ ...json.paragraphs[0], start: 1.5 }] })],
    [
      'paragraphs[0].end',
      (json) => ({ ...json, paragraphs: [{ ...json.paragraphs[0], end: text.length + 1 }] }),
    ],
    [
      'paragraphs[0].sentences',
      (json) => ({ ...json, paragraphs: [{ ...json.paragraphs[0], sentences: 'x' }] }),
    ],
    [sentence, (json) => ({ ...json, paragraphs: [{ ...json.paragraphs[0], sentences: [5] }] })],
    [`${sentence}.tokens`, (json) => withSentence(json, { tokens: null })],
    [`${sentence}.tokens[0]`, (json) => withSentence(json, { tokens: ['w'] })],
    [`${sentence}.tokens[0]`, (json) => withSentence(json, { tokens: [[13, 18]] })],
    [`${sentence}.tokens[0]`, (json) => withSentence(json, { tokens: [[13, 18, 'x']] })],
    [`${sentence}.tokens[0]`, (json) => withSentence(json, { tokens: [[13, 18, 'constructor']] })],
    [`${sentence}.tokens[0]`, (json) => withSentence(json, { tokens: [[13, 18, ['w']]] })],
    [`${sentence}.tokens[0]`, (json) => withSentence(json, { tokens: [[13, 18, 'w', 'extra']] })],
    [`${sentence}.tokens[0].start`, (json) => withSentence(json, { tokens: [[2, 5, 'w']] })],
    [`${sentence}.tokens[0].end`, (json) => withSentence(json, { tokens: [[13, 40, 'w']] })],
    ['messages', (json) => ({ ...json, messages: {} })],
    ['messages[0]', (json) => ({ ...json, messages: ['oops'] })],
    ['messages[0].reason', (json) => withMessage(json, { reason: 3 })],
    ['messages[0].ruleId', (json) => withMessage(json, { ruleId: 5 })],
    ['messages[0].source', (json) => withMessage(json, { source: false })],
    ['messages[0].fatal', (json) => withMessage(json, { fatal: 'yes' })],
    ['messages[0].start', (json) => withMessage(json, { start: -1 })],
    ['messages[0].end', (json) => withMessage(json, { end: text.length + 1 })],
    ['messages[0].actual', (json) => withMessage(json, { actual: 1 })],
    ['messages[0].expected', (json) => withMessage(json, { expected: 'x' })],
    ['messages[0].expected[1]', (json) => withMessage(json, { expected: ['x', 2] })],
  ])('should throw a TypeError naming `%s`', (path, spoil) => {
    const bad = spoil(good())
    expect(() => fromJSON(bad)).toThrow(TypeError)
    expect(() => fromJSON(bad)).toThrow(`fromJSON(value): expected \`${path}\` to be `)
  })

  it('should throw a TypeError for a string that is not JSON', () => {
    expect(() => fromJSON('{"format": ')).toThrow(TypeError)
    expect(() => fromJSON('{"format": ')).toThrow(/expected valid JSON text/)
  })
})

function withSentence(json: ReturnType<typeof JSON.parse>, change: object) {
  const [paragraph] = json.paragraphs
  const [first, ...rest] = paragraph.sentences
  return { ...json, paragraphs: [{ ...paragraph, sentences: [{ ...first, ...change }, ...rest] }] }
}

function withMessage(json: ReturnType<typeof JSON.parse>, change: object) {
  return { ...json, messages: [{ ...json.messages[0], ...change }] }
}
