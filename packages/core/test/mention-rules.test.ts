import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'

const rulesOf = (text: string, name: string) =>
  parseArticle(`Title\n\n${text}`)
    .entities.find((entity) => entity.name === name)
    ?.mentions.map((mention) => mention.rule)

describe('mention provenance', () => {
  it('should keep the rule that found a body on each mention a sentence rule found', () => {
    const text =
      'Mo Hang visited the Haicheng Maritime Safety Bureau on Monday. The Haicheng Maritime Safety Bureau will open an office.'
    expect(rulesOf(text, 'Haicheng Maritime Safety Bureau')).toEqual(['org-head-word', 'org-head-word'])
  })

  it('should mark a shortened company name by the rule that knows it from its full name', () => {
    const text =
      'Lanbo Marine Equipment Group Co., Ltd. signed the agreement. Lanbo Marine Equipment will build a plant.'
    expect(rulesOf(text, 'Lanbo Marine Equipment Group Co., Ltd.')).toEqual([
      'org-legal-form',
      'org-short-form',
    ])
  })
})
