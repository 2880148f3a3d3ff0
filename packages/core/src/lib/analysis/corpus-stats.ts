/**
 * Corpus statistics: the summary a corpus tool shows first (AntConc's token and type counts, Voyant's
 * summary), plus what this model knows — entities, money and the messages of the parse.
 */
import { corpusEntities } from '../corpus-entities.js'
import type { Article, EntityType } from '../model.js'
import { checkArticles } from './options.js'
import { articleSentences, compareText, sentenceItems } from './words.js'

/** Counts and ranges that describe a corpus. */
export interface CorpusStats {
  /** Number of articles. */
  readonly articles: number
  /** Body paragraphs (headings not counted). */
  readonly paragraphs: number
  /** Sentences, headings included. */
  readonly sentences: number
  /** Word tokens of the model, headings included (the sum of `article.stats.words`). */
  readonly words: number
  /** Characters of the original texts (UTF-16 code units). */
  readonly characters: number
  /** Words as the analysis functions count them (hyphenated words split): the base of `perMillion`. */
  readonly tokens: number
  /** Distinct lower-cased words among `tokens` (possessive `'s` dropped). */
  readonly types: number
  /** `types / tokens`; 0 for no words. */
  readonly typeTokenRatio: number
  /** Mean words per sentence; 0 for no sentences. */
  readonly meanSentenceLength: number
  /** Distinct entities of each type across the corpus (merged with `corpusEntities`). */
  readonly entities: Readonly<Record<EntityType, number>>
  /** Mentions of entities of each type, pronouns included. */
  readonly mentions: Readonly<Record<EntityType, number>>
  /** Sum of the money amounts in each ISO currency (rounded to cents), keys in code order. */
  readonly money: Readonly<Record<string, number>>
  /** First and last front-matter `date` (`YYYY-MM-DD`), and how many articles have one; `null` when none does. */
  readonly dates: { readonly from: string; readonly to: string; readonly articles: number } | null
  /** Number of messages of each rule id (`unknown` when a message has none), keys in code order. */
  readonly messages: Readonly<Record<string, number>>
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/

/** The statistics of `articles`; an empty corpus gives zeros, empty records and `dates: null`. */
export function corpusStats(articles: readonly Article[]): CorpusStats {
  checkArticles('corpusStats(articles)', articles)
  let paragraphs = 0
  let sentences = 0
  let words = 0
  let characters = 0
  let tokens = 0
  const types = new Set<string>()
  const mentions: Record<EntityType, number> = { person: 0, organization: 0, place: 0 }
  const money = new Map<string, number>()
  const messages = new Map<string, number>()
  const dates: string[] = []

  for (const article of articles) {
    paragraphs += article.stats.paragraphs
    sentences += article.stats.sentences
    words += article.stats.words
    characters += article.stats.characters
    for (const sentence of articleSentences(article)) {
      for (const item of sentenceItems(sentence)) {
        if (item.kind !== 'word') continue
        tokens++
        types.add(item.key)
      }
    }
    for (const entity of article.entities)
      if (Object.hasOwn(mentions, entity.type)) mentions[entity.type] += entity.mentions.length
    for (const amount of article.money) {
      if (Number.isFinite(amount.amount))
        money.set(amount.currency, (money.get(amount.currency) ?? 0) + amount.amount)
    }
    for (const message of article.messages) {
      const rule = message.ruleId ?? 'unknown'
      messages.set(rule, (messages.get(rule) ?? 0) + 1)
    }
    const date = frontMatterDate(article.meta.date)
    if (date) dates.push(date)
  }

  const entities: Record<EntityType, number> = { person: 0, organization: 0, place: 0 }
  for (const entity of corpusEntities(articles))
    if (Object.hasOwn(entities, entity.type)) entities[entity.type]++
  dates.sort(compareText)
  return {
    articles: articles.length,
    paragraphs,
    sentences,
    words,
    characters,
    tokens,
    types: types.size,
    typeTokenRatio: tokens === 0 ? 0 : types.size / tokens,
    meanSentenceLength: sentences === 0 ? 0 : words / sentences,
    entities,
    mentions,
    money: sortedRecord(money, (sum) => Math.round(sum * 100) / 100),
    dates: dates.length === 0 ? null : { from: dates[0]!, to: dates.at(-1)!, articles: dates.length },
    messages: sortedRecord(messages),
  }
}

/** A `YYYY-MM-DD` date from front matter (`2019-10-17`, `2019-10-17T08:00:00Z`), if it is a real date. */
function frontMatterDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const match = isoDate.exec(value.trim())
  if (!match) return undefined
  const [, year, month, day] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return match[0]
}

// Keys come from the text's plugins; defining them keeps a key such as `__proto__` an ordinary field.
function sortedRecord(
  map: ReadonlyMap<string, number>,
  round = (value: number) => value,
): Record<string, number> {
  const record: Record<string, number> = {}
  for (const key of [...map.keys()].sort(compareText)) {
    Object.defineProperty(record, key, {
      value: round(map.get(key)!),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return record
}
