/**
 * What a diagnostic rule sees and reports: one paragraph at a time, with the text twice over.
 *
 * `parseArticle` parses a normalised copy of the text (no-break and other odd spaces, control characters
 * replaced one for one), so the tree and `text` say where things are, while `original` still holds the
 * characters the author typed. Both have the paragraph's length, so an index means the same in each.
 */
import type { Paragraph } from 'nlcst'

/** A problem a rule found, at offsets into the article's original text. */
export interface Finding {
  /** Offset of the first character of the problem. */
  readonly start: number
  /** Offset just past the problem; `actual` is the original text between `start` and `end`. */
  readonly end: number
  /** The rule that found it, e.g. `doubled-punctuation`. */
  readonly ruleId: string
  /** What is wrong: starts with "Unexpected …". */
  readonly reason: string
  /** Replacements for the text between `start` and `end`, when there is a fix. */
  readonly expected?: readonly string[]
}

/** A paragraph as rules read it. */
export interface ParagraphView {
  /** The paragraph node, with sentences and the annotations of earlier plugins. */
  readonly node: Paragraph
  /** Offset of the paragraph in the article. */
  readonly start: number
  /** The text the tree was parsed from (odd spaces and control characters replaced). */
  readonly text: string
  /** The same stretch of the original text. */
  readonly original: string
  /** Last non-white character of the previous paragraph (`''` for the first). */
  readonly before: string
  /** First non-white character of the next paragraph (`''` for the last). */
  readonly after: string
  /** Offsets in `text` of the marks the mark rules look at (see `mark-places.ts`). */
  readonly markPlaces: readonly number[]
}

/** Hand a finding to the plugin, which counts, caps and reports it. */
export type Report = (finding: Finding) => void

/** One concept of diagnostics: the rule ids it reports and how it checks a paragraph. */
export interface DiagnosticRule {
  /** Every `ruleId` its findings can carry. */
  readonly ruleIds: readonly string[]
  /** Check one paragraph; must be linear in its length. */
  readonly check: (paragraph: ParagraphView, report: Report) => void
}
