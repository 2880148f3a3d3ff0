/**
 * What annotation plugins find, stored on NLCST nodes as `data` (the `@types/nlcst` way).
 *
 * Findings hold offsets into the original text only; the model builder adds text, lines and columns.
 * A finding's `rule` names the rule that made it, so every fact can be traced to why it was found.
 */
import type { DateParts, EntityType } from './model.js'

/** An amount of money. */
export interface MoneyFinding {
  readonly start: number
  readonly end: number
  /** The amount in units of the currency (`59.3 billion` → 59300000000). */
  readonly amount: number
  /** ISO 4217 code (`CNY`, `USD`, …). */
  readonly currency: string
  /** Upper bound of a range ("2 to 3 billion yuan" → 3000000000); `amount` is the lower bound. */
  readonly endAmount?: number
  readonly rule: string
}

/** A calendar date, date range, year or relative time expression. */
export interface DateFinding extends DateParts {
  readonly start: number
  readonly end: number
  readonly rule: string
}

/** Text between a pair of quotation marks. */
export interface QuoteFinding {
  /** Start of the quoted text, trimmed of white space. */
  readonly start: number
  /** End of the quoted text, trimmed of white space. */
  readonly end: number
  /** Offset of the opening mark. */
  readonly open: number
  /** Offset of the closing mark. */
  readonly close: number
  readonly rule: string
}

/** A mention of a person, organization or place, before mentions are merged into entities. */
export interface MentionFinding {
  readonly start: number
  readonly end: number
  readonly type: EntityType
  /** The name this mention contributes (without titles, possessives or stray characters). */
  readonly name: string
  /** Whether this is an unqualified generic body ("the Municipal Government"). */
  readonly generic?: boolean
  /** Job titles attached to this mention of a person. */
  readonly roles?: readonly { readonly start: number; readonly end: number; readonly rule: string }[]
  /** Whether this mention is a pronoun standing for a person named earlier. */
  readonly pronoun?: boolean
  readonly rule: string
}

/** A sentence reporting what a person or body said. */
export interface SpeechFinding {
  /** Start of the cue ("said", "pointed out"). */
  readonly start: number
  /** End of the cue. */
  readonly end: number
  /** Offsets of the mention of the speaker (a name or a pronoun). */
  readonly speaker: { readonly start: number; readonly end: number }
  /**
   * End of the last sentence the speech spans, when it goes past the sentence it is filed under: the one
   * that closes a quotation of several sentences ("“We grew. We hired,” she said." ends after "said.").
   */
  readonly sentenceEnd?: number
  readonly rule: string
}

declare module 'nlcst' {
  interface SentenceData {
    /** Amounts of money in the sentence (retext-money). */
    money?: MoneyFinding[] | undefined
    /** Date expressions in the sentence (retext-dates). */
    dates?: DateFinding[] | undefined
    /** People, organizations and places mentioned in the sentence (retext-entities). */
    mentions?: MentionFinding[] | undefined
    /** Reported speech in the sentence (retext-speech). */
    speech?: SpeechFinding[] | undefined
  }
  interface ParagraphData {
    /** Quoted terms in the paragraph (retext-quotes); quotes may span sentences. */
    quotes?: QuoteFinding[] | undefined
  }
}
