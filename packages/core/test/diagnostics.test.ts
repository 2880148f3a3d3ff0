import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import {
  type ArticleProcessor,
  createProcessor,
  diagnosticRuleIds,
  messageSource,
  parseArticle,
  retextDiagnostics,
  retextEntities,
  retextQuotes,
} from '../src/index.js'
import { anyText, articleText, prose } from './support/arbitraries.js'
import { corpusDir, fixturesDir, packageDir } from './support/paths.js'

/** A fixture file: texts where one rule should report exactly these problems, and texts that are fine. */
interface RuleCases {
  readonly ruleId: string
  readonly found: readonly {
    readonly text: string
    readonly expected: readonly { readonly actual: string; readonly expected?: readonly string[] }[]
  }[]
  /** Ordinary English: no diagnostic of any rule may fire on these. */
  readonly fine: readonly string[]
}

const casesDir = join(fixturesDir, 'diagnostics')
const ruleFiles = readdirSync(casesDir).filter((name) => name.endsWith('.json'))
const heading = 'Harbour Notes From Weihai\n\n'
const diagnosticIds = new Set(diagnosticRuleIds)

function offsets(message: VFileMessage): { start: number; end: number } {
  const place = message.place
  if (!place || !('start' in place)) return { start: -1, end: -1 }
  return { start: place.start.offset ?? -1, end: place.end.offset ?? -1 }
}

/** The diagnostics of an article in the fixture's own text, after the heading line. */
function diagnose(text: string) {
  const article = parseArticle(heading + text)
  return article.messages
    .filter((message) => diagnosticIds.has(message.ruleId ?? ''))
    .map((message) => {
      const { start, end } = offsets(message)
      return {
        ruleId: message.ruleId,
        actual: message.actual,
        expected: message.expected,
        // Where the message points, so a test sees it is the text it names.
        at: article.text.slice(start, end),
        source: message.source,
      }
    })
}

function show(text: string): string {
  const shown = text.length > 70 ? `${text.slice(0, 67)}...` : text
  return JSON.stringify(shown)
}

describe('retext-diagnostics rule fixtures', () => {
  it('should have a fixture file for every rule id', () => {
    expect(ruleFiles.map((name) => name.replace(/\.json$/, '')).sort()).toEqual([...diagnosticRuleIds].sort())
  })

  for (const name of ruleFiles) {
    const cases = JSON.parse(readFileSync(join(casesDir, name), 'utf8')) as RuleCases
    describe(cases.ruleId, () => {
      for (const item of cases.found) {
        const actuals = item.expected.map((found) => JSON.stringify(found.actual)).join(', ')
        it(`should report ${actuals} in ${show(item.text)}`, () => {
          const found = diagnose(item.text).filter((message) => message.ruleId === cases.ruleId)
          expect(
            found.map(({ actual, expected }) => ({ actual, ...(expected ? { expected } : {}) })),
          ).toEqual(item.expected)
          for (const message of found) {
            expect(message.at).toBe(message.actual)
            expect(message.source).toBe(messageSource)
          }
        })
      }
      for (const text of cases.fine) {
        it(`should report nothing in ${show(text)}`, () => {
          expect(diagnose(text)).toEqual([])
        })
      }
    })
  }
})

// What the rules find in the bundled corpus, read and checked by hand: each is a real artifact of
// translation or copying. The context is the finding with the characters around it up to white space.
const corpusFindings: Record<string, readonly string[]> = {
  '000_5c4058081ad657f1.txt': [
    'quote-spacing: " old friends"',
    'quote-spacing: " new friends"',
    'quote-spacing: " two pre-zones”,',
    'irregular-space: Dalian.\u00A0And',
  ],
  '001_934dfffac594c55a.txt': [
    'quote-spacing: " To remain true to our original aspiration and keep our mission firmly in mind",',
    'number-before-name: 50 Lan Yishi,',
    'lowercase-sentence: he',
  ],
  '002_2ab2013ecb79e34b.txt': [
    'irregular-space: years.\u00A0 He',
    'doubled-punctuation: effectively..',
    'cjk-punctuation: Ltd。',
  ],
  '003_23f7020b663a3015.txt': ['irregular-space: city.\u00A0 Firstly,', 'irregular-space: and\u00A0Bohai'],
  '004_d565d95d31004a93.txt': [
    ...['mayor\u00A0and', 'secretary\u00A0of\u00A0CPC', 'secretary\u00A0of\u00A0CPC', 'Dalian\u00A0and'],
    ...['mayor\u00A0attend', 'the\u00A0meeting', 'made\u00A0speeches.', 'level\u00A0of'],
    ...['Shanghai-Dalian\u00A0counterpart', 'Dalian\u00A0should', 'the\u00A0working', 'and\u00A0North-East'],
    ...['Shanghai-Dalian\u00A0counterpart', 'vanguard\u00A0in', 'Shanghai-Dalian\u00A0counterpart'],
    ...['enterprises\u00A0cooperation,', 'Dalian\u00A0in', 'activities\u00A0in\u00A0various'],
    ...['activities\u00A0in\u00A0various', 'Shanghai-Dalian\u00A0Economic', 'an\u00A0intended'],
  ].map((context) => `irregular-space: ${context}`),
}

