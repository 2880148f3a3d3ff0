/**
 * Visiting every sentence of an article tree.
 */
import type { Paragraph, Root, Sentence } from 'nlcst'

/**
 * Call `visit` for every sentence, in order, saying whether it is in the heading and which paragraph holds
 * it.
 *
 * The tree's shape is fixed (root → paragraphs → sentences), so a plain loop does; `unist-util-visit`
 * names a function per node, which costs more than the parse itself on this path.
 */
export function forEachSentence(
  tree: Root,
  visit: (sentence: Sentence, heading: boolean, paragraph: Paragraph) => void,
): void {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    const heading = paragraph.data?.heading === true
    for (const child of paragraph.children)
      if (child.type === 'SentenceNode') visit(child, heading, paragraph)
  }
}
