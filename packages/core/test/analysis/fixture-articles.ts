import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Article, parseArticle } from '../../src/index.js'

/** The folder of the analysis fixtures. */
export const analysisFixtures = fileURLToPath(new URL('../fixtures/analysis/', import.meta.url))

/** Whether to rewrite expected-output fixtures instead of comparing with them. */
export const updateFixtures = process.env.UPDATE_FIXTURES === '1'

/** The invented articles of `fixtures/analysis/articles/`, parsed, in file-name order. */
export function fixtureArticles(): Article[] {
  const dir = join(analysisFixtures, 'articles')
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => parseArticle(readFileSync(join(dir, name), 'utf8'), { file: name, tree: false }))
}

/** Every number in `value`, however deep, with the path to it. */
export function numbersIn(value: unknown, path = '$'): [string, number][] {
  if (typeof value === 'number') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((item, index) => numbersIn(item, `${path}[${index}]`))
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => numbersIn(item, `${path}.${key}`))
  return []
}
