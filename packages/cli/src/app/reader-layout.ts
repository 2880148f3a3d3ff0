/**
 * The reader's lines: the heading and the paragraphs of an article wrapped to a width, a blank line
 * between paragraphs, and (when shown) each problem the core found, under the paragraph it is in.
 */
import type { Article } from '@dalian-news/core'
import { toTerminalText } from '../lib/terminal-text.js'
import { type Mark, markDecorations, messageSpan } from './marks.js'
import { columns, type Piece, wrapText } from './wrap.js'

/** What a line of the reader shows. */
export type ReaderLineKind = 'heading' | 'text' | 'blank' | 'problem'

/** One line of the reader. */
export interface ReaderLine {
  /** What it shows. */
  readonly kind: ReaderLineKind
  /** Offset of its first character (for a blank or problem line, the end of the text before it). */
  readonly start: number
  /** Offset just past its last character. */
  readonly end: number
  /** Its pieces (see `wrapText`). */
  readonly pieces: readonly Piece[]
}

/** How to lay an article out. */
export interface ReaderLayoutOptions {
  /** Columns for the text. */
  readonly width: number
  /** Marks to show as brackets (when there is no colour); colours are applied later, by offset. */
  readonly decorate?: readonly Mark[]
  /** Whether to show the problems (`article.messages`) under their paragraph (default: false). */
  readonly problems?: boolean
}

const severity = (message: Article['messages'][number]) =>
  message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note'

function problemLines(messages: Article['messages'], at: number, width: number): ReaderLine[] {
  const lines: ReaderLine[] = []
  for (const message of messages) {
    const place = message.line ? `${message.line}:${message.column ?? 1} ` : ''
    const rule = message.ruleId ? ` (${message.ruleId})` : ''
    const text = toTerminalText(`⚠ ${place}${severity(message)}: ${message.reason}${rule}`)
    for (const line of wrapText(text, { width: Math.max(1, width - 2) })) {
      const shown = line.pieces.map((piece) => piece.text).join('')
      lines.push({
        kind: 'problem',
        start: at,
        end: at,
        pieces: [{ text: `  ${shown}`, start: at, end: at }],
      })
    }
  }
  return lines
}

/** Lay out `article` for the reader. */
export function layoutArticle(article: Article, options: ReaderLayoutOptions): ReaderLine[] {
  const width = Math.max(1, options.width)
  const decorations = options.decorate ? markDecorations(options.decorate) : []
  const regions = [
    ...(article.heading ? [{ ...article.heading, kind: 'heading' as const }] : []),
    ...article.paragraphs.map((paragraph) => ({ ...paragraph, kind: 'text' as const })),
  ]
  const messages = options.problems ? article.messages : []
  const placed = new Map<number, Article['messages'][number][]>()
  const unplaced: Article['messages'][number][] = []
  for (const message of messages) {
    const span = messageSpan(message, article.text.length)
    // A problem goes under the region it starts in, or under the region before it (front matter: the top).
    let index = -1
    if (span) for (let i = 0; i < regions.length && regions[i]!.start <= span.start; i++) index = i
    if (index === -1) unplaced.push(message)
    else placed.set(index, [...(placed.get(index) ?? []), message])
  }

  const lines: ReaderLine[] = problemLines(unplaced, 0, width)
  regions.forEach((region, index) => {
    if (lines.length > 0) lines.push({ kind: 'blank', start: region.start, end: region.start, pieces: [] })
    const inside = decorations.filter(
      (decoration) => decoration.at >= region.start && decoration.at <= region.end,
    )
    for (const line of wrapText(article.text, {
      start: region.start,
      end: region.end,
      width,
      decorations: inside,
    })) {
      lines.push({ kind: region.kind, start: line.start, end: line.end, pieces: line.pieces })
    }
    lines.push(...problemLines(placed.get(index) ?? [], region.end, width))
  })
  return lines
}

/**
 * Index of the line that shows `offset`: the last line starting at or before it (a blank line starts
 * where the next paragraph does, so it never wins over that paragraph's first line).
 */
export function lineOf(lines: readonly ReaderLine[], offset: number): number {
  let low = 0
  let high = lines.length - 1
  let found = 0
  while (low <= high) {
    const middle = (low + high) >> 1
    if (lines[middle]!.start <= offset) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found
}

/** Columns a reader line takes. */
export function lineWidth(line: ReaderLine): number {
  return line.pieces.reduce((sum, piece) => sum + columns(piece.text), 0)
}
