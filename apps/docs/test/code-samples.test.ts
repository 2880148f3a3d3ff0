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
})
