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
    /**
     * Set while a huge article goes through the plugins in sections: which section the tree is (from 0)
     * and how many there are, so a plugin that reports on the whole article can wait for the last one.
     */
    section: { readonly index: number; readonly count: number }
  }
}

/**
 * The parsed text of `file`, when it is the text `tree` was parsed from: the tree spans all of it, or,
 * for a section of a huge article, part of it.
 */
export function sourceOf(tree: Root, file: VFile): string | undefined {
  const text = file.data.parsedText
  const end = tree.position?.end.offset
  return typeof text === 'string' && end !== undefined && end <= text.length ? text : undefined
}

/** The text of `node`, which spans `[start, end)`: sliced from `source` when there is one. */
export function textOf(node: Nodes, source: string | undefined, start: number, end: number): string {
  return source === undefined ? nlcstToString(node) : source.slice(start, end)
}
