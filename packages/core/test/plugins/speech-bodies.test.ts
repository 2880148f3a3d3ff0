/**
 * retext-speech's `bodies` option: a body named as the one who speaks ("The Qiaolin Harbour Bureau said …")
 * is a speaker only when the option is on; by default only people speak.
 */
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/lib/parse-article.js'
import retextEntities from '../../src/lib/plugins/retext-entities.js'
import retextRoles from '../../src/lib/plugins/retext-roles.js'
import retextSpeech, { type Options } from '../../src/lib/plugins/retext-speech.js'
import type { ArticleProcessor } from '../../src/lib/processor.js'

const text =
  'New Berths in Qiaolin\n\nThe Qiaolin Harbour Bureau said that two berths would open in May. ' +
  'Dorota Welk, director of the bureau, said the berths were ready.'

const speakers = (options: Options) => {
  const processor = unified()
    .use(retextEnglish)
    .use(retextEntities)
    .use(retextRoles)
    .use(retextSpeech, options)
    .freeze() as unknown as ArticleProcessor
  return parseArticle(text, { processor }).speech.map((speech) => speech.speaker)
}

describe('retextSpeech({ bodies })', () => {
  it('should give speech to a body that speaks when bodies is true', () => {
    expect(speakers({ bodies: true })).toEqual(['Qiaolin Harbour Bureau', 'Dorota Welk'])
  })

  it('should give speech to people only by default', () => {
    expect(speakers({})).toEqual(['Dorota Welk'])
  })
})
