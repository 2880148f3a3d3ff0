/**
 * Collecting what the annotation plugins left on the tree into the model's records.
 */
import type { Root } from 'nlcst'
import { type NamedMention, resolveEntities } from './entities/resolve.js'
import type { DateExpression, Entity, Evidence, MoneyAmount, QuotedTerm, Span, Speech } from './model.js'

/** Where an offset is, as a line and column. */
export type PointAt = (offset: number) => { readonly line: number; readonly column: number }

/** The annotation records of an article. */
export interface Annotations {
  readonly entities: readonly Entity[]
  readonly money: readonly MoneyAmount[]
  readonly dates: readonly DateExpression[]
  readonly quotes: readonly QuotedTerm[]
  readonly speech: readonly Speech[]
}

/** A span with its exact text. */
export function textSpan(
  text: string,
  start: number,
  end: number,
  pointAt: PointAt,
): Span & { text: string } {
  const { line, column } = pointAt(start)
  return { start, end, line, column, text: text.slice(start, end) }
}

/** Evidence: a span with its text and the rule that found it. */
export function evidence(text: string, start: number, end: number, rule: string, pointAt: PointAt): Evidence {
  return { ...textSpan(text, start, end, pointAt), rule }
}

/** The optional fields of a date, in one fixed order so serialised forms compare equal. */
export function dateFields(
  source: Partial<Record<(typeof dateFieldNames)[number], unknown>>,
): Partial<DateExpression> {
  const fields: Record<string, unknown> = {}
  for (const key of dateFieldNames) if (source[key] !== undefined) fields[key] = source[key]
  return fields as Partial<DateExpression>
}

/** Names of the optional date fields, in their serialised order. */
export const dateFieldNames = [
  'year',
  'month',
  'day',
  'endYear',
  'endMonth',
  'endDay',
  'relative',
  'resolved',
] as const

/**
 * Read every finding off the tree's sentences and paragraphs, in text order.
 */
export function collectAnnotations(tree: Root, text: string, pointAt: PointAt): Annotations {
  const mentions: NamedMention[] = []
  const money: MoneyAmount[] = []
  const dates: DateExpression[] = []
  const quotes: QuotedTerm[] = []
  const speechFindings: {
    sentence: number
    start: number
    end: number
    sentenceStart: number
    sentenceEnd: number
    speaker: { start: number; end: number }
    rule: string
  }[] = []
  let sentenceIndex = 0
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const quote of paragraph.data?.quotes ?? []) {
      quotes.push({
        ...evidence(text, quote.start, quote.end, quote.rule, pointAt),
        open: quote.open,
        close: quote.close,
      })
    }
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const index = sentenceIndex++
      const data = sentence.data
      if (!data) continue
      for (const found of data.mentions ?? []) {
        mentions.push({
          ...evidence(text, found.start, found.end, found.rule, pointAt),
          sentence: index,
          ...(found.pronoun ? { pronoun: true } : {}),
          type: found.type,
          name: found.name,
          ...(found.generic ? { generic: true } : {}),
          roles: (found.roles ?? []).map((role) => evidence(text, role.start, role.end, role.rule, pointAt)),
        })
      }
      for (const found of data.money ?? []) {
        money.push({
          ...evidence(text, found.start, found.end, found.rule, pointAt),
          amount: found.amount,
          currency: found.currency,
          sentence: index,
        })
      }
      for (const found of data.dates ?? []) {
        dates.push({
          ...evidence(text, found.start, found.end, found.rule, pointAt),
          ...dateFields(found),
          sentence: index,
        })
      }
      for (const found of data.speech ?? []) {
        speechFindings.push({
          ...found,
          sentence: index,
          sentenceStart: sentence.position!.start.offset!,
          sentenceEnd: sentence.position!.end.offset!,
        })
      }
    }
  }
  const entities = resolveEntities(mentions)
  const speech: Speech[] = []
  for (const found of speechFindings) {
    const entity = entities.find((item) =>
      item.mentions.some(
        (mention) => mention.start === found.speaker.start && mention.end === found.speaker.end,
      ),
    )
    if (!entity) continue
    speech.push({
      ...evidence(text, found.start, found.end, found.rule, pointAt),
      speaker: entity.name,
      speakerId: entity.id,
      speakerMention: textSpan(text, found.speaker.start, found.speaker.end, pointAt),
      cue: text.slice(found.start, found.end),
      sentence: found.sentence,
      sentenceText: text.slice(found.sentenceStart, found.sentenceEnd),
    })
  }
  return { entities, money, dates, quotes, speech }
}
