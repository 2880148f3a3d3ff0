/**
 * Collecting what the annotation plugins left on the tree into the model's records.
 */
import type { Paragraph, Root, Sentence } from 'nlcst'
import { type NamedMention, resolveEntities } from './entities/resolve.js'
import type { MentionFinding, SpeechFinding } from './findings.js'
import type {
  DateExpression,
  DateParts,
  Entity,
  Evidence,
  Mention,
  MoneyAmount,
  QuotedTerm,
  Span,
  Speech,
} from './model.js'

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
  // Written out rather than spread from `textSpan`: this runs for every finding of every article.
  const { line, column } = pointAt(start)
  return { start, end, line, column, text: text.slice(start, end), rule }
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
  'lunar',
  'lunarMonth',
  'lunarDay',
] as const

/**
 * Copy the date parts `found` has onto `date`, in the order of `dateFieldNames`. Field by field rather
 * than over the names: named reads and writes cost less than keyed ones, and this runs for every date.
 */
export function addDateParts(date: Record<string, unknown>, found: DateParts): void {
  if (found.year !== undefined) date.year = found.year
  if (found.month !== undefined) date.month = found.month
  if (found.day !== undefined) date.day = found.day
  if (found.endYear !== undefined) date.endYear = found.endYear
  if (found.endMonth !== undefined) date.endMonth = found.endMonth
  if (found.endDay !== undefined) date.endDay = found.endDay
  if (found.relative !== undefined) date.relative = found.relative
  if (found.resolved !== undefined) date.resolved = found.resolved
  if (found.lunar !== undefined) date.lunar = found.lunar
  if (found.lunarMonth !== undefined) date.lunarMonth = found.lunarMonth
  if (found.lunarDay !== undefined) date.lunarDay = found.lunarDay
}

/** Collects the findings of one article's trees (one, or one per section), in text order. */
export interface AnnotationCollector {
  /** Collect the quotes of a paragraph; call before its sentences. */
  paragraph(paragraph: Paragraph): void
  /** Collect the findings of a sentence, the `index`-th of the article. */
  sentence(sentence: Sentence, index: number): void
  /** Merge the mentions into entities and attach speech to its speakers. */
  finish(): Annotations
}

const noRoles: readonly Evidence[] = Object.freeze([])

/** A speech finding waiting for the entities to be resolved. */
interface PendingSpeech {
  readonly found: SpeechFinding
  readonly sentence: number
  readonly sentenceStart: number
  readonly sentenceEnd: number
}

/**
 * Start collecting the findings of an article whose text is `text`. Findings are plain records with
 * offsets, so the trees they came from can be dropped as soon as each is collected.
 */
export function createAnnotationCollector(text: string, pointAt: PointAt): AnnotationCollector {
  const mentions: NamedMention[] = []
  const money: MoneyAmount[] = []
  const dates: DateExpression[] = []
  const quotes: QuotedTerm[] = []
  const pending: PendingSpeech[] = []
  return {
    paragraph(paragraph) {
      const found = paragraph.data?.quotes
      if (!found) return
      for (const quote of found) {
        const { line, column } = pointAt(quote.start)
        quotes.push({
          start: quote.start,
          end: quote.end,
          line,
          column,
          text: text.slice(quote.start, quote.end),
          rule: quote.rule,
          open: quote.open,
          close: quote.close,
        })
      }
    },
    sentence(sentence, index) {
      const data = sentence.data
      if (!data) return
      if (data.mentions) for (const found of data.mentions) mentions.push(namedMention(found, index))
      if (data.money) {
        for (const found of data.money) {
          const { line, column } = pointAt(found.start)
          const item: MoneyAmount = {
            start: found.start,
            end: found.end,
            line,
            column,
            text: text.slice(found.start, found.end),
            rule: found.rule,
            amount: found.amount,
            currency: found.currency,
            sentence: index,
          }
          money.push(found.endAmount === undefined ? item : { ...item, endAmount: found.endAmount })
        }
      }
      if (data.dates) {
        for (const found of data.dates) {
          const { line, column } = pointAt(found.start)
          const date: Record<string, unknown> = {
            start: found.start,
            end: found.end,
            line,
            column,
            text: text.slice(found.start, found.end),
            rule: found.rule,
          }
          addDateParts(date, found)
          date.sentence = index
          dates.push(date as unknown as DateExpression)
        }
      }
      if (data.speech) {
        const sentenceStart = sentence.position!.start.offset!
        const end = sentence.position!.end.offset!
        for (const found of data.speech)
          pending.push({ found, sentence: index, sentenceStart, sentenceEnd: found.sentenceEnd ?? end })
      }
    },
    finish() {
      const entities = resolveEntities(mentions, text)
      return { entities, money, dates, quotes, speech: attachSpeakers(pending, entities) }
    },
  }

  // The keys in the order the model has always had them, so serialised articles compare equal.
  function namedMention(found: MentionFinding, index: number): NamedMention {
    const { line, column } = pointAt(found.start)
    const { start, end, rule } = found
    const written = text.slice(start, end)
    // Two literals rather than a spread for pronouns: a spread copies the object slowly.
    const named: Mention = found.pronoun
      ? { start, end, line, column, text: written, rule, sentence: index, pronoun: true }
      : { start, end, line, column, text: written, rule, sentence: index }
    // Most mentions have no roles: they share one empty list (never written to) rather than each making one.
    let roles: readonly Evidence[] = noRoles
    if (found.roles && found.roles.length > 0) {
      const evidences: Evidence[] = []
      for (const role of found.roles) evidences.push(evidence(text, role.start, role.end, role.rule, pointAt))
      roles = evidences
    }
    return found.generic
      ? { mention: named, type: found.type, name: found.name, generic: true, roles }
      : { mention: named, type: found.type, name: found.name, roles }
  }

  function attachSpeakers(found: readonly PendingSpeech[], entities: readonly Entity[]): Speech[] {
    const speech: Speech[] = []
    if (found.length === 0) return speech
    // The first entity (in entity order) with a mention at exactly the speaker's span, by start and
    // then end (numbers, where a string key would be built for every mention); only mentions that
    // start where a speaker starts are kept.
    const bySpan = new Map<number, Map<number, Entity>>()
    for (const { found: item } of found) {
      if (!bySpan.has(item.speaker.start)) bySpan.set(item.speaker.start, new Map())
    }
    for (const entity of entities) {
      for (const mention of entity.mentions) {
        const ends = bySpan.get(mention.start)
        if (ends && !ends.has(mention.end)) ends.set(mention.end, entity)
      }
    }
    for (const { found: item, sentence, sentenceStart, sentenceEnd } of found) {
      const entity = bySpan.get(item.speaker.start)!.get(item.speaker.end)
      if (!entity) continue
      const { line, column } = pointAt(item.start)
      const cue = text.slice(item.start, item.end)
      speech.push({
        start: item.start,
        end: item.end,
        line,
        column,
        text: cue,
        rule: item.rule,
        speaker: entity.name,
        speakerId: entity.id,
        speakerMention: textSpan(text, item.speaker.start, item.speaker.end, pointAt),
        cue,
        sentence,
        sentenceText: text.slice(sentenceStart, sentenceEnd),
      })
    }
    return speech
  }
}

/**
 * Read every finding off the tree's sentences and paragraphs, in text order.
 */
export function collectAnnotations(tree: Root, text: string, pointAt: PointAt): Annotations {
  const collector = createAnnotationCollector(text, pointAt)
  let sentenceIndex = 0
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    collector.paragraph(paragraph)
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode') collector.sentence(sentence, sentenceIndex++)
    }
  }
  return collector.finish()
}