// White space other than a no-break space ends a context: the no-break spaces are what is reported.
const endsContext = (char: string) => /\s/.test(char) && char !== '\u00A0'

function inContext(text: string, start: number, end: number): string {
  let from = start
  let to = end
  while (from > 0 && !endsContext(text[from - 1]!)) from--
  while (to < text.length && !endsContext(text[to]!)) to++
  return text.slice(from, to)
}

describe('retext-diagnostics on the bundled corpus', () => {
  for (const [file, expected] of Object.entries(corpusFindings)) {
    it(`should report only the hand-checked artifacts of ${file}`, () => {
      const article = parseArticle(readFileSync(join(corpusDir, file), 'utf8'), { file })
      const found = article.messages
        .filter((message) => diagnosticIds.has(message.ruleId ?? ''))
        .map((message) => {
          const { start, end } = offsets(message)
          return `${message.ruleId}: ${inContext(article.text, start, end)}`
        })
      expect(found).toEqual(expected)
    })
  }

  it('should report the ideographic full stop of article 002 with a full stop as the fix', () => {
    const file = '002_2ab2013ecb79e34b.txt'
    const article = parseArticle(readFileSync(join(corpusDir, file), 'utf8'))
    const message = article.messages.find((item) => item.ruleId === 'cjk-punctuation')
    expect(message?.actual).toBe('。')
    expect(message?.expected).toEqual(['.'])
    expect(article.text.slice(offsets(message!).start - 3, offsets(message!).end)).toBe('Ltd。')
  })

  it('should report the spaced quote of article 000 with the quote without its space as the fix', () => {
    const file = '000_5c4058081ad657f1.txt'
    const article = parseArticle(readFileSync(join(corpusDir, file), 'utf8'))
    const message = article.messages.find((item) => item.ruleId === 'quote-spacing')
    expect(message?.actual).toBe('" old friends"')
    expect(message?.expected).toEqual(['"old friends"'])
  })
})

describe('retext-diagnostics on ordinary English news', () => {
  it('should report nothing in a clean article full of abbreviations, quotes, numbers and lists', () => {
    const text = readFileSync(join(casesDir, 'ordinary-news.txt'), 'utf8')
    const found = parseArticle(text)
      .messages.filter((message) => diagnosticIds.has(message.ruleId ?? ''))
      .map((message) => `${message.ruleId}: ${message.reason}`)
    expect(found).toEqual([])
  })
})

// Fragments of translated text, artifacts and the ordinary English they are confused with, so the
// property below reaches every rule's corner cases rather than only plain words.
const fragment = fc.constantFrom(
  ...[
    '。',
    '，',
    '：',
    '（',
    '）',
    '、',
    '《',
    '》',
    '大连',
    '"',
    '“',
    '”',
    '" ',
    ' "',
    '«',
    '»',
    '「',
    '」',
  ],
  ...[
    '..',
    ',,',
    '. .',
    '!!',
    '?!',
    '...',
    '…',
    '.',
    ',',
    ' ,',
    ' .',
    ':',
    ';',
    '?',
    'etc.',
    'p.m.',
    'Co., Ltd.',
  ],
  ...['\u00A0', '\u3000', '\u2009', '\t', '  ', '\n', '\n\n', '\u0007', '\r\n', '50', '2019', 'Qiao Ruolin'],
  ...['the', 'the the', 'The', 'he', 'iPhone', 'www.example.com', 'said', 'general manager', ' '],
)
const artifacts = fc
  .array(fc.oneof(fragment, fc.constant(' ')), { maxLength: 80 })
  .map((pieces) => `Port Notes\n\n${pieces.join('')}`)

