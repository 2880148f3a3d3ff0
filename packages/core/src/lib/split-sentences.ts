/**
 * Ending sentences where retext-english does not:
 * - after a day number followed by a full stop and a capital ("… on March 5. He said …"): the parser reads
 *   "5." as an ordinal and runs the sentences together, which would give the second sentence's speaker to
 *   the first;
 * - after a company's legal form written with a full stop, before a word that starts a sentence and never
 *   goes on a name ("… visited Harbin Lianfa Co., Ltd. He said …", "… Groupe Morel S.A. The talks …") or
 *   before a person's name with a role ("… and Lumen Co., Ltd. Oskar Lind, manager of Lumen, said …"): the
 *   parser never ends a sentence after an abbreviation it knows;
 * - after a lower-case word and a full stop, before a name whose first word a translation left in lower
 *   case ("… of the premium. jiang Wen said …", "… worth US$2 million. seo Min-jae said …", "… the fair.
 *   takeda Hiroshi, president of …") or before "he" or "she" ("… million. he said …"): the parser ends no
 *   sentence before a lower-case word. `sentence-start-names.ts` tells which names these are.
 */
import type { Paragraph, Punctuation, Sentence, SentenceContent, WhiteSpace, Word } from 'nlcst'
import { foreignLegalForms, legalFormSuffixes } from './data/organisations.js'
import { startsAttributedName, startsLowerCaseName } from './sentence-start-names.js'

const number = /^\d{1,4}$/
// Legal forms as the parser keeps them, one word with its full stop ("Ltd.", "S.A."), without the stop, as
// written and in capitals: the one-word forms of the organisation data that end in a full stop.
const legalForms = new Set(
  [...legalFormSuffixes, ...foreignLegalForms]
    .filter((form) => form.endsWith('.') && !form.includes(' '))
    .flatMap((form) => [form.slice(0, -1), form.slice(0, -1).toUpperCase()]),
)
// Capitalised words that start a sentence and are never part of a company's name.
// biome-ignore format: packed list
const sentenceStarts = new Set([
  'He', 'She', 'It', 'They', 'We', 'I', 'The', 'This', 'These', 'Those', 'There', 'Its', 'His', 'Her',
  'Their', 'Our', 'In', 'At', 'On', 'During', 'After', 'Before', 'Since', 'According', 'As', 'By', 'From',
  'Meanwhile', 'However', 'Moreover', 'Besides', 'Both', 'A', 'An',
])

// Lower-case words with a full stop that are abbreviations, after which a sentence goes on ("steel, cement,
// etc. and …").
const abbreviations = new Set(['etc', 'approx', 'incl', 'dept', 'govt', 'esp', 'vs', 'no', 'nos', 'ca'])
const lowerPart = /^\p{Ll}+$/u
const capital = /^\p{Lu}/u

/** Split the sentences of `paragraph` where the parser ran two together (see above). */
export function splitMissedSentences(paragraph: Paragraph): void {
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

// A number with its full stop at `index`, then white space and a capital; or a legal form with its full
// stop, then white space and a word that starts a sentence.
function isSplit(nodes: readonly SentenceContent[], index: number): boolean {
  const node = nodes[index]!
  if (node.type !== 'WordNode' || node.children.at(-1)?.type !== 'PunctuationNode') return false
  const next = nodes[index + 1]
  const after = nodes[index + 2]
  if (next?.type !== 'WhiteSpaceNode' || after === undefined) return false
  if (isNumberWithStop(node)) return startsWithCapital(after)
  if (isLowerWordWithStop(node)) return startsLowerCaseName(nodes, index + 2)
  return isLegalFormWithStop(node) && (startsSentence(after) || startsAttributedName(nodes, index + 2))
}

// "premium.", "e-commerce.": a lower-case word, perhaps hyphenated, and its full stop, not an abbreviation.
function isLowerWordWithStop(node: Word): boolean {
  const parts = node.children
  const stop = parts.at(-1)
  if (stop?.type !== 'PunctuationNode' || stop.value !== '.' || parts.length > 8 || parts.length % 2)
    return false
  for (let index = 0; index < parts.length - 1; index++) {
    const part = parts[index]!
    // Words at the even places, hyphens between them.
    if (index % 2 === 0 ? part.type !== 'TextNode' || !lowerPart.test(part.value) : !isHyphen(part))
      return false
  }
  const only = parts.length === 2 ? (parts[0] as { value: string }).value : undefined
  return only === undefined || (only.length > 1 && !abbreviations.has(only))
}

function isHyphen(node: Word['children'][number]): boolean {
  return node.type === 'PunctuationNode' && node.value === '-'
}

function splitSentence(sentence: Sentence): Paragraph['children'] {
  const parts: Paragraph['children'] = []
  let current: SentenceContent[] = []
  const nodes = sentence.children
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    if (isSplit(nodes, index)) {
      if (isNumberWithStop(node)) {
        const [digits, stop] = node.children as [Word['children'][number], Punctuation]
        current.push(
          { type: 'WordNode', children: [digits], position: structuredClone(digits.position) },
          stop,
        )
      } else {
        // "Ltd." keeps its full stop: it ends the name and the sentence alike.
        current.push(node)
      }
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

// "Ltd.", "S.A.": the word's text without its last full stop is a legal form.
function isLegalFormWithStop(node: Word): boolean {
  const parts = node.children
  const stop = parts.at(-1)
  if (stop?.type !== 'PunctuationNode' || stop.value !== '.' || parts.length > 8) return false
  let text = ''
  for (let index = 0; index < parts.length - 1; index++) {
    const part = parts[index]!
    if (!('value' in part)) return false
    text += part.value
  }
  return legalForms.has(text)
}

function startsSentence(node: SentenceContent): boolean {
  if (node.type !== 'WordNode' || node.children.length !== 1) return false
  const first = node.children[0]
  return first?.type === 'TextNode' && sentenceStarts.has(first.value)
}

function startsWithCapital(node: SentenceContent): boolean {
  if (node.type !== 'WordNode') return false
  const first = node.children[0]
  return first?.type === 'TextNode' && capital.test(first.value)
}

function sentenceOf(children: SentenceContent[]): Sentence {
  const start = children[0]!.position!.start
  const end = children.at(-1)!.position!.end
  return { type: 'SentenceNode', children, position: { start: { ...start }, end: { ...end } } }
}
