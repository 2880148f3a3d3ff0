/**
 * retext-speech records the sex an honorific gives a name ("Ms. Wang Fang"), so that "he" is not read as
 * her. It looks the honorific up only for words that can start a title (`titleFirst`), which every
 * honorific must therefore be: a pronoun of the other sex must pass over the person to the earlier topic.
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/lib/parse-article.js'

const male = ['Mr', 'Mr.', 'Sir', 'Lord']
const female = ['Ms', 'Ms.', 'Mrs', 'Mrs.', 'Miss', 'Madam', 'Madame', 'Mme', 'Mme.', 'Dame', 'Lady']

function speakers(honorific: string, pronoun: string): string[] {
  const text =
    'Port News From Changchun\n\nChen Jie opened the port in Jilin. ' +
    `${honorific} Wang Fang visited the port, and ${pronoun} said the plan works.`
  return parseArticle(text).speech.map((speech) => speech.speaker)
}

describe('retext-speech honorifics', () => {
  for (const [honorifics, same, other] of [
    [male, 'he', 'she'],
    [female, 'she', 'he'],
  ] as const) {
    for (const honorific of honorifics) {
      it(`should read "${same}" after "${honorific}" as the person named and "${other}" as the topic`, () => {
        expect(speakers(honorific, same)).toEqual(['Wang Fang'])
        expect(speakers(honorific, other)).toEqual(['Chen Jie'])
      })
    }
  }
})
