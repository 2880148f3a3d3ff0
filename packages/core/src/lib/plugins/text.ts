/**
 * The text plugins match their patterns against: the normalised text `parseArticle` parsed (same
 * length as the original, so offsets carry over), or the tree's own text when run on a tree from
 * elsewhere. Slicing the text is much cheaper than joining a sentence's nodes with nlcst-to-string.
 */
import type { Nodes, Root } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import type { VFile } from 'vfile'

declare module 'vfile' {
  interface DataMap {
    /** The text the tree was parsed from: the original with odd characters replaced one for one. */
    parsedText: string
  }
}

/** The parsed text of `file`, when it is the text `tree` was parsed from. */
export function sourceOf(tree: Root, file: VFile): string | undefined {
  const text = file.data.parsedText
  return typeof text === 'string' && text.length === tree.position?.end.offset ? text : undefined
}

/** The text of `node`, which spans `[start, end)`: sliced from `source` when there is one. */
export function textOf(node: Nodes, source: string | undefined, start: number, end: number): string {
  return source === undefined ? nlcstToString(node) : source.slice(start, end)
}
