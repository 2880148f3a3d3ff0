/**
 * `toJSON` / `fromJSON`: a compact, versioned JSON form of an article.
 *
 * The text is stored once; units are stored as offsets only, and everything
 * derivable (unit text, lines and columns, indices, stats) is rebuilt on load.
 * `toJSON(fromJSON(toJSON(article)))` is identical to `toJSON(article)`.
 */
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import { describe } from './describe.js'
import { expectArray, expectRecord, expectString, fail } from './json-checks.js'
import type { Article, ArticleMeta, MetaValue, Paragraph, Sentence, Token, TokenKind } from './model.js'
import {
  annotationsFromJSON,
  annotationsToJSON,
  type SerialisedAnnotations,
} from './serialise-annotations.js'
import { type Diagnostic, messageFromJSON, messageToJSON } from './serialise-messages.js'
import { computeStats, createParagraph, createSentence, createToken } from './units.js'

export type { Diagnostic } from './serialise-messages.js'

/** Value of `format` in serialised articles. */
export const articleFormat = 'dalian-news/article'
/** Version of the serialised form this code reads and writes. */
export const articleFormatVersion = 1

/** A token as `[start, end, kind]`, kind being `w`ord, `p`unctuation, `s`ymbol or white space (`_`). */
export type SerialisedToken = readonly [start: number, end: number, kind: 'w' | 'p' | 's' | '_']

/** A serialised sentence. */
export interface SerialisedSentence {
  readonly start: number
  readonly end: number
  readonly tokens: readonly SerialisedToken[]
}

/** A serialised paragraph. */
export interface SerialisedParagraph {
  readonly start: number
  readonly end: number
  readonly sentences: readonly SerialisedSentence[]
}

/** The JSON form of an article. */
export interface SerialisedArticle extends SerialisedAnnotations {
  readonly format: typeof articleFormat
  readonly version: typeof articleFormatVersion
  readonly id: string
  readonly file: string | null
  readonly title: string
  readonly text: string
  readonly meta: ArticleMeta
  readonly heading: SerialisedParagraph | null
  readonly paragraphs: readonly SerialisedParagraph[]
  readonly messages: readonly Diagnostic[]
}

const kindCodes: Record<TokenKind, SerialisedToken[2]> = {
  word: 'w',
  punctuation: 'p',
  symbol: 's',
  whitespace: '_',
}
const codeKinds = Object.fromEntries(Object.entries(kindCodes).map(([kind, code]) => [code, kind])) as Record<
  SerialisedToken[2],
  TokenKind
>

/**
 * Turn an article into plain JSON data (the tree is left out).
 */
export function toJSON(article: Article): SerialisedArticle {
  if (!article || typeof article !== 'object' || typeof article.text !== 'string') {
    throw new TypeError(
      `toJSON(article): expected an article from parseArticle or fromJSON, got ${describe(article)}`,
    )
  }
  return {
    format: articleFormat,
    version: articleFormatVersion,
    id: article.id,
    file: article.file ?? null,
    title: article.title,
    text: article.text,
    meta: article.meta,
    heading: article.heading ? paragraphToJSON(article.heading) : null,
    paragraphs: article.paragraphs.map(paragraphToJSON),
    ...annotationsToJSON(article),
    messages: article.messages.map(messageToJSON),
  }
}

function paragraphToJSON(paragraph: Paragraph): SerialisedParagraph {
  return {
    start: paragraph.start,
    end: paragraph.end,
    sentences: paragraph.sentences.map((sentence) => ({
      start: sentence.start,
      end: sentence.end,
      tokens: sentence.tokens.map(
        (token): SerialisedToken => [token.start, token.end, kindCodes[token.kind]],
      ),
    })),
  }
}

/**
 * Rebuild an article from `toJSON` output (an object, or its JSON string).
 * Throws a `TypeError` naming the first malformed field.
 */
