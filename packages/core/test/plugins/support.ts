/**
 * Running one annotation plugin on a small text, the two ways it can read text, and collecting what it found.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import type { Paragraph, Root, Sentence } from 'nlcst'
import retextEnglish from 'retext-english'
import { type Plugin, unified } from 'unified'
import { VFile } from 'vfile'
import { expect, it } from 'vitest'
import { parseArticle } from '../../src/lib/parse-article.js'
import type { ArticleProcessor } from '../../src/lib/processor.js'

/** How `annotate` runs the plugin. */
export interface RunOptions {
  /** Article date, as front matter would give it (`file.data.meta.date`). */
  readonly date?: string
  /**
   * Give the plugin an empty file, so it must read the text from the tree (`nlcst-to-string`) instead of
   * slicing the file's text.
   */
  readonly fromTree?: boolean
}

// biome-ignore lint/suspicious/noExplicitAny: each plugin has its own options type
type AnyPlugin = Plugin<[any?], Root>

/** Parse `text` with `retext-english` and run `plugin` on it, the way a unified user would. */
export function annotate(plugin: AnyPlugin, text: string, options: RunOptions = {}, settings?: object): Root {
  const processor = unified().use(retextEnglish).use(plugin, settings)
  const file = options.fromTree ? new VFile() : new VFile(text)
  if (options.date) file.data.meta = { date: options.date }
  return processor.runSync(processor.parse(text), file)
}

const bare = unified().use(retextEnglish).freeze() as unknown as ArticleProcessor

/**
 * Parse an article paragraph by paragraph, as `parseArticle` does, and run `plugin`'s transformer on two
 * copies of the tree: one reading the file's text, one reading the tree.
 */
export function annotateArticle(plugin: AnyPlugin, text: string): { fromText: Root; fromTree: Root } {
  const tree = parseArticle(text, { processor: bare }).tree!
  const fromTree = structuredClone(tree)
  // biome-ignore lint/suspicious/noExplicitAny: calling the attacher directly, outside a processor
  const transform = (plugin as any).call(unified())
  transform(tree, new VFile(text))
  transform(fromTree, new VFile())
  return { fromText: tree, fromTree }
}

/** The paragraphs of a tree, in order. */
export function paragraphsOf(tree: Root): Paragraph[] {
  return tree.children.filter((node): node is Paragraph => node.type === 'ParagraphNode')
}

/** The sentences of a tree, in order. */
export function sentencesOf(tree: Root): Sentence[] {
  return paragraphsOf(tree).flatMap((paragraph) =>
    paragraph.children.filter((node): node is Sentence => node.type === 'SentenceNode'),
  )
}

/** A fixture case: a text and what the plugin should find in it. */
export interface Case<Expected> {
  /** The text: one sentence, or a few for quotes that span sentences. */
  readonly sentence?: string
  /** The text of a paragraph (quotes). */
  readonly paragraph?: string
  /** Article date for resolving relative dates. */
  readonly date?: string
  /** Plugin options. */
  readonly options?: object
  /** What should be found, in order, each with its exact `text`. */
  readonly expected: readonly Expected[]
}

/** A short title for a case: what should be found, in which text. */
export function title(text: string, expected: readonly { readonly text: string }[], noun: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text
  const found =
    expected.length === 0 ? `no ${noun}` : expected.map((item) => JSON.stringify(item.text)).join(', ')
  return `should find ${found} in ${JSON.stringify(shown)}`
}

/** Read a fixture file of this folder. */
export function readCases<Expected>(name: string): readonly Case<Expected>[] {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Case<Expected>[]
}

/** Problems with findings that should lie in order, without overlapping, inside `[start, end)`. */
export function spanProblems(
  findings: readonly { readonly start: number; readonly end: number }[],
  start: number,
  end: number,
): string[] {
  const problems: string[] = []
  let previous = start
  for (const finding of findings) {
    if (finding.start < previous) problems.push(`${finding.start} starts before ${previous}`)
    if (finding.end <= finding.start) problems.push(`${finding.start}–${finding.end} is empty`)
    if (finding.end > end) problems.push(`${finding.end} ends after ${end}`)
    previous = finding.end
  }
  return problems
}

const word = fc.constantFrom(
  'the',
  'port',
  'signed',
  'Harbin',
  'Yantai',
  'group',
  'of',
  'in',
  'and',
  'a',
  'to',
)
const punctuation = fc.constantFrom('.', ',', ';', ':', '-', '(', ')', '!', '?', '/', '%', '—', '…', '。')
const space = fc.constantFrom(' ', ' ', ' ', '\u00A0', '\t', '\n', '\u3000', '\r\n')
const odd = fc.constantFrom('\u0007', '\u001b[31m', '\uFEFF', '😀', '\uD800', 'é', '<b>', '&amp;')

/**
 * Article-like text made mostly of `vocabulary` (the phrases a plugin looks for, and pieces of them),
 * with words, punctuation, numbers and odd characters between them, mostly separated by white space.
 */
export function articleLike(vocabulary: readonly string[]) {
  const piece = fc.oneof(
    { arbitrary: fc.constantFrom(...vocabulary), weight: 6 },
    { arbitrary: word, weight: 4 },
    { arbitrary: punctuation, weight: 2 },
    { arbitrary: fc.nat({ max: 3000 }).map(String), weight: 2 },
    { arbitrary: odd, weight: 1 },
  )
  const separator = fc.oneof(
    { arbitrary: space, weight: 8 },
    { arbitrary: fc.constant(''), weight: 3 },
    { arbitrary: fc.constant('\n\n'), weight: 1 },
  )
  return fc
    .array(fc.tuple(piece, separator), { maxLength: 60 })
    .map((pieces) => `Port News From Harbin\n\n${pieces.flat().join('')}`)
}

/**
 * One test per fixture case: `found` must read the case's expected findings off the tree, whether the
 * plugin reads the parsed text or the tree's own text.
 */
export function itFindsEachCase<Expected>(
  plugin: AnyPlugin,
  cases: readonly Case<Expected>[],
  found: (tree: Root, text: string) => unknown,
  noun: string,
): void {
  for (const item of cases) {
    const text = item.sentence!
    it(title(text, item.expected as readonly { readonly text: string }[], noun), () => {
      for (const fromTree of [false, true]) {
        const options: RunOptions = { fromTree, ...(item.date ? { date: item.date } : {}) }
        expect(found(annotate(plugin, text, options, item.options), text)).toEqual(item.expected)
      }
    })
  }
}

/** Offsets of a sentence node. */
export function sentenceSpan(sentence: Sentence): { start: number; end: number } {
  return { start: sentence.position!.start.offset!, end: sentence.position!.end.offset! }
}
