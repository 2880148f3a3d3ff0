/**
 * The sentence text of reported speech: a quotation of several sentences whose cue follows its closing mark
 * is one speech fact, filed under the sentence the quotation opens, whose text runs on to the cue; and a
 * sentence ended after a legal form before an honorific and a name.
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'

const speechOf = (body: string) =>
  parseArticle(`A Title\n\n${body}`).speech.map((item) => [item.cue, item.sentenceText])

describe('speech sentence text', () => {
  it('should run from the quotation that opens it to the cue after its closing mark', () => {
    expect(
      speechOf(
        'Tove Bergqvist runs a clinic in Qingdao. "Queues were long in winter. Now patients book online," Ms. Bergqvist said.',
      ),
    ).toEqual([['said', '"Queues were long in winter. Now patients book online," Ms. Bergqvist said.']])
  })

  it('should keep to its own sentence when the cue is in the sentence the quotation opens', () => {
    expect(speechOf('"Queues were long," Ms. Bergqvist said. "Now patients book online."')).toEqual([
      ['said', '"Queues were long," Ms. Bergqvist said.'],
    ])
  })

  it("should start after 'Inc.' at an honorific, a name and a comma", () => {
    expect(
      speechOf(
        'Two ferries are ready at Quellmoor Marine Inc. Dame Honor Ashdown, whose family founded the yard, told reporters that a third would follow.',
      ),
    ).toEqual([
      [
        'told',
        'Dame Honor Ashdown, whose family founded the yard, told reporters that a third would follow.',
      ],
    ])
  })
})
