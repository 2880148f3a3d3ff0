/**
 * Ending sentences where retext-english does not:
 * - after a day number followed by a full stop and a capital ("… on March 5. He said …"): the parser reads
 *   "5." as an ordinal and runs the sentences together, which would give the second sentence's speaker to
 *   the first;
 * - after a company's legal form written with a full stop, before a word that starts a sentence and never
 *   goes on a name ("… visited Harbin Lianfa Co., Ltd. He said …", "… Groupe Morel S.A. The talks …") or
 *   before a person's name with a role ("… and Lumen Co., Ltd. Oskar Lind, manager of Lumen, said …"): the
 *   parser never ends a sentence after an abbreviation it knows;
 * - after a word and a full stop, before a name whose first word a translation left in lower case ("… of
 *   the premium. jiang Wen said …", "… with Norway and Finland. bae Ji-woo hoped …", "… the fair. takeda
 *   Hiroshi, president of …", "… the course. abebe Tsegaye said …") or before "he" or "she" ("… million.
 *   he said …"): the parser ends no sentence before a lower-case word. `sentence-start-names.ts` tells
 *   which names these are; a capitalised abbreviation ("Prof. qiao Ruoxi") ends none;
 * - after "in" or "sun" and a full stop (the parser's "in." for inch), before a word that starts a sentence
 *   or a person's name, with a title or without ("… the hall the choir sings in. It seats …", "… moved in.
 *   Vice Mayor Li Hua said …", "… measure 55 in. It ships …"), but not before other words ("a 55 in.
 *   Screen");
 * - after a legal form with its full stop before a person's name and a verb of speech ("… Co., Ltd. Baek
 *   Seo-jin said …", see `speaker-name-starts.ts`) or an honorific and a name ("… Inc. Dame Honor
 *   Ashdown, whose …");
 * - after a one-syllable given name the parser reads as an abbreviation ("… manager Tan Jun. Guests …",
 *   "Jun." for June), whose full stop is also taken off the name at the end of a sentence.
 */
import type { Paragraph, Punctuation, Sentence, SentenceContent, WhiteSpace, Word } from 'nlcst'
import { chineseSurnames, compoundChineseSurnames } from './data/chinese-surnames.js'
import { foreignLegalForms, legalFormSuffixes } from './data/organisations.js'
import { pinyinSyllables } from './data/pinyin.js'
import {
  properWord,
  startsAttributedName,
  startsCapitalised,
  startsCapitalisedName,
  startsHonouredName,
  startsLowerCaseName,
  startsLowerCaseNameAfterNumber,
  startsTitledName,
} from './sentence-start-names.js'
import { startsSpeakerName } from './speaker-name-starts.js'

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

// Whether the sentence has a place to split, or a name to take a full stop off at its end, found without
// copying anything.
function hasSplit(sentence: Sentence): boolean {
  const nodes = sentence.children
  for (let index = 0; index + 2 < nodes.length; index++) {
    if (isSplit(nodes, index)) return true
  }
  return endsInGivenName(nodes)
}

// "… met the chairman, Tan Jun.": a sentence that ends in a given name the parser kept its stop on.
function endsInGivenName(nodes: readonly SentenceContent[]): boolean {
  const last = nodes.length - 1
  return last >= 2 && nodes[last]!.type === 'WordNode' && isGivenNameWithStop(nodes, last)
}

// A number or a given name with its full stop at `index`, then white space and a capital; a word with its
// full stop, then a name in lower case; or a legal form with its full stop, then white space and a word
// that starts a sentence.
function isSplit(nodes: readonly SentenceContent[], index: number): boolean {
  const node = nodes[index]!
  const next = nodes[index + 1]
  const after = nodes[index + 2]
  if (next?.type !== 'WhiteSpaceNode' || after === undefined) return false
  if (node.type === 'PunctuationNode')
    return stopAfterQuote(nodes, index) && startsLowerCaseName(nodes, index + 2)
  if (node.type !== 'WordNode' || node.children.at(-1)?.type !== 'PunctuationNode') return false
  if (isNumberWithStop(node))
    return (
      startsCapitalised(after) ||
      strayDigitBeforeName(nodes, index + 2) ||
      startsLowerCaseNameAfterNumber(nodes, index + 2) ||
      startsQuote(nodes, index + 2) ||
      strayCommaBeforeCapital(nodes, index + 2)
    )
  if (isLowerWordWithStop(node))
    return (
      startsLowerCaseName(nodes, index + 2) ||
      strayCommaBeforeCapital(nodes, index + 2) ||
      (isUnitWordWithStop(node) &&
        (startsSentence(after) ||
          startsCapitalisedName(nodes, index + 2) ||
          startsTitledName(nodes, index + 2)))
    )
  if (isGivenNameWithStop(nodes, index))
    return startsCapitalised(after) || startsLowerCaseName(nodes, index + 2)
  if (isProperWordWithStop(node)) return startsLowerCaseName(nodes, index + 2)
  return (
    isLegalFormWithStop(node) &&
    (startsSentence(after) ||
      startsAttributedName(nodes, index + 2) ||
      startsHonouredName(nodes, index + 2) ||
      startsSpeakerName(nodes, index + 2))
  )
}

