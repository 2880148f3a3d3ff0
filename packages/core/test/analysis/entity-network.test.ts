import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type EntityNetwork, entityNetwork, parseArticle, toDot } from '../../src/index.js'
import { analysisFixtures, fixtureArticles, updateFixtures } from './fixture-articles.js'

// The fixture articles, sentence by sentence (0 is the title), with the entities named in each:
//   harbour-visit  0 Yantai · 1 Zhou Lihua, Yantai · 2 Zhou Lihua, Qiao Wenbin, Yantai Blue Harbour Group
//                  (the company's "Yantai" is part of its name, not a place) · 3 none · 4 Qiao Wenbin, Yantai
//   river-works    0 Wuhu · 1 Wuhu Riverside Construction · 2 Fang Shuyin, Wuhu
//   tea-fair       0 Hangzhou · 1 Zhou Lihua, Hangzhou · 2 Yantai, Hangzhou · 3 Rotterdam · 4 Hangzhou
const articles = fixtureArticles()
const pairs = (network: EntityNetwork) =>
  network.edges.map((edge) => `${edge.source} — ${edge.target}: ${edge.sentences}/${edge.articles}`)

describe('entityNetwork', () => {
  it('should link entities named in the same sentence, weighted by shared sentences', () => {
    expect(pairs(entityNetwork(articles))).toEqual([
      'organization:Yantai Blue Harbour Group Co., Ltd. — person:Qiao Wenbin: 1/1',
      'organization:Yantai Blue Harbour Group Co., Ltd. — person:Zhou Lihua: 1/1',
      'person:Fang Shuyin — place:Wuhu: 1/1',
      'person:Qiao Wenbin — person:Zhou Lihua: 1/1',
      'person:Qiao Wenbin — place:Yantai: 1/1',
      'person:Zhou Lihua — place:Hangzhou: 1/1',
      // One shared sentence (harbour-visit 1), but both articles name them both.
      'person:Zhou Lihua — place:Yantai: 1/2',
      'place:Hangzhou — place:Yantai: 1/1',
    ])
  })

  it('should list every entity once across articles, by named mentions, then id', () => {
    expect(
      entityNetwork(articles).nodes.map((node) => `${node.id} ${node.mentions}/${node.articles}`),
    ).toEqual([
      'place:Hangzhou 4/1',
      'place:Yantai 4/2',
      'person:Zhou Lihua 3/2',
      'person:Qiao Wenbin 2/1',
      'place:Wuhu 2/1',
      'organization:Wuhu Riverside Construction Co., Ltd. 1/1',
      'organization:Yantai Blue Harbour Group Co., Ltd. 1/1',
      'person:Fang Shuyin 1/1',
      'place:Rotterdam 1/1',
    ])
  })

  it('should weight by shared articles when asked, and drop edges under minWeight', () => {
    const byArticle = entityNetwork(articles, { by: 'article' })
    // Same article only: the company and Yantai, Rotterdam with the tea fair's entities, Wuhu's company.
    expect(pairs(byArticle)).toContain('organization:Yantai Blue Harbour Group Co., Ltd. — place:Yantai: 0/1')
    expect(pairs(byArticle)).toContain('place:Hangzhou — place:Rotterdam: 0/1')
    // Pairs per article: harbour-visit 4 entities → 6, tea-fair 4 → 6, river-works 3 → 3; Zhou Lihua and
    // Yantai are in both of the first two, so 6 + 6 + 3 − 1 = 14 edges.
    expect(byArticle.edges).toHaveLength(14)
    expect(pairs(entityNetwork(articles, { by: 'article', minWeight: 2 }))).toEqual([
      'person:Zhou Lihua — place:Yantai: 1/2',
    ])
  })

  it('should keep only the chosen types, and drop nodes left without an edge when asked', () => {
    const people = entityNetwork(articles, { types: ['person'] })
    expect(people.nodes.map((node) => node.name)).toEqual(['Zhou Lihua', 'Qiao Wenbin', 'Fang Shuyin'])
    expect(pairs(people)).toEqual(['person:Qiao Wenbin — person:Zhou Lihua: 1/1'])
    const linked = entityNetwork(articles, { types: ['person'], isolated: false })
    expect(linked.nodes.map((node) => node.name)).toEqual(['Zhou Lihua', 'Qiao Wenbin'])
  })

  it('should leave pronoun mentions and generic bodies out unless generic bodies are asked for', () => {
    const text =
      'Weifang Visit\n\nMayor Lin Haobo visited Weifang on June 3. He said Qingdao would grow. ' +
      'The Municipal Government of Weifang and the Municipal Government agreed.'
    const article = parseArticle(text, { id: 'w' })
    // "He" stands for Lin Haobo in the sentence with Qingdao, but only by a guess: no edge from it.
    const network = entityNetwork([article])
    expect(pairs(network)).toEqual(['person:Lin Haobo — place:Weifang: 1/1'])
    expect(network.nodes.find((node) => node.name === 'Lin Haobo')?.mentions).toBe(1)
    expect(network.nodes.some((node) => node.id.includes('@'))).toBe(false)
    const withGeneric = entityNetwork([article], { generic: true })
    expect(pairs(withGeneric)).toContain(
      'organization:Municipal Government of Weifang — organization:Municipal Government@w: 1/1',
    )
  })

  it('should give the same network for the same articles, and an empty one for none', () => {
    expect(entityNetwork(fixtureArticles())).toEqual(entityNetwork(articles))
    expect(entityNetwork([])).toEqual({ nodes: [], edges: [] })
  })

  it('should reject misuse with a TypeError naming the value and the fix', () => {
    expect(() => entityNetwork(articles, { types: ['people' as never] })).toThrow(
      /`options.types\[0\]` to be 'person', 'organization' or 'place', got "people"/,
    )
    expect(() => entityNetwork(articles, { types: 'person' as never })).toThrow(/an array of entity types/)
    expect(() => entityNetwork(articles, { minWeight: 0 })).toThrow(/`options.minWeight`/)
    expect(() => entityNetwork(articles, { by: 'paragraph' as never })).toThrow(/'sentence', 'article'/)
  })
})

