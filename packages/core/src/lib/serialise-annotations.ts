/**
 * The JSON form of an article's annotations: offsets and values only; text, lines and columns are
 * rebuilt from the article text on load.
 */
import { dateFieldNames, dateFields, evidence, type PointAt, textSpan } from './annotations.js'
import { expectArray, expectNumber, expectOffset, expectRecord, expectString, fail } from './json-checks.js'
import type {
  DateExpression,
  Entity,
  EntityType,
  Evidence,
  Mention,
  MoneyAmount,
  QuotedTerm,
  Speech,
} from './model.js'

/** Evidence as `[start, end, rule]`. */
export type SerialisedEvidence = readonly [start: number, end: number, rule: string]
/** A mention as `[start, end, rule, sentence]`, with a fifth element `1` for a pronoun. */
export type SerialisedMention = readonly [
  start: number,
  end: number,
  rule: string,
  sentence: number,
  pronoun?: 1,
]

/** The JSON form of an entity. */
export interface SerialisedEntity {
  readonly type: EntityType
  readonly name: string
  readonly aliases: readonly string[]
  readonly generic?: true
  readonly roles: readonly SerialisedEvidence[]
  readonly mentions: readonly SerialisedMention[]
}

/** The JSON form of the annotations. */
export interface SerialisedAnnotations {
  readonly entities: readonly SerialisedEntity[]
  readonly money: readonly (readonly [
    start: number,
    end: number,
    rule: string,
    sentence: number,
    amount: number,
    currency: string,
    endAmount?: number,
  ])[]
  readonly dates: readonly (Record<string, unknown> & { readonly start: number; readonly end: number })[]
  readonly quotes: readonly (readonly [
    start: number,
    end: number,
    rule: string,
    open: number,
    close: number,
  ])[]
  readonly speech: readonly {
    readonly cue: SerialisedEvidence
    readonly speakerId: string
    readonly speaker: readonly [start: number, end: number]
    readonly sentence: number
  }[]
}

/** The annotation fields of an article. */
interface AnnotatedArticle {
  readonly entities: readonly Entity[]
  readonly money: readonly MoneyAmount[]
  readonly dates: readonly DateExpression[]
  readonly quotes: readonly QuotedTerm[]
  readonly speech: readonly Speech[]
}

const evidenceToJSON = (item: Evidence): SerialisedEvidence => [item.start, item.end, item.rule]

/** Serialise the annotations of an article. */
export function annotationsToJSON(article: AnnotatedArticle): SerialisedAnnotations {
  return {
    entities: article.entities.map((entity) => ({
      type: entity.type,
      name: entity.name,
      aliases: entity.aliases,
      ...(entity.generic ? { generic: true as const } : {}),
      roles: entity.roles.map(evidenceToJSON),
      mentions: entity.mentions.map(
        (mention): SerialisedMention =>
          mention.pronoun
            ? [mention.start, mention.end, mention.rule, mention.sentence, 1]
            : [mention.start, mention.end, mention.rule, mention.sentence],
      ),
    })),
    money: article.money.map((item) =>
      item.endAmount === undefined
        ? [item.start, item.end, item.rule, item.sentence, item.amount, item.currency]
        : [item.start, item.end, item.rule, item.sentence, item.amount, item.currency, item.endAmount],
    ),
    dates: article.dates.map(({ line: _line, column: _column, text: _text, ...fields }) => fields),
    quotes: article.quotes.map((item) => [item.start, item.end, item.rule, item.open, item.close]),
    speech: article.speech.map((item) => ({
      cue: evidenceToJSON(item),
      speakerId: item.speakerId,
      speaker: [item.speakerMention.start, item.speakerMention.end],
      sentence: item.sentence,
    })),
  }
}

// The date fields read back: flags as booleans, `resolved` as a string, every other one as a number.
const dateFlagFields: readonly string[] = ['relative', 'lunar']
const dateNumberFields = dateFieldNames.filter((key) => key !== 'resolved' && !dateFlagFields.includes(key))

/**
 * Rebuild annotations from their JSON form; `sentences` are the article's sentence spans by index.
 * Throws a `TypeError` naming the first malformed field.
 */
