/**
 * What the reader marks in an article: entity mentions by type, amounts of money, and (on demand) the
 * article's messages at their place in the text.
 */
import type { Article, Entity, Mention, MoneyAmount } from '@dalian-news/core'
import type { HighlightType } from './route.js'
import type { Mark } from './segment.js'

/** A message of an article (a vfile message). */
export type ArticleMessage = Article['messages'][number]

/** A highlighted mention of a person, organization or place. */
export interface MentionMark {
  /** Discriminant: the entity's type. */
  readonly type: 'person' | 'organization' | 'place'
  /** The entity mentioned. */
  readonly entity: Entity
  /** The mention. */
  readonly mention: Mention
}

/** A highlighted amount of money. */
export interface MoneyMark {
  /** Discriminant. */
  readonly type: 'money'
  /** The amount. */
  readonly money: MoneyAmount
}

/** A message shown where it applies. */
export interface DiagnosticMark {
  /** Discriminant. */
  readonly type: 'diagnostic'
  /** The message. */
  readonly message: ArticleMessage
}

/** A sentence, the container every other mark sits in. */
export interface SentenceMark {
  /** Discriminant. */
  readonly type: 'sentence'
  /** Index of the sentence in the article. */
  readonly index: number
}

/** Anything the reader marks. */
export type Highlight = MentionMark | MoneyMark | DiagnosticMark | SentenceMark

/** Offsets of a message's place, when it has one (a point gives a zero-length range). */
export function messageRange(message: ArticleMessage): { start: number; end: number } | undefined {
  const place = message.place
  if (!place) return undefined
  if ('start' in place) {
    const start = place.start.offset
    if (start === undefined) return undefined
    return { start, end: place.end.offset ?? start }
  }
  return place.offset === undefined ? undefined : { start: place.offset, end: place.offset }
}

/** Options for `articleMarks`. */
export interface MarkOptions {
  /** Highlight types left out (default: none). */
  readonly hidden?: readonly HighlightType[]
  /** Whether messages are marked (default `false`). */
  readonly diagnostics?: boolean
}

/** Every mark of `article`, sentences first, each list in text order. */
export function articleMarks(article: Article, options: MarkOptions = {}): Mark<Highlight>[] {
  const hidden = new Set(options.hidden ?? [])
  const marks: Mark<Highlight>[] = []
  const blocks = article.heading ? [article.heading, ...article.paragraphs] : article.paragraphs
  for (const block of blocks) {
    for (const sentence of block.sentences) {
      marks.push({
        start: sentence.start,
        end: sentence.end,
        data: { type: 'sentence', index: sentence.index },
      })
    }
  }
  const mentions: Mark<Highlight>[] = []
  for (const entity of article.entities) {
    if (hidden.has(entity.type)) continue
    for (const mention of entity.mentions) {
      mentions.push({ start: mention.start, end: mention.end, data: { type: entity.type, entity, mention } })
    }
  }
  if (!hidden.has('money')) {
    for (const money of article.money) {
      mentions.push({ start: money.start, end: money.end, data: { type: 'money', money } })
    }
  }
  if (options.diagnostics) {
    for (const message of article.messages) {
      const range = messageRange(message)
      if (range) mentions.push({ ...range, data: { type: 'diagnostic', message } })
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end)
  return [...marks, ...mentions]
}

/** How many of each highlight type `article` has. */
export function highlightCounts(article: Article): Record<HighlightType, number> {
  const counts: Record<HighlightType, number> = { person: 0, organization: 0, place: 0, money: 0 }
  for (const entity of article.entities) counts[entity.type] += entity.mentions.length
  counts.money = article.money.length
  return counts
}

/** Whether `range` falls in `from`–`to`: it overlaps it, or it is a point inside it or on an edge. */
export function overlaps(
  range: { readonly start: number; readonly end: number },
  from: number,
  to: number,
): boolean {
  return range.start === range.end
    ? range.start >= from && range.start <= to
    : range.start < to && range.end > from
}

/** The marks that overlap `from`–`to` (points at either edge included), for one paragraph at a time. */
export function marksWithin<T>(marks: readonly Mark<T>[], from: number, to: number): Mark<T>[] {
  return marks.filter((mark) => overlaps(mark, from, to))
}
