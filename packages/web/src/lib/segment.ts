/**
 * Highlight segmentation: cut a stretch of text into plain runs and marked runs, nesting marks that lie
 * inside other marks, so it can be rendered as text nodes and elements — never as HTML.
 *
 * Marks may nest (a place inside an organization's name) or cross (a diagnostic that starts in one mention
 * and ends in the next). A crossing mark is split where its container ends, and its pieces are numbered,
 * so every character of every mark is still marked and the first piece can carry the mark's anchor.
 */

/** A stretch of text to mark, with whatever the renderer needs to know about it. */
export interface Mark<T> {
  /** Offset of the first character (zero-length marks are points, e.g. a message at a position). */
  readonly start: number
  /** Offset just past the last character. */
  readonly end: number
  /** What the mark stands for. */
  readonly data: T
}

/** A run of unmarked text. */
export interface TextSegment {
  /** Discriminant. */
  readonly kind: 'text'
  /** Offset of the first character. */
  readonly start: number
  /** Offset just past the last character. */
  readonly end: number
  /** The text, `text.slice(start, end)`. */
  readonly text: string
}

/** A marked run (or a piece of one), with what is inside it. */
export interface MarkSegment<T> {
  /** Discriminant. */
  readonly kind: 'mark'
  /** Offset of the first character of this piece. */
  readonly start: number
  /** Offset just past the last character of this piece. */
  readonly end: number
  /** The mark this piece belongs to. */
  readonly mark: Mark<T>
  /** 0 for the first piece of the mark, 1 and up for the pieces a crossing mark was split into. */
  readonly piece: number
  /** Text and marks inside this piece. */
  readonly children: readonly Segment<T>[]
}

/** A piece of segmented text. */
export type Segment<T> = TextSegment | MarkSegment<T>

interface Piece<T> {
  readonly start: number
  readonly end: number
  readonly mark: Mark<T>
  readonly piece: number
  readonly order: number
}

// Outer marks first: earlier start, then longer, then the order they were given in.
const before = <T>(a: Piece<T>, b: Piece<T>) => a.start - b.start || b.end - a.end || a.order - b.order

function insertSorted<T>(queue: Piece<T>[], item: Piece<T>): void {
  let index = queue.length
  while (index > 0 && before(queue[index - 1]!, item) > 0) index--
  queue.splice(index, 0, item)
}

/**
 * Segment `text.slice(from, to)` by `marks` (offsets into the whole `text`). Marks outside the range are
 * left out, marks reaching over its edges are clipped to it. Concatenating the text of every `text`
 * segment, depth first, gives `text.slice(from, to)` back.
 */
export function segmentText<T>(
  text: string,
  from: number,
  to: number,
  marks: readonly Mark<T>[],
): Segment<T>[] {
  const queue: Piece<T>[] = []
  marks.forEach((mark, order) => {
    const start = Math.max(mark.start, from)
    const end = Math.min(mark.end, to)
    const point = mark.start === mark.end && mark.start >= from && mark.start <= to
    if (end > start || point) queue.push({ start, end, mark, piece: 0, order })
  })
  queue.sort(before)
  return build(text, from, to, queue)
}

function build<T>(text: string, from: number, to: number, queue: Piece<T>[]): Segment<T>[] {
  const out: Segment<T>[] = []
  let cursor = from
  const plain = (end: number) => {
    if (end > cursor) out.push({ kind: 'text', start: cursor, end, text: text.slice(cursor, end) })
  }
  while (queue.length > 0) {
    const outer = queue.shift()!
    plain(outer.start)
    const inner: Piece<T>[] = []
    while (queue.length > 0 && queue[0]!.start < outer.end) {
      const next = queue.shift()!
      if (next.end <= outer.end) inner.push(next)
      else {
        inner.push({ ...next, end: outer.end })
        insertSorted(queue, { ...next, start: outer.end, piece: next.piece + 1 })
      }
    }
    out.push({
      kind: 'mark',
      start: outer.start,
      end: outer.end,
      mark: outer.mark,
      piece: outer.piece,
      children: build(text, outer.start, outer.end, inner),
    })
    cursor = Math.max(cursor, outer.end)
  }
  plain(to)
  return out
}
