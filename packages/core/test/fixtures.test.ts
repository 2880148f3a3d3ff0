import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'
import { checkArticle } from './support/check-article.js'
import { fixturesDir } from './support/paths.js'
import { summarise } from './support/summarise.js'

const update = process.env.UPDATE_FIXTURES === '1'
const cases = readdirSync(fixturesDir, { withFileTypes: true })
  // Other suites keep data of their own under fixtures/; a case is a folder with an input.txt.
  .filter((entry) => entry.isDirectory() && existsSync(join(fixturesDir, entry.name, 'input.txt')))
  .map((entry) => entry.name)
  .sort()

describe('fixtures', () => {
  it('should find the fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(19)
  })

  for (const name of cases) {
    it(`should parse ${name} as its output.json says`, () => {
      // Buffer decoding keeps a byte order mark and CRLF, so the parser sees the file exactly.
      const text = readFileSync(join(fixturesDir, name, 'input.txt'), 'utf8')
      const article = parseArticle(text)
      expect(checkArticle(article)).toEqual([])
      const actual = summarise(article)
      const outputPath = join(fixturesDir, name, 'output.json')
      if (update) {
        writeFileSync(outputPath, `${JSON.stringify(actual, null, 2)}\n`)
        return
      }
      if (!existsSync(outputPath)) {
        expect.fail(`${outputPath} is missing: run the tests with UPDATE_FIXTURES=1 to write it`)
      }
      expect(actual).toEqual(JSON.parse(readFileSync(outputPath, 'utf8')))
    })
  }
})
