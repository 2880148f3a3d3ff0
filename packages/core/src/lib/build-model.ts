/**
 * Turning annotated NLCST trees into the plain document model.
 *
 * Only offsets and small records are copied out of a tree, so each tree can be
 * dropped as soon as it is added: a huge article annotated in sections never
 * holds more than one section's tree.
 */
import type { Paragraph as ParagraphNode, Root, SentenceContent } from 'nlcst'
import type { VFileMessage } from 'vfile-message'
import { createAnnotationCollector, type PointAt } from './annotations.js'
import type { Article, ArticleMeta, Paragraph, Sentence, Token, TokenKind } from './model.js'
import { createParagraph, createSentence, createStats, createToken } from './units.js'

/** Everything about an article `ModelBuilder.finish` needs besides its trees. */
export interface ArticleInput {
  readonly id: string
  readonly file?: string
  readonly meta: ArticleMeta
  readonly metaTitle: string | undefined
  readonly messages: readonly VFileMessage[]
  /** The tree to keep as `article.tree`, if any. */
  readonly tree?: Root
}

/** Everything `buildModel` needs. */
export interface ModelInput extends Omit<ArticleInput, 'tree'> {
  readonly text: string
  readonly tree: Root
  readonly keepTree: boolean
  readonly pointAt: PointAt
}

/** Builds one article's model from its annotated trees, added in text order. */
export interface ModelBuilder {
  /** Copy the paragraphs, sentences, tokens and findings out of `tree`. */
  add(tree: Root): void
  /** The article record. */
  finish(input: ArticleInput): Article
}

// A chain of comparisons rather than a lookup table keyed by the node type: this runs for every token.
function tokenKind(type: SentenceContent['type']): TokenKind {
  if (type === 'WordNode') return 'word'
  if (type === 'WhiteSpaceNode') return 'whitespace'
  return type === 'PunctuationNode' ? 'punctuation' : 'symbol'
}

/**
 * Start building the model of an article whose text is `text`.
 */
export function createModelBuilder(text: string, pointAt: PointAt): ModelBuilder {
  const annotations = createAnnotationCollector(text, pointAt)
  const paragraphs: Paragraph[] = []
  let heading: Paragraph | undefined
  let sentenceIndex = 0
  // Counted on the way for the stats, rather than in a second walk over every token.
  let bodyWords = 0
  let bodySentences = 0
  let headingWords = 0
  let headingSentences = 0

  // One walk over the tree builds the units and collects the findings.
  const addParagraph = (node: ParagraphNode) => {
    const isHeading = node.data?.heading === true
    annotations.paragraph(node)
    const sentences: Sentence[] = []
    let words = 0
    for (const child of node.children) {
      if (child.type !== 'SentenceNode') continue
      const nodes = child.children
      const tokens: Token[] = new Array(nodes.length)
      for (let index = 0; index < nodes.length; index++) {
        const token = nodes[index]!
        const position = token.position!
        const start = position.start
        const kind = tokenKind(token.type)
        if (kind === 'word') words++
        tokens[index] = createToken(text, start.offset!, position.end.offset!, start, kind)
      }
      const position = child.position!
      const index = sentenceIndex++
      sentences.push(
        createSentence(text, position.start.offset!, position.end.offset!, position.start, index, tokens),
      )
      annotations.sentence(child, index)
    }
    const position = node.position!
    const paragraph = createParagraph(
      text,
      position.start.offset!,
      position.end.offset!,
      position.start,
      isHeading ? -1 : paragraphs.length,
      sentences,
    )
    if (isHeading) {
      heading = paragraph
      headingWords = words
      headingSentences = sentences.length
    } else {
      paragraphs.push(paragraph)
      bodyWords += words
      bodySentences += sentences.length
    }
  }

  return {
    add(tree) {
      for (const node of tree.children) if (node.type === 'ParagraphNode') addParagraph(node)
    },
    finish(input) {
      return {
        id: input.id,
        ...(input.file === undefined ? {} : { file: input.file }),
        title: input.metaTitle ?? heading?.text ?? '',
        text,
        meta: input.meta,
        ...(heading ? { heading } : {}),
        paragraphs,
        stats: createStats(
          text.length,
          headingWords + bodyWords,
          headingSentences + bodySentences,
          paragraphs.length,
        ),
        ...annotations.finish(),
        messages: input.messages,
        ...(input.tree ? { tree: input.tree } : {}),
      }
    },
  }
}

/**
 * Build the article record from one annotated tree.
 */
export function buildModel(input: ModelInput): Article {
  const builder = createModelBuilder(input.text, input.pointAt)
  builder.add(input.tree)
  const { tree, keepTree, text: _text, pointAt: _pointAt, ...rest } = input
  return builder.finish({ ...rest, ...(keepTree ? { tree } : {}) })
}
