/**
 * `dalian-news freq`: the frequency list of words, stems or n-grams.
 */
import { createStopwords, frequencies } from '@dalian-news/core'
import { type CommandSpec, integer } from '../lib/command.js'
import { toJsonText } from '../lib/json-text.js'
import { formatTable } from '../lib/table.js'

/** Split a comma-separated word list. */
export const wordList = (value: unknown): string[] =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((word) => word.trim())
        .filter(Boolean)
    : []

/** The stopwords the `--stopwords`, `--keep` and `--all-words` options ask for. */
export function stopwordsFrom(options: Readonly<Record<string, unknown>>): ReadonlySet<string> {
  if (options.allWords === true) return new Set()
  return createStopwords({ add: wordList(options.stopwords), remove: wordList(options.keep) })
}

/** Stopword options shared by freq, collocates and keywords. */
export const stopwordOptions = [
  { flags: '--stopwords <words>', description: 'more words to leave out, comma-separated' },
  { flags: '--keep <words>', description: 'stopwords to count after all, comma-separated' },
  { flags: '--all-words', description: 'leave nothing out (no stopword list)' },
] as const

/** `dalian-news freq`. */
export const freqCommand: CommandSpec = {
  name: 'freq',
  summary: 'frequency list of words, stems or n-grams, stopwords left out',
  arguments: [],
  options: [
    {
      flags: '-u, --unit <unit>',
      description: 'count words or their stems',
      choices: ['word', 'stem'],
      defaultValue: 'word',
    },
    { flags: '--ngram <n>', description: 'words per n-gram, 1–5', parse: integer(1, 5), defaultValue: 1 },
    { flags: '--numbers', description: 'count numbers too' },
    {
      flags: '--min <count>',
      description: 'leave out terms seen fewer times',
      parse: integer(1, 1_000_000_000),
      defaultValue: 1,
    },
    {
      flags: '-n, --limit <count>',
      description: 'show at most this many rows',
      parse: integer(1, 1_000_000_000),
      defaultValue: 50,
    },
    ...stopwordOptions,
  ],
  examples: [
    'freq',
    'freq --ngram 2 --limit 20',
    'freq --unit stem --stopwords dalian,city',
    'freq --json --limit 1000',
  ],
  run({ corpus, options, io }) {
    const rows = frequencies(corpus.articles, {
      unit: options.unit as 'word' | 'stem',
      n: options.ngram as number,
      numbers: options.numbers === true,
      minCount: options.min as number,
      limit: options.limit as number,
      stopwords: stopwordsFrom(options),
    })
    if (options.json === true) {
      io.out(`${toJsonText(rows)}\n`)
      return 0
    }
    io.out(
      `${formatTable(
        rows,
        [
          { header: 'term', value: (row) => row.term, flexible: true },
          { header: 'count', value: (row) => row.count, align: 'right' },
          { header: 'articles', value: (row) => row.articles, align: 'right' },
          { header: 'per million', value: (row) => row.perMillion.toFixed(1), align: 'right' },
        ],
        io.columns,
      )}\n`,
    )
    return 0
  },
}
