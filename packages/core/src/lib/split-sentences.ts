/**
 * Ending sentences where retext-english does not:
 * - after a day number followed by a full stop and a capital ("… on March 5. He said …"): the parser reads
 *   "5." as an ordinal and runs the sentences together, which would give the second sentence's speaker to
 *   the first;
 * - after a company's legal form written with a full stop, before a word that starts a sentence and never
 *   goes on a name ("… visited Harbin Lianfa Co., Ltd. He said …", "… Groupe Morel S.A. The talks …"): the
 *   parser never ends a sentence after an abbreviation it knows;
 * - after a lower-case word and a full stop, before a name whose surname a translation left in lower case
 *   ("… of the premium. jiang Wen said …", "… worth US$2 million. seo Min-jae said …") or before "he" or
 *   "she" ("… million. he said …"): the parser ends no sentence before a lower-case word.
 */
import type { Paragraph, Punctuation, Sentence, SentenceContent, WhiteSpace, Word } from 'nlcst'
import { chineseSurnames, compoundChineseSurnames } from './data/chinese-surnames.js'
import { foreignLegalForms, legalFormSuffixes } from './data/organisations.js'
import { koreanSurnames } from './data/other-surnames.js'

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
const lowerWordWithStop = /^\p{Ll}{2,}$/u
const capital = /^\p{Lu}/u
const lowerWord = /^\p{Ll}+$/u

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
  return isLegalFormWithStop(node) && startsSentence(after)
}

// "premium.": a lower-case word and its full stop, not an abbreviation.
function isLowerWordWithStop(node: Word): boolean {
  const [text, stop] = node.children
  return (
    node.children.length === 2 &&
    text?.type === 'TextNode' &&
    stop?.type === 'PunctuationNode' &&
    stop.value === '.' &&
    lowerWordWithStop.test(text.value) &&
    !abbreviations.has(text.value)
  )
}

// "jiang Wen": a Chinese surname in lower case, then a capitalised given name; "seo Min-jae": a Korean
// surname, then a hyphenated given name; "he said": "he" or "she", then a lower-case word.
function startsLowerCaseName(nodes: readonly SentenceContent[], at: number): boolean {
  const surname = nodes[at]!
  const given = nodes[at + 2]
  if (surname.type !== 'WordNode' || nodes[at + 1]?.type !== 'WhiteSpaceNode' || given?.type !== 'WordNode')
    return false
  const text = surname.children.length === 1 ? surname.children[0] : undefined
  const first = given.children[0]
  if (text?.type !== 'TextNode' || first?.type !== 'TextNode') return false
  if (!capital.test(first.value))
    return (text.value === 'he' || text.value === 'she') && lowerWord.test(first.value)
  if (chineseSurnames.has(text.value) || compoundChineseSurnames.has(text.value)) return true
  return (
    koreanSurnames.has(text.value) &&
    given.children[1]?.type === 'PunctuationNode' &&
    given.children[1].value === '-'
  )
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
