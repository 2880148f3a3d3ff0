/**
 * Wrapping article text to a width, keeping where every piece came from.
 *
 * Each line is a list of pieces, and each piece knows its offsets in the original text, so highlights
 * (entities, matches, a selected mention) are applied after wrapping by comparing offsets, and a scroll
 * position can be kept as an offset when the width changes. White space runs become one space; control
 * characters are shown as visible symbols; wide characters count two columns. Decorations (the brackets
 * that mark highlights when there is no colour) are inserted as text that takes room but has no offsets.
 */
import stringWidth from 'string-width'
import { toTerminalText } from '../lib/terminal-text.js'

/** Text inserted at an offset, such as `[` before a person's name. */
export interface Decoration {
  /** Offset in the original text it is inserted at. */
  readonly at: number
  /** The text inserted (terminal-safe, no white space). */
  readonly text: string
  /** Whether it opens (sticks to the text after it) or closes (sticks to the text before it). */
  readonly side: 'open' | 'close'
}

/** A stretch of a wrapped line. */
export interface Piece {
  /** What is shown: terminal-safe text. */
  readonly text: string
  /** Offset of the first character it shows, in the original text (for a decoration, where it is inserted). */
  readonly start: number
  /** Offset just past the last character it shows (for a decoration, equal to `start`). */
  readonly end: number
  /** Whether this is an inserted decoration rather than article text. */
  readonly decoration?: boolean
}

/** A line of wrapped text. */
export interface WrappedLine {
  /** Offset of the first character of the line. */
  readonly start: number
  /** Offset just past the last character of the line. */
  readonly end: number
  /** Pieces in order; words are separated by one-space pieces that cover the white space they replace. */
  readonly pieces: readonly Piece[]
  /** Columns the line takes. */
  readonly width: number
}

/** What to wrap. */
export interface WrapOptions {
  /** Offset where the text to wrap starts (default: 0). */
  readonly start?: number
  /** Offset where it ends (default: the end of the text). */
  readonly end?: number
  /** Columns available (at least 1). */
  readonly width: number
  /** Decorations to insert, in any order. */
  readonly decorations?: readonly Decoration[]
}

interface Word {
  readonly start: number
  readonly end: number
  readonly pieces: Piece[]
  width: number
}

const printable = /^[\x20-\x7e]*$/
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })

/** Columns `text` takes in a terminal. */
export function columns(text: string): number {
  return printable.test(text) ? text.length : stringWidth(text)
}

/** Wrap `text` (or the part from `start` to `end`) into lines of at most `width` columns. */
export function wrapText(text: string, options: WrapOptions): WrappedLine[] {
  const from = options.start ?? 0
  const to = options.end ?? text.length
  const width = Math.max(1, Math.floor(options.width))
  const words = findWords(text, from, to)
  if (words.length === 0) return []
  attachDecorations(text, words, options.decorations ?? [])

  const lines: WrappedLine[] = []
  let pieces: Piece[] = []
  let used = 0
  let previous: Word | undefined
  const flush = () => {
    if (pieces.length === 0) return
    const sourced = pieces.filter((piece) => !piece.decoration)
    const first = sourced[0] ?? pieces[0]!
    const last = sourced[sourced.length - 1] ?? pieces[pieces.length - 1]!
    lines.push({ start: first.start, end: last.end, pieces, width: used })
    pieces = []
    used = 0
  }
  for (const word of words) {
    if (used > 0 && used + 1 + word.width <= width) {
      pieces.push({ text: ' ', start: previous!.end, end: word.start })
      pieces.push(...word.pieces)
      used += 1 + word.width
    } else if (word.width <= width) {
      flush()
      pieces.push(...word.pieces)
      used = word.width
    } else {
      flush()
      for (const chunk of breakWord(word, width)) {
        pieces = chunk.pieces
        used = chunk.width
        flush()
      }
      // The last chunk of a broken word may share its line with the next words.
      const tail = lines.pop()!
      pieces = [...tail.pieces]
      used = tail.width
    }
    previous = word
  }
  flush()
  return lines
}

