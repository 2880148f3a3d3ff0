/**
 * A half of a year said without its year ("deposits rose 4% in the first half, up from 3%"): a date only
 * where the text has just said which year's half it speaks of ("the first half of 2025"), and where its
 * clause gives a figure, as a report on the half year does. "The team led 1-0 in the first half" and "in the
 * second half, guests toured the port" speak of a match and a programme.
 */
import type { Paragraph, Root, Sentence } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import { textAfter } from './date-days.js'

/** The year of a half of a year said before, as its phrase gives it: digits, or which year it is. */
export interface HalfYear {
  /** The year in digits ("2025" in "the first half of 2025"), when the phrase gives one. */
  readonly year?: string
  /** "this", "last" or "next" for "of this/last/next year"; undefined for digits and "of the year" (this). */
  readonly which?: string
}

/**
 * The year of the last half-of-a-year phrase in the paragraph (with the sentence before) up to the end of the
 * sentence being read, else in the heading; undefined when there is none.
 */
export type HalvesSaid = () => HalfYear | undefined

// "the first half of the year", "the second half of 2025", "first half of last year".
const halfOfYear =
  /\b(?:first|second)\s+half\s+of\s+(?:(?:the|(this|last|next))\s+year\b|((?:19|20)\d\d)(?![\d]))/gi

/** Where `halvesSaid` reads: the heading, and the paragraph and sentence before the one being read. */
export interface HalvesContext {
  /** The answer for the sentence last given to `at`. */
  readonly halvesSaid: HalvesSaid
  /** Move to `sentence` of `paragraph` (called for each sentence, in order). */
  readonly at: (sentence: Sentence, paragraph: Paragraph) => void
}

/**
 * A `HalvesSaid` over `tree`, whose text is `source` when given. It reads text only when asked, which is
 * only for a bare "first half" or "second half" after "in the".
 */
export function halvesContext(tree: Root, source: string | undefined): HalvesContext {
  let full: string | undefined
  const origin = tree.position?.start.offset ?? 0
  let headings: string | undefined
  let paragraphStart = 0
  let sentenceEnd = 0
  let previousStart = 0
  let sentenceStart = 0
  let lastParagraph: Paragraph | undefined
  const textOf = (start: number, end: number) => {
    full ??= source ?? nlcstToString(tree)
    return full.slice(start - origin, end - origin)
  }
  const halvesSaid: HalvesSaid = () => {
    headings ??= tree.children
      .filter((node) => node.type === 'ParagraphNode' && node.data?.heading === true)
      .map((node) => textOf(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0))
      .join('\n')
    // Nearest first: the paragraph (with the sentence before) up to the sentence's end, then the heading.
    return lastHalf(textOf(Math.min(paragraphStart, previousStart), sentenceEnd)) ?? lastHalf(headings)
  }
  const at = (sentence: Sentence, paragraph: Paragraph) => {
    previousStart = sentenceStart
    sentenceStart = sentence.position?.start.offset ?? sentenceStart
    sentenceEnd = sentence.position?.end.offset ?? sentenceStart
    if (paragraph !== lastParagraph) {
      lastParagraph = paragraph
      paragraphStart = paragraph.position?.start.offset ?? sentenceStart
    }
  }
  return { halvesSaid, at }
}

function lastHalf(text: string): HalfYear | undefined {
  let last: HalfYear | undefined
  halfOfYear.lastIndex = 0
  for (let hit = halfOfYear.exec(text); hit; hit = halfOfYear.exec(text)) {
    const which = hit[1]?.toLowerCase()
    last = hit[2] !== undefined ? { year: hit[2] } : which !== undefined ? { which } : {}
  }
  return last
}

const theirHalf = /(?:^|[^\p{L}])(?:[Ii]n|[Dd]uring|[Oo]ver)\s+the\s+$/u
// What may follow a half that ends its clause: punctuation or a word that starts another ("…, up 5%").
const clauseEnd = /^(?:\s*[,.;:!?)]|\s*$|\s+(?:compared|than|up|down|from)(?![\p{L}]))/u
// A figure a report on a half year gives: a share, a change over a year or an amount of money. A bare large
// number is not one: "before 30,000 fans" counts a crowd.
const figure =
  /\d\s*%|\d\s*(?:percent|per\s+cent)\b|percentage\s+points?|year[-\s]on[-\s]year|\b(?:yuan|RMB|dollars?|euros?)\b/i
// Words of a match: its halves are not the year's ("scored twice in the second half", "led at half-time").
const sportWords = new Set([
  'scored',
  'scores',
  'scoring',
  'goal',
  'goals',
  'led',
  'match',
  'matches',
  'fans',
  'half-time',
  'halftime',
  'kickoff',
  'kick-off',
  'penalty',
  'striker',
  'referee',
])
const wordsOf = /[\p{L}]+(?:-[\p{L}]+)?/gu

function isSport(clause: string): boolean {
  for (const word of clause.match(wordsOf) ?? []) if (sportWords.has(word.toLowerCase())) return true
  return false
}

/**
 * The year of a bare half of a year ("in the first half", `match` in sentence `text`), or undefined when it is none: it follows "in/during/over the", ends its clause, its clause gives a
 * figure and no word of a match, and the text near it has said a half of a year ("the first half of this
 * year").
 */
export function bareHalf(match: RegExpExecArray, text: string, halvesSaid: HalvesSaid): HalfYear | undefined {
  if (!theirHalf.test(text.slice(Math.max(0, match.index - 16), match.index))) return undefined
  if (!clauseEnd.test(textAfter(match, text))) return undefined
  const start = text.lastIndexOf(';', match.index) + 1
  const stop = text.indexOf(';', match.index)
  const clause = text.slice(start, stop === -1 ? text.length : stop)
  if (!figure.test(clause) || isSport(clause)) return undefined
  return halvesSaid()
}
