/**
 * The short forms of company and body names (test/fixtures/entities/company-names.json): entities.test.ts
 * checks that each body is found once; here every alias a case expects must also be one of the forms of the
 * entity found, since a short form the rules miss leaves no extra entity to show it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'
import { fixturesDir } from './support/paths.js'

interface Expected {
  readonly name: string
  readonly aliases?: readonly string[]
}

interface Case {
  readonly should: string
  readonly text: string
  readonly expected: Readonly<Record<'persons' | 'organizations' | 'places', readonly Expected[] | undefined>>
}

const cases = JSON.parse(
  readFileSync(join(fixturesDir, 'entities', 'company-names.json'), 'utf8'),
) as readonly Case[]

const norm = (text: string) => text.replace(/’/g, "'").replace(/^the /i, '').toLowerCase()

describe('short forms of company and body names', () => {
  for (const { should, text, expected } of cases) {
    const wanted = [...(expected.organizations ?? []), ...(expected.places ?? [])]
    if (!wanted.some((item) => item.aliases?.length)) continue
    it(`should ${should}, with every short form as an alias`, () => {
      const article = parseArticle(text)
      for (const item of wanted) {
        if (!item.aliases?.length) continue
        const entity = article.entities.find((found) => norm(found.name) === norm(item.name))
        const forms = entity ? [entity.name, ...entity.aliases].map(norm) : []
        expect(forms, item.name).toEqual(expect.arrayContaining(item.aliases.map(norm)))
      }
    })
  }
})
