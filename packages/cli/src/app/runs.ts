/**
 * Styled runs: a wrapped line cut wherever a mark starts or ends, each run with the kinds of mark over it,
 * ready to be drawn as `<Text>` pieces.
 */
import type { Mark } from './marks.js'
import type { MarkKind } from './theme.js'
import type { Piece } from './wrap.js'

/** Text drawn with one style. */
export interface Run {
  /** Terminal-safe text. */
  readonly text: string
  /** The kinds of mark over it, outer first (empty for plain text). */
  readonly kinds: readonly MarkKind[]
}

/**
 * Cut `pieces` into runs by `marks` (any order). Decorations are plain runs. Neighbouring runs with the
 * same kinds are joined.
 */
export function toRuns(pieces: readonly Piece[], marks: readonly Mark[]): Run[] {
  if (pieces.length === 0) return []
  const lineStart = Math.min(...pieces.map((piece) => piece.start))
  const lineEnd = Math.max(...pieces.map((piece) => piece.end))
  const over = marks.filter((mark) => mark.start < lineEnd && mark.end > lineStart)
  const runs: Run[] = []
  const push = (text: string, kinds: readonly MarkKind[]) => {
    const last = runs[runs.length - 1]
    if (last && sameKinds(last.kinds, kinds)) runs[runs.length - 1] = { text: last.text + text, kinds }
    else runs.push({ text, kinds })
  }
  for (const piece of pieces) {
    if (piece.decoration || over.length === 0) {
      push(piece.text, [])
      continue
    }
    // A one-space piece stands for the white space it replaces: it is marked when that is inside a mark.
    if (piece.text === ' ' && piece.end - piece.start !== 1) {
      push(' ', kindsOver(over, piece.start, piece.end))
      continue
    }
    const cuts = new Set<number>([piece.start, piece.end])
    for (const mark of over) {
      if (mark.start > piece.start && mark.start < piece.end) cuts.add(mark.start)
      if (mark.end > piece.start && mark.end < piece.end) cuts.add(mark.end)
    }
    const points = [...cuts].sort((a, b) => a - b)
    for (let index = 0; index + 1 < points.length; index++) {
      const from = points[index]!
      const to = points[index + 1]!
      push(piece.text.slice(from - piece.start, to - piece.start), kindsOver(over, from, to))
    }
  }
  return runs
}

function kindsOver(marks: readonly Mark[], start: number, end: number): MarkKind[] {
  return marks
    .filter((mark) => mark.start <= start && mark.end >= end && end > start)
    .map((mark) => mark.kind)
}

function sameKinds(a: readonly MarkKind[], b: readonly MarkKind[]): boolean {
  return a.length === b.length && a.every((kind, index) => kind === b[index])
}
