import { describe, expect, it } from 'vitest'
import { corpusEntities, parseArticle } from '../src/index.js'

const first = parseArticle(
  'Harbin Visit\n\nMayor Zhou Lihua visited Harbin Smart Port Group Co., Ltd. and said the Municipal Government would help.',
  { id: 'a' },
)
const second = parseArticle(
  'Port Talks\n\nZhou Lihua met managers of Harbin Smart Port in Harbin. The Municipal Government hosted them.',
  { id: 'b' },
)

describe('corpusEntities', () => {
  const entities = corpusEntities([first, second])
  const byName = (name: string) => entities.find((entity) => entity.name === name)

  it('should merge the same person across articles and list both articles', () => {
    const person = byName('Zhou Lihua')
    expect(person?.type).toBe('person')
    expect(person?.articles.map((item) => item.articleId)).toEqual(['a', 'b'])
    expect(person?.roles).toContain('Mayor')
  })

  it('should merge a company with its short form used in another article', () => {
    const company = entities.find((entity) => entity.type === 'organization' && !entity.generic)
    expect(company?.articles.map((item) => item.articleId)).toEqual(['a', 'b'])
    expect([company?.name, ...(company?.aliases ?? [])]).toContain('Harbin Smart Port Group Co., Ltd.')
  })

  it('should keep generic bodies of different articles apart, with unique ids', () => {
    const generic = entities.filter((entity) => entity.generic)
    expect(generic.length).toBe(2)
    expect(new Set(entities.map((entity) => entity.id)).size).toBe(entities.length)
  })
})
