/**
 * What a search index holds: the articles, the MiniSearch index over their titles and bodies, the
 * vocabulary for prefix search, and the entity lookup. Built from articles or restored from JSON.
 */
import MiniSearch, { type Options } from 'minisearch'
import type { Article } from '../model.js'
import { createEntityLookup, type EntityLookup } from './entity-lookup.js'
import { createTermProcessor, splitWords, type TermProcessor } from './terms.js'

/** A document of the MiniSearch index: the article's position in the list is its id. */
export interface IndexedArticle {
  /** Position of the article in the index's article list. */
  readonly id: number
  /** The article. */
  readonly article: Article
}

/** The inside of a search index. */
export interface IndexState {
  /** The articles, in the order they were indexed (a MiniSearch id is a position here). */
  readonly articles: readonly Article[]
  /** MiniSearch over `title` and `body`, with stems as terms. */
  readonly miniSearch: MiniSearch<IndexedArticle>
  /** Turns words into index terms (remembers answers). */
  readonly processor: TermProcessor
  /** Every indexed word in normalised form (before stemming), sorted, for search-as-you-type. */
  readonly vocabulary: readonly string[]
  /** The index term (stem) of each word of `vocabulary`, at the same position. */
  readonly stems: readonly string[]
  /** Every index term: a query word that is not one may be a misspelling. */
  readonly terms: ReadonlySet<string>
  /** How much more a match in the title counts than one in the body. */
  readonly titleBoost: number
  /** Articles by person, organization and place. */
  readonly entities: EntityLookup
}

/** The body as indexed: the paragraphs' text (no heading, no front matter), one blank line apart. */
export function bodyText(article: Article): string {
  return article.paragraphs.map((paragraph) => paragraph.text).join('\n\n')
}

/** MiniSearch options; loading a saved index needs exactly the options it was built with. */
export function miniSearchOptions(processor: TermProcessor, titleBoost: number): Options<IndexedArticle> {
  return {
    fields: ['title', 'body'],
    idField: 'id',
    extractField: (document, field) =>
      field === 'id' ? document.id : field === 'title' ? document.article.title : bodyText(document.article),
    tokenize: splitWords,
    processTerm: (word) => processor(word),
    // Queries reach MiniSearch as stems already (see run-search.ts), so they are not processed again.
    searchOptions: { boost: { title: titleBoost }, tokenize: (term) => [term], processTerm: (term) => term },
  }
}

/** Index `articles`. */
export function buildState(
  articles: readonly Article[],
  stopwords: ReadonlySet<string>,
  titleBoost: number,
): IndexState {
  const processor = createTermProcessor(stopwords)
  const miniSearch = new MiniSearch<IndexedArticle>(miniSearchOptions(processor, titleBoost))
  articles.forEach((article, id) => {
    miniSearch.add({ id, article })
  })
  const vocabulary = [...processor.vocabulary.keys()].sort()
  const stems = vocabulary.map((word) => processor.vocabulary.get(word)!)
  return {
    articles,
    miniSearch,
    processor,
    vocabulary,
    stems,
    terms: new Set(stems),
    titleBoost,
    entities: createEntityLookup(articles),
  }
}
