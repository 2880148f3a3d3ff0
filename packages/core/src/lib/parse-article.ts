/**
 * `parseArticle`: text → NLCST tree (at once, or paragraph by paragraph) → annotation plugins → document
 * model; a huge article goes through the plugins in sections of whole paragraphs.
 */
import type { Root, RootContent } from 'nlcst'
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { PointAt } from './annotations.js'
import { createModelBuilder } from './build-model.js'
import { describe } from './describe.js'
import { readFrontMatter } from './front-matter.js'
import type { Article } from './model.js'
import { normalise, type Replacement } from './normalise.js'
import { parseParagraphs } from './parse-paragraphs.js'
import { type ArticleProcessor, processor as defaultProcessor } from './processor.js'
import { reportProblem } from './report.js'
import { findBlocks, groupSections, maxChunk, type Range, splitFirstLine } from './segment.js'

declare module 'vfile' {
  interface DataMap {
    /** The article's front-matter metadata, for plugins that need the article date. */
    meta: import('./model.js').ArticleMeta
  }
}

declare module 'nlcst' {
  interface ParagraphData {
    /** Whether this paragraph is the article's title line. */
    heading?: boolean | undefined
  }
}

/** Options for `parseArticle`. */
export interface ParseOptions {
  /** Identifier of the article (default: `file` without folder and extension, else a hash of the text). */
  readonly id?: string | null
  /** File the text came from, used for the id and in messages (default: none). */
  readonly file?: string | null
  /**
   * Keep the NLCST tree as `article.tree` (default: `true`; `loadCorpus` sets it to `false`). An article
   * over ~1 MB is annotated in sections of whole paragraphs, one tree at a time; its kept tree is one
   * root holding every section's paragraphs, so keeping it costs the memory the sections save.
   */
  readonly tree?: boolean | null
  /** Processor to parse and annotate with (default: the frozen `processor`; see `createProcessor`). */
  readonly processor?: ArticleProcessor | null
}

const maxReportsPerKind = 10

/**
 * Parse an article into the document model.
 *
 * Never throws for any string: problems in the text become `article.messages`.
 * Throws a `TypeError` when called with something other than a string.
 */
export function parseArticle(text: string, options?: Readonly<ParseOptions> | null): Article {
  if (typeof text !== 'string') {
    throw new TypeError(
      `parseArticle(text): expected \`text\` to be a string, got ${describe(text)}; pass the article's text, e.g. readFileSync(path, 'utf8')`,
    )
  }
  const settings = checkOptions(options)
  const file = new VFile({ value: text, ...(settings.file ? { path: settings.file } : {}) })
  const place = location(file)
  const normalised = normalise(text)
  const front = readFrontMatter(text)
  if (front.problem) reportProblem(file, front.problem, 'front-matter', place, { start: 0, end: front.end })
  reportReplacements(file, normalised.replacements, place)

  const blocks = findBlocks(normalised.text, front.end)
  const metaTitle = typeof front.meta.title === 'string' ? front.meta.title.trim() : undefined
  let heading: Range | undefined
  if (blocks.length > 0) {
    const [first, rest] = splitFirstLine(normalised.text, blocks[0]!)
    if (metaTitle === undefined || text.slice(first.start, first.end).trim() === metaTitle) {
      heading = first
      blocks.splice(0, 1, ...(rest ? [rest] : []))
    }
  }
  if (!heading && blocks.length === 0) {
    reportProblem(
      file,
      'Unexpected empty article: expected a title line and paragraphs',
      'empty-article',
      place,
    )
  }

  const proc = settings.processor ?? defaultProcessor
  const pointAt: PointAt = (offset) => place.toPoint(offset) ?? { line: 1, column: 1 }
  const paragraphs: Range[] = heading ? [heading, ...blocks] : blocks
  const sections = groupSections(paragraphs)
  const keepTree = settings.tree ?? true
  const builder = createModelBuilder(text, pointAt)
  // With more than one section, a kept tree gathers every section's nodes under one root.
  const kept: RootContent[] | undefined = keepTree && sections.length > 1 ? [] : undefined
  let tree: Root | undefined

  file.data.meta = front.meta
  file.data.parsedText = normalised.text
  let gapStart: number | undefined
  for (const [sectionIndex, section] of sections.entries()) {
    const ranges = paragraphs.slice(section.start, section.end)
    const nodes = parseParagraphs(proc, normalised.text, ranges, front.end, place)
    const children: RootContent[] = []
    for (let index = 0; index < ranges.length; index++) {
      const range = ranges[index]!
      const node = nodes[index]!
      if (section.start + index === 0 && heading) node.data = { heading: true }
      if (range.end - range.start > maxChunk) {
        reportProblem(
          file,
          `Unexpected paragraph of ${range.end - range.start} characters: parsed in pieces of at most ${maxChunk}`,
          'long-paragraph',
          place,
          range,
          'info',
        )
      }
      if (gapStart !== undefined && gapStart < range.start) {
        children.push({
          type: 'WhiteSpaceNode',
          value: normalised.text.slice(gapStart, range.start),
          position: span(place, gapStart, range.start),
        })
      }
      children.push(node)
      gapStart = range.end
    }
    // A whole article is one root spanning the text; a section's root spans its own nodes.
    const whole = sections.length === 1
    const root: Root = {
      type: 'RootNode',
      children,
      position: whole
        ? span(place, 0, text.length)
        : span(place, children[0]!.position!.start.offset!, children.at(-1)!.position!.end.offset!),
    }
    if (!whole) file.data.section = { index: sectionIndex, count: sections.length }
    proc.runSync(root, file)
    builder.add(root)
    if (whole) tree = root
    else kept?.push(...root.children)
  }
  if (kept) tree = { type: 'RootNode', children: kept, position: span(place, 0, text.length) }
  delete file.data.section

  return builder.finish({
    id: settings.id ?? idFromFile(settings.file) ?? `article-${hash(text)}`,
    ...(settings.file ? { file: settings.file } : {}),
    meta: front.meta,
    metaTitle,
    messages: file.messages,
    ...(keepTree && tree ? { tree } : {}),
  })
}

