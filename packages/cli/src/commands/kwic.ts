/**
 * `dalian-news kwic`: every occurrence of a word or phrase with its context (a concordance).
 */
import { concordance } from '@dalian-news/core'
import { type CommandSpec, integer } from '../lib/command.js'
import { toJsonText } from '../lib/json-text.js'
import { layoutKwic } from '../lib/kwic-layout.js'

/** `dalian-news kwic`. */
export const kwicCommand: CommandSpec = {
  name: 'kwic',
  summary: 'keyword in context: every occurrence of a word or phrase, sortable by left or right context',
  arguments: [{ name: 'query', description: 'a word or a phrase ("enclave economy"), case-insensitive' }],
  options: [
    {
      flags: '-w, --width <n>',
      description: 'context on each side (default 40 chars or 6 words)',
      parse: integer(0, 10_000),
    },
    {
      flags: '-u, --unit <unit>',
      description: 'unit of --width',
      choices: ['chars', 'words'],
      defaultValue: 'chars',
    },
    {
      flags: '-s, --sort <order>',
      description: 'position: article order; left/right: by the nearest words on that side',
      choices: ['position', 'left', 'right'],
      defaultValue: 'position',
    },
    {
      flags: '-m, --match <mode>',
      description: 'word: as written; stem: "invest" finds "investment"',
      choices: ['word', 'stem'],
      defaultValue: 'word',
    },
    {
      flags: '-n, --limit <count>',
      description: 'show at most this many lines',
      parse: integer(1, 1_000_000),
    },
  ],
  examples: [
    'kwic "enclave economy"',
    'kwic cooperation --sort right --limit 20',
    'kwic invest --match stem --unit words --width 5',
  ],
  run({ corpus, args, options, io }) {
    const lines = concordance(corpus.articles, args[0] ?? '', {
      match: options.match as 'word' | 'stem',
      unit: options.unit as 'chars' | 'words',
      sort: options.sort as 'position' | 'left' | 'right',
      ...(options.width === undefined ? {} : { width: options.width as number }),
      ...(options.limit === undefined ? {} : { limit: options.limit as number }),
    })
    if (options.json === true) {
      io.out(`${toJsonText(lines)}\n`)
      return 0
    }
    const rows = lines.map((line) => ({ ...line, label: `${line.articleId}:${line.line}:${line.column}` }))
    for (const row of layoutKwic(rows, io.columns)) io.out(`${row}\n`)
    io.out(`${lines.length === 0 ? 'No' : lines.length} ${lines.length === 1 ? 'line' : 'lines'}\n`)
    return 0
  },
}
