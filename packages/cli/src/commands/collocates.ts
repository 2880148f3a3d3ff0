/**
 * `dalian-news collocates`: the words that keep company with a term, scored by mutual information and
 * log-likelihood.
 */
import { type CollocateSort, collocates } from '@dalian-news/core'
import { type CommandSpec, integer } from '../lib/command.js'
import { toJsonText } from '../lib/json-text.js'
import { formatTable } from '../lib/table.js'
import { toTerminalText } from '../lib/terminal-text.js'
import { stopwordOptions, stopwordsFrom } from './freq.js'

/** `dalian-news collocates`. */
export const collocatesCommand: CommandSpec = {
  name: 'collocates',
  summary: 'words found near a term within a window, with mutual information and log-likelihood',
  arguments: [{ name: 'term', description: 'a word or a phrase, case-insensitive' }],
  options: [
    { flags: '-l, --left <n>', description: 'words to the left', parse: integer(0, 50), defaultValue: 5 },
    { flags: '-r, --right <n>', description: 'words to the right', parse: integer(0, 50), defaultValue: 5 },
    {
      flags: '-s, --sort <score>',
      description: 'rank by log-likelihood (G²), mutual information or count',
      choices: ['logLikelihood', 'mi', 'count'],
      defaultValue: 'logLikelihood',
    },
    {
      flags: '-m, --match <mode>',
      description: 'match the term as written or by stem',
      choices: ['word', 'stem'],
      defaultValue: 'word',
    },
    {
      flags: '--min <count>',
      description: 'leave out collocates seen together fewer times',
      parse: integer(1, 1_000_000),
      defaultValue: 2,
    },
    { flags: '--numbers', description: 'count numbers too' },
    {
      flags: '-n, --limit <count>',
      description: 'show at most this many rows',
      parse: integer(1, 1_000_000),
      defaultValue: 30,
    },
    ...stopwordOptions,
  ],
  examples: [
    'collocates cooperation',
    'collocates "free trade" --sort mi --min 3',
    'collocates mayor --left 2 --right 0',
  ],
  run({ corpus, args, options, io }) {
    const rows = collocates(corpus.articles, args[0] ?? '', {
      left: options.left as number,
      right: options.right as number,
      sort: options.sort as CollocateSort,
      match: options.match as 'word' | 'stem',
      minCount: options.min as number,
      numbers: options.numbers === true,
      limit: options.limit as number,
      stopwords: stopwordsFrom(options),
    })
    if (options.json === true) {
      io.out(`${toJsonText(rows)}\n`)
      return 0
    }
    if (rows.length === 0) {
      io.out(`No collocates of "${toTerminalText(args[0] ?? '')}" seen at least ${options.min} times.\n`)
      return 0
    }
    io.out(
      `${formatTable(
        rows,
        [
          { header: 'collocate', value: (row) => row.term, flexible: true },
          { header: 'together', value: (row) => row.count, align: 'right' },
          { header: 'total', value: (row) => row.frequency, align: 'right' },
          { header: 'MI', value: (row) => row.mi.toFixed(2), align: 'right' },
          { header: 'G²', value: (row) => row.logLikelihood.toFixed(2), align: 'right' },
        ],
        io.columns,
      )}\n`,
    )
    return 0
  },
}
