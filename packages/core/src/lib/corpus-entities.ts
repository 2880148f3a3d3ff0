/**
 * The corpus-level view of entities: the same person, body or place merged across articles, with the
 * articles it appears in.
 */
import type { Article, Entity, EntityType } from './model.js'

/** An entity of the whole corpus. */
export interface CorpusEntity {
  /** `type:name` (`type:name@article` for a generic body), unique in the corpus. */
  readonly id: string
  /** What kind of entity. */
  readonly type: EntityType
  /** The name used most often across articles. */
  readonly name: string
  /** Every other form seen in any article. */
  readonly aliases: readonly string[]
  /** Every role seen in any article, as written. */
  readonly roles: readonly string[]
  /** Whether this is an unqualified generic body (never merged across articles). */
  readonly generic?: boolean
  /** The articles it appears in, in corpus order, with the entity as that article has it. */
  readonly articles: readonly { readonly articleId: string; readonly entity: Entity }[]
  /** Mentions across all articles. */
  readonly mentionCount: number
}

const normalise = (text: string) =>
  text.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ').replace(/^the /, '').trim()

const legalForm = /(?:,? (?:co\.?,? ?ltd\.?|co\.|ltd\.?|limited|inc\.?|corp\.?|llc|plc))+$/
const companyWord = / (?:group|holdings|corporation|company)$/

// "Harbin Smart Port Group Co., Ltd." is also "Harbin Smart Port" in another article: the name without
// its legal form and company word, when at least two words remain.
function companyCore(form: string): string | undefined {
  const core = form.replace(legalForm, '').replace(companyWord, '')
  return core !== form && core.includes(' ') ? core : undefined
}

/**
 * Merge the entities of `articles`: two article entities are the same when they have the same type and
 * share a name or alias (generic bodies stay apart: "the Municipal Government" differs by city).
 */
export function corpusEntities(articles: readonly Article[]): CorpusEntity[] {
  const parent = new Map<string, string>()
  const find = (key: string): string => {
    let root = key
    while (parent.get(root) !== root) root = parent.get(root)!
    parent.set(key, root)
    return root
  }
  const union = (a: string, b: string) => parent.set(find(a), find(b))
  const keysOf = (article: Article, entity: Entity) => {
    if (entity.generic) return [`${entity.type}|${article.id}|${normalise(entity.name)}`]
    const forms = [entity.name, ...entity.aliases].map(normalise)
    if (entity.type === 'organization')
      forms.push(...forms.map(companyCore).filter((form) => form !== undefined))
    return forms.map((form) => `${entity.type}|${form}`)
  }

  for (const article of articles) {
    for (const entity of article.entities) {
      const keys = keysOf(article, entity)
      for (const key of keys) if (!parent.has(key)) parent.set(key, key)
      for (const key of keys.slice(1)) union(keys[0]!, key)
    }
  }

  const groups = new Map<string, { articleId: string; entity: Entity }[]>()
  for (const article of articles) {
    for (const entity of article.entities) {
      const root = find(keysOf(article, entity)[0]!)
      const group = groups.get(root) ?? []
      group.push({ articleId: article.id, entity })
      groups.set(root, group)
    }
  }

  const result: CorpusEntity[] = []
  for (const group of groups.values()) {
    const first = group[0]!.entity
    const counts = new Map<string, number>()
    for (const { entity } of group)
      counts.set(entity.name, (counts.get(entity.name) ?? 0) + entity.mentions.length)
    const name = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0]
    const aliases = new Set<string>()
    const roles = new Set<string>()
    for (const { entity } of group) {
      for (const form of [entity.name, ...entity.aliases]) if (form !== name) aliases.add(form)
      for (const role of entity.roles) roles.add(role.text)
    }
    result.push({
      id: first.generic ? `${first.type}:${name}@${group[0]!.articleId}` : `${first.type}:${name}`,
      type: first.type,
      name,
      aliases: [...aliases],
      roles: [...roles],
      ...(first.generic ? { generic: true } : {}),
      articles: group,
      mentionCount: group.reduce((sum, { entity }) => sum + entity.mentions.length, 0),
    })
  }
  return result.sort((a, b) => b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
