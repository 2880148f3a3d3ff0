/**
 * Turning an annotated NLCST tree into the plain document model.
 *
 * Only offsets and small records are copied out of the tree, so the tree can be
 * dropped as soon as this returns.
 */
import type { Node, Root, SentenceContent } from 'nlcst'
import type { VFileMessage } from 'vfile-message'
import { collectAnnotations, type PointAt } from './annotations.js'
import type { Article, ArticleMeta, Paragraph, Sentence, Token, TokenKind } from './model.js'
import { computeStats, createParagraph, createSentence, createToken } from './units.js'

/** Everything `buildModel` needs. */
export interface ModelInput {
  readonly id: string
  readonly file?: string
  readonly text: string
  readonly meta: ArticleMeta
  readonly metaTitle: string | undefined
  readonly tree: Root
  readonly messages: readonly VFileMessage[]
  readonly keepTree: boolean
  readonly pointAt: PointAt
}

const tokenKinds: Record<SentenceContent['type'], TokenKind> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  SourceNode: 'symbol',
  WhiteSpaceNode: 'whitespace',
}

/**
 * Build the article record from the annotated tree.
 */
export function buildModel(input: ModelInput): Article {
  const { text, tree } = input
  let sentenceIndex = 0
  let heading: Paragraph | undefined
  const paragraphs: Paragraph[] = []

  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode') continue
    const isHeading = node.data?.heading === true
    const sentences: Sentence[] = []
    for (const child of node.children) {
      if (child.type !== 'SentenceNode') continue
      const tokens: Token[] = child.children.map((token) => {
        const [start, end] = offsets(token)
        return createToken(text, start, end, token.position!.start, tokenKinds[token.type])
      })
      const [start, end] = offsets(child)
      sentences.push(createSentence(text, start, end, child.position!.start, sentenceIndex++, tokens))
    }
    const [start, end] = offsets(node)
    const paragraph = createParagraph(
      text,
      start,
      end,
      node.position!.start,
      isHeading ? -1 : paragraphs.length,
      sentences,
    )
    if (isHeading) heading = paragraph
    else paragraphs.push(paragraph)
  }

  return {
    id: input.id,
    ...(input.file === undefined ? {} : { file: input.file }),
    title: input.metaTitle ?? heading?.text ?? '',
    text,
    meta: input.meta,
    ...(heading ? { heading } : {}),
    paragraphs,
    stats: computeStats(text, heading, paragraphs),
    ...collectAnnotations(tree, text, input.pointAt),
    messages: input.messages,
    ...(input.keepTree ? { tree } : {}),
  }
}

function offsets(node: Node): [number, number] {
  return [node.position!.start.offset!, node.position!.end.offset!]
}
