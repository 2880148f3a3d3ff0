/**
 * The query language: free words, "quoted phrases" and entity filters (`person:"Name"`, `org:`, `place:`).
 *
 * Parsing never throws on what a person typed: anything odd (an unclosed quote, an unknown `field:`, a
 * query of stopwords, a huge paste, control characters) is read as well as it can be and explained in
 * `messages`.
 */
import { englishStopwords } from '../analysis/stopwords.js'
import { describe } from '../describe.js'
import type { EntityType } from '../model.js'
import { normalise } from '../normalise.js'
import { indexTerm, normaliseWord, splitWords } from './terms.js'

/** A free word of the query. */
export interface QueryTerm {
  /** The word as the index compares it: lower case, no accents, no possessive. */
  readonly text: string
  /** Its stem: the index term it looks up. */
  readonly stem: string
  /** Whether longer words starting with it match too (only the last word typed, for search-as-you-type). */
  readonly prefix: boolean
}

/** An entity filter: only articles that mention this person, organization or place. */
export interface EntityFilter {
  /** Kind of entity (`org:` is `organization`). */
  readonly type: EntityType
  /** The name or alias asked for, white space collapsed (compared case-insensitively). */
  readonly value: string
}

/** A query as it was understood. */
export interface ParsedQuery {
  /** The text that was read: cut to `queryLimits.maxLength`, control characters made spaces. */
  readonly text: string
  /** Free words, stopwords left out, each stem once, in the order typed. */
  readonly terms: readonly QueryTerm[]
  /** Quoted phrases, white space collapsed, in the order typed. */
  readonly phrases: readonly string[]
  /** Entity filters, in the order typed. */
  readonly filters: readonly EntityFilter[]
  /** Stopwords that were left out (normalised, each once). */
  readonly stopwords: readonly string[]
  /** What was odd about the query and how it was read, for people. */
  readonly messages: readonly string[]
}

/** Options for `parseQuery`. */
export interface ParseQueryOptions {
  /** Words left out of the terms (default: `englishStopwords`). */
  readonly stopwords?: Iterable<string>
}

/** Bounds that keep a pasted essay from turning into thousands of lookups. */
export const queryLimits = {
  /** Characters of a query that are read; the rest is ignored with a message. */
  maxLength: 1000,
  /** Free words searched. */
  maxTerms: 32,
  /** Quoted phrases searched. */
  maxPhrases: 8,
  /** Entity filters applied. */
  maxFilters: 8,
  /** Letters the last word needs before it is also a prefix (one letter would match a sixth of the words). */
  minPrefixLength: 2,
} as const

const filterFields: Record<string, EntityType> = {
  person: 'person',
  org: 'organization',
  organization: 'organization',
  organisation: 'organization',
  place: 'place',
}
const quoteMarks = '"“”„'

/** Read `query` into terms, phrases and filters. Throws a `TypeError` only for a non-string or bad options. */
export function parseQuery(query: string, options: ParseQueryOptions = {}): ParsedQuery {
  if (typeof query !== 'string') {
    throw new TypeError(`parseQuery(query): expected \`query\` to be a string, got ${describe(query)}`)
  }
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `parseQuery(query, options): expected \`options\` to be an object, got ${describe(options)}`,
    )
  }
  const stopwordSet = toSet(options.stopwords ?? englishStopwords)
  const messages: string[] = []
  const text = cleanQuery(query, messages)
  // A phrase or a filter is a `null` here: a word typed before one is finished, so it is not a prefix.
  const words: (string | null)[] = []
  const phrases: string[] = []
  const filters: EntityFilter[] = []
  const addWords = (chunk: string) => {
    words.push(...splitWords(chunk))
  }

  let index = 0
  while (index < text.length) {
    if (/\s/.test(text[index]!)) {
      index++
      continue
    }
    if (quoteMarks.includes(text[index]!)) {
      const quoted = readQuoted(text, index)
      index = quoted.next
      if (quoted.closed) {
        addPhrase(quoted.value, phrases, messages)
        words.push(null)
      } else {
        messages.push(
          `The quote ${quoted.value ? `"${quoted.value}` : 'at the end'} is not closed, so its words were searched one by one; close it to search the exact phrase`,
        )
        addWords(quoted.value)
      }
      continue
    }
    let end = index
    while (end < text.length && !/\s/.test(text[end]!) && !quoteMarks.includes(text[end]!)) end++
    const chunk = text.slice(index, end)
    index = end
    const field = /^(\p{L}+):(.*)$/su.exec(chunk)
    if (!field) {
      addWords(chunk)
      continue
    }
    const type = filterFields[field[1]!.toLowerCase()]
    if (!type) {
      messages.push(
        `Unknown filter "${field[1]}:" was ignored${field[2] ? ` and "${field[2]}" searched as words` : ''}; the filters are person:, org: and place:`,
      )
      // What follows the colon is most likely what the person is looking for.
      addWords(field[2]!)
      continue
    }
    let value = field[2]!
    if (!value && index < text.length && quoteMarks.includes(text[index]!)) {
      const quoted = readQuoted(text, index)
      index = quoted.next
      value = quoted.value
      if (!quoted.closed) messages.push(`The quote after ${field[1]}: is not closed; it was read to the end`)
    }
    value = collapse(value)
    if (value) filters.push({ type, value })
    else
      messages.push(`The filter ${field[1]}: has no name, so it was ignored; write ${field[1]}:"Full Name"`)
    words.push(null)
  }

  const { terms, stopwords } = collectTerms(words, stopwordSet)
  if (terms.length > queryLimits.maxTerms) {
    messages.push(`Only the first ${queryLimits.maxTerms} of ${terms.length} words were searched`)
    terms.length = queryLimits.maxTerms
  }
  if (phrases.length > queryLimits.maxPhrases) {
    messages.push(`Only the first ${queryLimits.maxPhrases} of ${phrases.length} phrases were searched`)
    phrases.length = queryLimits.maxPhrases
  }
  if (filters.length > queryLimits.maxFilters) {
    messages.push(`Only the first ${queryLimits.maxFilters} of ${filters.length} filters were applied`)
    filters.length = queryLimits.maxFilters
  }
  if (terms.length === 0 && phrases.length === 0 && filters.length === 0) {
    messages.push(emptyReason(text, stopwords))
  }
  return { text, terms, phrases, filters, stopwords, messages }
}

