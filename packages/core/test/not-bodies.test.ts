/**
 * Names a head word ends that name no body, not even a generic one: the entity fixtures let a generic body
 * pass as an extra, so these cases say that no organization at all is found.
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'

function organizations(text: string): string[] {
  const article = parseArticle(`Regional News\n\n${text}`)
  return article.entities.filter((entity) => entity.type === 'organization').map((entity) => entity.name)
}

describe('names that are no body', () => {
  it('should find no body in a sentence-initial unit word before "Party" and a title', () => {
    expect(
      organizations('Township Party secretaries should lead villagers in Weihai to grow fruit.'),
    ).toEqual([])
    expect(organizations('County Party members from Weihai planted trees on Friday.')).toEqual([])
  })

  it('should still find a village Party branch', () => {
    expect(organizations('The Hanmen Village Party Branch met in Weihai on Friday.')).toEqual([
      'Hanmen Village Party Branch',
    ])
  })

  it('should find no body in a season school held as an event', () => {
    expect(organizations('The Weihai Winter School on Ice Engineering opened on Monday.')).toEqual([])
  })
})
