/**
 * Joining sentences that retext-english ends inside a name:
 * - inside a company's legal form: it knows "Co." and "Ltd." as abbreviations but not "Pte.", "Pty.",
 *   "Sdn." or "Pvt.", so "Coralwick Holdings Pte. Ltd. of Singapore" is cut after "Pte." and the company,
 *   and any role naming it, is split in two;
 * - after a numbering abbreviation before its number: it does not know "No." or "Vol.", so
 *   "Hengda No. 3 Construction Co., Ltd." and "Line No. 2" are cut after "No.", the company loses its
 *   first words and a role naming it loses the company;
 * - after a Mongolian patronymic initial of two letters before the name: it knows "L." but not "Ch." or
 *   "Sh.", so "Ch. Dorjsuren, head of the … aimag, said" is cut after "Ch." and the name loses its initial;
 * - after an engineer's form of address before the name: it knows "Dr." but not "Eng." or "Engr.", so
 *   "Eng. Rami Haddad, director of …, said" is cut after "Eng." and the name loses its honorific;
 * - inside a bracketed legal form: "Velmora Spinning (Pvt.) Ltd." is cut after "(Pvt.)".
 */
import type { Paragraph, Punctuation, Sentence, SentenceContent, Word } from 'nlcst'

// Legal forms that are always followed by another word of the form: "Pte. Ltd.", "Sdn. Bhd.", "Pvt. Ltd.".
const leading = new Set(['Pte', 'PTE', 'Pty', 'PTY', 'Sdn', 'SDN', 'Pvt', 'PVT'])
const following = new Set(['Ltd', 'LTD', 'Limited', 'Bhd', 'BHD'])
// Abbreviations written before a number ("No. 7", "Vol. 2", "Fig. 3", "Rm. 1205", "Rs. 30 million", the
// ngultrum's "Nu. 5 billion", the rufiyaa's "Rf. 2 million"). Not
// "Art." or "no.": "… the Museum of Art. 300 paintings are on show" and "he said no. 20 firms …" end
// sentences there.
// biome-ignore format: packed list
const numberSigns = new Set([
  'No', 'NO', 'Nos', 'Vol', 'Vols', 'vol', 'Fig', 'Figs', 'fig', 'Sec', 'Rm', 'Pt', 'Rs', 'Nu', 'Rf',
])
const digit = /^\d/
// Mongolian patronymic initials of two letters (the Cyrillic letters Ц, Ш, Ч, Х, Я, Ё, Ю, Ж), written before
// a name ("Sh. Batbayar"); a sentence ends in none of them.
const initials = new Set(['Ts', 'Sh', 'Ch', 'Kh', 'Ya', 'Yo', 'Yu', 'Zh'])
const capital = /^\p{Lu}\p{Ll}/u
// The engineer's forms of address and the short forms of Muhammad the parser ends a sentence after ("Eng.
// Rami Haddad", "Engr. Paolo Reyes", "Mohd. Faiz Rahim"), which end none before a capitalised name unless a
// name's word stands before them ("… manager Tan Eng. Guests toured …": "Eng" is a Hokkien given name too).
const addressAbbreviations = new Set(['Eng', 'Engr', 'Mohd', 'Muhd'])

/**
 * Join each sentence that ends in "Pte." (or the like) to the next when that starts with "Ltd" (or the
 * like), and each that ends in "No." (or the like) to the next when that starts with a number.
 */
export function joinSentencesInNames(paragraph: Paragraph): void {
  const nodes = paragraph.children
  // Most paragraphs have nothing to join: a cheap look at each sentence's end comes first.
  let index = nodes.findIndex((node, at) => joinsNext(node, nodes[at + 2]))
  if (index < 0) return
  const children: Paragraph['children'] = nodes.slice(0, index)
  for (; index < nodes.length; index++) {
    let node = nodes[index]!
    while (nodes[index + 1]?.type === 'WhiteSpaceNode' && joinsNext(node, nodes[index + 2])) {
      node = joined(node as Sentence, nodes[index + 1] as SentenceContent, nodes[index + 2] as Sentence)
      index += 2
    }
    children.push(node)
  }
  paragraph.children = children
}

