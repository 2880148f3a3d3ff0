/**
 * `dalian-news search`: ranked full-text search with keyword-in-context snippets.
 */
import { createSearchIndex } from '@dalian-news/core'
import { type CommandSpec, integer } from '../lib/command.js'
import { canStyle, highlight } from '../lib/highlight.js'
import { toJsonText } from '../lib/json-text.js'
import { toTerminalText } from '../lib/terminal-text.js'

/** `dalian-news search`. */
export const searchCommand: CommandSpec = {
  name: 'search',
  summary:
    'ranked search over titles and text: words, prefixes, "quoted phrases", person:/org:/place: filters',
  arguments: [{ name: 'query', description: 'what to look for (quote it for the shell)' }],
  options: [
    {
      flags: '-n, --limit <count>',
      description: 'results at most',
      parse: integer(1, 100_000),
      defaultValue: 10,
    },
    {
      flags: '--snippets <count>',
      description: 'snippets per result (0 for none)',
      parse: integer(0, 100),
      defaultValue: 3,
    },
  ],
  examples: [
    'search \'"enclave economy"\'',
    'search \'person:"Tan Chengxu" forum\'',
    'search cooperat --limit 5',
    "search 'place:Beijing' --json",
  ],
  run({ corpus, args, options, io }) {
    const index = createSearchIndex(corpus.articles)
    const response = index.search(args[0] ?? '', {
      limit: options.limit as number,
      snippets: options.snippets as number,
    })
    if (options.json === true) {
      io.out(`${toJsonText(response)}\n`)
      return 0
    }
    for (const message of response.messages) io.out(`note: ${toTerminalText(message)}\n`)
    const styled = canStyle(io)
    response.results.forEach((result, rank) => {
      io.out(
        `${rank + 1}. ${toTerminalText(result.title)}\n   ${toTerminalText(result.id)}  score ${result.score.toFixed(2)}\n`,
      )
      for (const snippet of result.snippets) {
        const before = snippet.truncatedStart ? '…' : ''
        const after = snippet.truncatedEnd ? '…' : ''
        io.out(
          `   ${snippet.line}:${snippet.column}  ${before}${highlight(snippet.text, snippet.match, styled)}${after}\n`,
        )
      }
      io.out('\n')
    })
    const shown = response.results.length
    io.out(
      response.total === 0
        ? 'No matching articles.\n'
        : `${response.total} matching ${response.total === 1 ? 'article' : 'articles'}${shown < response.total ? `, ${shown} shown` : ''}\n`,
    )
    return 0
  },
}
