import type { Article } from '../../src/index.js'

// Rules about the input itself; annotation plugins may add findings of their own that these tests ignore.
const inputRules = new Set([
  'control-character',
  'invalid-character',
  'front-matter',
  'empty-article',
  'long-paragraph',
])

/** The messages of `article` that report problems in its input text. */
export function inputProblems(article: Article) {
  return article.messages.filter((message) => inputRules.has(message.ruleId ?? ''))
}

/** The rule ids of `inputProblems`, in order. */
export function inputRuleIds(article: Article): (string | undefined)[] {
  return inputProblems(article).map((message) => message.ruleId)
}
