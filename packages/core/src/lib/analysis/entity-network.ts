/**
 * The co-occurrence network of people, organizations and places: who is mentioned with whom, in the same
 * sentence or the same article. Entities are merged across articles with `corpusEntities`, so a node is
 * one person, body or place of the whole corpus and its id (`type:name`) is the corpus entity's id.
 *
 * Pronoun mentions ("he") are left out: they are resolved by a guess, and a wrong guess would draw an edge
 * between two people the text never names together. Generic bodies ("the Municipal Government", one per
 * article) are left out unless asked for, since they are not the same body from one article to the next.
 */
import { type CorpusEntity, corpusEntities } from '../corpus-entities.js'
import { describe } from '../describe.js'
import type { Article, EntityType } from '../model.js'
import { booleanOption, checkArticles, checkOptions, choiceOption, integerOption } from './options.js'
import { compareText } from './words.js'

/** Options for `entityNetwork`. */
export interface EntityNetworkOptions {
  /** Entity types to include. Default all three: `['person', 'organization', 'place']`. */
  readonly types?: readonly EntityType[]
  /** What makes an edge and its weight: sharing a `'sentence'` or an `'article'`. Default `'sentence'`. */
  readonly by?: 'sentence' | 'article'
  /** Leave out edges of lower weight. Default 1. */
  readonly minWeight?: number
  /** Include generic bodies ("the Municipal Government"), one node per article. Default `false`. */
  readonly generic?: boolean
  /** Keep nodes that have no edge left. Default `true`. */
  readonly isolated?: boolean
}

/** A node: one entity of the corpus. */
export interface NetworkNode {
  /** The corpus entity id, `type:name` (stable across runs and corpus order). */
  readonly id: string
  /** What kind of entity. */
  readonly type: EntityType
  /** The name used most often. */
  readonly name: string
  /** Named mentions across the corpus (pronouns left out). */
  readonly mentions: number
  /** Number of articles that mention it by name. */
  readonly articles: number
}

/** An edge between two entities mentioned together. */
export interface NetworkEdge {
  /** Id of one node (the smaller id by code units). */
  readonly source: string
  /** Id of the other node. */
  readonly target: string
  /** Sentences that mention both. */
  readonly sentences: number
  /** Articles that mention both. */
  readonly articles: number
  /** `sentences` or `articles`, as `by` chooses. */
  readonly weight: number
}

/** A co-occurrence network. */
export interface EntityNetwork {
  /** Nodes, by mentions (most first), then id. */
  readonly nodes: readonly NetworkNode[]
  /** Edges, by weight (heaviest first), then source and target. */
  readonly edges: readonly NetworkEdge[]
}

const caller = 'entityNetwork(articles, options)'
const allTypes: readonly EntityType[] = ['person', 'organization', 'place']

/** The co-occurrence network of the entities of `articles`. */
export function entityNetwork(
  articles: readonly Article[],
  options?: Readonly<EntityNetworkOptions> | null,
): EntityNetwork {
  checkArticles(caller, articles)
  const settings = checkOptions(caller, options)
  const types = typeOption(settings.types)
  const by = choiceOption(caller, settings, 'by', ['sentence', 'article'])
  const minWeight = integerOption(caller, settings, 'minWeight', 1, [1, Number.MAX_SAFE_INTEGER], 2)
  const generic = booleanOption(caller, settings, 'generic', false)
  const isolated = booleanOption(caller, settings, 'isolated', true)

  const included = corpusEntities(articles).filter(
    (entity) => types.has(entity.type) && (generic || !entity.generic),
  )
  const idOf = new Map<object, string>()
  for (const entity of included) for (const { entity: local } of entity.articles) idOf.set(local, entity.id)

  const nodes = new Map<string, { node: CorpusEntity; mentions: number; articles: number }>()
  const pairs = new Map<string, { sentences: number; articles: number }>()
  const pairOf = (a: string, b: string) => (compareText(a, b) < 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`)
  const entry = (key: string) => {
    let value = pairs.get(key)
    if (!value) {
      value = { sentences: 0, articles: 0 }
      pairs.set(key, value)
    }
    return value
  }

  for (const entity of included) nodes.set(entity.id, { node: entity, mentions: 0, articles: 0 })
  for (const article of articles) {
    const inArticle = new Set<string>()
    const bySentence = new Map<number, Set<string>>()
    for (const local of article.entities) {
      const id = idOf.get(local)
      if (id === undefined) continue
      for (const mention of local.mentions) {
        if (mention.pronoun) continue
        nodes.get(id)!.mentions++
        inArticle.add(id)
        const ids = bySentence.get(mention.sentence) ?? new Set<string>()
        bySentence.set(mention.sentence, ids.add(id))
      }
    }
    for (const id of inArticle) nodes.get(id)!.articles++
    for (const ids of bySentence.values()) forEachPair(ids, (a, b) => entry(pairOf(a, b)).sentences++)
    forEachPair(inArticle, (a, b) => entry(pairOf(a, b)).articles++)
  }

  const edges: NetworkEdge[] = []
  for (const [key, { sentences, articles: shared }] of pairs) {
    const weight = by === 'sentence' ? sentences : shared
    if (weight < minWeight) continue
    const [source, target] = key.split('\u0000') as [string, string]
    edges.push({ source, target, sentences, articles: shared, weight })
  }
  edges.sort(
    (a, b) => b.weight - a.weight || compareText(a.source, b.source) || compareText(a.target, b.target),
  )
  const linked = new Set(edges.flatMap((edge) => [edge.source, edge.target]))
  const nodeList: NetworkNode[] = []
  for (const [id, { node, mentions, articles: count }] of nodes) {
    // An entity met only as a pronoun has no named mention to stand on.
    if (mentions === 0 || (!isolated && !linked.has(id))) continue
    nodeList.push({ id, type: node.type, name: node.name, mentions, articles: count })
  }
  nodeList.sort((a, b) => b.mentions - a.mentions || compareText(a.id, b.id))
  return { nodes: nodeList, edges }
}

function forEachPair(ids: Iterable<string>, visit: (a: string, b: string) => void): void {
  const list = [...ids]
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) visit(list[i]!, list[j]!)
}

function typeOption(value: unknown): ReadonlySet<EntityType> {
  if (value === undefined || value === null) return new Set(allTypes)
  const list = Array.isArray(value) ? (value as unknown[]) : undefined
  const bad = list ? list.findIndex((type) => !allTypes.includes(type as EntityType)) : -1
  if (!list || bad !== -1) {
    const [what, expected, actual] = list
      ? [`options.types[${bad}]`, "'person', 'organization' or 'place'", list[bad]]
      : ['options.types', 'an array of entity types', value]
    throw new TypeError(
      `${caller}: expected \`${what}\` to be ${expected}, got ${describe(actual)}; pass e.g. { types: ['person', 'place'] }`,
    )
  }
  return new Set(list as EntityType[])
}
