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

  it('should keep "No.", "Sec.", "Vol.", "Fig." and "Rm." with the number after them in one sentence', () => {
    expect(
      sentences(
        'Students of Lintang No. 3 Middle School rode Line No. 2 to Rm. 1206. Sec. 5 of the rules, Vol. 2 of the report and Fig. 3 were cited.',
      ),
    ).toEqual([
      'Students of Lintang No. 3 Middle School rode Line No. 2 to Rm. 1206.',
      'Sec. 5 of the rules, Vol. 2 of the report and Fig. 3 were cited.',
    ])
  })

  it('should end a sentence at "Art." or a lower-case "no." before a number', () => {
    expect(
      sentences(
        'The show opened at the Fenghai Museum of Art. 300 paintings hang there. Asked about fees, he said no. 20 firms agreed.',
      ),
    ).toEqual([
      'The show opened at the Fenghai Museum of Art.',
      '300 paintings hang there.',
      'Asked about fees, he said no.',
      '20 firms agreed.',
    ])
  })

  it('should keep "Rs." with its amount in one sentence and read the amount', () => {
    const body = 'The Pune mill will spend Rs. 45 million on new looms. Three firms bid.'
    expect(sentences(body)).toEqual([
      'The Pune mill will spend Rs. 45 million on new looms.',
      'Three firms bid.',
    ])
    const money = parseArticle(`Title\n\n${body}`, { tree: false }).money
    expect(money.map(({ text, amount, currency }) => ({ text, amount, currency }))).toEqual([
      { text: 'Rs. 45 million', amount: 45000000, currency: 'INR' },
    ])
  })

  it('should not join a sentence after "No." to one that starts with a word', () => {
    expect(sentences('The answer was No. Three firms left the talks.')).toEqual([
      'The answer was No.',
      'Three firms left the talks.',
    ])
  })

  it('should give a company with "No." and a number in its name its whole name, and a role naming it too', () => {
    const article = parseArticle(
      'Title\n\nThe bridge was built by Beifang Railway No. 9 Bureau Group Co., Ltd. and opened in May. Pan Yiran, deputy manager of Beifang Railway No. 9 Bureau Group, said that the deck is long.',
    )
    const names = article.entities.map((entity) => entity.name)
    expect(names).toContain('Beifang Railway No. 9 Bureau Group Co., Ltd.')
    expect(names).not.toContain('9 Bureau Group Co., Ltd.')
    const person = article.entities.find((entity) => entity.name === 'Pan Yiran')
    expect(person?.roles.map((role) => role.text)).toEqual([
      'deputy manager of Beifang Railway No. 9 Bureau Group',
    ])
    expect(article.speech.map((speech) => speech.speaker)).toEqual(['Pan Yiran'])
  })
})
