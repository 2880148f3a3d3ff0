/**
 * The entity browser's data: people, organizations and places merged across the corpus (`corpusEntities`),
 * and amounts, dates, quoted terms and speech grouped from each article's ledgers — every row with all
 * its mentions, so any of them can be opened at its sentence.
 */
import { type Article, corpusEntities } from '@dalian-news/core'
import { type EntityTab, entityTabs } from './entity-tabs.js'
import { dateKey, moneyKey, quoteKey } from './marks.js'

/** Where something is mentioned. */
export interface MentionRef {
  /** The article. */
  readonly articleId: string
  /** Offset of the mention in the article's text. */
  readonly start: number
  /** Offset just past it. */
  readonly end: number
  /** 1-based line of `start`. */
  readonly line: number
  /** 1-based column of `start`. */
  readonly column: number
  /** Whether it is a pronoun standing for a person. */
  readonly pronoun?: boolean
}

/** A row of the entity browser. */
export interface EntityRow {
  /** Unique key (a corpus entity id, or `money:…`, `date:…`, `quote:…`, `speech:…`). */
  readonly key: string
  /** The tab it is on. */
  readonly tab: EntityTab
  /** What the row is called. */
  readonly name: string
  /** More about it: aliases and roles, the normalised amount, the calendar date, the cues. */
  readonly detail: string
  /** Every mention, in corpus order then text order. */
  readonly mentions: readonly MentionRef[]
  /** In how many articles it is mentioned. */
  readonly articles: number
}

/** Rows by tab and key. */
export interface EntityIndex {
  /** The rows of `tab`, most mentioned first. */
  rows(tab: EntityTab): readonly EntityRow[]
  /** The row with `key`. */
  row(key: string): EntityRow | undefined
  /** The row of a mark of `articleId` (an entity id of that article, or a money/date/quote key). */
  rowFor(articleId: string, ref: string): EntityRow | undefined
}

const entityTab = { person: 'people', organization: 'organizations', place: 'places' } as const

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

function formatAmount(amount: number, currency: string): string {
  return `${currency} ${amount.toLocaleString('en-US', { maximumFractionDigits: 2 })}`
}

const byCount = (a: EntityRow, b: EntityRow) =>
  b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

interface Group {
  key: string
  tab: EntityTab
  names: Map<string, number>
  detail: string
  mentions: MentionRef[]
}

/** Build the rows of every tab from `articles`. */
export function buildEntityIndex(articles: readonly Article[]): EntityIndex {
  const rows: EntityRow[] = []
  const local = new Map<string, EntityRow>()
  const articleOrder = new Map(articles.map((article, index) => [article.id, index]))
  const byId = new Map(articles.map((article) => [article.id, article]))

  for (const entity of corpusEntities(articles)) {
    const mentions: MentionRef[] = entity.articles.flatMap(({ articleId, entity: item }) =>
      item.mentions.map((mention) => ({
        articleId,
        start: mention.start,
        end: mention.end,
        line: mention.line,
        column: mention.column,
        ...(mention.pronoun ? { pronoun: true } : {}),
      })),
    )
    mentions.sort(
      (a, b) => articleOrder.get(a.articleId)! - articleOrder.get(b.articleId)! || a.start - b.start,
    )
    const detail = [
      // "Mayor" and "mayor" are one role to a reader.
      [...new Map(entity.roles.map((role) => [role.toLowerCase(), role])).values()].join('; '),
      entity.aliases.length > 0 ? `also ${entity.aliases.join('; ')}` : '',
      entity.generic ? 'generic' : '',
    ]
      .filter(Boolean)
      .join(' · ')
    const row: EntityRow = {
      key: entity.id,
      tab: entityTab[entity.type],
      name: entity.name,
      detail,
      mentions,
      articles: entity.articles.length,
    }
    rows.push(row)
    for (const { articleId, entity: item } of entity.articles) local.set(`${articleId}\u0000${item.id}`, row)
  }

  const groups = new Map<string, Group>()
  const add = (tab: EntityTab, key: string, name: string, detail: string, mention: MentionRef) => {
    let group = groups.get(key)
    if (!group) {
      group = { key, tab, names: new Map(), detail, mentions: [] }
      groups.set(key, group)
    }
    group.names.set(name, (group.names.get(name) ?? 0) + 1)
    group.mentions.push(mention)
  }
  for (const article of articles) {
    const ref = (span: { start: number; end: number; line: number; column: number }): MentionRef => ({
      articleId: article.id,
      start: span.start,
      end: span.end,
      line: span.line,
      column: span.column,
    })
    for (const money of article.money) {
      add(
        'money',
        moneyKey(money),
        collapse(money.text),
        formatAmount(money.amount, money.currency),
        ref(money),
      )
    }
    for (const date of article.dates) {
      add(
        'dates',
        dateKey(date),
        collapse(date.text),
        date.resolved ?? (date.relative ? 'relative' : ''),
        ref(date),
      )
    }
    for (const quote of article.quotes) add('quotes', quoteKey(quote), collapse(quote.text), '', ref(quote))
    for (const speech of article.speech) {
      add(
        'speech',
        `speech:${collapse(speech.speaker).toLowerCase()}`,
        collapse(speech.speaker),
        '',
        ref(speech),
      )
    }
  }
  for (const group of groups.values()) {
    const name = [...group.names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]
    const cues =
      group.tab === 'speech'
        ? [...new Set(group.mentions.map((mention) => textOf(byId, mention)))].join(', ')
        : group.detail
    rows.push({
      key: group.key,
      tab: group.tab,
      name,
      detail: cues,
      mentions: group.mentions,
      articles: new Set(group.mentions.map((mention) => mention.articleId)).size,
    })
  }

  const byTab = new Map<EntityTab, EntityRow[]>(entityTabs.map((tab) => [tab.id, []]))
  const byKey = new Map<string, EntityRow>()
  for (const row of rows) {
    byTab.get(row.tab)!.push(row)
    byKey.set(row.key, row)
  }
  for (const list of byTab.values()) list.sort(byCount)
  return {
    rows: (tab) => byTab.get(tab) ?? [],
    row: (key) => byKey.get(key),
    rowFor: (articleId, ref) => local.get(`${articleId}\u0000${ref}`) ?? byKey.get(ref),
  }
}

function textOf(byId: ReadonlyMap<string, Article>, mention: MentionRef): string {
  const article = byId.get(mention.articleId)
  return article ? collapse(article.text.slice(mention.start, mention.end)).toLowerCase() : ''
}

/** Options for `filterRows`. */
export interface RowOptions {
  /** Words that must all appear in the name or detail (case-insensitive; default none). */
  readonly filter?: string
  /** Most mentioned first (default) or by name. */
  readonly sort?: 'count' | 'name'
}

/** The rows to show, filtered and sorted. */
export function filterRows(rows: readonly EntityRow[], options: RowOptions = {}): EntityRow[] {
  const words = (options.filter ?? '').toLowerCase().split(/\s+/).filter(Boolean)
  const shown = rows.filter((row) => {
    const text = `${row.name}\n${row.detail}`.toLowerCase()
    return words.every((word) => text.includes(word))
  })
  if (options.sort === 'name') {
    return shown.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || byCount(a, b))
  }
  return shown.sort(byCount)
}