export function fromJSON(value: unknown): Article {
  let data = value
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value)
    } catch (error) {
      throw new TypeError(`fromJSON(value): expected valid JSON text, got a parse error: ${String(error)}`)
    }
  }
  const record = expectRecord(data, 'value')
  if (record.format !== articleFormat) fail('format', `"${articleFormat}"`, record.format)
  if (record.version !== articleFormatVersion) fail('version', String(articleFormatVersion), record.version)
  const text = expectString(record.text, 'text')
  const id = expectString(record.id, 'id')
  if (id === '') fail('id', 'a non-empty string', id)
  const title = expectString(record.title, 'title')
  const file =
    record.file === null || record.file === undefined ? undefined : expectString(record.file, 'file')
  const meta = expectMeta(record.meta, 'meta')
  const place = location(new VFile(text))
  const at = (offset: number) => {
    const point = place.toPoint(offset)
    return { line: point?.line ?? 1, column: point?.column ?? 1 }
  }
  const reader = new UnitReader(text, at)
  const heading =
    record.heading === null || record.heading === undefined
      ? undefined
      : reader.paragraph(record.heading, 'heading', -1)
  const paragraphs = expectArray(record.paragraphs, 'paragraphs').map((item, index) =>
    reader.paragraph(item, `paragraphs[${index}]`, index),
  )
  const file_ = new VFile({ value: text, ...(file ? { path: file } : {}) })
  const messages = expectArray(record.messages, 'messages').map((item, index) =>
    messageFromJSON(item, `messages[${index}]`, text.length, place, file_),
  )
  const sentences = [...(heading ? [heading] : []), ...paragraphs].flatMap((paragraph) => paragraph.sentences)
  return {
    id,
    ...(file === undefined ? {} : { file }),
    title,
    text,
    meta,
    ...(heading ? { heading } : {}),
    paragraphs,
    stats: computeStats(text, heading, paragraphs),
    ...annotationsFromJSON(record, text, at, sentences),
    messages,
  }
}

class UnitReader {
  private sentenceIndex = 0
  private cursor = 0

  constructor(
    private readonly text: string,
    private readonly at: (offset: number) => { line: number; column: number },
  ) {}

  paragraph(value: unknown, path: string, index: number): Paragraph {
    const record = expectRecord(value, path)
    const [start, end] = this.range(record, path)
    const sentences = expectArray(record.sentences, `${path}.sentences`).map((item, position) =>
      this.sentence(item, `${path}.sentences[${position}]`, start, end),
    )
    this.cursor = end
    return createParagraph(this.text, start, end, this.at(start), index, sentences)
  }

  private sentence(value: unknown, path: string, min: number, max: number): Sentence {
    const record = expectRecord(value, path)
    const [start, end] = this.range(record, path, min, max)
    let cursor = start
    const tokens: Token[] = expectArray(record.tokens, `${path}.tokens`).map((item, position) => {
      const where = `${path}.tokens[${position}]`
      const tuple = expectArray(item, where)
      // Own keys only: `codeKinds.constructor` and a key coerced from `['w']` must not pass as kinds.
      const code = tuple[2]
      const kind =
        typeof code === 'string' && Object.hasOwn(codeKinds, code) ? codeKinds[code as 'w'] : undefined
      if (tuple.length !== 3 || !kind) fail(where, '[start, end, "w" | "p" | "s" | "_"]', item)
      const [from, to] = this.offsets(tuple[0], tuple[1], where, cursor, end)
      cursor = to
      return createToken(this.text, from, to, this.at(from), kind)
    })
    this.cursor = end
    return createSentence(this.text, start, end, this.at(start), this.sentenceIndex++, tokens)
  }

  private range(record: Record<string, unknown>, path: string, min = this.cursor, max = this.text.length) {
    return this.offsets(record.start, record.end, path, Math.max(min, this.cursor), max)
  }

  // Units must lie inside their parent, in order, without overlapping.
  private offsets(start: unknown, end: unknown, path: string, min: number, max: number): [number, number] {
    if (!Number.isInteger(start) || (start as number) < min || (start as number) > max) {
      fail(`${path}.start`, `an integer from ${min} to ${max}`, start)
    }
    if (!Number.isInteger(end) || (end as number) < (start as number) || (end as number) > max) {
      fail(`${path}.end`, `an integer from ${start as number} to ${max}`, end)
    }
    return [start as number, end as number]
  }
}

function expectMeta(value: unknown, path: string): ArticleMeta {
  const record = expectRecord(value, path)
  for (const [key, item] of Object.entries(record)) checkMetaValue(item, `${path}.${key}`)
  return record as ArticleMeta
}

function checkMetaValue(value: unknown, path: string): asserts value is MetaValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return
  if (typeof value === 'number' && Number.isFinite(value)) return
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      checkMetaValue(item, `${path}[${index}]`)
    })
    return
  }
  if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) checkMetaValue(item, `${path}.${key}`)
    return
  }
  fail(path, 'a JSON value', value)
}
