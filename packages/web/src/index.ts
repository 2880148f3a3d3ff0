/**
 * `@dalian-news/web`: the viewer's pure logic, for tools that link into it or render article text the same
 * way. The built viewer itself is `dist/site/`; `@dalian-news/web/node` builds and serves one.
 */
export type { Context } from './lib/context.js'
export { contextAround } from './lib/context.js'
export type { Facet, FacetGroups } from './lib/facets.js'
export { facetGroups } from './lib/facets.js'
export type {
  ArticleMessage,
  DiagnosticMark,
  Highlight,
  MarkOptions,
  MentionMark,
  MoneyMark,
  SentenceMark,
} from './lib/highlights.js'
export { articleMarks, highlightCounts, marksWithin, messageRange, overlaps } from './lib/highlights.js'
export type { HighlightType, ReaderOptions, Route } from './lib/route.js'
export { defaultReaderOptions, formatRoute, highlightTypes, homeRoute, parseRoute } from './lib/route.js'
export type { Mark, MarkSegment, Segment, TextSegment } from './lib/segment.js'
export { segmentText } from './lib/segment.js'