describe('retextDiagnostics', () => {
  it('should list every rule id in the readme', () => {
    const readme = readFileSync(join(packageDir, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## Diagnostics'))
    for (const id of diagnosticRuleIds) expect(section).toContain(`| \`${id}\``)
  })

  it('should leave out the rules it is told to ignore, also in the default processor', () => {
    const text = 'Port Notes\n\nThe port grew.  The airport grew too, and and the rail link..'
    const count = (ids: readonly (string | undefined)[], id: string) =>
      ids.filter((item) => item === id).length
    const before = parseArticle(text).messages.map((message) => message.ruleId)
    expect([count(before, 'doubled-punctuation'), count(before, 'sentence-spacing')]).toEqual([1, 1])
    expect(count(before, 'repeated-word')).toBe(1)
    // unified configures a plugin it already has instead of running it twice.
    const ignore = ['sentence-spacing', 'repeated-word']
    const processor = createProcessor([[retextDiagnostics, { ignore }]])
    const after = parseArticle(text, { processor }).messages.map((message) => message.ruleId)
    expect([count(after, 'doubled-punctuation'), count(after, 'sentence-spacing')]).toEqual([1, 0])
    expect(count(after, 'repeated-word')).toBe(0)
  })

  it('should report at most maxPerRule messages per rule, and say how many there were in all', () => {
    const text = `Port Notes\n\n${'The port grew,, again. '.repeat(8)}`
    const bare = unified().use(retextEnglish).use(retextDiagnostics, { maxPerRule: 3 })
    const file = new VFile(text)
    bare.runSync(bare.parse(file), file)
    const reasons = file.messages.map((message) => message.reason)
    expect(reasons.filter((reason) => reason.startsWith('Unexpected doubled'))).toHaveLength(3)
    expect(reasons.at(-1)).toBe(
      'Unexpected 8 `doubled-punctuation` problems in all: only the first 3 are reported',
    )
  })

  it('should report a repeated word however long it is', () => {
    const word = 'counterrevolutionarydisestablishmentarianism'
    const text = `Port Notes\n\nThe committee called it ${word} ${word} in its report.`
    const found = parseArticle(text).messages.filter((message) => message.ruleId === 'repeated-word')
    expect(found.map((message) => [message.actual, message.expected])).toEqual([[`${word} ${word}`, [word]]])
  })

  it('should read the text from the tree when the file has none', () => {
    const text = 'The port grew,, again.'
    const processor = unified().use(retextEnglish).use(retextDiagnostics)
    const file = new VFile()
    processor.runSync(processor.parse(text), file)
    expect(file.messages.map((message) => [message.ruleId, message.actual])).toEqual([
      ['doubled-punctuation', ',,'],
    ])
  })

  it('should find spaced quotes on a plain unified processor with retext-quotes', () => {
    const text = 'The mayor met " old partners" in Harbin.'
    const processor = unified().use(retextEnglish).use(retextQuotes).use(retextDiagnostics)
    const file = new VFile(text)
    processor.runSync(processor.parse(file), file)
    expect(file.messages.map((message) => message.expected)).toEqual([['"old partners"']])
  })

  it('should throw a TypeError naming a bad option and the fix', () => {
    // @ts-expect-error: a value the types forbid, as JavaScript callers may pass
    expect(() => retextDiagnostics({ ignore: 'sentence-spacing' })).toThrow(TypeError)
    expect(() => retextDiagnostics({ ignore: ['double-space'] })).toThrow(/"double-space".*sentence-spacing/)
    expect(() => retextDiagnostics({ maxPerRule: -1 })).toThrow(/maxPerRule.*number -1/)
    // @ts-expect-error: as above
    expect(() => retextDiagnostics('all')).toThrow(/options.*"all"/)
  })

  it('should never throw and only point inside the text, whatever the text', () => {
    // Only the plugins whose findings the rules read, so a failure here is a failure of the diagnostics.
    const processor = unified()
      .use(retextEnglish)
      .use(retextEntities)
      .use(retextQuotes)
      .use(retextDiagnostics)
      .freeze() as unknown as ArticleProcessor
    fc.assert(
      fc.property(fc.oneof(anyText, articleText, prose, artifacts), (text) => {
        const article = parseArticle(text, { processor })
        for (const message of article.messages) {
          if (!diagnosticIds.has(message.ruleId ?? '')) continue
          const { start, end } = offsets(message)
          expect(0 <= start && start < end && end <= text.length).toBe(true)
          expect(text.slice(start, end)).toBe(message.actual)
          expect(message.source).toBe(messageSource)
        }
      }),
      { numRuns: 500 },
    )
  })
})