type Child = Paragraph['children'][number]

function joinsNext(node: Child, next: Child | undefined): boolean {
  if (next?.type !== 'SentenceNode') return false
  const word = lastWord(node) ?? bracketedWord(node)
  if (word === undefined) return false
  const first = next.children[0]
  if (first?.type !== 'WordNode' || first.children[0]?.type !== 'TextNode') return false
  const start = first.children[0].value
  if (leading.has(word)) return following.has(start)
  if (numberSigns.has(word)) return digit.test(start)
  if (addressAbbreviations.has(word)) return capital.test(start) && !afterName(node as Sentence)
  return initials.has(word) && capital.test(start)
}

// "… Spinning (Pvt.)": the legal form's first word in brackets with its full stop, which ends `node`.
function bracketedWord(node: Child): string | undefined {
  if (node.type !== 'SentenceNode') return undefined
  const nodes = node.children
  const close = nodes.at(-1)
  const stop = nodes.at(-2)
  const word = nodes.at(-3)
  const open = nodes.at(-4)
  if (open?.type !== 'PunctuationNode' || open.value !== '(' || close?.type !== 'PunctuationNode') return
  if (close.value !== ')' || stop?.type !== 'PunctuationNode' || stop.value !== '.') return undefined
  const text = word?.type === 'WordNode' && word.children.length === 1 ? word.children[0] : undefined
  return text?.type === 'TextNode' && leading.has(text.value) ? text.value : undefined
}

// Whether a capitalised word stands right before the word that ends `sentence` ("… manager Tan Eng."), or
// a capital letter with its full stop, which makes a degree of "Eng." ("… who holds a B. Eng.").
function afterName(sentence: Sentence): boolean {
  const nodes = sentence.children
  const before = nodes.at(-4)
  if (nodes.at(-3)?.type !== 'WhiteSpaceNode' || before?.type !== 'WordNode') return false
  const text = before.children.at(-1)
  if (text?.type === 'TextNode') return capital.test(text.value)
  const [letter, stop] = before.children
  return (
    stop?.type === 'PunctuationNode' &&
    stop.value === '.' &&
    letter?.type === 'TextNode' &&
    /^\p{Lu}$/u.test(letter.value)
  )
}

// The text of the one-text word before the full stop that ends `node`, when `node` is a sentence.
function lastWord(node: Child): string | undefined {
  if (node.type !== 'SentenceNode') return undefined
  const nodes = node.children
  const stop = nodes.at(-1)
  const word = nodes.at(-2)
  if (stop?.type !== 'PunctuationNode' || stop.value !== '.' || word?.type !== 'WordNode') return undefined
  const text = word.children.length === 1 ? word.children[0] : undefined
  return text?.type === 'TextNode' ? text.value : undefined
}

function joined(first: Sentence, space: SentenceContent, second: Sentence): Sentence {
  const head = first.children
  const word = head.at(-2) as Word
  // "No." and "Ts." keep their full stop as one word, as the parser keeps "Co." and "Ltd.": the stop ends
  // nothing. "(Pvt.)" keeps its marks as they are.
  const value = word.type === 'WordNode' ? (word.children[0] as { value: string }).value : ''
  if (numberSigns.has(value) || initials.has(value) || addressAbbreviations.has(value)) {
    const stop = head.at(-1) as Punctuation
    word.children.push(stop)
    if (word.position && stop.position) word.position.end = { ...stop.position.end }
    head.pop()
  }
  const children = [...head, space, ...second.children]
  const position =
    first.position && second.position
      ? { start: { ...first.position.start }, end: { ...second.position.end } }
      : undefined
  return position ? { type: 'SentenceNode', children, position } : { type: 'SentenceNode', children }
}
