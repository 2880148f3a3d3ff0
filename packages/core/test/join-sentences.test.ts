import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'

const sentences = (body: string) => {
  const article = parseArticle(`Title\n\n${body}`, { tree: false })
  return article.paragraphs.flatMap((paragraph) =>
    paragraph.sentences.map((sentence) => article.text.slice(sentence.start, sentence.end)),
  )
}

describe('sentences in legal forms', () => {
  it('should keep "Pte. Ltd.", "Sdn. Bhd." and "Pty. Ltd." inside one sentence', () => {
    expect(
      sentences(
        'Lim Wei Ming of Orchid Bay Holdings Pte. Ltd. spoke. Tasik Sdn. Bhd. and Wattle Pty. Ltd. signed.',
      ),
    ).toEqual([
      'Lim Wei Ming of Orchid Bay Holdings Pte. Ltd. spoke.',
      'Tasik Sdn. Bhd. and Wattle Pty. Ltd. signed.',
    ])
  })

  it('should not join a sentence after "Pte." to one that starts otherwise', () => {
    expect(sentences('The deal went to Kestrel Pte. The Fuxin office opened.')).toEqual([
      'The deal went to Kestrel Pte.',
      'The Fuxin office opened.',
    ])
  })

  it('should give the company in a joined sentence its whole name', () => {
    const article = parseArticle(
      'Title\n\nThe Fuxin plant belongs to Orchid Bay Holdings Pte. Ltd. of Singapore.',
    )
    expect(article.entities.map((entity) => entity.name)).toContain('Orchid Bay Holdings Pte. Ltd.')
  })
})