// A closing quote and a full stop, in either order, right after a word: "… called it "a new start". he
// said …", "… called it "a new start." he said …". The parser ends no sentence before a lower-case word.
function stopAfterQuote(nodes: readonly SentenceContent[], index: number): boolean {
  const node = nodes[index] as Punctuation
  const before = nodes[index - 1]
  if (closingQuotes.has(node.value))
    return before?.type === 'WordNode' && (before.children.at(-1) as { value?: string }).value === '.'
  if (node.value !== '.' || before?.type !== 'PunctuationNode' || !closingQuotes.has(before.value))
    return false
  return nodes[index - 2]?.type === 'WordNode'
}

const closingQuotes = new Set(['"', '”', '’'])
const openingQuotes = new Set(['"', '“'])

// An opening quote and a capitalised word right after it: "… rose to 4,800. "The route is …," she said."
function startsQuote(nodes: readonly SentenceContent[], at: number): boolean {
  const quote = nodes[at]!
  return (
    quote.type === 'PunctuationNode' && openingQuotes.has(quote.value) && startsCapitalised(nodes[at + 1])
  )
}

// A stray comma (a translation's "、", normalised) glued to a capitalised word: "… held in 2031. 、Gou
// Qiaoli, head of …, said …". A comma after a space and before none is no comma of the sentence.
function strayCommaBeforeCapital(nodes: readonly SentenceContent[], at: number): boolean {
  const comma = nodes[at]!
  return comma.type === 'PunctuationNode' && comma.value === ',' && startsCapitalised(nodes[at + 1])
}

// English words the parser also knows as abbreviations of units and days ("in." for inch, "sun." for
// Sunday), so it ends no sentence after them: "… the hall the choir sings in. It seats …". After a number
// the abbreviation is meant, but its full stop may end the sentence all the same ("The screens measure
// 55 in. It ships …"), so the test of what follows decides there too: "a 55 in. Screen" goes on.
const unitWords = new Set(['in', 'sun'])

function isUnitWordWithStop(node: Word): boolean {
  return node.children.length === 2 && unitWords.has((node.children[0] as { value: string }).value)
}

// Capitalised abbreviations the parser keeps a full stop on before a lower-case word ("Gen. li", "Sen.
// park", "Amb. da Silva"): titles, ranks and the words of addresses, names and dates, which end no
// sentence; two-letter ones ("Mr.", "Dr.", "St.", "Lt.") are turned down by their length. Not "Art." or
// "Tech.", which end names ("… the Museum of Art. yamada Keiko said …").
// biome-ignore format: packed list
const capitalAbbreviations = new Set([
  'Mrs', 'Mme', 'Miss', 'Prof', 'Messrs', 'Gen', 'Sen', 'Rep', 'Gov', 'Capt', 'Sgt', 'Col', 'Rev', 'Hon',
  'Amb', 'Ambs', 'Pres', 'Sens', 'Reps', 'Brig', 'Cpl', 'Pvt', 'Det', 'Cdr', 'Cmdt', 'Comdr', 'Msgr',
  'Atty', 'Supv', 'Asst', 'Dir', 'Mgr', 'Insps', 'Acad',
  'Lieut', 'Cmdr', 'Adm', 'Maj', 'Supt', 'Insp', 'Corp', 'Inc', 'Ltd', 'Bros', 'Dept', 'Univ', 'Assn', 'Ave',
  'Blvd', 'Est', 'Esq', 'Dist', 'Prov', 'Inst', 'Assoc', 'Intl', 'Natl', 'Govt', 'Admin', 'Mgmt', 'Nos',
  'Vol', 'Vols', 'Fig', 'Figs', 'Sec', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct',
  'Nov', 'Dec', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat',
])

