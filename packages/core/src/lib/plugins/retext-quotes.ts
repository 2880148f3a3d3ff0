/**
 * `retext-quotes`: text between quotation marks in each paragraph (`"blue economy"`, `“smart port”`, `«…»`,
 * `「…」`), stored as `paragraph.data.quotes`. A quote may span sentences, so paragraphs are the unit.
 *
 * Translated news pairs its marks loosely (`" two free zones”`, `" old partners"`), so a straight mark is
 * read as opening or closing from the characters around it, and a mark that cannot be paired is dropped
 * without taking the rest of the paragraph with it.
 */
import type { Paragraph, Root } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import type { VFile } from 'vfile'
import { describe } from '../describe.js'
import type { QuoteFinding } from '../findings.js'
import { isWhiteSpace } from '../white-space.js'
import { closeSingleByDouble, closeStray, closesHere, isLetter } from './quote-strays.js'
import { sourceOf, textOf } from './text.js'

/** Options for `retextQuotes`. */
export interface Options {
  /** Pair curly single quotes (‘…’) where they cannot be apostrophes (default: `true`). */
  readonly single?: boolean | null
}

/** Which marks pair with which: each family is paired on its own, so families may nest. */
type Family = 'double' | 'single' | 'guillemet' | 'corner' | 'whiteCorner'

/** What a mark can do: open, close, or either (straight marks), within its family. */
interface Mark {
  readonly family: Family
  readonly role: 'open' | 'close' | 'either'
}

const marks: Record<string, Mark> = {
  '"': { family: 'double', role: 'either' },
  '＂': { family: 'double', role: 'either' },
  '“': { family: 'double', role: 'open' },
  '„': { family: 'double', role: 'open' },
  '”': { family: 'double', role: 'close' },
  '‘': { family: 'single', role: 'open' },
  '’': { family: 'single', role: 'close' },
  '«': { family: 'guillemet', role: 'open' },
  '»': { family: 'guillemet', role: 'close' },
  '「': { family: 'corner', role: 'open' },
  '」': { family: 'corner', role: 'close' },
  '『': { family: 'whiteCorner', role: 'open' },
  '』': { family: 'whiteCorner', role: 'close' },
}
// Opening and closing marks that belong together; any other pairing in the double family is mismatched.
const properPairs = new Set(['""', '＂＂', '“”', '„“', '„”'])
const rules: Record<Family, string> = {
  double: 'quote-pair',
  single: 'quote-single',
  guillemet: 'quote-guillemet',
  corner: 'quote-corner',
  whiteCorner: 'quote-corner',
}
// Each mark by its character code: reading the code at the place `markPattern.test` found needs no new
// string, where taking the regex's match made a string and an array for every mark (apostrophes included).
const markAt = new Map(
  Object.entries(marks).map(([char, mark]) => [char.charCodeAt(0), { ...mark, char }] as const),
)
const markPattern = /["＂“„”‘’«»「」『』]/g

/** An opening mark waiting for its closing mark. */
interface Open {
  readonly offset: number
  readonly char: string
}

/**
 * Find quoted text in every paragraph and store it as `paragraph.data.quotes`.
 */
export default function retextQuotes(options?: Readonly<Options> | null) {
  const single = options?.single ?? true
  if (typeof single !== 'boolean') {
    throw new TypeError(
      `retextQuotes(options): expected \`options.single\` to be a boolean, got ${describe(single)}`,
    )
  }

  return (tree: Root, file: VFile): undefined => {
    const source = sourceOf(tree, file)
    // A plain loop, not unist-util-visit: it calls a function per node, which costs more than the parse.
    const blocks = tree.children
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index]!
      if (block.type === 'ParagraphNode') annotate(block, source, single, nextParagraph(blocks, index + 1))
    }
  }
}

function nextParagraph(blocks: Root['children'], from: number): Paragraph | undefined {
  for (let index = from; index < blocks.length; index++) {
    const block = blocks[index]!
    if (block.type === 'ParagraphNode') return block
  }
  return undefined
}

