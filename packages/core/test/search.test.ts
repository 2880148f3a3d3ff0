import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  type Article,
  createSearchIndex,
  fromJSON,
  loadSearchIndex,
  parseArticle,
  parseQuery,
  queryLimits,
  type SearchIndex,
  type SearchResponse,
  searchIndexFormatVersion,
  toJSON,
} from '../src/index.js'
import { loadCorpus } from '../src/node.js'
import { lineColumns } from './support/line-column.js'
import { corpusDir, fixturesDir } from './support/paths.js'

// Checked by hand with grep on corpus/: the only article with "enclave" is the Chaoyang visit; Xi Jinping
// is named in 002, 003 and 004; "forum" occurs in 000, 003 ("forums") and 004.
const chaoyang = '002_2ab2013ecb79e34b'
const withXiJinping = ['002_2ab2013ecb79e34b', '003_23f7020b663a3015', '004_d565d95d31004a93']

let articles: readonly Article[]
let index: SearchIndex

beforeAll(async () => {
  articles = (await loadCorpus(corpusDir)).articles
  index = createSearchIndex(articles)
})

const ids = (response: SearchResponse) => response.results.map((result) => result.id)
const collapse = (text: string) => text.replace(/[\s\p{Cc}]+/gu, ' ')

/** Every snippet of `response` points at exactly the text it shows, at the right line and column. */
function snippetProblems(response: SearchResponse, corpus: readonly Article[]): string[] {
  const problems: string[] = []
  for (const result of response.results) {
    const article = corpus.find((item) => item.id === result.id)!
    const point = lineColumns(article.text)
    for (const snippet of result.snippets) {
      const shown = snippet.text.slice(snippet.match.start, snippet.match.end)
      if (collapse(article.text.slice(snippet.start, snippet.end)) !== shown) {
        problems.push(`${result.id}: ${snippet.start}–${snippet.end} is not "${shown}"`)
      }
      const { line, column } = point(snippet.start)
      if (snippet.line !== line || snippet.column !== column) {
        problems.push(`${result.id}: ${snippet.line}:${snippet.column} should be ${line}:${column}`)
      }
      if (snippet.text !== snippet.text.trim() || /\s\s|[\n\r\t\p{Cc}]/u.test(snippet.text)) {
        problems.push(`${result.id}: "${snippet.text}" is not collapsed for display`)
      }
    }
  }
  return problems
}

