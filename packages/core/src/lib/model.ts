/**
 * The typed document model: plain, readonly, serialisable records.
 *
 * Every unit is a `Span` into the *original* text given to `parseArticle`
 * (before any normalisation), so `article.text.slice(unit.start, unit.end)`
 * is always the unit's exact text.
 */
import type { Root } from 'nlcst'
import type { VFileMessage } from 'vfile-message'

/** A stretch of the original article text. */
export interface Span {
  /** Offset (UTF-16 code units) of the first character, into the original text. */
  readonly start: number
  /** Offset just past the last character, into the original text. */
  readonly end: number
  /** 1-based line of `start`. */
  readonly line: number
  /** 1-based column of `start` (UTF-16 code units). */
  readonly column: number
}

/** Kind of a token, following the NLCST node it comes from. */
export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'whitespace'

/** The smallest unit: a word, a punctuation mark, a symbol or a run of white space. */
export interface Token extends Span {
  /** What kind of token this is. */
  readonly kind: TokenKind
  /** Exact text, `article.text.slice(start, end)`. */
  readonly text: string
}

/** A sentence: its tokens, in order, without the white space between sentences. */
export interface Sentence extends Span {
  /** 0-based position of the sentence in the article (title sentences first). */
  readonly index: number
  /** Exact text, `article.text.slice(start, end)`. */
  readonly text: string
  /** Tokens in order; they do not overlap and lie within the sentence. */
  readonly tokens: readonly Token[]
}

/** A block of text separated from its neighbours by a blank line. */
export interface Paragraph extends Span {
  /** 0-based position among the body paragraphs (the heading is -1). */
  readonly index: number
  /** Exact text, `article.text.slice(start, end)`, without surrounding blank lines. */
  readonly text: string
  /** Sentences in order. */
  readonly sentences: readonly Sentence[]
}

/** Values front matter may carry: anything JSON can hold. */
export type MetaValue =
  | string
  | number
  | boolean
  | null
  | readonly MetaValue[]
  | { readonly [key: string]: MetaValue }

/** Metadata of an article, from YAML front matter. */
export interface ArticleMeta {
  /** Publication date as written in front matter (`YYYY-MM-DD` recommended). */
  readonly date?: string
  /** Where the article comes from (publisher, site). */
  readonly source?: string
  /** Address of the original article. */
  readonly url?: string
  /** Any other front-matter key. */
  readonly [key: string]: MetaValue | undefined
}

/** Counts that describe an article. */
export interface ArticleStats {
  /** Characters of the original text (UTF-16 code units). */
  readonly characters: number
  /** Word tokens in the heading and body. */
  readonly words: number
  /** Sentences in the heading and body. */
  readonly sentences: number
  /** Body paragraphs (the heading is not counted). */
  readonly paragraphs: number
  /** Estimated reading time in minutes at 200 words a minute, rounded up (0 for no words). */
  readonly readingMinutes: number
}

/** Kind of a named entity. */
export type EntityType = 'person' | 'organization' | 'place'

/** Where a fact was found: its exact text and the rule that found it. */
export interface Evidence extends Span {
  /** Exact text, `article.text.slice(start, end)`. */
  readonly text: string
  /** Id of the rule that found it (see the core README). */
  readonly rule: string
}

/** One place an entity is mentioned. */
export interface Mention extends Evidence {
  /** Index of the sentence the mention is in (`article` sentences are numbered from the heading). */
  readonly sentence: number
  /** Whether the mention is a pronoun ("he") standing for the entity. */
  readonly pronoun?: boolean
}

/** A person, organization or place, with every mention of it in the article. */
export interface Entity {
  /** Id within the article: type and name, e.g. `person:Lu Zhenqi`. */
  readonly id: string
  /** What kind of entity. */
  readonly type: EntityType
  /** The fullest proper form of the name in the article. */
  readonly name: string
  /** Other surface forms in the article (titled forms, short forms), without a leading "the". */
  readonly aliases: readonly string[]
  /** Job titles attached to a person in this article, as written. */
  readonly roles: readonly Evidence[]
  /** An unqualified generic body ("the Municipal Government"), kept but marked. */
  readonly generic?: boolean
  /** Mentions in text order (pronouns included for people). */
  readonly mentions: readonly Mention[]
}