type Place = ReturnType<typeof location>

function span(place: Place, start: number, end: number) {
  const from = place.toPoint(start)
  const to = place.toPoint(end)
  return {
    start: { line: from?.line ?? 1, column: from?.column ?? 1, offset: start },
    end: { line: to?.line ?? 1, column: to?.column ?? 1, offset: end },
  }
}

function reportReplacements(file: VFile, replacements: readonly Replacement[], place: Place): void {
  const counts = new Map<Replacement['kind'], number>()
  for (const replacement of replacements) {
    if (replacement.kind === 'bom') continue
    const count = (counts.get(replacement.kind) ?? 0) + 1
    counts.set(replacement.kind, count)
    if (count > maxReportsPerKind) continue
    const found = quote(file.value.toString().slice(replacement.start, replacement.end))
    const [reason, ruleId] =
      replacement.kind === 'lone-surrogate'
        ? [`Unexpected lone surrogate ${found}: read as U+FFFD`, 'invalid-character']
        : replacement.kind === 'escape-sequence'
          ? [`Unexpected terminal escape sequence ${found}: read as white space`, 'control-character']
          : [`Unexpected control character ${found}: read as white space`, 'control-character']
    reportProblem(file, reason, ruleId, place, replacement)
  }
  for (const [kind, count] of counts) {
    if (count > maxReportsPerKind) {
      reportProblem(
        file,
        `Unexpected ${count} ${kind} characters in all; only the first ${maxReportsPerKind} are reported`,
        kind === 'lone-surrogate' ? 'invalid-character' : 'control-character',
        place,
      )
    }
  }
}

// JSON.stringify leaves DEL and the C1 controls raw, and a reason must never carry one to a terminal.
function quote(value: string): string {
  const unicodeEscape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  return JSON.stringify(value).replace(/[\u007F-\u009F]/g, unicodeEscape)
}

function checkOptions(options: Readonly<ParseOptions> | null | undefined): Readonly<ParseOptions> {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object') {
    throw new TypeError(
      `parseArticle(text, options): expected \`options\` to be an object, got ${describe(options)}; pass e.g. {id: 'my-article'}`,
    )
  }
  for (const key of ['id', 'file'] as const) {
    const value = options[key]
    if (value !== undefined && value !== null && (typeof value !== 'string' || value === '')) {
      throw new TypeError(
        `parseArticle(text, options): expected \`options.${key}\` to be a non-empty string, got ${describe(value)}`,
      )
    }
  }
  if (options.processor && typeof options.processor.parse !== 'function') {
    throw new TypeError(
      'parseArticle(text, options): expected `options.processor` to be a unified processor; build one with createProcessor(plugins)',
    )
  }
  return options
}

function idFromFile(file: string | null | undefined): string | undefined {
  if (!file) return undefined
  const base = file.split(/[\\/]/).at(-1) ?? file
  const dot = base.lastIndexOf('.')
  return (dot > 0 ? base.slice(0, dot) : base) || undefined
}

// FNV-1a, 32 bit: a short, stable, dependency-free id for texts that come without a file name.
function hash(text: string): string {
  let value = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index)
    value = Math.imul(value, 0x01000193)
  }
  return (value >>> 0).toString(16).padStart(8, '0')
}