function toSet(stopwords: Iterable<string>): ReadonlySet<string> {
  if (stopwords instanceof Set) return stopwords as ReadonlySet<string>
  if (!stopwords || typeof (stopwords as Iterable<string>)[Symbol.iterator] !== 'function') {
    throw new TypeError(
      `parseQuery(query, options): expected \`options.stopwords\` to be an iterable of words, got ${describe(stopwords)}`,
    )
  }
  return new Set([...stopwords].map((word) => String(word).toLowerCase()))
}

function cleanQuery(query: string, messages: string[]): string {
  let text = query
  if (text.length > queryLimits.maxLength) {
    messages.push(
      `The query is ${text.length} characters long; only its first ${queryLimits.maxLength} were searched`,
    )
    text = text.slice(0, queryLimits.maxLength)
    // Do not leave half of a surrogate pair at the cut.
    if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1)
  }
  // The same clean-up articles get, so an escape sequence pasted from a terminal leaves no "[31m" behind.
  const cleaned = normalise(text)
  if (cleaned.replacements.some((item) => item.kind === 'control' || item.kind === 'escape-sequence')) {
    messages.push('Control characters in the query were read as spaces')
  }
  return cleaned.text
}

function readQuoted(text: string, open: number): { value: string; closed: boolean; next: number } {
  let close = open + 1
  while (close < text.length && !quoteMarks.includes(text[close]!)) close++
  const closed = close < text.length
  return { value: collapse(text.slice(open + 1, close)), closed, next: closed ? close + 1 : close }
}

function addPhrase(value: string, phrases: string[], messages: string[]): void {
  if (splitWords(value).length === 0) {
    messages.push(`The phrase "${value}" has no words, so it was ignored`)
  } else if (!phrases.some((phrase) => phrase.toLowerCase() === value.toLowerCase())) {
    phrases.push(value)
  }
}

function collectTerms(
  words: readonly (string | null)[],
  stopwordSet: ReadonlySet<string>,
): { terms: QueryTerm[]; stopwords: string[] } {
  const terms: QueryTerm[] = []
  const stopwords: string[] = []
  const stems = words.map((word) => (word === null ? undefined : indexTerm(word, stopwordSet)))
  const last = words.findLastIndex((word, position) => word === null || stems[position] !== undefined)
  words.forEach((word, position) => {
    if (word === null) return
    const text = normaliseWord(word)
    const stem = stems[position]
    if (stem === undefined) {
      if (text && !stopwords.includes(text)) stopwords.push(text)
      return
    }
    const prefix = position === last && text.length >= queryLimits.minPrefixLength
    const seen = terms.findIndex((term) => term.stem === stem)
    if (seen === -1) terms.push({ text, stem, prefix })
    else if (prefix) terms[seen] = { ...terms[seen]!, prefix }
  })
  return { terms, stopwords }
}

function emptyReason(text: string, stopwords: readonly string[]): string {
  if (stopwords.length > 0) {
    return `The query has only stopwords (${stopwords.map((word) => `"${word}"`).join(', ')}), which are not indexed; add a word that carries meaning, or quote a phrase`
  }
  if (!text.trim()) {
    return 'The query is empty: type words, a "quoted phrase" or a filter such as person:"Full Name"'
  }
  return 'The query has no words to search for, only punctuation or symbols; type words, a "quoted phrase" or a filter'
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}