export function annotationsFromJSON(
  record: Record<string, unknown>,
  text: string,
  pointAt: PointAt,
  sentences: readonly { readonly start: number; readonly end: number }[],
): AnnotatedArticle {
  const max = text.length
  const sentenceIndex = (value: unknown, path: string) =>
    expectOffset(value, path, 0, Math.max(0, sentences.length - 1))
  const readEvidence = (value: unknown, path: string): Evidence => {
    const tuple = expectArray(value, path)
    const start = expectOffset(tuple[0], `${path}[0]`, 0, max)
    const end = expectOffset(tuple[1], `${path}[1]`, start, max)
    return evidence(text, start, end, expectString(tuple[2], `${path}[2]`), pointAt)
  }

  const entities = expectArray(record.entities ?? [], 'entities').map((value, index): Entity => {
    const path = `entities[${index}]`
    const item = expectRecord(value, path)
    const type = item.type
    if (type !== 'person' && type !== 'organization' && type !== 'place') {
      fail(`${path}.type`, '"person", "organization" or "place"', type)
    }
    const name = expectString(item.name, `${path}.name`)
    const mentions = expectArray(item.mentions, `${path}.mentions`).map((mention, position): Mention => {
      const where = `${path}.mentions[${position}]`
      const tuple = expectArray(mention, where)
      return {
        ...readEvidence(tuple, where),
        sentence: sentenceIndex(tuple[3], `${where}[3]`),
        ...(tuple[4] === 1 ? { pronoun: true } : {}),
      }
    })
    if (item.generic !== undefined && item.generic !== true)
      fail(`${path}.generic`, 'true or absent', item.generic)
    return {
      id: `${type}:${name}`,
      type,
      name,
      aliases: expectArray(item.aliases, `${path}.aliases`).map((alias, position) =>
        expectString(alias, `${path}.aliases[${position}]`),
      ),
      roles: expectArray(item.roles, `${path}.roles`).map((role, position) =>
        readEvidence(role, `${path}.roles[${position}]`),
      ),
      ...(item.generic ? { generic: true } : {}),
      mentions,
    }
  })

  const money = expectArray(record.money ?? [], 'money').map((value, index): MoneyAmount => {
    const path = `money[${index}]`
    const tuple = expectArray(value, path)
    const item: MoneyAmount = {
      ...readEvidence(tuple, path),
      amount: expectNumber(tuple[4], `${path}[4]`),
      currency: expectString(tuple[5], `${path}[5]`),
      sentence: sentenceIndex(tuple[3], `${path}[3]`),
    }
    return tuple[6] === undefined ? item : { ...item, endAmount: expectNumber(tuple[6], `${path}[6]`) }
  })

  const dates = expectArray(record.dates ?? [], 'dates').map((value, index): DateExpression => {
    const path = `dates[${index}]`
    const item = expectRecord(value, path)
    const base = readEvidence([item.start, item.end, item.rule], path)
    const fields: Record<string, unknown> = {}
    for (const key of dateNumberFields) {
      if (item[key] !== undefined) fields[key] = expectNumber(item[key], `${path}.${key}`)
    }
    for (const key of dateFlagFields) {
      if (item[key] === undefined) continue
      if (typeof item[key] !== 'boolean') fail(`${path}.${key}`, 'a boolean', item[key])
      fields[key] = item[key]
    }
    if (item.resolved !== undefined) fields.resolved = expectString(item.resolved, `${path}.resolved`)
    return { ...base, ...dateFields(fields), sentence: sentenceIndex(item.sentence, `${path}.sentence`) }
  })

  const quotes = expectArray(record.quotes ?? [], 'quotes').map((value, index): QuotedTerm => {
    const path = `quotes[${index}]`
    const tuple = expectArray(value, path)
    return {
      ...readEvidence(tuple, path),
      open: expectOffset(tuple[3], `${path}[3]`, 0, max),
      close: expectOffset(tuple[4], `${path}[4]`, 0, max),
    }
  })

  const speech = expectArray(record.speech ?? [], 'speech').map((value, index): Speech => {
    const path = `speech[${index}]`
    const item = expectRecord(value, path)
    const cue = readEvidence(item.cue, `${path}.cue`)
    const speakerId = expectString(item.speakerId, `${path}.speakerId`)
    const speaker = entities.find((entity) => entity.id === speakerId)
    if (!speaker) fail(`${path}.speakerId`, 'the id of one of the entities', speakerId)
    const at = expectArray(item.speaker, `${path}.speaker`)
    const start = expectOffset(at[0], `${path}.speaker[0]`, 0, max)
    const end = expectOffset(at[1], `${path}.speaker[1]`, start, max)
    const sentence = sentenceIndex(item.sentence, `${path}.sentence`)
    const span = sentences[sentence]!
    return {
      ...cue,
      speaker: speaker!.name,
      speakerId,
      speakerMention: textSpan(text, start, end, pointAt),
      cue: cue.text,
      sentence,
      sentenceText: text.slice(span.start, span.end),
    }
  })

  return { entities, money, dates, quotes, speech }
}
