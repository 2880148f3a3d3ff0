import type { Root } from 'nlcst'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  type Article,
  type ArticleProcessor,
  createProcessor,
  parseArticle,
  retextDiagnostics,
} from '../src/index.js'
import { groupSections, maxSection } from '../src/lib/segment.js'

const range = (start: number, end: number) => ({ start, end })

describe('groupSections', () => {
  it('should keep blocks that fit the limit together in one section', () => {
    expect(groupSections([range(0, 10), range(12, 30), range(32, 50)], 100)).toEqual([range(0, 3)])
  })

  it('should start a new section where the next block would pass the limit', () => {
    const blocks = [range(0, 40), range(42, 80), range(82, 120), range(122, 150)]
    expect(groupSections(blocks, 100)).toEqual([range(0, 2), range(2, 4)])
  })

  it('should give a block longer than the limit a section of its own', () => {
    expect(groupSections([range(0, 10), range(12, 500), range(502, 510)], 100)).toEqual([
      range(0, 1),
      range(1, 2),
      range(2, 3),
    ])
  })

  it('should make one empty section when there are no blocks', () => {
    expect(groupSections([], 100)).toEqual([range(0, 0)])
  })
})

describe('parseArticle on an article longer than a section', () => {
  const paragraph =
    'Governor Halvard Ostberg of Pinebury Province said on March 5 that the province would invest ' +
    '2.5 billion yuan in its "blue harbour" plan.'
  const count = Math.ceil((maxSection * 1.3) / (paragraph.length + 2))
  const text = `Pinebury Plans\n\n${Array.from({ length: count }, () => paragraph).join('\n\n')}\n`
  const roots: Root[] = []
  const recordRoots = () => (tree: Root) => {
    roots.push(tree)
  }
  let article: Article
  beforeAll(() => {
    article = parseArticle(text, { processor: createProcessor([recordRoots]) })
  })

  it('should run the plugins on each section as a root of its own, none longer than a section', () => {
    expect(roots.length).toBeGreaterThan(1)
    for (const root of roots) {
      const start = root.position!.start.offset!
      const end = root.position!.end.offset!
      expect(end - start).toBeLessThanOrEqual(maxSection)
    }
  })

  it('should find in every paragraph what it finds in one paragraph alone, at offsets into the whole', () => {
    const alone = parseArticle(`Pinebury Plans\n\n${paragraph}\n`)
    expect(article.paragraphs).toHaveLength(count)
    expect(article.money).toHaveLength(count * alone.money.length)
    expect(article.dates).toHaveLength(count * alone.dates.length)
    expect(article.quotes).toHaveLength(count * alone.quotes.length)
    for (const found of [...article.money, ...article.dates, ...article.quotes]) {
      expect(text.slice(found.start, found.end)).toBe(found.text)
    }
    expect(article.money.at(-1)!.start).toBeGreaterThan(maxSection)
  })

  it('should number sentences across sections as one article', () => {
    const sentences = [article.heading!, ...article.paragraphs].flatMap((item) => item.sentences)
    expect(sentences.map((item) => item.index)).toEqual(sentences.map((_, index) => index))
    expect(article.money.at(-1)!.sentence).toBe(sentences.length - 1)
  })

  it('should resolve the names of every section into one set of entities', () => {
    const governor = article.entities.filter((entity) => entity.name === 'Halvard Ostberg')
    expect(governor).toHaveLength(1)
    expect(governor[0]!.mentions).toHaveLength(count)
    expect(governor[0]!.mentions.at(-1)!.start).toBeGreaterThan(maxSection)
  })

  it('should keep one tree holding every section when asked to keep the tree', () => {
    const paragraphs = article.tree!.children.filter((node) => node.type === 'ParagraphNode')
    expect(paragraphs).toHaveLength(count + 1)
    expect(article.tree!.position!.end.offset).toBe(text.length)
  })
})

describe('diagnostics on an article longer than a section', () => {
  // Each paragraph ends in a colon and the next goes on in lower case, so wherever a section starts, its
  // first paragraph continues the last one of the section before; each has a doubled comma and a no-break
  // space, which the parser reads as a plain space.
  const paragraph = 'the harbour of Pellworth listed its berths,, cranes and\u00A0sheds for the season:'
  const count = Math.ceil((maxSection * 1.3) / (paragraph.length + 2))
  const text = `Pellworth Harbour Notes\n\n${Array.from({ length: count }, () => paragraph).join('\n\n')}\n`
  const roots: Root[] = []
  const uncapped = unified()
    .use(retextEnglish)
    .use(retextDiagnostics, { maxPerRule: Number.POSITIVE_INFINITY })
    .use(() => (tree: Root) => {
      roots.push(tree)
    })
    .freeze() as unknown as ArticleProcessor
  const ofRule = (article: Article, ruleId: string) =>
    article.messages.filter((message) => message.ruleId === ruleId)
  let article: Article
  beforeAll(() => {
    article = parseArticle(text, { tree: false, processor: uncapped })
  })

  it('should find in every section what it finds in every paragraph, in the original text', () => {
    expect(roots.length).toBeGreaterThan(1)
    const doubled = ofRule(article, 'doubled-punctuation')
    const spaces = ofRule(article, 'irregular-space')
    expect(doubled).toHaveLength(count)
    expect(spaces).toHaveLength(count)
    for (const message of [...doubled, ...spaces]) {
      const place = message.place as { start: { offset: number }; end: { offset: number } }
      expect(message.actual).toBe(text.slice(place.start.offset, place.end.offset))
    }
    expect(spaces.every((message) => message.actual === '\u00A0')).toBe(true)
    const starts = doubled.map((message) => (message.place as { start: { offset: number } }).start.offset)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(starts.at(-1)).toBeGreaterThan(maxSection)
  })

  it('should read the paragraph before a section from the section before it', () => {
    const lower = ofRule(article, 'lowercase-sentence')
    expect(lower).toHaveLength(1)
    expect((lower[0]!.place as { start: { offset: number } }).start.offset).toBe(text.indexOf('the harbour'))
  })

  it('should cap each rule once for the whole article and say how many there were in all', () => {
    const capped = parseArticle(text, { tree: false })
    const doubled = ofRule(capped, 'doubled-punctuation')
    expect(doubled).toHaveLength(26)
    expect(doubled.at(-1)!.reason).toContain(`${count} \`doubled-punctuation\` problems in all`)
  })
})
