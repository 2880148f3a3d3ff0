/**
 * Sentences the parser runs together and `splitMissedSentences` ends: after a day number with a full stop,
 * and after a legal form with a full stop before a word that starts a sentence.
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'

const sentencesOf = (body: string) =>
  parseArticle(`A Title\n\n${body}`).paragraphs.flatMap((paragraph) =>
    paragraph.sentences.map((sentence) => sentence.text),
  )

describe('splitMissedSentences', () => {
  it.each([
    [
      'a day number before a capital',
      'Mayor Li Na spoke on March 5. He added that the port would grow.',
      ['Mayor Li Na spoke on March 5.', 'He added that the port would grow.'],
    ],
    [
      'a legal form with initials before a pronoun',
      'Talks were held with Groupe Morel S.A. He said the plant would open in May.',
      ['Talks were held with Groupe Morel S.A.', 'He said the plant would open in May.'],
    ],
    [
      'a "Co., Ltd." before an article',
      'The delegation visited Harbin Lianfa Co., Ltd. The company makes valves.',
      ['The delegation visited Harbin Lianfa Co., Ltd.', 'The company makes valves.'],
    ],
  ])('should end the sentence after %s', (_, body, expected) => {
    expect(sentencesOf(body)).toEqual(expected)
  })

  it.each([
    [
      'a title that may go with the company',
      'Staff of Harbin Lianfa Co., Ltd. Chairman Ma Lin said sales rose.',
    ],
    ['a lower-case word', 'Shares of Corvane Inc. rose sharply on Monday.'],
    ['a name that may go on', 'Talks with Sorel Ltd. Qingdao Branch went well.'],
  ])('should not end the sentence after a legal form before %s', (_, body) => {
    expect(sentencesOf(body)).toEqual([body])
  })
})
