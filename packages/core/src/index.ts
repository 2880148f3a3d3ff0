export type { Corpus, CorpusError, CorpusErrorCode } from './lib/corpus.js'
export { createCorpus } from './lib/corpus.js'
export type { CorpusEntity } from './lib/corpus-entities.js'
export { corpusEntities } from './lib/corpus-entities.js'
export type { Decoded } from './lib/decode.js'
export { decodeText } from './lib/decode.js'
export type {
  DateFinding,
  MentionFinding,
  MoneyFinding,
  QuoteFinding,
  SpeechFinding,
} from './lib/findings.js'
export type {
  Article,
  ArticleMeta,
  ArticleStats,
  DateExpression,
  DateParts,
  Entity,
  EntityType,
  Evidence,
  Mention,
  MetaValue,
  MoneyAmount,
  Paragraph,
  QuotedTerm,
  Sentence,
  Span,
  Speech,
  Token,
  TokenKind,
} from './lib/model.js'
export type { ParseOptions } from './lib/parse-article.js'
export { parseArticle } from './lib/parse-article.js'
export { default as retextDates } from './lib/plugins/retext-dates.js'
export { default as retextEntities } from './lib/plugins/retext-entities.js'
export { default as retextMoney } from './lib/plugins/retext-money.js'
export { default as retextQuotes } from './lib/plugins/retext-quotes.js'
export { default as retextRoles } from './lib/plugins/retext-roles.js'
export { default as retextSpeech } from './lib/plugins/retext-speech.js'
export type { ArticleProcessor } from './lib/processor.js'
export { createProcessor, processor } from './lib/processor.js'
export { messageSource } from './lib/report.js'
export type {
  Diagnostic,
  SerialisedArticle,
  SerialisedParagraph,
  SerialisedSentence,
  SerialisedToken,
} from './lib/serialise.js'
export { articleFormat, articleFormatVersion, fromJSON, toJSON } from './lib/serialise.js'
export { wordsPerMinute } from './lib/units.js'
