export type { Corpus, CorpusError, CorpusErrorCode } from './lib/corpus.js'
export { createCorpus } from './lib/corpus.js'
export type { Decoded } from './lib/decode.js'
export { decodeText } from './lib/decode.js'
export type {
  Article,
  ArticleMeta,
  ArticleStats,
  MetaValue,
  Paragraph,
  Sentence,
  Span,
  Token,
  TokenKind,
} from './lib/model.js'
export type { ParseOptions } from './lib/parse-article.js'
export { parseArticle } from './lib/parse-article.js'
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
