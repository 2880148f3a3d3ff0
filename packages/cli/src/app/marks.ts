/**
 * Marks: the stretches of an article that are highlighted — entities, money, dates, quoted terms, problems,
 * matches of a find, the selected mention — as offsets into the original text.
 */
import type { Article, DateExpression, MoneyAmount, QuotedTerm } from '@dalian-news/core'
import { regionsOf } from './article-places.js'
import type { MarkKind } from './theme.js'
import { markStyles } from './theme.js'
import type { Decoration } from './wrap.js'

/** A highlighted stretch of text. */
export interface Mark {
  /** Offset of its first character. */
  readonly start: number
  /** Offset just past its last character. */
  readonly end: number
  /** What it is. */
  readonly kind: MarkKind
  /**
   * What it stands for, so Enter can open every mention of it: an entity's id in the article, or the key
   * of an amount, a date or a quoted term (see `moneyKey`, `dateKey`, `quoteKey`).
   */
  readonly ref?: string
}

const collapse = (text: string) =>
  text.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim()

/** The key that groups equal amounts of money: currency and amount. */
export function moneyKey(money: MoneyAmount): string {
  return `money:${money.currency}:${money.amount}`
}

/** The key that groups the same date: the calendar date when known, else the words. */
export function dateKey(date: DateExpression): string {
  return `date:${date.resolved ?? collapse(date.text)}`
}

/** The key that groups the same quoted term, ignoring case and spacing. */
export function quoteKey(quote: QuotedTerm): string {
  return `quote:${collapse(quote.text)}`
}

const byStart = (a: Mark, b: Mark) => a.start - b.start || b.end - a.end

/** The entities, amounts, dates and quoted terms of `article`, in text order (outer marks first). */
export function articleMarks(article: Article): Mark[] {
  const marks: Mark[] = []
  for (const entity of article.entities) {
    for (const mention of entity.mentions) {
      marks.push({ start: mention.start, end: mention.end, kind: entity.type, ref: entity.id })
    }
  }
  for (const money of article.money)
    marks.push({ start: money.start, end: money.end, kind: 'money', ref: moneyKey(money) })
  for (const date of article.dates)
    marks.push({ start: date.start, end: date.end, kind: 'date', ref: dateKey(date) })
  for (const quote of article.quotes)
    marks.push({ start: quote.start, end: quote.end, kind: 'quote', ref: quoteKey(quote) })
  return marks.filter((mark) => mark.end > mark.start).sort(byStart)
}

/** Where a message of `article.messages` is, as offsets (a point becomes one character). */
export function messageSpan(
  message: Article['messages'][number],
  textLength: number,
): { start: number; end: number } | undefined {
  const place = message.place
  if (!place) return undefined
  const start = 'start' in place ? place.start.offset : place.offset
  if (start === undefined) return undefined
  const end = 'end' in place ? (place.end.offset ?? start) : start
  return { start, end: Math.min(textLength, Math.max(end, start + 1)) }
}

/** The problems of `article` that have a place, as marks. */
export function problemMarks(article: Article): Mark[] {
  const marks: Mark[] = []
  for (const message of article.messages) {
    const span = messageSpan(message, article.text.length)
    if (span) marks.push({ ...span, kind: 'problem' })
  }
  return marks.sort(byStart)
}

/**
 * Every match of `query` in the shown regions of `article`: case-insensitive, any white space in the
 * query matching any run of white space in the text. An empty query matches nothing.
 */
export function findMatches(article: Article, query: string): Mark[] {
  const words = query.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return []
  const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
  const pattern = new RegExp(words.map(literal).join('\\s+'), 'giu')
  const marks: Mark[] = []
  for (const region of regionsOf(article)) {
    const text = article.text.slice(region.start, region.end)
    for (const match of text.matchAll(pattern)) {
      if (match[0].length === 0) continue
      const start = region.start + match.index
      marks.push({ start, end: start + match[0].length, kind: 'match' })
    }
  }
  return marks
}

/** The brackets that show `marks` (in text order, outer first) without colour. */
export function markDecorations(marks: readonly Mark[]): Decoration[] {
  const opens = marks.map((mark) => ({
    at: mark.start,
    text: markStyles[mark.kind].open,
    side: 'open' as const,
  }))
  // Closing marks in reverse, so where two marks end together the inner one closes first.
  const closes = [...marks]
    .reverse()
    .map((mark) => ({ at: mark.end, text: markStyles[mark.kind].close, side: 'close' as const }))
  return [...opens, ...closes]
}
