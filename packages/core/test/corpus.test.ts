import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'
import { loadCorpus } from '../src/node.js'
import { inputProblems } from './support/input-rules.js'
import { corpusDir } from './support/paths.js'

const expectedParagraphs: Record<string, number> = {
  '000_5c4058081ad657f1.txt': 4,
  '001_934dfffac594c55a.txt': 5,
  '002_2ab2013ecb79e34b.txt': 6,
  '003_23f7020b663a3015.txt': 6,
  '004_d565d95d31004a93.txt': 5,
}

describe('the bundled corpus', () => {
  it('should hold exactly the five known articles', () => {
    expect(
      readdirSync(corpusDir)
        .filter((name) => name.endsWith('.txt'))
        .sort(),
    ).toEqual(Object.keys(expectedParagraphs))
  })

  for (const [name, paragraphs] of Object.entries(expectedParagraphs)) {
    it(`should read ${name} as ${paragraphs} body paragraphs titled by its first line`, () => {
      const text = readFileSync(join(corpusDir, name), 'utf8')
      const article = parseArticle(text, { file: name })
      expect(article.paragraphs).toHaveLength(paragraphs)
      expect(article.stats.paragraphs).toBe(paragraphs)
      expect(article.title).toBe(text.split('\n')[0]!.trim())
      expect(article.heading?.text).toBe(article.title)
      expect(article.id).toBe(name.replace(/\.txt$/, ''))
      expect(inputProblems(article)).toEqual([])
    })
  }

  it('should load the corpus folder with the same articles and no errors', async () => {
    const corpus = await loadCorpus(corpusDir)
    expect(corpus.errors).toEqual([])
    expect(corpus.articles.map((article) => [article.file, article.paragraphs.length])).toEqual(
      Object.entries(expectedParagraphs),
    )
    expect(corpus.articles.every((article) => article.tree === undefined)).toBe(true)
    expect(corpus.get('002_2ab2013ecb79e34b')?.title).toMatch(/^Tan Chengxu Led the Party/)
  })
})
