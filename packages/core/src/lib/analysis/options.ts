/**
 * Checks for the arguments of the analysis functions: misuse throws a `TypeError` that names the bad value
 * and says how to fix it, while anything wrong with the *text* or the *query* is just an empty result.
 */
import { describe } from '../describe.js'
import type { Article } from '../model.js'
import { englishStopwords } from './stopwords.js'

/** The options object as given, checked to be an object (`null` and `undefined` read as `{}`). */
export type OptionBag = Readonly<Record<string, unknown>>

const fail = (caller: string, what: string, expected: string, actual: unknown, fix: string): never => {
  throw new TypeError(`${caller}: expected \`${what}\` to be ${expected}, got ${describe(actual)}; ${fix}`)
}

const isArticle = (value: unknown) => {
  const record = value as Partial<Article> | null
  return (
    typeof record === 'object' &&
    record !== null &&
    typeof record.text === 'string' &&
    Array.isArray(record.paragraphs)
  )
}
const articleFix = 'build articles with parseArticle or loadCorpus'

/** Check that `articles` is an array of parsed articles. */
export function checkArticles(caller: string, articles: unknown, name = 'articles'): readonly Article[] {
  if (!Array.isArray(articles))
    fail(caller, name, 'an array of articles', articles, 'pass corpus.articles or [parseArticle(text)]')
  for (const [index, article] of (articles as unknown[]).entries()) {
    if (!isArticle(article)) fail(caller, `${name}[${index}]`, 'an article', article, articleFix)
  }
  return articles as readonly Article[]
}

/** Check that `article` is one parsed article. */
export function checkArticle(caller: string, article: unknown): Article {
  if (!isArticle(article)) fail(caller, 'article', 'an article', article, articleFix)
  return article as Article
}

/** Check that `query` is a string (an empty or odd string is fine: it simply finds nothing). */
export function checkQuery(caller: string, query: unknown, name = 'query'): string {
  if (typeof query !== 'string')
    fail(caller, name, 'a string', query, 'pass a word or phrase, e.g. "investment promotion"')
  return query as string
}

/** Check that `options` is an object, or absent. */
export function checkOptions(caller: string, options: unknown): OptionBag {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object' || Array.isArray(options))
    fail(caller, 'options', 'an object', options, 'pass e.g. { limit: 20 } or leave it out')
  return options as OptionBag
}

/** Read an integer option in `[min, max]`; `example` is a valid value shown in the message. */
export function integerOption(
  caller: string,
  options: OptionBag,
  name: string,
  fallback: number,
  [min, max]: readonly [number, number],
  example: number,
): number {
  const value = options[name]
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER ? `an integer of at least ${min}` : `an integer from ${min} to ${max}`
    fail(caller, `options.${name}`, range, value, `pass e.g. { ${name}: ${example} }`)
  }
  return value as number
}

/** Read an optional limit on the number of rows (default: no limit). */
export function limitOption(caller: string, options: OptionBag): number {
  return integerOption(caller, options, 'limit', Number.MAX_SAFE_INTEGER, [0, Number.MAX_SAFE_INTEGER], 20)
}

/** Read a finite number option of at least `min`. */
export function numberOption(
  caller: string,
  options: OptionBag,
  name: string,
  fallback: number,
  min: number,
): number {
  const value = options[name]
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min)
    fail(
      caller,
      `options.${name}`,
      `a finite number of at least ${min}`,
      value,
      `pass e.g. { ${name}: ${fallback} }`,
    )
  return value as number
}

/** Read an option that must be one of `choices` (the first is the default). */
export function choiceOption<Choice extends string>(
  caller: string,
  options: OptionBag,
  name: string,
  choices: readonly [Choice, ...Choice[]],
): Choice {
  const value = options[name]
  if (value === undefined || value === null) return choices[0]
  if (!choices.includes(value as Choice)) {
    const list = choices.map((choice) => `'${choice}'`).join(', ')
    fail(caller, `options.${name}`, `one of ${list}`, value, `pass e.g. { ${name}: '${choices[0]}' }`)
  }
  return value as Choice
}

/** Read a boolean option. */
export function booleanOption(caller: string, options: OptionBag, name: string, fallback: boolean): boolean {
  const value = options[name]
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'boolean')
    fail(caller, `options.${name}`, 'true or false', value, `pass e.g. { ${name}: ${!fallback} }`)
  return value as boolean
}

/** Read the stopword set (default `englishStopwords`), compared in lower case. */
export function stopwordOption(caller: string, options: OptionBag): ReadonlySet<string> {
  const value = options.stopwords
  if (value === undefined || value === null || value === englishStopwords) return englishStopwords
  const iterable = value as Iterable<unknown>
  if (typeof value === 'string' || typeof iterable[Symbol.iterator] !== 'function') {
    fail(
      caller,
      'options.stopwords',
      'a set of words',
      value,
      'pass createStopwords({ add: [...] }), or new Set() to keep every word',
    )
  }
  const words = new Set<string>()
  for (const word of iterable) if (typeof word === 'string') words.add(word.toLowerCase())
  return words
}
