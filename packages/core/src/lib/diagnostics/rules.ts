/**
 * Every diagnostic rule, in the order the plugin runs them on each paragraph.
 */
import { cjkPunctuation } from './cjk-punctuation.js'
import { doubledPunctuation } from './doubled-punctuation.js'
import { lowercaseSentence } from './lowercase-sentence.js'
import { numberBeforeName } from './number-before-name.js'
import { quoteSpacing } from './quote-spacing.js'
import { repeatedWord } from './repeated-word.js'
import type { DiagnosticRule } from './rule.js'
import { spaceBeforePunctuation } from './space-before-punctuation.js'
import { spacing } from './spacing.js'
import { unbalancedQuote } from './unbalanced-quote.js'

/** The rules `retextDiagnostics` runs. */
export const diagnosticRules: readonly DiagnosticRule[] = [
  cjkPunctuation,
  quoteSpacing,
  unbalancedQuote,
  doubledPunctuation,
  lowercaseSentence,
  numberBeforeName,
  repeatedWord,
  spacing,
  spaceBeforePunctuation,
]

/** Every rule id the diagnostics can report, e.g. for `retextDiagnostics({ignore: [...]})`. */
export const diagnosticRuleIds: readonly string[] = diagnosticRules.flatMap((rule) => rule.ruleIds)
