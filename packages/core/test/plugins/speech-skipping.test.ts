/**
 * retext-speech looks for a reporting verb only in sentences with one of its default cues among their
 * tokens (`word-kinds.ts`), and there only from the first such token to the last, unless it has cues of
 * its own. Skipping must never lose a speaker: the plugin must find what it finds when every sentence is
 * read whole.
 */
import fc from 'fast-check'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/lib/parse-article.js'
import retextEntities from '../../src/lib/plugins/retext-entities.js'
import retextSpeech, { type Options } from '../../src/lib/plugins/retext-speech.js'
import type { ArticleProcessor } from '../../src/lib/processor.js'
import { articleText } from '../support/arbitraries.js'
import { withEverySentenceRead } from './every-sentence.js'
import { articleLike } from './support.js'

// Sentences of a speaker (or not), maybe an appositive or an adverb, a cue (or another verb) and the rest.
const subject = fc.constantFrom(
  'Zhang Wei',
  'Ms. Chen Hong',
  'Mr. Ma Jun',
  "Zhang Wei's company",
  'Yesterday afternoon, Anna Schmidt',
  'He',
  'She',
  'The company',
  'The port met with Li Na and',
)
const middle = fc.constantFrom('', ' also', ', mayor of Dalian,', ' further')
// biome-ignore format: packed list
const verb = fc.constantFrom(
  'said', 'says', 'stressed', 'pointed out', 'pointed', 'called for', 'hoping', 'told', 'recalled', 'visited',
  'Said', 'said\'s',
)
const rest = fc.constantFrom(' that the port opened', ' the plan', '', ', saying the plan works')
const sentence = fc.oneof(
  fc.tuple(subject, middle, verb, rest).map((parts) => `${parts.join(' ').replace(/ ,/g, ',')}.`),
  fc.constantFrom('"We will win," said Anna Schmidt.', 'The port opened.', 'He opened the port.'),
)
const article = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
  .map((paragraphs) => `Port News From Harbin\n\n${paragraphs.map((item) => item.join(' ')).join('\n\n')}`)

// speech and the people it names, from an article parsed with entities first.
function speechOf(plugin: typeof retextSpeech, text: string, options: Options | undefined) {
  const processor = unified().use(retextEnglish).use(retextEntities).use(plugin, options).freeze()
  const article = parseArticle(text, { processor: processor as unknown as ArticleProcessor, tree: false })
  return { speech: article.speech, entities: article.entities }
}

describe('retext-speech skipping sentences', () => {
  it('should find the same speech as when every sentence is read whole', async () => {
    const everySentence = await withEverySentenceRead(() => import('../../src/lib/plugins/retext-speech.js'))
    fc.assert(
      fc.property(
        fc.oneof(article, articleLike(['said', 'He', 'Zhang Wei', ',']), articleText),
        fc.constantFrom(undefined, { cues: ['recalled'] }, { cues: ['said'] }),
        (text, options) => {
          expect(speechOf(retextSpeech, text, options)).toEqual(
            speechOf(everySentence.default, text, options),
          )
        },
      ),
      { numRuns: 200 },
    )
  })
})
