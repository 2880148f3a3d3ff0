/**
 * Moving the positions of a tree parsed from a slice of the text to where the slice sits in the whole.
 */
import type { Node, Parent, Point } from 'unist'

/**
 * Shift every position in `tree`, parsed from a slice of the text that starts at `origin`, so that
 * offsets, lines and columns refer to the whole text.
 *
 * A slice's first line starts at `origin.column`; later lines start at column 1, so only points on
 * the slice's first line move sideways. This runs once per node of every article, so it walks the
 * tree with a plain loop: `unist-util-visit` names a function per node, which costs more than the
 * parse itself here.
 */
export function shiftPositions(tree: Node, origin: Required<Point>): void {
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    const position = node.position
    if (position) {
      position.start = shift(position.start, origin)
      position.end = shift(position.end, origin)
    }
    const children = (node as Partial<Parent>).children
    if (children) for (const child of children) stack.push(child)
  }
}

function shift(point: Point, origin: Required<Point>): Point {
  return {
    line: point.line + origin.line - 1,
    column: point.line === 1 ? point.column + origin.column - 1 : point.column,
    offset: (point.offset ?? 0) + origin.offset,
  }
}