/** An amount of money, normalised. */
export interface MoneyAmount extends Evidence {
  /** The amount in units of the currency. */
  readonly amount: number
  /** ISO 4217 currency code. */
  readonly currency: string
  /** Upper bound of a range ("2 to 3 billion yuan"), whose lower bound is `amount`; absent otherwise. */
  readonly endAmount?: number
  /** Index of the sentence it is in. */
  readonly sentence: number
}

/** What a date expression says: its calendar parts, as far as the text gives them. */
export interface DateParts {
  /** Year. */
  readonly year?: number
  /** Month, 1–12. */
  readonly month?: number
  /** Day of the month. */
  readonly day?: number
  /** Last year of a range. */
  readonly endYear?: number
  /** Last month of a range. */
  readonly endMonth?: number
  /** Last day of a range. */
  readonly endDay?: number
  /** Whether the expression is relative ("yesterday", "in recent years"). */
  readonly relative?: boolean
  /** The calendar date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) when it could be worked out from the article date. */
  readonly resolved?: string
  /** Whether the date is in the Chinese lunar calendar ("the fifth day of the fifth lunar month"). */
  readonly lunar?: boolean
  /** Lunar month, 1–12 (`month` and `day` are Gregorian, and left out when the text says none). */
  readonly lunarMonth?: number
  /** Day of the lunar month, 1–30. */
  readonly lunarDay?: number
}

/** A date, date range, year or relative time expression. */
export interface DateExpression extends Evidence, DateParts {
  /** Index of the sentence it is in. */
  readonly sentence: number
}

/** Text inside a pair of quotation marks. */
export interface QuotedTerm extends Evidence {
  /** Offset of the opening mark. */
  readonly open: number
  /** Offset of the closing mark. */
  readonly close: number
}

/**
 * A sentence in which a person or body is reported as saying something. A quotation over several sentences
 * with one cue after it is one fact, filed under its first sentence; its own span (`start`, `end`, `text`)
 * is the cue, and every offset is into the article's text, so spans in later sentences stay valid.
 */
export interface Speech extends Evidence {
  /** Name of the speaker (a pronoun is resolved to the person it stands for). */
  readonly speaker: string
  /** Id of the speaker's entity. */
  readonly speakerId: string
  /** Where the speaker is mentioned (a name or a pronoun): in the sentence that holds the cue. */
  readonly speakerMention: Span & { readonly text: string }
  /** The reporting cue as written ("said", "pointed out"), in the sentence that holds it. */
  readonly cue: string
  /** Index of the sentence; for a quotation over several sentences with one cue after it, the first. */
  readonly sentence: number
  /** The whole of the sentence at `sentence`: for a quotation over several, its first sentence only. */
  readonly sentenceText: string
}

/** A parsed article. */
export interface Article {
  /** Stable identifier: the file name without extension, or given by the caller. */
  readonly id: string
  /** File the article came from, relative to its corpus, when known. */
  readonly file?: string
  /** Title: front matter `title`, else the first non-empty line, trimmed. */
  readonly title: string
  /** The original text, unchanged (BOM, CRLF and odd spaces included). */
  readonly text: string
  /** Front-matter metadata (empty when there is none). */
  readonly meta: ArticleMeta
  /** The title line as a paragraph, when the title comes from the text. */
  readonly heading?: Paragraph
  /** Body paragraphs in order. */
  readonly paragraphs: readonly Paragraph[]
  /** Counts. */
  readonly stats: ArticleStats
  /** People, organizations and places, each with its mentions. */
  readonly entities: readonly Entity[]
  /** Amounts of money in text order. */
  readonly money: readonly MoneyAmount[]
  /** Date expressions in text order. */
  readonly dates: readonly DateExpression[]
  /** Quoted terms in text order. */
  readonly quotes: readonly QuotedTerm[]
  /** Reported speech in text order. */
  readonly speech: readonly Speech[]
  /** Problems found in the text, as vfile messages (`ruleId`, `source`, place). */
  readonly messages: readonly VFileMessage[]
  /** The NLCST tree, when kept (`parseArticle(text, {tree: true})`); the model never needs it. */
  readonly tree?: Root
}