describe('search on the bundled corpus', () => {
  it('should rank the Chaoyang article first for the phrase "enclave economy", with phrase snippets', () => {
    const response = index.search('"enclave economy"')
    expect(ids(response)).toEqual([chaoyang])
    const { snippets } = response.results[0]!
    expect(snippets.length).toBeGreaterThan(0)
    for (const snippet of snippets) {
      expect(snippet.kind).toBe('phrase')
      expect(snippet.text.slice(snippet.match.start, snippet.match.end).toLowerCase()).toBe('enclave economy')
    }
    expect(snippetProblems(response, articles)).toEqual([])
  })

  it('should list exactly the articles a person filter names, most mentions first', () => {
    const response = index.search('person:"Xi Jinping"')
    expect([...ids(response)].sort()).toEqual(withXiJinping)
    expect(response.total).toBe(3)
    for (const result of response.results) {
      expect(result.snippets.length).toBeGreaterThan(0)
      expect(result.snippets.every((snippet) => snippet.kind === 'entity')).toBe(true)
    }
    const scores = response.results.map((result) => result.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(index.search('person:"xi   jinping"').results).toEqual(response.results)
  })

  it('should combine a person filter with a word', () => {
    const response = index.search('person:"Xi Jinping" forum')
    expect([...ids(response)].sort()).toEqual(['003_23f7020b663a3015', '004_d565d95d31004a93'])
    expect(response.results[0]!.snippets[0]!.kind).toBe('term')
  })

  it('should find the Chaoyang article by the prefix "enclav"', () => {
    const response = index.search('enclav')
    expect(ids(response)).toEqual([chaoyang])
    expect(response.results[0]!.snippets[0]!.text).toMatch(/enclave/i)
  })

  it('should find "economy" for "economi" and for the misspelling "econmy"', () => {
    for (const query of ['economi', 'econmy']) {
      const response = index.search(query, { limit: Number.POSITIVE_INFINITY })
      expect(ids(response)).toContain(chaoyang)
      const shown = response.results.flatMap((result) =>
        result.snippets.map((snippet) => snippet.text.slice(snippet.match.start, snippet.match.end)),
      )
      expect(shown.some((word) => /^econom/i.test(word))).toBe(true)
    }
  })

  it('should say that a filter names nobody in the corpus', () => {
    const response = index.search('person:"Nobody Atall"')
    expect(response.results).toEqual([])
    expect(response.messages.join(' ')).toMatch(/No person named "Nobody Atall"/)
  })

  it('should give identical results after saving and loading the index', () => {
    const queries = ['"enclave economy"', 'person:"Xi Jinping" forum', 'enclav', 'economi dalian', 'investme']
    const saved = JSON.stringify(index)
    const fromString = loadSearchIndex(saved, articles)
    const fromObject = loadSearchIndex(JSON.parse(saved), [...articles].reverse())
    expect(fromString.size).toBe(articles.length)
    for (const query of queries) {
      expect(fromString.search(query)).toEqual(index.search(query))
      expect(fromObject.search(query)).toEqual(index.search(query))
    }
  })

  it('should build the same index twice, and the same from articles restored by fromJSON', () => {
    const restored = articles.map((article) => fromJSON(JSON.parse(JSON.stringify(toJSON(article)))))
    const again = createSearchIndex(restored)
    expect(JSON.stringify(again)).toBe(JSON.stringify(index))
    for (const query of ['"enclave economy"', 'place:Dalian cooperation', 'forum']) {
      expect(again.search(query)).toEqual(index.search(query))
    }
  })

  it('should find every article by every name and alias of each of its entities', () => {
    for (const article of articles) {
      for (const entity of article.entities) {
        const field = entity.type === 'organization' ? 'org' : entity.type
        for (const name of [entity.name, ...entity.aliases]) {
          if (/["“”„]/.test(name)) continue
          const found = ids(index.search(`${field}:"${name.toUpperCase()}"`, { limit: 10 }))
          const expected = articles
            .filter((other) =>
              other.entities.some(
                (item) =>
                  item.type === entity.type &&
                  [item.name, ...item.aliases].some(
                    (alias) => collapse(alias).toLowerCase() === collapse(name).toLowerCase(),
                  ),
              ),
            )
            .map((other) => other.id)
          expect([...found].sort(), `${field}:"${name}"`).toEqual(expected)
        }
      }
    }
  })
})

describe('search properties', () => {
  const corpusWords = () => [
    ...new Set(
      articles.flatMap((article) =>
        article.paragraphs.flatMap((paragraph) =>
          paragraph.sentences.flatMap((sentence) =>
            sentence.tokens.filter((token) => token.kind === 'word').map((token) => token.text),
          ),
        ),
      ),
    ),
  ]

  it('should return snippets whose offsets slice back to the matched text, for queries of corpus words', () => {
    const words = corpusWords()
    const query = fc.oneof(
      fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }).map((items) => items.join(' ')),
      fc
        .tuple(fc.constantFrom(...words), fc.constantFrom(...words))
        .map(([first, second]) => `${first} "${first} ${second}"`),
      fc.constantFrom(...words).map((word) => word.slice(0, Math.max(2, word.length - 2))),
    )
    fc.assert(
      fc.property(query, fc.integer({ min: 20, max: 200 }), (text, width) => {
        const response = index.search(text, { limit: 5, snippets: 4, snippetWidth: width })
        expect(snippetProblems(response, articles)).toEqual([])
        for (const result of response.results) {
          expect(result.snippets.length).toBeLessThanOrEqual(4)
          for (const snippet of result.snippets) {
            expect(snippet.text.length).toBeLessThanOrEqual(
              Math.max(width, snippet.match.end - snippet.match.start),
            )
          }
        }
        const order = response.results.map((result) => [result.score, result.id] as const)
        const sorted = [...order].sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
        expect(order).toEqual(sorted)
      }),
      { numRuns: 150 },
    )
  })

  it('should find the article a phrase of its own consecutive words comes from', () => {
    const spans = articles.flatMap((article) =>
      article.paragraphs.flatMap((paragraph) => {
        const tokens = paragraph.sentences.flatMap((sentence) => sentence.tokens)
        return tokens.map((_, position) => ({ article, tokens, position }))
      }),
    )
    fc.assert(
      fc.property(
        fc.constantFrom(...spans),
        fc.integer({ min: 1, max: 6 }),
        ({ article, tokens, position }, size) => {
          const picked = tokens.slice(position, position + size)
          const first = picked.find((token) => token.kind === 'word')
          const last = picked.findLast((token) => token.kind === 'word')
          if (!first || !last) return
          const phrase = article.text.slice(first.start, last.end)
          if (/["“”„]/.test(phrase)) return
          const response = index.search(`"${phrase}"`, { limit: Number.POSITIVE_INFINITY })
          expect(ids(response)).toContain(article.id)
          expect(snippetProblems(response, articles)).toEqual([])
        },
      ),
      { numRuns: 200 },
    )
  })

  it('should never throw on any string, and always answer with the documented shape', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const response = index.search(text)
        expect(response.total).toBeGreaterThanOrEqual(response.results.length)
        expect(Array.isArray(response.messages)).toBe(true)
        expect(typeof response.query.text).toBe('string')
      }),
      { numRuns: 300 },
    )
  })
})