describe('toDot', () => {
  it('should write the fixture network as network.dot shows', () => {
    const actual = toDot(entityNetwork(articles, { isolated: false }))
    const path = join(analysisFixtures, 'network.dot')
    if (updateFixtures) writeFileSync(path, actual)
    expect(actual).toBe(readFileSync(path, 'utf8'))
  })

  it('should escape quotes, backslashes and line breaks in names and ids', () => {
    const network: EntityNetwork = {
      nodes: [
        { id: 'person:Ann "Q" Lee\\', type: 'person', name: 'Ann "Q"\r\nLee\\', mentions: 1, articles: 1 },
        {
          id: 'organization:A\\nB',
          type: 'organization',
          name: 'A\\nB\u001b[31m\ttab',
          mentions: 1,
          articles: 1,
        },
      ],
      edges: [
        {
          source: 'person:Ann "Q" Lee\\',
          target: 'organization:A\\nB',
          sentences: 2,
          articles: 1,
          weight: 2,
        },
        { source: 'organization:A\\nB', target: 'place:Elsewhere', sentences: 1, articles: 1, weight: 1 },
      ],
    }
    expect(toDot(network).split('\n')).toEqual([
      'graph entities {',
      '  node [fontname="Helvetica"];',
      // A closing backslash is doubled, so it cannot escape the quote after it.
      '  n0 [id="person:Ann \\"Q\\" Lee\\\\", label="Ann \\"Q\\"\\nLee\\\\", shape=ellipse];',
      // A backslash followed by n in a name is text, not a line break: it stays "\\n"; ESC [31m and the tab
      // become spaces.
      '  n1 [id="organization:A\\\\nB", label="A\\\\nB      tab", shape=box];',
      '  n0 -- n1 [weight=2, label="2"];',
      // An edge to an entity missing from the nodes still gets a node, labelled with its id.
      '  n2 [id="place:Elsewhere", label="place:Elsewhere", shape=ellipse];',
      '  n1 -- n2 [weight=1, label="1"];',
      '}',
      '',
    ])
  })

  it('should write any name so that Graphviz reads it back unchanged', () => {
    // Graphviz reads \" as a quote and, in a label, \\ as a backslash and \n as a line break.
    const readBack = (quoted: string) =>
      quoted.replace(/\\(["\\n])/g, (_, mark) => (mark === 'n' ? '\n' : mark))
    const name = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '"', '\\', '\n', 'n', 'é', '{', ';', ']') })
    fc.assert(
      fc.property(name, (value) => {
        const dot = toDot({
          nodes: [{ id: `person:${value}`, type: 'person', name: value, mentions: 1, articles: 1 }],
          edges: [],
        })
        const label = /label="((?:[^"\\\n]|\\.)*)"/.exec(dot)
        expect(label).not.toBeNull()
        expect(readBack(label![1]!)).toBe(value)
      }),
    )
  })

  it('should reject something that is not a network', () => {
    expect(() => toDot(null as never)).toThrow(/`network` to be \{ nodes, edges \}, got null/)
  })
})
