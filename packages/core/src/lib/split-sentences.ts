/**
 * Ending sentences where retext-english does not: after a day number followed by a full stop and a
 * capital ("… on March 5. He said …"). The parser reads "5." as an ordinal and runs the sentences
 * together, which would give the second sentence's speaker to the first.
 */
import type { Paragraph, Punctuation, Sentence, SentenceContent, Word } from 'nlcst'

const number = /^\d{1,4}$/

/** Split the sentences of `paragraph` after a number that ends with a full stop before a capital. */
export function splitSentencesAfterNumbers(paragraph: Paragraph): void {
  const children: Paragraph['children'] = []
  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') children.push(...splitSentence(child))
    else children.push(child)
  }
  paragraph.children = children
}

function splitSentence(sentence: Sentence): Paragraph['children'] {
  const parts: Paragraph['children'] = []
  let current: SentenceContent[] = []
  const nodes = sentence.children
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    const next = nodes[index + 1]
    const after = nodes[index + 2]
    if (isNumberWithStop(node) && next?.type === 'WhiteSpaceNode' && after && startsWithCapital(after)) {
      const [digits, stop] = node.children as [Word['children'][number], Punctuation]
      current.push({ type: 'WordNode', children: [digits], position: structuredClone(digits.position) }, stop)
      parts.push(sentenceOf(current), next)
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
