export type { Collocate, CollocateOptions, CollocateSort } from './lib/analysis/collocates.js'
export { collocates } from './lib/analysis/collocates.js'
export type { ConcordanceLine, ConcordanceOptions, ConcordanceSort } from './lib/analysis/concordance.js'
export { concordance } from './lib/analysis/concordance.js'
export type { CorpusStats } from './lib/analysis/corpus-stats.js'
export { corpusStats } from './lib/analysis/corpus-stats.js'
export { toDot } from './lib/analysis/dot.js'
export type {
  EntityNetwork,
  EntityNetworkOptions,
  NetworkEdge,
  NetworkNode,
} from './lib/analysis/entity-network.js'
export { entityNetwork } from './lib/analysis/entity-network.js'
export type { FrequencyOptions, FrequencyRow } from './lib/analysis/frequencies.js'
export { frequencies } from './lib/analysis/frequencies.js'
export type { Keyword, KeywordOptions } from './lib/analysis/keywords.js'
export { keywords } from './lib/analysis/keywords.js'
export type { ContextUnit } from './lib/analysis/kwic-context.js'
export type { MatchMode } from './lib/analysis/query.js'
export { createStopwords, englishStopwords } from './lib/analysis/stopwords.js'
export type { Corpus, CorpusError, CorpusErrorCode } from './lib/corpus.js'
export { createCorpus } from './lib/corpus.js'
export type { CorpusEntity } from './lib/corpus-entities.js'
export { corpusEntities } from './lib/corpus-entities.js'
export type { Decoded } from './lib/decode.js'
export { decodeText } from './lib/decode.js'
export { diagnosticRuleIds } from './lib/diagnostics/rules.js'
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
export type { Options as DatesOptions } from './lib/plugins/retext-dates.js'
export { default as retextDates } from './lib/plugins/retext-dates.js'
export type { Options as DiagnosticsOptions } from './lib/plugins/retext-diagnostics.js'
export { default as retextDiagnostics } from './lib/plugins/retext-diagnostics.js'
export type { Options as EntitiesOptions } from './lib/plugins/retext-entities.js'
export { default as retextEntities } from './lib/plugins/retext-entities.js'
export type { Options as MoneyOptions } from './lib/plugins/retext-money.js'
export { default as retextMoney } from './lib/plugins/retext-money.js'
export type { Options as QuotesOptions } from './lib/plugins/retext-quotes.js'
export { default as retextQuotes } from './lib/plugins/retext-quotes.js'
export type { Options as RolesOptions } from './lib/plugins/retext-roles.js'
export { default as retextRoles } from './lib/plugins/retext-roles.js'
export type { Options as SpeechOptions } from './lib/plugins/retext-speech.js'
export { default as retextSpeech } from './lib/plugins/retext-speech.js'
export type { ArticleProcessor } from './lib/processor.js'
export { createProcessor, processor } from './lib/processor.js'
export { corpusErrorCodes, inputRuleIds, messageSource } from './lib/report.js'
export type { EntityFilter, ParsedQuery, ParseQueryOptions, QueryTerm } from './lib/search/parse-query.js'
export { parseQuery, queryLimits } from './lib/search/parse-query.js'
export type { SearchOptions, SearchResponse, SearchResult } from './lib/search/run-search.js'
export type { SearchIndex, SearchIndexOptions } from './lib/search/search-index.js'
export { createSearchIndex, loadSearchIndex, searchDefaults } from './lib/search/search-index.js'
export type { SerialisedSearchIndex } from './lib/search/serialise-index.js'
export { searchIndexFormat, searchIndexFormatVersion } from './lib/search/serialise-index.js'
export type { Snippet, SnippetKind } from './lib/search/snippets.js'
export type {
  Diagnostic,
  SerialisedArticle,
  SerialisedParagraph,
  SerialisedSentence,
  SerialisedToken,
} from './lib/serialise.js'
export { articleFormat, articleFormatVersion, fromJSON, toJSON } from './lib/serialise.js'
export { wordsPerMinute } from './lib/units.js'
