/**
 * Ending sentences where retext-english does not: after a day number followed by a full stop and a
 * capital ("… on March 5. He said …"). The parser reads "5." as an ordinal and runs the sentences
 * together, which would give the second sentence's speaker to the first.
 */
import type { Paragraph, Punctuation, Sentence, SentenceContent, WhiteSpace, Word } from 'nlcst'

const number = /^\d{1,4}$/

/** Split the sentences of `paragraph` after a number that ends with a full stop before a capital. */
export function splitSentencesAfterNumbers(paragraph: Paragraph): void {
  // Most paragraphs have nothing to split: their children are only copied from the first split on.
  let children: Paragraph['children'] | undefined
  const nodes = paragraph.children
  for (let index = 0; index < nodes.length; index++) {
    const child = nodes[index]!
    const parts = child.type === 'SentenceNode' && hasSplit(child) ? splitSentence(child) : undefined
    if (parts) {
      children ??= nodes.slice(0, index)
      for (const part of parts) children.push(part)
    } else children?.push(child)
  }
  if (children) paragraph.children = children
}

// Whether the sentence has a place to split, found without copying anything.
function hasSplit(sentence: Sentence): boolean {
  const nodes = sentence.children
  for (let index = 0; index + 2 < nodes.length; index++) {
    if (isSplit(nodes, index)) return true
  }
  return false
}

// A number with its full stop at `index`, then white space and a capital.
function isSplit(nodes: readonly SentenceContent[], index: number): boolean {
  const node = nodes[index]!
  const next = nodes[index + 1]
  const after = nodes[index + 2]
  return (
    isNumberWithStop(node) &&
    next?.type === 'WhiteSpaceNode' &&
    after !== undefined &&
    startsWithCapital(after)
  )
}

function splitSentence(sentence: Sentence): Paragraph['children'] {
  const parts: Paragraph['children'] = []
  let current: SentenceContent[] = []
  const nodes = sentence.children
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    if (isSplit(nodes, index)) {
      const [digits, stop] = (node as Word).children as [Word['children'][number], Punctuation]
      current.push({ type: 'WordNode', children: [digits], position: structuredClone(digits.position) }, stop)
      parts.push(sentenceOf(current), nodes[index + 1] as WhiteSpace)
      current = []
      index++
      continue
    }
    current.push(node)
  }
  if (parts.length === 0) return [sentence]
  if (current.length > 0) parts.push(sentenceOf(current))
  return parts
}

function isNumberWithStop(node: SentenceContent): node is Word {
  if (node.type !== 'WordNode' || node.children.length !== 2) return false
  const [first, second] = node.children
  return (
    first?.type === 'TextNode' &&
    number.test(first.value) &&
    second?.type === 'PunctuationNode' &&
    second.value === '.'
  )
}

function startsWithCapital(node: SentenceContent): boolean {
  if (node.type !== 'WordNode') return false
  const first = node.children[0]
  return first?.type === 'TextNode' && /^\p{Lu}/u.test(first.value)
}

function sentenceOf(children: SentenceContent[]): Sentence {
  const start = children[0]!.position!.start
  const end = children.at(-1)!.position!.end
  return { type: 'SentenceNode', children, position: { start: { ...start }, end: { ...end } } }
}
