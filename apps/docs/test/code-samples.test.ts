import { describe, expect, it } from 'vitest'
import { extractCodeSamples } from '../src/code-samples.js'

const markdown = [
  '# Guide',
  '',
  '```ts',
  "import { parseArticle } from '@dalian-news/core'",
  '```',
  '',
  '```sh',
  'npm test',
  '```',
  '',
  '````typescript title="two"',
  'const a = 1',
  '```',
  'still inside',
  '````',
  '',
  '```ts no-run',
  'skipped()',
  '```',
].join('\n')

describe('extractCodeSamples', () => {
  it('should return only TypeScript fences, with their opening line and exact code', () => {
    expect(extractCodeSamples(markdown, 'guide.md')).toEqual([
      { file: 'guide.md', line: 3, lang: 'ts', code: "import { parseArticle } from '@dalian-news/core'\n" },
      { file: 'guide.md', line: 11, lang: 'typescript', code: 'const a = 1\n```\nstill inside\n' },
    ])
  })

  it('should find nothing in Markdown without fences', () => {
    expect(extractCodeSamples('plain text\n', 'x.md')).toEqual([])
  })

  it('should attach the output block that directly follows a sample, and no other block', () => {
    const page = [
      '```ts',
      "console.log('Dandong')",
      '```',
      '',
      '```text output',
      'Dandong',
      '```',
      '',
      '```ts',
      'const x = 1',
      '```',
      '',
      'Prose in between.',
      '',
      '```text output',
      'not this one',
      '```',
    ].join('\n')
    expect(extractCodeSamples(page, 'p.md')).toEqual([
      { file: 'p.md', line: 1, lang: 'ts', code: "console.log('Dandong')\n", output: 'Dandong\n' },
      { file: 'p.md', line: 9, lang: 'ts', code: 'const x = 1\n' },
    ])
  })
})
