import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FixtureText, firstExamples, readFixtureTexts } from '../scripts/rule-examples.js'

let root: string
let texts: FixtureText[]

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'docs-rule-examples-'))
  await mkdir(join(root, 'plugins'))
  await mkdir(join(root, 'diagnostics'))
  await writeFile(
    join(root, 'plugins/money.json'),
    JSON.stringify([
      { sentence: 'The Rizhao fund raised 3 million yuan last spring.  Its board met twice.', expected: [] },
      { sentence: 'Nothing here costs money.', expected: [{ text: 'ignored, it is an expectation' }] },
    ]),
  )
  await writeFile(
    join(root, 'diagnostics/spacing.json'),
    JSON.stringify({ ruleId: 'sentence-spacing', found: [{ text: 'The dock grew.  The yard did too.' }] }),
  )
  await writeFile(
    join(root, 'diagnostics/article.txt'),
    'Harbour Day\n\nThe Weifang harbour opened on May 3.\n',
  )
  texts = await readFixtureTexts([join(root, 'plugins'), join(root, 'diagnostics')], root)
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('readFixtureTexts', () => {
  it('should take each case of a JSON fixture as a body paragraph under a title, and a .txt file as it is', () => {
    expect(texts).toEqual([
      {
        source: 'plugins/money.json (case 1)',
        text: 'Example\n\nThe Rizhao fund raised 3 million yuan last spring.  Its board met twice.',
      },
      { source: 'plugins/money.json (case 2)', text: 'Example\n\nNothing here costs money.' },
      { source: 'diagnostics/article.txt', text: 'Harbour Day\n\nThe Weifang harbour opened on May 3.\n' },
      { source: 'diagnostics/spacing.json (case 1)', text: 'Example\n\nThe dock grew.  The yard did too.' },
    ])
  })
})

describe('firstExamples', () => {
  it('should give a fact rule its first match, highlighted in its sentence', () => {
    const money = firstExamples(texts).get('money-number-currency')
    expect(money).toMatchObject({
      kind: 'money',
      sentence: 'The Rizhao fund raised 3 million yuan last spring.',
      found: '3000000 CNY',
      source: 'plugins/money.json (case 1)',
    })
    expect(money?.sentence.slice(money.match.start, money.match.end)).toBe('3 million yuan')
  })

  it('should take a message rule from the fixtures written for messages first, in its line when it is between sentences', () => {
    expect(firstExamples(texts).get('sentence-spacing')?.source).toBe('plugins/money.json (case 1)')
    expect(firstExamples(texts, 'diagnostics/').get('sentence-spacing')).toMatchObject({
      kind: 'message',
      source: 'diagnostics/spacing.json (case 1)',
      sentence: 'The dock grew.  The yard did too.',
      match: { start: 14, end: 16 },
    })
  })
})
