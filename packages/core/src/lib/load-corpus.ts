/**
 * `loadCorpus`: read a folder of articles from disk (Node only).
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join, resolve } from 'node:path'
import { type Corpus, type CorpusError, createCorpus } from './corpus.js'
import { decodeText } from './decode.js'
import { describe } from './describe.js'
import type { Article } from './model.js'
import { type ParseOptions, parseArticle } from './parse-article.js'

/** Options for `loadCorpus`. */
export interface LoadOptions {
  /** File extensions that hold articles (default: `['.txt', '.md']`). */
  readonly extensions?: readonly string[] | null
  /** Files larger than this many bytes are listed as errors instead of parsed (default: 64 MiB). */
  readonly maxBytes?: number | null
  /** Keep each article's NLCST tree (default: `false`: trees cost ~100 bytes of memory per byte of text). */
  readonly tree?: boolean | null
  /** Processor to parse with (default: the frozen `processor`). */
  readonly processor?: ParseOptions['processor']
  /** Called after each file with how many are done and how many there are. */
  readonly onProgress?: ((done: number, total: number) => void) | null
}

/** Default for `LoadOptions.maxBytes`. */
export const defaultMaxBytes = 64 * 1024 * 1024

/**
 * Load every article file directly inside `dir`. Files that cannot be read or decoded are listed in
 * `corpus.errors` with their path and reason; every other article still loads.
 */
export async function loadCorpus(dir: string, options?: Readonly<LoadOptions> | null): Promise<Corpus> {
  if (typeof dir !== 'string' || dir === '') {
    throw new TypeError(
      `loadCorpus(dir): expected \`dir\` to be a folder path, got ${describe(dir)}; pass e.g. './corpus'`,
    )
  }
  const extensions = (options?.extensions ?? ['.txt', '.md']).map((item) => item.toLowerCase())
  const maxBytes = options?.maxBytes ?? defaultMaxBytes
  const folder = resolve(dir)
  let names: string[]
  try {
    const entries = await readdir(folder, { withFileTypes: true })
    names = entries
      .filter(
        (entry) =>
          (entry.isFile() || entry.isSymbolicLink()) &&
          extensions.includes(extname(entry.name).toLowerCase()),
      )
      .map((entry) => entry.name)
      .sort()
  } catch (error) {
    throw new Error(`loadCorpus(dir): cannot read the folder ${folder}: ${(error as Error).message}`, {
      cause: error,
    })
  }

  const articles: Article[] = []
  const errors: CorpusError[] = []
  let done = 0
  for (const name of names) {
    const path = join(folder, name)
    const result = await loadFile(path, name, maxBytes, options)
    if ('code' in result) errors.push(result)
    else articles.push(result)
    options?.onProgress?.(++done, names.length)
  }
  return createCorpus(articles, errors)
}

async function loadFile(
  path: string,
  name: string,
  maxBytes: number,
  options: Readonly<LoadOptions> | null | undefined,
): Promise<Article | CorpusError> {
  let bytes: Uint8Array
  try {
    const info = await stat(path)
    if (info.size > maxBytes) {
      return {
        path,
        code: 'too-large',
        reason: `Unexpected file of ${info.size} bytes: larger than the limit of ${maxBytes} bytes (raise maxBytes to load it)`,
      }
    }
    bytes = await readFile(path)
  } catch (error) {
    return { path, code: 'unreadable', reason: `Cannot read the file: ${(error as Error).message}` }
  }
  const decoded = decodeText(bytes)
  if (!decoded.ok) return { path, code: decoded.code, reason: decoded.reason }
  try {
    return parseArticle(decoded.text, {
      file: name,
      tree: options?.tree ?? false,
      ...(options?.processor ? { processor: options.processor } : {}),
    })
  } catch (error) {
    return { path, code: 'parse-failed', reason: `Cannot parse the article: ${(error as Error).message}` }
  }
}
