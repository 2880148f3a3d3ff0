/**
 * `dalian-news keywords`: the words an article uses far more than the rest of the corpus (keyness).
 */
import { keywords } from '@dalian-news/core'
import { type CommandSpec, integer } from '../lib/command.js'
import { toJsonText } from '../lib/json-text.js'
import { formatTable } from '../lib/table.js'
import { toTerminalText } from '../lib/terminal-text.js'
import { stopwordOptions, stopwordsFrom } from './freq.js'

/** `dalian-news keywords`. */
export const keywordsCommand: CommandSpec = {
  name: 'keywords',
  summary: 'keywords of each article (or one): log-likelihood keyness against the rest of the corpus',
  arguments: [
    { name: 'article', description: 'id of one article (default: every article)', required: false },
  ],
  options: [
    {
      flags: '--min <count>',
      description: 'leave out words the article uses fewer times',
      parse: integer(1, 1_000_000),
      defaultValue: 2,
    },
    { flags: '--numbers', description: 'count numbers too' },
    {
      flags: '-n, --limit <count>',
      description: 'keywords per article',
      parse: integer(1, 1_000_000),
      defaultValue: 10,
    },
    ...stopwordOptions,
  ],
  examples: ['keywords', 'keywords 002_2ab2013ecb79e34b --limit 20', 'keywords --json'],
  run({ corpus, args, options, io }) {
    const id = args[0]
    const article = id ? corpus.get(id) : undefined
    if (id && !article) {
      io.err(
        `dalian-news keywords: no article with id "${toTerminalText(id)}" (run dalian-news to list them)\n`,
      )
      return 2
    }
    const settings = {
      minCount: options.min as number,
      numbers: options.numbers === true,
      limit: options.limit as number,
      stopwords: stopwordsFrom(options),
    }
    const reports = (article ? [article] : corpus.articles).map((item) => ({
      id: item.id,
      title: item.title,
      keywords: keywords(item, corpus.articles, settings),
    }))
    if (options.json === true) {
      io.out(`${toJsonText(reports)}\n`)
      return 0
    }
    if (corpus.articles.length < 2) io.out('Keyness needs at least two articles to compare; none found.\n')
    for (const report of reports) {
      io.out(`${toTerminalText(report.id)}  ${toTerminalText(report.title)}\n`)
      io.out(
        report.keywords.length === 0
          ? 'No keywords.\n\n'
          : `${formatTable(
              report.keywords,
              [
                { header: 'keyword', value: (row) => row.term, flexible: true },
                { header: 'here', value: (row) => row.count, align: 'right' },
                { header: 'elsewhere', value: (row) => row.reference, align: 'right' },
                { header: 'keyness', value: (row) => row.keyness.toFixed(2), align: 'right' },
              ],
              io.columns,
            )}\n\n`,
      )
    }
    return 0
  },
}
