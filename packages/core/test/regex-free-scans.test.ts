// The scans written with character codes or one pass instead of regexes must say exactly what the
// regexes said.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDateParts, dateFieldNames, dateFields } from '../src/lib/annotations.js'
import { normalise, type Replacement } from '../src/lib/normalise.js'
import { safeEnd } from '../src/lib/parse-paragraphs.js'
import { findBlocks, type Range } from '../src/lib/segment.js'

// Characters each scan treats specially, mixed with plain ones so that runs and edges occur.
const unit = fc.constantFrom(
  ...['a', 'Z', '0', '9', ' ', ' ', '\t', '\n', '\n', '\r', '.', '!', '?', '…', '‽', ','],
  ...['"', "'", '”', '’', ')', ']', '}', '(', '“', '\u00A0', '\u2009', '\u3000', '\u2028', '\u0000'],
  ...['\u0007', '\u001B', '\u001B[31m', '\u007F', '\u0085', '\u009F', '\uFEFF', '\uD800', '\uDC00', 'é'],
  ...['，', '、', '：', '；', '（', '）', '。', '！', '？', '《'],
)
const text = fc.array(unit, { maxLength: 60, size: 'max' }).map((parts) => parts.join(''))
// Mostly line feeds, spaces and tabs, for blank lines.
const lines = fc
  .array(fc.constantFrom('a', '.', ' ', '\t', '\n', '\n', '\r', '\u00A0'), { maxLength: 40, size: 'max' })
  .map((parts) => parts.join(''))

// What `normalise` did with a pass per kind of character.
function normaliseBefore(input: string) {
  const replacements: Replacement[] = []
  let value = input
  if (value.charCodeAt(0) === 0xfeff) {
    replacements.push({ start: 0, end: 1, kind: 'bom' })
    value = ` ${value.slice(1)}`
  }
  const escapeSequence = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[@-Z\\-_])/g
  value = value.replace(escapeSequence, (match, offset: number) => {
    replacements.push({ start: offset, end: offset + match.length, kind: 'escape-sequence' })
    return ' '.repeat(match.length)
  })
  value = value.replace(/\r(\n?)/g, (_, lf: string) => (lf ? ' \n' : '\n'))
  value = value.replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u2028\u2029]/g, ' ')
  value = value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, (match, offset: number) => {
    replacements.push({ start: offset, end: offset + match.length, kind: 'control' })
    return ' '
  })
  const ascii: Record<string, string> = { '，': ',', '、': ',', '：': ':', '；': ';', '（': '(', '）': ')' }
  value = value.replace(/[，、：；（）]/g, (mark) => ascii[mark]!)
  value = value.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (match, offset: number) => {
      replacements.push({ start: offset, end: offset + match.length, kind: 'lone-surrogate' })
      return '\uFFFD'
    },
  )
  replacements.sort((a, b) => a.start - b.start)
  return { text: value, replacements }
}

// What `findBlocks` did with a regex for blank lines.
function findBlocksBefore(input: string, from: number): Range[] {
  const blocks: Range[] = []
  const blankLine = /\n[ \t]*(?=\n)/g
  const push = (start: number, end: number) => {
    const trimmed = /^[ \t\n]*([\s\S]*?)[ \t\n]*$/.exec(input.slice(start, end))![1]!
    if (!trimmed) return
    const lead = input.slice(start, end).search(/[^ \t\n]/)
    blocks.push({ start: start + lead, end: start + lead + trimmed.length })
  }
  let cursor = from
  blankLine.lastIndex = from
  for (let match = blankLine.exec(input); match; match = blankLine.exec(input)) {
    push(cursor, match.index)
    cursor = match.index + match[0].length
  }
  push(cursor, input.length)
  return blocks
}

describe('normalise', () => {
  it('should replace and report exactly what a pass per kind of character did', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(normalise(value)).toEqual(normaliseBefore(value))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('findBlocks', () => {
  it('should cut blank-line separated blocks where the blank-line regex did', () => {
    fc.assert(
      fc.property(fc.oneof(text, lines), fc.nat({ max: 70 }), (value, from) => {
        const start = Math.min(from, value.length)
        expect(findBlocks(value, start)).toEqual(findBlocksBefore(value, start))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('safeEnd', () => {
  it('should accept a paragraph end exactly where the end regex matched its last 100 characters', () => {
    const safeLast = /(?:[A-Za-z0-9]|[.!?…‽]["'”’)\]}]*)$/
    const long = fc
      .tuple(text, fc.nat({ max: 120 }), text)
      .map(([head, count, tail]) => head + '”'.repeat(count) + tail)
    fc.assert(
      fc.property(fc.oneof(text, long), fc.nat({ max: 10 }), (value, skip) => {
        fc.pre(value.length > skip)
        const range = { start: skip, end: value.length }
        const window = value.slice(Math.max(range.start, range.end - 100), range.end)
        expect(safeEnd(value, range)).toBe(safeLast.test(window))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('addDateParts', () => {
  it('should copy the date parts a finding has in the order of dateFieldNames', () => {
    const part = fc.option(fc.oneof(fc.integer(), fc.boolean(), fc.string()), { nil: undefined })
    const parts = fc.record(Object.fromEntries(dateFieldNames.map((name) => [name, part])))
    fc.assert(
      fc.property(parts, (found) => {
        const date: Record<string, unknown> = { start: 0 }
        addDateParts(date, found)
        expect(Object.entries(date)).toEqual([['start', 0], ...Object.entries(dateFields(found))])
      }),
    )
  })
})
