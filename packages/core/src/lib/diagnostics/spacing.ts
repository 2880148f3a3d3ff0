/**
 * `irregular-space` and `sentence-spacing`: white space that is not one plain space. Inside a sentence,
 * two spaces or a tab (`irregular-space`); anywhere in a paragraph, a no-break, ideographic or other
 * odd space (`irregular-space`), which pasted and translated text carries invisibly; between sentences,
 * more than one plain space (`sentence-spacing`, a separate id for those who keep two on purpose).
 *
 * Not `retext-sentence-spacing`: it only looks between sentences and reads the tree, in which the
 * normaliser has already turned every odd space into a plain one, so it cannot tell "\u00A0 " from "  ";
 * and it walks every node of the tree (measured: slower than all these rules together), where this rule
 * reads the original text of a paragraph once.
 *
 * Not reported: runs next to a line break (wrapping and indentation), the white space before and after a
 * paragraph, control characters (already reported by `parseArticle`), and a single no-break or thin space
 * next to a digit or after an abbreviation's full stop ("October\u00A016", "Mr.\u00A0Li"), where it is
 * good typography.
 */
import { isDigit, spaceName } from './characters.js'
import type { DiagnosticRule, ParagraphView, Report } from './rule.js'

const irregular = 'irregular-space'
const betweenSentences = 'sentence-spacing'

// White space other than a plain space or a line break: a tab, a no-break space and the wide rest.
const wide = String.raw`\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000`
const odd = String.raw`\t\u00A0${wide}`
// Two or more white-space characters other than line breaks, or one that is not a plain space.
const runs = new RegExp(`[ ${odd}]{2,}|[${odd}]`, 'g')
// Every run above holds two plain spaces in a row or an odd space, and most paragraphs have neither. The
// engine skips ahead in a scan by each character's last seven bits, where a no-break space (U+00A0) looks
// like a plain space: so `runs`, and any class with it, stops at every space, while these scans (U+00A0
// looked for on its own) turn a clean paragraph away about four times faster (measured).
const twoSpaces = / {2}/
const wideSpace = new RegExp(`[${wide}]`)
// Spaces that typesetters use on purpose between a number and its unit or after "Mr.".
const typographic = new Set(['\u00A0', '\u202F', '\u2009', '\u2007', '\u200A'])

function check(paragraph: ParagraphView, report: Report): void {
  const { text, original, start } = paragraph
  if (!(twoSpaces.test(original) || hasOddSpace(original))) return
  let sentenceEnds: Set<number> | undefined
  runs.lastIndex = 0
  for (let match = runs.exec(original); match; match = runs.exec(original)) {
    const from = match.index
    const to = from + match[0].length
    if (from === 0 || to === original.length || nearLineBreak(text, original, from, to)) continue
    sentenceEnds ??= endsOf(paragraph)
    const inside = !sentenceEnds.has(start + from)
    const run = match[0]
    if (!inside && /^ +$/.test(run)) {
      report({
        start: start + from,
        end: start + to,
        ruleId: betweenSentences,
        reason: `Unexpected ${run.length} spaces between sentences, expected 1 space`,
        expected: [' '],
      })
      continue
    }
    if (inside && run.length === 1 && typographic.has(run) && fitting(text, from)) continue
    report({
      start: start + from,
      end: start + to,
      ruleId: irregular,
      reason: `Unexpected ${describe(run)} ${inside ? 'inside a sentence' : 'between sentences'}, expected a space`,
      expected: [' '],
    })
  }
}

// Whether `text` has a character of `odd`.
function hasOddSpace(text: string): boolean {
  return text.includes('\t') || text.includes('\u00A0') || wideSpace.test(text)
}

// Where the paragraph's sentences end: white space starting there lies between two sentences.
function endsOf(paragraph: ParagraphView): Set<number> {
  const ends = new Set<number>()
  for (const child of paragraph.node.children) {
    const end = child.position?.end.offset
    if (child.type === 'SentenceNode' && end !== undefined) ends.add(end)
  }
  return ends
}

// Spaces before a line break end a line and spaces after one indent it; a carriage return is a plain
// space in the parsed text, so the original is asked as well.
function nearLineBreak(text: string, original: string, from: number, to: number): boolean {
  const before = text.charCodeAt(from - 1)
  const after = original.charCodeAt(to)
  return before === 0x0a || after === 0x0d || text.charCodeAt(to) === 0x0a || after === 0x0a
}

// A no-break space where it belongs: next to a digit, or after a full stop that did not end the sentence.
function fitting(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1)
  return isDigit(before) || isDigit(text.charCodeAt(index + 1)) || before === 0x2e
}

// "2 spaces", "no-break space and space": runs of the same character counted, in order.
function describe(run: string): string {
  const parts: string[] = []
  let count = 0
  for (let index = 0; index < run.length; index++) {
    count++
    if (run[index + 1] === run[index]) continue
    const name = spaceName(run[index]!) ?? 'space'
    parts.push(count === 1 ? name : `${count} ${name}s`)
    count = 0
  }
  return parts.join(' and ')
}

/** The `irregular-space` and `sentence-spacing` rules. */
export const spacing: DiagnosticRule = { ruleIds: [irregular, betweenSentences], check }