// The first character of `paragraph`'s text, or undefined.
function firstChar(paragraph: Paragraph | undefined, source: string | undefined): string | undefined {
  const start = paragraph?.position?.start.offset
  if (paragraph === undefined || start === undefined) return undefined
  return textOf(paragraph, source, start, paragraph.position?.end.offset ?? start).trimStart()[0]
}

function annotate(
  paragraph: Paragraph,
  source: string | undefined,
  single: boolean,
  next: Paragraph | undefined,
): void {
  const base = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (base === undefined || end === undefined) return
  const text = textOf(paragraph, source, base, end)
  // The first mark, found once: the scan goes on from there.
  markPattern.lastIndex = 0
  if (!markPattern.test(text)) return
  const open = new Map<Family, Open>()
  const found: QuoteFinding[] = []
  if (base + text.length === end) scan(text, base, open, found, single, markPattern.lastIndex - 1)
  else {
    // Children that do not tile the paragraph (a hand-made tree): read each where it says it is.
    for (const child of paragraph.children) {
      const offset = child.position?.start.offset
      if (offset !== undefined) scan(nlcstToString(child), offset, open, found, single, 0)
    }
  }
  const left = open.get('double')
  // A quotation running over several paragraphs leaves its mark open at the end of each but the last, and
  // opens the next with the same mark: nothing in this one closes it.
  if (left !== undefined && firstChar(next, source) !== left.char)
    closeStray(text, base, left, base + text.length, found)
  const lone = open.get('single')
  if (lone !== undefined) closeStray(text, base, lone, base + text.length, found)
  if (found.length > 0) {
    paragraph.data ??= {}
    paragraph.data.quotes = nest(found)
  }
}

function scan(
  text: string,
  base: number,
  open: Map<Family, Open>,
  found: QuoteFinding[],
  single: boolean,
  from: number,
) {
  markPattern.lastIndex = from
  while (markPattern.test(text)) {
    const index = markPattern.lastIndex - 1
    const mark = markAt.get(text.charCodeAt(index))!
    const char = mark.char
    const before = index > 0 ? text.charCodeAt(index - 1) : -1
    // A doubled straight mark that opens or closes a word (`""AI + Education""`, as some translations
    // write one) is read as one mark; `""` between spaces is an empty pair.
    const doubled = char === '"' && text.charCodeAt(index + 1) === 0x22 && isDoubledMark(text, index, before)
    if (doubled) markPattern.lastIndex++
    const last = doubled ? index + 1 : index
    const after = last + 1 < text.length ? text.charCodeAt(last + 1) : -1
    const pending = open.get(mark.family)
    if (mark.family === 'single') {
      if (!single) continue
      // An apostrophe is never an opening mark; ‘ opens only at the start of a word, ’ closes only
      // where no letter follows ("Harbin’s" is a possessive).
      if (char === '‘') {
        if (opensHere(before) && !closesHere(after)) open.set('single', { offset: base + index, char })
        else if (isWhiteSpace(before) && isWhiteSpace(after)) closePadded(text, base, index, found)
      } else if (pending && !isLetter(after) && !isWhiteSpace(before)) {
        close(text, base, pending, base + index, char, 'single', found)
        open.delete('single')
      }
      continue
    }
    const role = roleOf(mark.role, before, after)
    if (pending && role !== 'open') {
      close(text, base, pending, base + index, char, mark.family, found)
      open.delete(mark.family)
    } else if (role !== 'close') {
      // A second opening mark means the first was never closed: start again here rather than pair
      // across the gap, so one stray mark loses one quote, not every quote after it, unless a mark of
      // the other kind closed it (`"bridgehead' in …`).
      if (pending) closeStray(text, base, pending, base + index, found)
      open.set(mark.family, { offset: base + last, char })
    } else if (mark.family === 'double' && single && open.has('single')) {
      // `‘chain leader" system`: a double mark that can only close, closing a single one left open.
      closeSingleByDouble(text, base, open.get('single')!, base + index, found)
      open.delete('single')
    }
  }
}

