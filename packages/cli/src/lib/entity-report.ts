/**
 * The `dalian-news entities --json` contract: one plain object per article.
 */
import type { Article, Entity } from '@dalian-news/core'

/** A person in the report. */
export interface PersonReport {
  readonly name: string
  readonly aliases: readonly string[]
  readonly roles: readonly string[]
}

/** An organization or place in the report. */
export interface NamedReport {
  readonly name: string
  readonly aliases: readonly string[]
  /** Present (`true`) for an unqualified generic body such as "the Municipal Government". */
  readonly generic?: true
}

/** One article's entities and facts, as `dalian-news entities --json` prints them. */
export interface EntityReport {
  readonly file: string
  readonly id: string
  readonly title: string
  readonly persons: readonly PersonReport[]
  readonly organizations: readonly NamedReport[]
  readonly places: readonly NamedReport[]
  /** `end_amount` (snake case, like the dates' `end_day`) is the upper bound of a range, whose lower is `amount`. */
  readonly money: readonly {
    readonly text: string
    readonly amount: number
    readonly currency: string
    readonly end_amount?: number
  }[]
  readonly dates: readonly Record<string, string | number | boolean>[]
  readonly quotedTerms: readonly string[]
  readonly speech: readonly { readonly speaker: string; readonly cue: string; readonly sentence: string }[]
}

const withoutThe = (text: string) => text.replace(/^the\s+/i, '')

function named(entity: Entity): NamedReport {
  return { name: entity.name, aliases: entity.aliases, ...(entity.generic ? { generic: true as const } : {}) }
}

// The report lists facts as a set per article, like its quoted terms: an amount or a date written again, in
// any case ("4.2 Billion Yuan" in the title, "4.2 billion yuan" in the body), is listed once, the first time.
// The model keeps every finding.
function once<Item>(items: readonly Item[], key: (item: Item) => string): Item[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const value = key(item)
    if (seen.has(value)) return false
    seen.add(value)
    return true
  })
}

const sameText = (text: string) => text.toLowerCase().replace(/\s+/g, ' ')
const moneyKey = (item: Article['money'][number]) =>
  `${sameText(item.text)}\u0000${item.amount}\u0000${item.currency}\u0000${item.endAmount}`
const dateKey = (date: Article['dates'][number]) =>
  [sameText(date.text), date.year, date.month, date.day, date.endYear, date.endMonth, date.endDay].join(
    '\u0000',
  )

/** The report of one article. */
export function entityReport(article: Article): EntityReport {
  const ofType = (type: Entity['type']) => article.entities.filter((entity) => entity.type === type)
  return {
    file: article.file ?? `${article.id}.txt`,
    id: article.id,
    title: article.title,
    persons: ofType('person').map((entity) => ({
      name: entity.name,
      aliases: entity.aliases,
      roles: [...new Set(entity.roles.map((role) => withoutThe(role.text)))],
    })),
    organizations: ofType('organization').map(named),
    places: ofType('place').map(named),
    money: once(article.money, moneyKey).map((item) => ({
      text: item.text,
      amount: item.amount,
      currency: item.currency,
      ...(item.endAmount === undefined ? {} : { end_amount: item.endAmount }),
    })),
    dates: once(article.dates, dateKey).map((date) => {
      const fields: Record<string, string | number | boolean> = { text: date.text }
      const keys = [
        ['year', date.year],
        ['month', date.month],
        ['day', date.day],
        ['end_year', date.endYear],
        ['end_month', date.endMonth],
        ['end_day', date.endDay],
        ['relative', date.relative],
        ['resolved', date.resolved],
        ['lunar', date.lunar],
        ['lunar_month', date.lunarMonth],
        ['lunar_day', date.lunarDay],
      ] as const
      for (const [key, value] of keys) if (value !== undefined) fields[key] = value
      return fields
    }),
    quotedTerms: [...new Set(article.quotes.map((quote) => quote.text))],
    speech: article.speech.map((item) => ({
      speaker: item.speaker,
      cue: item.cue,
      sentence: item.sentenceText,
    })),
  }
}
