/**
 * The article list: what each row shows, filtering by typed words, and the sort orders.
 */
import type { Article } from '@dalian-news/core'

/** What the list can be sorted by. */
export type SortKey = 'id' | 'date' | 'title' | 'words'

/** The sort keys in the order `s` cycles through them. */
export const sortKeys: readonly SortKey[] = ['id', 'date', 'title', 'words']

/** The sort key after `key`. */
export function nextSortKey(key: SortKey): SortKey {
  return sortKeys[(sortKeys.indexOf(key) + 1) % sortKeys.length]!
}

/** The publication date of `article` from its front matter, when it has one. */
export function articleDate(article: Article): string | undefined {
  const value = article.meta.date
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  if (typeof value === 'number') return String(value)
  return undefined
}

/** How many different people `article` names. */
export function peopleCount(article: Article): number {
  return article.entities.filter((entity) => entity.type === 'person').length
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const titleKey = (article: Article) => article.title.toLocaleLowerCase('en')

function compare(key: SortKey, a: Article, b: Article): number {
  switch (key) {
    case 'id':
      return compareText(a.id, b.id)
    case 'date':
      return compareText(articleDate(a) ?? '', articleDate(b) ?? '')
    case 'title':
      return titleKey(a).localeCompare(titleKey(b), 'en')
    case 'words':
      return a.stats.words - b.stats.words
  }
}

/** Options for `listArticles`. */
export interface ListOptions {
  /** Words that must all appear in the title, id, date or a name in the article (case-insensitive; default none). */
  readonly filter?: string
  /** What to sort by (default: `id`). */
  readonly sort?: SortKey
  /** Largest, latest or last first (default: false). */
  readonly descending?: boolean
}

/** The searchable text of a row: title, id, date and the names of its people, bodies and places, in lower case. */
function haystack(article: Article): string {
  const names = article.entities.map((entity) => entity.name)
  return [article.title, article.id, articleDate(article) ?? '', ...names].join('\n').toLocaleLowerCase('en')
}

const haystacks = new WeakMap<Article, string>()

/** The articles to show, filtered and sorted; articles without a date sort after dated ones either way. */
export function listArticles(articles: readonly Article[], options: ListOptions = {}): Article[] {
  const words = (options.filter ?? '').toLocaleLowerCase('en').split(/\s+/).filter(Boolean)
  const shown =
    words.length === 0
      ? [...articles]
      : articles.filter((article) => {
          let text = haystacks.get(article)
          if (text === undefined) {
            text = haystack(article)
            haystacks.set(article, text)
          }
          return words.every((word) => text.includes(word))
        })
  const key = options.sort ?? 'id'
  const sign = options.descending ? -1 : 1
  return shown.sort((a, b) => {
    if (key === 'date') {
      const missing = Number(articleDate(a) === undefined) - Number(articleDate(b) === undefined)
      if (missing !== 0) return missing
    }
    return sign * (compare(key, a, b) || compareText(a.id, b.id))
  })
}
