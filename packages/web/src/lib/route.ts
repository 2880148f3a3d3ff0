/**
 * Routes: every view of the viewer is a location hash, so a view can be reloaded, bookmarked and shared.
 *
 * ```
 * #/                          the article list
 * #/search/<query>            the list, ranked by a search
 * #/entity/<corpus entity>    the list of articles that mention a person, body or place (also after a search)
 * #/a/<article id>            the reader
 *   …/m/<offset>              …with the mention (or amount) that starts at this offset into the text in focus
 *   …/s/<sentence>            …with this sentence (0-based, the heading first) in focus
 *   …/entity/<entity id>      …with every mention of this entity marked
 *   …/hide/<type>,<type>      …with these highlight types switched off
 *   …/diagnostics             …with the article's messages shown in the text
 * #/paste                     your own article, with the same reader options
 * #/money, #/speech           the ledgers
 * ```
 *
 * A mention is identified by its start offset: offsets index the original text, which a corpus file keeps
 * as written, so they stay the same when the corpus is rebuilt or the rules change, unlike a mention's
 * position in a list. Parsing never throws: an unknown or malformed part is left out.
 */

/** Kinds of text the reader can highlight. */
export const highlightTypes = ['person', 'organization', 'place', 'money'] as const

/** A kind of text the reader can highlight. */
export type HighlightType = (typeof highlightTypes)[number]

/** What the reader shows besides the text. */
export interface ReaderOptions {
  /** Start offset of the mention in focus. */
  readonly mention?: number
  /** Index of the sentence in focus. */
  readonly sentence?: number
  /** Id of the entity whose mentions are marked (an article entity id or a corpus entity id). */
  readonly entity?: string
  /** Highlight types switched off (default: none). */
  readonly hidden: readonly HighlightType[]
  /** Whether the article's messages are shown in the text (default `false`). */
  readonly diagnostics: boolean
}

/** A view of the viewer. */
export type Route =
  | {
      readonly page: 'articles'
      /** The search query (empty: every article in corpus order). */
      readonly query: string
      /** Corpus entity id the list is filtered by. */
      readonly entity?: string
    }
  | ({ readonly page: 'article' /** Article id. */; readonly id: string } & ReaderOptions)
  | ({ readonly page: 'paste' } & ReaderOptions)
  | { readonly page: 'money' }
  | { readonly page: 'speech' }
  | { readonly page: 'not-found' /** The hash that matched nothing. */; readonly path: string }

/** The route of an empty hash. */
export const homeRoute: Route = { page: 'articles', query: '' }

const decode = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    // A stray "%" typed into the address bar: keep what was typed.
    return segment
  }
}

const offset = (value: string | undefined): number | undefined =>
  value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : undefined

function readerOptions(segments: readonly string[]): ReaderOptions {
  let mention: number | undefined
  let sentence: number | undefined
  let entity: string | undefined
  let hidden: HighlightType[] = []
  let diagnostics = false
  for (let index = 0; index < segments.length; index++) {
    const key = segments[index]
    const value = segments[index + 1]
    if (key === 'diagnostics') {
      diagnostics = true
      continue
    }
    if (value === undefined) break
    index++
    if (key === 'm') mention = offset(value) ?? mention
    else if (key === 's') sentence = offset(value) ?? sentence
    else if (key === 'entity' && value) entity = decode(value)
    else if (key === 'hide') hidden = highlightTypes.filter((type) => decode(value).split(',').includes(type))
  }
  return {
    ...(mention === undefined ? {} : { mention }),
    ...(sentence === undefined ? {} : { sentence }),
    ...(entity === undefined ? {} : { entity }),
    hidden,
    diagnostics,
  }
}

/**
 * Read a location hash (`#/a/…`) into a route. `search` is the query string (`?q=…`), used when the hash is
 * empty, so `viewer/?q=port` links work too.
 */
export function parseRoute(hash: string, search = ''): Route {
  const path = hash.replace(/^#/, '')
  if (path === '' || path === '/') {
    const query = new URLSearchParams(search).get('q')
    return query ? { page: 'articles', query } : homeRoute
  }
  const segments = path.replace(/^\//, '').split('/')
  const [head, second] = segments
  if (head === 'search' || head === 'entity') {
    let query = ''
    let entity: string | undefined
    for (let index = 0; index + 1 < segments.length; index += 2) {
      const value = decode(segments[index + 1]!)
      if (segments[index] === 'search') query = value
      else if (segments[index] === 'entity' && value) entity = value
    }
    return entity === undefined ? { page: 'articles', query } : { page: 'articles', query, entity }
  }
  if (head === 'a' && second)
    return { page: 'article', id: decode(second), ...readerOptions(segments.slice(2)) }
  if (head === 'paste') return { page: 'paste', ...readerOptions(segments.slice(1)) }
  if ((head === 'money' || head === 'speech') && segments.length === 1) return { page: head }
  return { page: 'not-found', path: decode(path) }
}

// encodeURIComponent throws on a lone surrogate; such a character is written as U+FFFD instead.
const encode = (value: string) =>
  encodeURIComponent(
    value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  )

function formatReader(options: ReaderOptions): string {
  let hash = ''
  if (options.mention !== undefined) hash += `/m/${options.mention}`
  if (options.sentence !== undefined) hash += `/s/${options.sentence}`
  if (options.entity !== undefined) hash += `/entity/${encode(options.entity)}`
  const hidden = highlightTypes.filter((type) => options.hidden.includes(type))
  if (hidden.length > 0) hash += `/hide/${hidden.join(',')}`
  if (options.diagnostics) hash += '/diagnostics'
  return hash
}

/** Write a route as a location hash; `parseRoute(formatRoute(route))` gives the route back. */
export function formatRoute(route: Route): string {
  switch (route.page) {
    case 'articles': {
      let hash = '#/'
      if (route.query) hash += `search/${encode(route.query)}`
      if (route.entity !== undefined) hash += `${route.query ? '/' : ''}entity/${encode(route.entity)}`
      return hash
    }
    case 'article':
      return `#/a/${encode(route.id)}${formatReader(route)}`
    case 'paste':
      return `#/paste${formatReader(route)}`
    case 'money':
    case 'speech':
      return `#/${route.page}`
    case 'not-found':
      return `#/${route.path.split('/').map(encode).join('/')}`
  }
}

/** The reader options with nothing in focus, every highlight on and no diagnostics. */
export const defaultReaderOptions: ReaderOptions = { hidden: [], diagnostics: false }