describe('hostile queries', () => {
  it('should answer regular expression characters with a message instead of throwing', () => {
    const metacharacters = ['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\'].join('')
    const response = index.search(metacharacters)
    expect(response.results).toEqual([])
    expect(response.messages.join(' ')).toMatch(/no words to search for/)
    expect(index.search('"(enclave|port) economy.*"').results).toEqual([])
  })

  it('should cut a 10,000-character query and say so', () => {
    const response = index.search(`enclave ${'x'.repeat(10_000)}`)
    expect(response.query.text).toHaveLength(queryLimits.maxLength)
    expect(response.messages.join(' ')).toMatch(/only its first 1000 were searched/)
  })

  it('should search only the first words of a query with very many', () => {
    const words = Array.from(
      { length: 60 },
      (_, position) => `word${String.fromCharCode(97 + (position % 26))}${position}`,
    )
    const response = index.search(words.join(' '))
    expect(response.query.terms).toHaveLength(queryLimits.maxTerms)
    expect(response.messages.join(' ')).toMatch(/Only the first 32 of 60 words/)
  })

  it('should answer a query of stopwords, an empty one and one of white space with a message', () => {
    expect(index.search('the of and')).toMatchObject({ results: [], total: 0 })
    expect(index.search('the of and').messages[0]).toMatch(/only stopwords/)
    for (const query of ['', '   \n\t ']) {
      expect(index.search(query).results).toEqual([])
      expect(index.search(query).messages[0]).toMatch(/empty/)
    }
  })

  it('should search the words of an unclosed quote one by one', () => {
    const response = index.search('"enclave econ')
    expect(ids(response)).toEqual([chaoyang])
    expect(response.messages.join(' ')).toMatch(/not closed/)
  })

  it('should ignore an unknown field and search its value', () => {
    const response = index.search('title:enclave')
    expect(ids(response)).toEqual([chaoyang])
    expect(response.messages.join(' ')).toMatch(/Unknown filter "title:"/)
  })

  it('should read control characters and escape sequences as spaces', () => {
    const response = index.search('enclave\u0000\u001b[31m economy\u0007')
    expect(ids(response)).toEqual([chaoyang])
    expect(response.messages.join(' ')).toMatch(/Control characters/)
  })
})

describe('parseQuery fixtures', () => {
  interface QueryCase {
    readonly title: string
    readonly query: string
    readonly terms?: unknown[]
    readonly phrases?: string[]
    readonly filters?: unknown[]
    readonly stopwords?: string[]
    readonly messages?: string[]
  }
  const cases: QueryCase[] = JSON.parse(readFileSync(join(fixturesDir, 'search', 'queries.json'), 'utf8'))

  it('should have the fixture cases', () => {
    expect(cases.length).toBeGreaterThan(20)
  })

  for (const item of cases) {
    it(`should read ${item.title}`, () => {
      const parsed = parseQuery(item.query)
      expect(parsed.terms).toEqual(item.terms ?? [])
      expect(parsed.phrases).toEqual(item.phrases ?? [])
      expect(parsed.filters).toEqual(item.filters ?? [])
      expect(parsed.stopwords).toEqual(item.stopwords ?? [])
      expect(parsed.messages).toHaveLength(item.messages?.length ?? 0)
      item.messages?.forEach((message, position) => {
        expect(parsed.messages[position]).toContain(message)
      })
    })
  }
})

describe('search on invented articles', () => {
  const make = (id: string, text: string) => parseArticle(text, { id, tree: false })

  it('should match a phrase across a line break or CRLF, in any case, and show it collapsed', () => {
    const lines = make('lines', 'Harbour news\n\nThe Free\nTrade   Zone of Ostrava opened.')
    const crlf = make('crlf', 'Harbour news\r\n\r\nA free\r\ntrade zone grew.')
    const corpus = [lines, crlf]
    const response = createSearchIndex(corpus).search('"free trade zone"')
    expect([...ids(response)].sort()).toEqual(['crlf', 'lines'])
    for (const result of response.results) {
      expect(
        result.snippets[0]!.text.slice(result.snippets[0]!.match.start, result.snippets[0]!.match.end),
      ).toMatch(/^free trade zone$/i)
    }
    expect(snippetProblems(response, corpus)).toEqual([])
  })

  it('should not match a phrase across a paragraph break, inside a longer word, or with other punctuation', () => {
    const corpus = [
      make('split', 'Harbour news\n\nThey built a free\n\ntrade zone.'),
      make('longer', 'Harbour news\n\nA carefree trade zone.'),
      make('punctuated', 'Harbour news\n\nIt is free, trade zones aside.'),
    ]
    expect(createSearchIndex(corpus).search('"free trade zone"').results).toEqual([])
    expect(createSearchIndex(corpus).search('"free trade"').results).toEqual([])
  })

  it('should treat straight and curly apostrophes alike in a phrase, and find a possessive by its word', () => {
    const corpus = [make('curly', 'Port news\n\nOstrava’s port grew by 59.3 percent.')]
    const index = createSearchIndex(corpus)
    expect(ids(index.search('"Ostrava\'s port"'))).toEqual(['curly'])
    expect(ids(index.search('ostrava percent'))).toEqual(['curly'])
    expect(ids(index.search('"59.3 percent"'))).toEqual(['curly'])
    expect(index.search('"59 percent"').results).toEqual([])
  })

  it('should find a word by its prefix even when the prefix stems differently', () => {
    const index = createSearchIndex([make('fund', 'Fund news\n\nThe investment fund of Kestrel grew.')])
    expect(ids(index.search('investme'))).toEqual(['fund'])
    expect(ids(index.search('kestr'))).toEqual(['fund'])
    expect(index.search('kestr ').results).toHaveLength(1)
  })

  it('should find accented words without their accents', () => {
    const index = createSearchIndex([make('accents', 'Trade news\n\nA delegation from Zürich visited.')])
    expect(ids(index.search('zurich'))).toEqual(['accents'])
    expect(ids(index.search('ZÜRICH'))).toEqual(['accents'])
  })

  it('should rank a title match above a body match, and break ties by id', () => {
    const corpus = [
      make('b-body', 'Port news\n\nThe ferry terminal opened near the quay.'),
      make('a-title', 'Ferry news\n\nThe terminal opened near the quay.'),
      make('c-same', 'Port news\n\nThe ferry terminal opened near the quay.'),
    ]
    const response = createSearchIndex(corpus).search('ferry')
    expect(ids(response)).toEqual(['a-title', 'b-body', 'c-same'])
    expect(response.results[1]!.score).toBe(response.results[2]!.score)
    expect(response.results[0]!.snippets[0]).toMatchObject({ line: 1, column: 1, kind: 'term' })
  })

  it('should search the title from front matter but never the front matter itself', () => {
    const article = make(
      'fm',
      '---\ntitle: Kestrel Opens a Plant\nsource: Harbour Daily\n---\nThe plant opened.\n',
    )
    const index = createSearchIndex([article])
    expect(ids(index.search('kestrel'))).toEqual(['fm'])
    expect(index.search('kestrel').results[0]!.snippets).toEqual([])
    expect(ids(index.search('"kestrel opens"'))).toEqual(['fm'])
    expect(index.search('harbour').results).toEqual([])
  })

  it('should count results beyond the limit and give no snippets when asked for none', () => {
    const corpus = ['a', 'b', 'c', 'd'].map((id) => make(id, `Port ${id}\n\nThe port of Ostrava grew.`))
    const response = createSearchIndex(corpus).search('ostrava', { limit: 2, snippets: 0 })
    expect(response.total).toBe(4)
    expect(ids(response)).toEqual(['a', 'b'])
    expect(response.results.every((result) => result.snippets.length === 0)).toBe(true)
  })

  it('should show a phrase snippet before single words, and each match once', () => {
    const corpus = [
      make('mix', 'Port news\n\nThe port grew. The port city of Ostrava grew faster than any port city.'),
    ]
    const { snippets } = createSearchIndex(corpus).search('"port city" grew', { snippets: 5 }).results[0]!
    expect(snippets[0]!.kind).toBe('phrase')
    const starts = snippets.map((snippet) => snippet.start)
    expect(new Set(starts).size).toBe(starts.length)
  })

  it('should use the stopwords given, in the index and in queries', () => {
    const corpus = [make('them', 'Port news\n\nThem and the port.')]
    expect(createSearchIndex(corpus).search('them').results).toEqual([])
    expect(ids(createSearchIndex(corpus, { stopwords: ['port'] }).search('them'))).toEqual(['them'])
    expect(createSearchIndex(corpus, { stopwords: ['port'] }).search('port').messages[0]).toMatch(
      /only stopwords/,
    )
  })
})

describe('search on a paragraph holding one word 150,000 times', () => {
  it('should answer with snippets instead of overflowing the stack', () => {
    const article = parseArticle(`Port Report\n\n${'port '.repeat(150_000)}`, { id: 'ports' })
    const response = createSearchIndex([article]).search('port')
    expect(response.total).toBe(1)
    expect(response.results[0]?.snippets.length).toBe(3)
    for (const snippet of response.results[0]?.snippets ?? []) {
      expect(article.text.slice(snippet.start, snippet.end).toLowerCase()).toBe('port')
    }
  })
})

describe('misuse of the search API', () => {
  const corpus = () => [parseArticle('Port news\n\nThe port grew.', { id: 'port' })]

  it('should throw a TypeError naming a bad argument to createSearchIndex', () => {
    expect(() => createSearchIndex('articles' as never)).toThrow(/expected `articles` to be an array/)
    expect(() => createSearchIndex([{ id: 'x' } as never])).toThrow(/`articles\[0\]` to be an article/)
    expect(() => createSearchIndex([...corpus(), ...corpus()])).toThrow(/repeats the id "port"/)
    expect(() => createSearchIndex(corpus(), { titleBoost: 0 })).toThrow(/`options.titleBoost`/)
    expect(() => createSearchIndex(corpus(), { stopwords: 5 as never })).toThrow(/`options.stopwords`/)
  })

  it('should throw a TypeError naming a bad argument to search', () => {
    const index = createSearchIndex(corpus())
    expect(() => index.search(42 as never)).toThrow(TypeError)
    expect(() => index.search('port', { limit: -1 })).toThrow(/`options.limit` to be an integer/)
    expect(() => index.search('port', { snippets: 1.5 })).toThrow(/`options.snippets`/)
    expect(() => index.search('port', { snippetWidth: 0 })).toThrow(/`options.snippetWidth`/)
  })

  it('should refuse a saved index that is not JSON, of another format or version, or for other articles', () => {
    const articles = corpus()
    const saved = createSearchIndex(articles).toJSON()
    const rebuild = /rebuild it with createSearchIndex/
    expect(() => loadSearchIndex('{not json', articles)).toThrow(/not valid JSON.*rebuild it/)
    expect(() => loadSearchIndex({ ...saved, format: 'other' } as never, articles)).toThrow(/`json.format`/)
    expect(() =>
      loadSearchIndex({ ...saved, version: searchIndexFormatVersion + 1 } as never, articles),
    ).toThrow(rebuild)
    expect(() =>
      loadSearchIndex({ ...saved, index: { serializationVersion: 99 } } as never, articles),
    ).toThrow(/`json.index` is damaged/)
    expect(() => loadSearchIndex(saved, [])).toThrow(/article "port", which is not among the articles given/)
    const changed = [parseArticle('Port news\n\nThe port grew again.', { id: 'port' })]
    expect(() => loadSearchIndex(saved, changed)).toThrow(/has changed since the index was built/)
    const port = articles.find((article) => article.id === 'port')!
    const sameLength = [
      ...articles.filter((article) => article !== port),
      parseArticle(port.text.replace(/port/, 'fort'), { id: 'port' }),
    ]
    expect(() => loadSearchIndex(saved, sameLength)).toThrow(/same length but other text/)
    const extra = [...articles, parseArticle('Quay news\n\nThe quay.', { id: 'quay' })]
    expect(() => loadSearchIndex(saved, extra)).toThrow(/article "quay" is not in the index/)
    for (const bad of [null, 5, 'null', '[]'])
      expect(() => loadSearchIndex(bad as never, articles)).toThrow(TypeError)
  })
})