// "Russia.", "Dalian.": a capitalised word of three letters or more and its full stop, which the parser
// keeps together before a lower-case word ("… Japan and Russia. seo Min-jae said …"); not an abbreviation.
function isProperWordWithStop(node: Word): boolean {
  const parts = node.children
  if (parts.length !== 2 || parts[1]!.type !== 'PunctuationNode' || parts[1]!.value !== '.') return false
  const text = parts[0]!
  return (
    text.type === 'TextNode' &&
    properWord.test(text.value) &&
    text.value.length >= 3 &&
    !capitalAbbreviations.has(text.value)
  )
}

/**
 * Whether `nodes[index]` is a one-syllable given name after a Chinese surname that the parser read as an
 * abbreviation with its full stop ("… welcomed manager Tan Jun. Guests toured …": "Jun." for June, "Min."
 * for minute), so it ended no sentence there and the name lost its last word to the stop.
 */
function isGivenNameWithStop(nodes: readonly SentenceContent[], index: number): boolean {
  const parts = (nodes[index] as Word).children
  if (parts.length !== 2 || parts[1]!.type !== 'PunctuationNode' || parts[1]!.value !== '.') return false
  const given = parts[0]!
  if (given.type !== 'TextNode' || !properWord.test(given.value) || given.value.length > 6) return false
  const surname = nodes[index - 2]
  if (nodes[index - 1]?.type !== 'WhiteSpaceNode' || surname?.type !== 'WordNode') return false
  const family = surname.children.length === 1 ? surname.children[0] : undefined
  if (family?.type !== 'TextNode' || !properWord.test(family.value)) return false
  const lower = family.value.toLowerCase()
  return (
    (chineseSurnames.has(lower) || compoundChineseSurnames.has(lower)) &&
    pinyinSyllables.has(given.value.toLowerCase())
  )
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
      // "Ltd." keeps its full stop: it ends the name and the sentence alike. Any other word gives its stop
      // back, so "said." at the end of the first sentence is read as the cue "said".
      if (node.type === 'PunctuationNode' || isLegalFormWithStop(node as Word)) current.push(node)
      else current.push(...wordAndStop(node as Word))
      parts.push(sentenceOf(current), nodes[index + 1] as WhiteSpace)
      current = []
      index++
      continue
    }
    current.push(node)
  }
  if (current.length > 0 && endsInGivenName(current)) current.push(...wordAndStop(current.pop() as Word))
  if (parts.length === 0 && current.length === nodes.length) return [sentence]
  if (current.length > 0) parts.push(sentenceOf(current))
  return parts
}

// "5.", "Jun." or "e-commerce." as a word and the full stop that ends the sentence after it.
function wordAndStop(node: Word): [Word, Punctuation] {
  const children = node.children.slice(0, -1)
  const stop = node.children.at(-1) as Punctuation
  const first = children[0]!.position!
  const last = children.at(-1)!.position!
  const position = { start: { ...first.start }, end: { ...last.end } }
  return [{ type: 'WordNode', children, position }, stop]
}

// "… on May 12. 7 Sergio Lima said …": a stray digit a translation left before a name, after a number
// and its full stop, which the parser reads as one more number of the same sentence. Only a person's name
// after the digit ends it: "… by 12. 7 percent …", "… by 6. 5 Percent …" and "Article 12. 3 Enterprises
// shall …" are numbers with a stray space.
function strayDigitBeforeName(nodes: readonly SentenceContent[], at: number): boolean {
  const digit = nodes[at]
  if (digit?.type !== 'WordNode' || digit.children.length !== 1) return false
  const text = digit.children[0]!
  if (text.type !== 'TextNode' || text.value.length !== 1 || !number.test(text.value)) return false
  return nodes[at + 1]?.type === 'WhiteSpaceNode' && startsCapitalisedName(nodes, at + 2)
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

function sentenceOf(children: SentenceContent[]): Sentence {
  const start = children[0]!.position!.start
  const end = children.at(-1)!.position!.end
  return { type: 'SentenceNode', children, position: { start: { ...start }, end: { ...end } } }
}
