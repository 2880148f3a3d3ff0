/**
 * Sentences the parser runs together after a closing quote and a full stop, after a number's full stop
 * before a quotation or a stray "、", and the French "M." (Monsieur) before a full name.
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'

const sentencesOf = (body: string) =>
  parseArticle(`A Title\n\n${body}`).paragraphs.flatMap((paragraph) =>
    paragraph.sentences.map((sentence) => sentence.text),
  )

const peopleOf = (body: string) =>
  parseArticle(`A Title\n\n${body}`)
    .entities.filter((entity) => entity.type === 'person')
    .map((entity) => entity.name)

describe('sentences ended after quotes and numbers', () => {
  it.each([
    [
      'a closing quote and a full stop before a name in lower case',
      'They called the plant "a new start". bian Muqing said that orders rose.',
      ['They called the plant "a new start".', 'bian Muqing said that orders rose.'],
    ],
    [
      'a full stop and a closing quote before a name in lower case',
      'They called the plant "a new start." bian Muqing said that orders rose.',
      ['They called the plant "a new start."', 'bian Muqing said that orders rose.'],
    ],
    [
      "a number's full stop before an opening quote and a capital",
      'The fare fell to 3,750. "The line pays," she said.',
      ['The fare fell to 3,750.', '"The line pays," she said.'],
    ],
    [
      "a number's full stop before a stray comma glued to a name",
      'The next fair is set for 2031. 、Zuo Qiaoyan, deputy director of the bureau, urged firms to join.',
      [
        'The next fair is set for 2031.',
        '、Zuo Qiaoyan, deputy director of the bureau, urged firms to join.',
      ],
    ],
  ])('should end a sentence at %s', (_what, body, sentences) => {
    expect(sentencesOf(body)).toEqual(sentences)
  })

  it.each([
    [
      'a closing quote and a full stop before an English word in lower case',
      'They called the plant "a new start". bigger plans came later.',
    ],
    [
      "a number's full stop before a quote and a lower-case word",
      'The fare fell to 3,750. "cheap" was the word.',
    ],
    ['a comma after a space that a space follows', 'The total reached 2031. , Zuo Qiaoyan said.'],
  ])('should not end a sentence at %s', (_what, body) => {
    expect(sentencesOf(body)).toHaveLength(1)
  })
})

describe('the French "M." before a full name', () => {
  it('should be dropped from the name before a known given name', () => {
    expect(peopleOf('M. Thierry Vaucanson, counsellor at the embassy, attended the talks.')).toEqual([
      'Thierry Vaucanson',
    ])
  })

  it('should be dropped from the name in an article that addresses others the French way', () => {
    expect(
      peopleOf(
        'M. Anselme Korrigal, counsellor at the embassy, attended the talks. Mme Odile Vasseur, a notary, signed the deed.',
      ),
    ).toEqual(['Anselme Korrigal', 'Odile Vasseur'])
  })

  it('should stay on a name of unknown given name in an article without French forms of address', () => {
    expect(peopleOf('M. Anselme Korrigal, counsellor at the embassy, attended the talks.')).toEqual([
      'M. Anselme Korrigal',
    ])
  })
})