// Longest quote between single marks padded with spaces.
const maxPadded = 80

// "need ‘ quiet money ’ that …": a ‘ with white space on both sides at `index` opens a quote only with a ’
// padded the same way before it, with no other ‘ between; nothing else closes it.
function closePadded(text: string, base: number, index: number, found: QuoteFinding[]): void {
  const to = Math.min(text.length, index + maxPadded)
  for (let at = index + 2; at < to; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x2018) return
    if (code !== 0x2019 || !isWhiteSpace(text.charCodeAt(at - 1))) continue
    const after = at + 1 < text.length ? text.charCodeAt(at + 1) : -1
    if (!isLetter(after) && closesHere(after))
      close(text, base, { offset: base + index, char: '‘' }, base + at, '’', 'single', found)
    return
  }
}

// Whether the two straight marks at `index` open a word (`""AI`) or close one (`AI""`), not both or neither.
function isDoubledMark(text: string, index: number, before: number): boolean {
  const after = index + 2 < text.length ? text.charCodeAt(index + 2) : -1
  return opensHere(before) !== closesHere(after)
}

// Straight marks are read from their neighbours: `"word` opens and `word"` closes. A curly mark usually
// means what it looks like, but `” two free zones”` opens with a closing mark, so context can turn it.
function roleOf(role: Mark['role'], before: number, after: number): Mark['role'] {
  const opening = opensHere(before)
  const closing = closesHere(after)
  const context = opening && !closing ? 'open' : closing && !opening ? 'close' : 'either'
  if (role === 'either') return context
  if (role === 'open') return context === 'close' ? 'either' : 'open'
  return context === 'close' || !opening ? 'close' : 'either'
}

function close(
  text: string,
  base: number,
  pending: Open,
  offset: number,
  char: string,
  family: Family,
  found: QuoteFinding[],
): void {
  let start = pending.offset + 1
  let end = offset
  // The opening mark may lie in an earlier piece of the paragraph; trimming only needs this piece.
  // White space as `\s` matches it: the parser saw odd spaces as plain ones, so they trim the same way.
  while (start < end && start >= base && isWhiteSpace(text.charCodeAt(start - base))) start++
  while (end > start && end - 1 >= base && isWhiteSpace(text.charCodeAt(end - 1 - base))) end--
  if (start === end) return
  const rule =
    family === 'double' && !properPairs.has(pending.char + char) ? 'quote-mismatched' : rules[family]
  found.push({ start, end, open: pending.offset, close: offset, rule })
}

// Quotes of different families may nest (“the ‘Belt and Road’ idea”) but must not cross; a quote that
// crosses an earlier one is a misreading and is dropped.
function nest(found: QuoteFinding[]): QuoteFinding[] {
  if (found.length === 1) return found
  found.sort((a, b) => a.open - b.open)
  const kept: QuoteFinding[] = []
  const stack: QuoteFinding[] = []
  for (const quote of found) {
    while (stack.length > 0 && stack.at(-1)!.close < quote.open) stack.pop()
    const outer = stack.at(-1)
    if (outer && quote.close > outer.close) continue
    stack.push(quote)
    kept.push(quote)
  }
  return kept
}

// Before an opening mark: nothing, white space, an opening bracket, a dash, a slash or another mark.
function opensHere(code: number): boolean {
  return (
    code === -1 ||
    isWhiteSpace(code) ||
    code === 0x28 || // (
    code === 0x5b || // [
    code === 0x7b || // {
    code === 0x2d || // -
    code === 0x2f || // /
    code === 0x3a || // :
    code === 0x2013 ||
    code === 0x2014 ||
    code === 0x201c ||
    code === 0x2018 ||
    code === 0xab ||
    code === 0x300c ||
    code === 0x300e
  )
}
