/**
 * Sentences the parser runs together and `splitMissedSentences` ends: after a day number with a full stop,
 * after a legal form with a full stop before a word that starts a sentence or a person's name and role, and
 * after a lower-case word with a full stop before a name whose first word is in lower case or before "he"
 * or "she".
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
    [
      'a lower-case word before a name whose surname is in lower case',
      'The county pays most of the premium. qiao Wenrui said that growers pay the rest.',
      ['The county pays most of the premium.', 'qiao Wenrui said that growers pay the rest.'],
    ],
    [
      'a lower-case word before a Korean name whose surname is in lower case',
      'The order is worth US$3 million. seo Min-jae said that more would follow.',
      ['The order is worth US$3 million.', 'seo Min-jae said that more would follow.'],
    ],
    [
      'a lower-case word before a name whose surname, "he", is a pronoun too',
      'Trade rose 3 percent. he Lan said that prices held.',
      ['Trade rose 3 percent.', 'he Lan said that prices held.'],
    ],
    [
      'a legal form before a name, a role with a title word and a verb',
      'The expo is run by the Qiaoling Bureau of Commerce and Brightwave Tech Co., Ltd. Nadia Olsen, vice president of Brightwave, said that orders rose.',
      [
        'The expo is run by the Qiaoling Bureau of Commerce and Brightwave Tech Co., Ltd.',
        'Nadia Olsen, vice president of Brightwave, said that orders rose.',
      ],
    ],
    [
      'a legal form before a name of three words and a capitalised title',
      'The guests toured Harlow Foods Ltd. Carla Maria Souza, Consul General of Brazil, attended the tour.',
      [
        'The guests toured Harlow Foods Ltd.',
        'Carla Maria Souza, Consul General of Brazil, attended the tour.',
      ],
    ],
    [
      'a hyphenated lower-case word before a Japanese surname in lower case, a given name and a comma',
      'Sales rose in cross-border e-commerce. takeda Hiroshi, president of Kumori Seiki, said so.',
      ['Sales rose in cross-border e-commerce.', 'takeda Hiroshi, president of Kumori Seiki, said so.'],
    ],
    [
      'a lower-case word before a Japanese given name in lower case, a known surname and a verb of speech',
      'The resort received its first guests. hiroshi Takeda said that bookings were full.',
      ['The resort received its first guests.', 'hiroshi Takeda said that bookings were full.'],
    ],
    [
      'a lower-case word before "he" and a verb',
      'Exports rose by 3 million. he said the market was large.',
      ['Exports rose by 3 million.', 'he said the market was large.'],
    ],
    [
      'a day number before a stray digit and a name',
      'The fair closed on June 14. 5 Tomas Ferreira said that orders doubled.',
      ['The fair closed on June 14.', '5 Tomas Ferreira said that orders doubled.'],
    ],
    [
      'a lower-case word before a lower-case first name, a surname with particles and a verb of speech',
      'The ship carried 40 tons of fresh mangoes. lucía Beatriz de la Vega Ruiz hoped that trade would grow.',
      [
        'The ship carried 40 tons of fresh mangoes.',
        'lucía Beatriz de la Vega Ruiz hoped that trade would grow.',
      ],
    ],
    [
      'a proper word before a known given name in lower case, a surname and a verb that is no speech',
      'The bronze mirrors came from Korea. takumi Oshiroda has dug in the valley since 2019.',
      ['The bronze mirrors came from Korea.', 'takumi Oshiroda has dug in the valley since 2019.'],
    ],
    [
      'a number before a surname alone in lower case that is no English word and a verb of speech',
      'The academy opened its second pitch in 2024. carvalhedo said that twelve boys had joined.',
      ['The academy opened its second pitch in 2024.', 'carvalhedo said that twelve boys had joined.'],
    ],
    [
      'a lower-case word before a given name, a surname, "also" and a verb of speech',
      'Ferries will sail twice a week to the islands. vsevolod Karnaukhov also stressed that fares would fall.',
      [
        'Ferries will sail twice a week to the islands.',
        'vsevolod Karnaukhov also stressed that fares would fall.',
      ],
    ],
    [
      'a lower-case word before an unknown first name, a surname, "then" and a verb of speech',
      'The herders sold 300 yaks at the fair. tsogtbayar Enkhmend then added that buyers from Tonghua paid more.',
      [
        'The herders sold 300 yaks at the fair.',
        'tsogtbayar Enkhmend then added that buyers from Tonghua paid more.',
      ],
    ],
    [
      '"in" before a pronoun',
      'Staff no longer queue to check in. They scan a code at the gate of the Yuquan clinic.',
      ['Staff no longer queue to check in.', 'They scan a code at the gate of the Yuquan clinic.'],
    ],
    [
      '"in" before a Chinese name and a verb of speech',
      'More volunteers have signed in. Kou Yanting said that the list was full.',
      ['More volunteers have signed in.', 'Kou Yanting said that the list was full.'],
    ],
    [
      'a legal form before a Korean name and a verb of speech',
      'The fair drew buyers to Doryeong Textiles (Rizhao) Co., Ltd. Baek Seo-jin said that the stand was full.',
      [
        'The fair drew buyers to Doryeong Textiles (Rizhao) Co., Ltd.',
        'Baek Seo-jin said that the stand was full.',
      ],
    ],
    [
      'a legal form before a known given name, a surname and a verb of speech',
      'Three cranes came from Norlift Co., Ltd. Greta Tvedahl noted that two more were due.',
      ['Three cranes came from Norlift Co., Ltd.', 'Greta Tvedahl noted that two more were due.'],
    ],
    [
      '"in" before a title, a Chinese name and a verb of speech',
      'Forty shops have moved in. Deputy Director Qu Tingrui said that more would follow.',
      ['Forty shops have moved in.', 'Deputy Director Qu Tingrui said that more would follow.'],
    ],
    [
      '"in" after a number (inches) before a pronoun',
      'The screens measure 55 in. It ships forty of them a day.',
      ['The screens measure 55 in.', 'It ships forty of them a day.'],
    ],
    [
      '"sun" before a Chinese name and a verb of speech',
      'Crowds basked in the sun. Yu Hang said that the beach was full.',
      ['Crowds basked in the sun.', 'Yu Hang said that the beach was full.'],
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
    [
      'two words that go on a company, a comma and a phrase with no title',
      'Staff from Orvane Co., Ltd. Marine Services, a subsidiary, toured the dock.',
    ],
    [
      'a branch whose role phrase has a title word',
      'Loans from Tianrun Bank Co., Ltd. Qiaobei Branch, whose president spoke, rose.',
    ],
    ['a branch and a verb of speech', 'Staff of Sorel Co., Ltd. Qingdao Branch said sales rose.'],
    ['a title, a name and a verb of speech', 'Staff of Sorel Co., Ltd. Chairman Ma Lin said sales rose.'],
  ])('should not end the sentence after a legal form before %s', (_, body) => {
    expect(sentencesOf(body)).toEqual([body])
  })

  it.each([
    ['a word that is no surname', 'The county pays the premium. most growers pay the rest to Yu Hang.'],
    ['an abbreviation', 'Farms grow pears, plums, etc. qiao Wenrui said that prices rose.'],
    ['a Korean surname that is a word', 'The mayor visited the park. park Rangers were there.'],
    ['"in" after a number (inches)', 'The plant makes a 55 in. Screen for Tonghua buyers.'],

    [
      'particles with no capitalised surname after them',
      'The ship carried fresh mangoes. lucía Beatriz de la costa hoped that trade would grow.',
    ],
    [
      'a lower-case noun and a verb of speech',
      'The fair drew 300 buyers last year. officials said that more would come next year.',
    ],
    [
      'an English noun with a Romance ending and a verb of speech',
      'Sales rose last year. media said the rise was steady.',
    ],
    [
      'an English noun of six letters with a Romance ending and a verb of speech',
      'The hall was full last year. alumni said the fair had grown.',
    ],
    [
      'an English word with a Romance ending and a verb of speech',
      'Ships left in May. cargo said to be late was held.',
    ],
    [
      'a currency that is a surname and a verb of speech',
      'Trade fell in May. yuan said to be weak held steady.',
    ],
    ['a lower-case English word after a unit abbreviation', 'Output reached 5 mln. extra said nothing.'],
    [
      'a foreign-looking surname after a unit abbreviation',
      'Sales rose 12 pct. moreira said the trend would hold.',
    ],
    [
      'a given name that is an English word, a capitalised word and a verb',
      'The trucks left for Tonghua. max Load Logistics has three more on order.',
    ],
    [
      'a given name and a capitalised word that goes on a company',
      'The stand was full of cheese. anna Brekke Foods has sold out.',
    ],
    [
      'a surname alone before "also" and a word that is no verb of speech',
      'The pitch was rebuilt last year. carvalhedo also has a new stand.',
    ],
    [
      'a Japanese surname with no comma or verb of speech after the name',
      'The stands were sold out. more Tanaka products will arrive in May.',
    ],
  ])('should not end the sentence after a lower-case word before %s', (_, body) => {
    expect(sentencesOf(body)).toEqual([body])
  })

  it.each([
    ['a lower-case word', 'Output rose by 12. 5 percent of plants were idle in Tonghua.'],
    ['a unit in capitals', 'Exports Grew by 4. 8 Percent in May, said Qiu Mingyan.'],
    ['a version and a place', 'Version 3. 0 Harbin Smart Port platform went live in May.'],
    ['a head word of companies', 'Under Article 14. 2 Enterprises shall report their output.'],
  ])('should not end the sentence after a number before a digit and %s', (_, body) => {
    expect(sentencesOf(body)).toEqual([body])
  })

  it('should end the sentence after a number before a digit and a Chinese name', () => {
    expect(sentencesOf('The fair closed on June 14. 5 Qiu Mingyan added that orders doubled.')).toEqual([
      'The fair closed on June 14.',
      '5 Qiu Mingyan added that orders doubled.',
    ])
  })

  it('should give the full stop of a split back, so the cue before it is read', () => {
    const article = parseArticle(
      'A Title\n\nRuan Meixi has taught for years. "They learn fast," she said. ruan Meixi said that classes would grow.',
    )
    expect(article.speech.map((speech) => [speech.speaker, speech.cue, speech.sentenceText])).toEqual([
      ['Ruan Meixi', 'said', '"They learn fast," she said.'],
      ['Ruan Meixi', 'said', 'ruan Meixi said that classes would grow.'],
    ])
  })

  it('should give a speaker after a legal form the sentence that starts with the speaker', () => {
    const article = parseArticle(
      'A Title\n\nThe fair is run by Lumen Trade Co., Ltd. Oskar Lind, general manager of Lumen, said that sales rose.',
    )
    expect(article.speech.map((speech) => speech.sentenceText)).toEqual([
      'Oskar Lind, general manager of Lumen, said that sales rose.',
    ])
  })
})
