/**
 * The record sets `dalian-news export` writes: flat rows, one kind per export, so they load straight into a
 * spreadsheet, a dataframe or a database.
 */
import type { Article, Evidence } from '@dalian-news/core'

/** A cell: what a CSV column or a JSON field can hold. */
export type Cell = string | number | boolean | null | readonly string[]

/** One exported row. */
export type ExportRecord = Readonly<Record<string, Cell>>

/** The kinds of record `export` can write. */
export const exportKinds = ['articles', 'entities', 'mentions', 'money', 'dates', 'quotes', 'speech'] as const

/** One of `exportKinds`. */
export type ExportKind = (typeof exportKinds)[number]

const place = (evidence: Evidence) => ({
  text: evidence.text,
  start: evidence.start,
  end: evidence.end,
  line: evidence.line,
  column: evidence.column,
  rule: evidence.rule,
})

const metaText = (value: unknown): string | null =>
  value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value)

function articleRecord(article: Article): ExportRecord {
  const count = (type: string) => article.entities.filter((entity) => entity.type === type).length
  return {
    id: article.id,
    file: article.file ?? null,
    title: article.title,
    date: metaText(article.meta.date),
    source: metaText(article.meta.source),
    url: metaText(article.meta.url),
    paragraphs: article.stats.paragraphs,
    sentences: article.stats.sentences,
    words: article.stats.words,
    characters: article.stats.characters,
    people: count('person'),
    organizations: count('organization'),
    places: count('place'),
    money: article.money.length,
    speech: article.speech.length,
    problems: article.messages.length,
    text: article.text,
  }
}

const span = ['text', 'start', 'end', 'line', 'column', 'rule'] as const

/** The columns of each kind of record, in order (CSV headers; JSON field order). */
export const exportColumns: Readonly<Record<ExportKind, readonly string[]>> = {
  articles: [
    'id',
    'file',
    'title',
    'date',
    'source',
    'url',
    'paragraphs',
    'sentences',
    'words',
    'characters',
    'people',
    'organizations',
    'places',
    'money',
    'speech',
    'problems',
    'text',
  ],
  entities: ['article', 'id', 'type', 'name', 'aliases', 'roles', 'generic', 'mentions', 'first'],
  mentions: ['article', 'entity', 'type', ...span, 'sentence', 'pronoun'],
  money: ['article', 'amount', 'currency', ...span, 'sentence'],
  dates: [
    'article',
    'year',
    'month',
    'day',
    'endYear',
    'endMonth',
    'endDay',
    'relative',
    'resolved',
    'lunar',
    'lunarMonth',
    'lunarDay',
    ...span,
    'sentence',
  ],
  quotes: ['article', ...span, 'open', 'close'],
  speech: ['article', 'speaker', 'speakerId', 'cue', 'sentenceText', ...span, 'sentence'],
}

/** Every record of `kind` in `articles`, in article order then text order. */
export function exportRecords(articles: readonly Article[], kind: ExportKind): ExportRecord[] {
  switch (kind) {
    case 'articles':
      return articles.map(articleRecord)
    case 'entities':
      return articles.flatMap((article) =>
        article.entities.map((entity) => ({
          article: article.id,
          id: entity.id,
          type: entity.type,
          name: entity.name,
          aliases: entity.aliases,
          roles: [...new Set(entity.roles.map((role) => role.text))],
          generic: entity.generic === true,
          mentions: entity.mentions.length,
          first: entity.mentions[0]?.start ?? null,
        })),
      )
    case 'mentions':
      return articles.flatMap((article) =>
        article.entities
          .flatMap((entity) =>
            entity.mentions.map((mention) => ({
              article: article.id,
              entity: entity.id,
              type: entity.type,
              ...place(mention),
              sentence: mention.sentence,
              pronoun: mention.pronoun === true,
            })),
          )
          .sort((a, b) => a.start - b.start || a.end - b.end),
      )
    case 'money':
      return articles.flatMap((article) =>
        article.money.map((item) => ({
          article: article.id,
          amount: item.amount,
          currency: item.currency,
          ...place(item),
          sentence: item.sentence,
        })),
      )
    case 'dates':
      return articles.flatMap((article) =>
        article.dates.map((date) => ({
          article: article.id,
          year: date.year ?? null,
          month: date.month ?? null,
          day: date.day ?? null,
          endYear: date.endYear ?? null,
          endMonth: date.endMonth ?? null,
          endDay: date.endDay ?? null,
          relative: date.relative === true,
          resolved: date.resolved ?? null,
          lunar: date.lunar === true,
          lunarMonth: date.lunarMonth ?? null,
          lunarDay: date.lunarDay ?? null,
          ...place(date),
          sentence: date.sentence,
        })),
      )
    case 'quotes':
      return articles.flatMap((article) =>
        article.quotes.map((quote) => ({
          article: article.id,
          ...place(quote),
          open: quote.open,
          close: quote.close,
        })),
      )
    case 'speech':
      return articles.flatMap((article) =>
        article.speech.map((speech) => ({
          article: article.id,
          speaker: speech.speaker,
          speakerId: speech.speakerId,
          cue: speech.cue,
          sentenceText: speech.sentenceText,
          ...place(speech),
          sentence: speech.sentence,
        })),
      )
  }
}
