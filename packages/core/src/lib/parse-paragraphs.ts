/**
 * Parsing the paragraphs of an article into NLCST paragraph nodes whose positions refer to the whole text.
 *
 * A paragraph is parsed on its own (and a long one in chunks), its positions shifted to where it sits in
 * the text. A short article is parsed in one go instead, which needs no shifting and gives the same
 * nodes, because retext-english splits paragraphs and sentences at blank lines the same way; the few
 * places where parsing one paragraph differs from parsing it among others are checked for first.
 */
import type { Paragraph as ParagraphNode, Root } from 'nlcst'
import type { location } from 'vfile-location'
import { joinSentencesInNames } from './join-sentences.js'
import type { ArticleProcessor } from './processor.js'
import { chunk, maxChunk, type Range } from './segment.js'
import { shiftPositions } from './shift-positions.js'
import { splitMissedSentences } from './split-sentences.js'

type Place = ReturnType<typeof location>

/** Articles up to this long (code units) are parsed in one go, if nothing else stands in the way. */
export const maxWhole = maxChunk

// Parser extensions could treat a paragraph among others differently from one on its own.
const extensionKeys = ['nlcstParagraphExtensions', 'nlcstRootExtensions', 'nlcstSentenceExtensions'] as const

/**
 * Parse each of `ranges` (blank-line separated, trimmed, in text order) of the normalised `text` into a
 * paragraph node. `from` is where the body starts (after any front matter).
 */
export function parseParagraphs(
  proc: ArticleProcessor,
  text: string,
  ranges: readonly Range[],
  from: number,
  place: Place,
): ParagraphNode[] {
  return (
    parseWhole(proc, text, ranges, from, place) ??
    ranges.map((range) => parseParagraph(proc, text, range, place))
  )
}

/** Parse one paragraph (in chunks when it is long) and shift its positions into the whole text. */
export function parseParagraph(
  proc: ArticleProcessor,
  text: string,
  range: Range,
  place: Place,
): ParagraphNode {
  const children: ParagraphNode['children'] = []
  for (const piece of chunk(text, range)) {
    const root = proc.parse(text.slice(piece.start, piece.end))
    const origin = place.toPoint(piece.start)!
    shiftPositions(root, { line: origin.line, column: origin.column, offset: piece.start })
    gather(root, children)
  }
  return { type: 'ParagraphNode', children, position: span(place, range.start, range.end) }
}

// A chunk has no blank lines, but the parser starts a paragraph at every line break between sentences:
// their sentences and the white space between them make up the one paragraph.
function gather(root: Root, children: ParagraphNode['children']): void {
  for (const child of root.children) appendParsed(child, children)
}

// A parsed node into a paragraph's children: a paragraph's sentences, mended where retext-english ends them
// wrongly, and its white space; a sentence or white space as it is.
function appendParsed(child: Root['children'][number], children: ParagraphNode['children']): void {
  if (child.type === 'ParagraphNode') {
    joinSentencesInNames(child)
    splitMissedSentences(child)
    for (const node of child.children) children.push(node)
  } else if (child.type === 'SentenceNode' || child.type === 'WhiteSpaceNode') {
    children.push(child)
  }
}

/**
 * Parse the whole article as one string, then give each node to the paragraph whose range holds it; or
 * `undefined` when the article is long, or the parse may differ from paragraph-by-paragraph parsing.
 */
export function parseWhole(
  proc: ArticleProcessor,
  text: string,
  ranges: readonly Range[],
  from: number,
  place: Place,
): ParagraphNode[] | undefined {
  if (ranges.length === 0 || ranges.at(-1)!.end > maxWhole) return undefined
  for (const key of extensionKeys) if (proc.data(key) !== undefined) return undefined
  for (let index = 0; index < ranges.length; index++) {
    const range = ranges[index]!
    if (index > 0 && !safeStart(text, range)) return undefined
    if (index < ranges.length - 1 && !safeEnd(text, range)) return undefined
  }
  // Front matter becomes white space, so lines, columns and offsets stay where they are. The text ends
  // with the last paragraph: white space after it would become a sentence of its own and keep the
  // parser from merging a final "8." into one word.
  const end = ranges.at(-1)!.end
  const input =
    from > 0 ? text.slice(0, from).replace(/[^\n]/g, ' ') + text.slice(from, end) : text.slice(0, end)
  const root = proc.parse(input)
  const paragraphs: ParagraphNode[] = ranges.map((range) => ({
    type: 'ParagraphNode',
    children: [],
    position: span(place, range.start, range.end),
  }))
  let at = 0
  for (const child of root.children) {
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) return undefined
    while (at < ranges.length && start >= ranges[at]!.end) at++
    const range = ranges[at]
    if (!range || end <= range.start) {
      // Between paragraphs: only the white space of the gap, which the article tree gets anyway.
      if (child.type !== 'WhiteSpaceNode') return undefined
      continue
    }
    // A node across a paragraph boundary: the parser read the two as one.
    if (start < range.start || end > range.end) return undefined
    appendParsed(child, paragraphs[at]!.children)
  }
  return paragraphs
}

// Where the parser would treat a paragraph's first sentence differently after another paragraph:
// - one without a word before its terminal marker ("?! Yes.") joins the sentence before, not the one after;
// - one starting with a lower-case word, a comma or a semicolon joins the sentence before, which moves
//   that sentence's full stop into its last word;
// - a word and an apostrophe before white space ("o' clock") join when white space comes before them.
// So a paragraph must start with a capital or a digit, perhaps after opening quotes or brackets.
const safeFirst = /^["“‘«「『([]*[A-Z0-9]/
const apostropheWord = /^\S*['’](?:\s|$)/
// Where it would treat a paragraph's last sentence differently before another paragraph:
// - symbols after its terminal marker (`."*`) start the next sentence unless they are closing marks;
// - a closing apostrophe ("rock 'n' roll o'") joins the word before it when white space follows.
// So a paragraph must end with a letter or digit, or a terminal marker and closing marks: what
// `/(?:[A-Za-z0-9]|[.!?…‽]["'”’)\]}]*)$/` says of its last 100 code units, `safeEnd` reads from the end.

function safeStart(text: string, range: Range): boolean {
  const head = text.slice(range.start, Math.min(range.end, range.start + 100))
  return safeFirst.test(head) && !apostropheWord.test(head)
}

/**
 * Whether the paragraph at `range` ends the way no following paragraph changes. Read backwards from the
 * end with character codes: a regex anchored at the end would be tried at every one of the characters.
 */
export function safeEnd(text: string, range: Range): boolean {
  const from = Math.max(range.start, range.end - 100)
  let at = range.end
  while (at > from && isClosingMark(text.charCodeAt(at - 1))) at--
  if (at === from) return false
  const last = text.charCodeAt(at - 1)
  return isTerminalMarker(last) || (at === range.end && isAsciiLetterOrDigit(last))
}

// `"`, `'`, `”`, `’`, `)`, `]` and `}`.
function isClosingMark(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0x29 ||
    code === 0x5d ||
    code === 0x7d
  )
}

// `.`, `!`, `?`, `…` and `‽`.
function isTerminalMarker(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x203d
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

function span(place: Place, start: number, end: number) {
  const from = place.toPoint(start)
  const to = place.toPoint(end)
  return {
    start: { line: from?.line ?? 1, column: from?.column ?? 1, offset: start },
    end: { line: to?.line ?? 1, column: to?.column ?? 1, offset: end },
  }
}