function findWords(text: string, from: number, to: number): Word[] {
  const words: Word[] = []
  const pattern = /\S+/gu
  pattern.lastIndex = from
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const start = match.index
    const end = Math.min(to, start + match[0].length)
    const shown = toTerminalText(text.slice(start, end))
    words.push({ start, end, pieces: [{ text: shown, start, end }], width: columns(shown) })
  }
  return words
}

function attachDecorations(text: string, words: readonly Word[], decorations: readonly Decoration[]): void {
  const byWord = new Map<Word, Decoration[]>()
  for (const decoration of decorations) {
    const word = wordFor(words, decoration)
    if (!word) continue
    const list = byWord.get(word) ?? []
    list.push(decoration)
    byWord.set(word, list)
  }
  for (const [word, list] of byWord) {
    const at = (decoration: Decoration) => Math.min(word.end, Math.max(word.start, decoration.at))
    // Stable: at one offset a closing mark comes before an opening one ("]" then "[").
    const sorted = list
      .map((decoration, index) => ({ decoration, index }))
      .sort(
        (a, b) =>
          at(a.decoration) - at(b.decoration) ||
          (a.decoration.side === b.decoration.side ? 0 : a.decoration.side === 'close' ? -1 : 1) ||
          a.index - b.index,
      )
      .map((item) => item.decoration)
    const pieces: Piece[] = []
    let cursor = word.start
    for (const decoration of sorted) {
      const offset = at(decoration)
      if (offset > cursor) pieces.push(sourcePiece(text, cursor, offset))
      pieces.push({ text: decoration.text, start: offset, end: offset, decoration: true })
      cursor = offset
    }
    if (cursor < word.end) pieces.push(sourcePiece(text, cursor, word.end))
    word.pieces.splice(0, word.pieces.length, ...pieces)
    word.width = pieces.reduce((sum, piece) => sum + columns(piece.text), 0)
  }
}

function sourcePiece(text: string, start: number, end: number): Piece {
  return { text: toTerminalText(text.slice(start, end)), start, end }
}

// An opening mark goes with the word it starts in (or the next one); a closing mark with the word it
// ends in (or the one before), so a mark never sits alone at the start or end of a line.
function wordFor(words: readonly Word[], decoration: Decoration): Word | undefined {
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (words[middle]!.end <= decoration.at) low = middle + 1
    else high = middle
  }
  // `low` is the first word ending after the offset.
  if (decoration.side === 'open') return words[low]
  const candidate = words[low]
  if (candidate && candidate.start < decoration.at) return candidate
  return words[low - 1] ?? candidate
}

function breakWord(word: Word, width: number): { pieces: Piece[]; width: number }[] {
  const chunks: { pieces: Piece[]; width: number }[] = []
  let pieces: Piece[] = []
  let used = 0
  const push = (piece: Piece, size: number) => {
    if (used + size > width && pieces.length > 0) {
      chunks.push({ pieces, width: used })
      pieces = []
      used = 0
    }
    const last = pieces[pieces.length - 1]
    if (last && !last.decoration && !piece.decoration && last.end === piece.start) {
      pieces[pieces.length - 1] = { text: last.text + piece.text, start: last.start, end: piece.end }
    } else {
      pieces.push(piece)
    }
    used += size
  }
  for (const piece of word.pieces) {
    if (piece.decoration) {
      push(piece, columns(piece.text))
      continue
    }
    // Shown text and source text have the same length (control characters are replaced one for one).
    let offset = piece.start
    for (const { segment } of segmenter.segment(piece.text)) {
      push({ text: segment, start: offset, end: offset + segment.length }, columns(segment))
      offset += segment.length
    }
  }
  if (pieces.length > 0) chunks.push({ pieces, width: used })
  return chunks
}

/** `text` cut to at most `width` columns, ending with `…` when cut (empty for no room). */
export function fit(text: string, width: number): string {
  if (width <= 0) return ''
  if (columns(text) <= width) return text
  let result = ''
  let used = 1
  for (const { segment } of segmenter.segment(text)) {
    const size = columns(segment)
    if (used + size > width) break
    result += segment
    used += size
  }
  return `${result.trimEnd()}…`
}

/** `text` cut or padded with spaces to exactly `width` columns (`right`: padded on the left). */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fitted = fit(text, width)
  const space = ' '.repeat(Math.max(0, width - columns(fitted)))
  return align === 'right' ? space + fitted : fitted + space
}
