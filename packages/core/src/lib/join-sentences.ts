/**
 * Joining sentences that retext-english ends inside a company's legal form: it knows "Co." and "Ltd." as
 * abbreviations but not "Pte.", "Pty.", "Sdn." or "Pvt.", so "Harbour Holdings Pte. Ltd. of Singapore" is cut
 * after "Pte." and the company, and any role naming it, is split in two.
 */
import type { Paragraph, Sentence, SentenceContent } from 'nlcst'

// Legal forms that are always followed by another word of the form: "Pte. Ltd.", "Sdn. Bhd.", "Pvt. Ltd.".
const leading = new Set(['Pte', 'PTE', 'Pty', 'PTY', 'Sdn', 'SDN', 'Pvt', 'PVT'])
const following = new Set(['Ltd', 'LTD', 'Limited', 'Bhd', 'BHD'])

/** Join each sentence that ends in "Pte." (or the like) to the next when that starts with "Ltd" (or the like). */
export function joinSentencesInLegalForms(paragraph: Paragraph): void {
  const nodes = paragraph.children
  // Most paragraphs have nothing to join: a cheap look at each sentence's end comes first.
  let index = nodes.findIndex((node, at) => endsInLeadingForm(node) && startsWithFollowingForm(nodes[at + 2]))
  if (index < 0) return
  const children: Paragraph['children'] = nodes.slice(0, index)
  for (; index < nodes.length; index++) {
    let node = nodes[index]!
    while (endsInLeadingForm(node) && nodes[index + 1]?.type === 'WhiteSpaceNode') {
      const next = nodes[index + 2]
      if (!startsWithFollowingForm(next)) break
      node = joined(node as Sentence, nodes[index + 1] as SentenceContent, next as Sentence)
      index += 2
    }
    children.push(node)
  }
  paragraph.children = children
}

function endsInLeadingForm(node: Paragraph['children'][number]): boolean {
  if (node.type !== 'SentenceNode') return false
  const nodes = node.children
  const stop = nodes.at(-1)
  const word = nodes.at(-2)
  return (
    stop?.type === 'PunctuationNode' &&
    stop.value === '.' &&
    word?.type === 'WordNode' &&
    word.children.length === 1 &&
    word.children[0]!.type === 'TextNode' &&
    leading.has(word.children[0]!.value)
  )
}

function startsWithFollowingForm(node: Paragraph['children'][number] | undefined): boolean {
  if (node?.type !== 'SentenceNode') return false
  const word = node.children[0]
  return (
    word?.type === 'WordNode' &&
    word.children[0]?.type === 'TextNode' &&
    following.has(word.children[0].value)
  )
}

function joined(first: Sentence, space: SentenceContent, second: Sentence): Sentence {
  const children = [...first.children, space, ...second.children]
  const position =
    first.position && second.position
      ? { start: { ...first.position.start }, end: { ...second.position.end } }
      : undefined
  return position ? { type: 'SentenceNode', children, position } : { type: 'SentenceNode', children }
}
