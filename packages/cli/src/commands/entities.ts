/**
 * `dalian-news entities`: who, which bodies, where, when, how much and who said what, per article.
 */
import type { Corpus } from '@dalian-news/core'
import type { CommandSpec } from '../lib/command.js'
import { entityReport } from '../lib/entity-report.js'
import type { Io } from '../lib/io.js'
import { toJsonText } from '../lib/json-text.js'
import { formatTable } from '../lib/table.js'
import { toTerminalText } from '../lib/terminal-text.js'

/** Print the entities of every article, as JSON (`json`) or as readable tables. */
export function printEntities(corpus: Corpus, io: Io, json: boolean): number {
  const reports = corpus.articles.map(entityReport)
  if (json) {
    io.out(`${toJsonText(reports)}\n`)
    return 0
  }
  const width = io.columns
  for (const report of reports) {
    io.out(`${toTerminalText(report.id)}  ${toTerminalText(report.title)}\n\n`)
    const sections: [string, string][] = [
      [
        'People',
        formatTable(
          report.persons,
          [
            { header: 'name', value: (row) => row.name },
            { header: 'roles', value: (row) => row.roles.join('; '), flexible: true },
          ],
          width,
        ),
      ],
      [
        'Organizations',
        formatTable(
          report.organizations,
          [
            { header: 'name', value: (row) => `${row.name}${row.generic ? ' (generic)' : ''}` },
            { header: 'also', value: (row) => row.aliases.join('; '), flexible: true },
          ],
          width,
        ),
      ],
      [
        'Places',
        formatTable(
          report.places,
          [
            { header: 'name', value: (row) => row.name },
            { header: 'also', value: (row) => row.aliases.join('; '), flexible: true },
          ],
          width,
        ),
      ],
      [
        'Money',
        formatTable(
          report.money,
          [
            { header: 'text', value: (row) => row.text },
            { header: 'amount', value: (row) => row.amount.toLocaleString('en-US'), align: 'right' },
            { header: 'currency', value: (row) => row.currency },
          ],
          width,
        ),
      ],
      ['Dates', formatTable(report.dates, [{ header: 'text', value: (row) => String(row.text) }], width)],
      [
        'Quoted terms',
        formatTable(report.quotedTerms, [{ header: 'text', value: (row) => row, flexible: true }], width),
      ],
      [
        'Speech',
        formatTable(
          report.speech,
          [
            { header: 'speaker', value: (row) => row.speaker },
            { header: 'cue', value: (row) => row.cue },
            { header: 'sentence', value: (row) => row.sentence, flexible: true },
          ],
          width,
        ),
      ],
    ]
    for (const [title, table] of sections) {
      const rows = table.split('\n').length - 1
      io.out(rows === 0 ? `${title}: none\n\n` : `${title} (${rows})\n${table}\n\n`)
    }
  }
  return 0
}

/** `dalian-news entities`. */
export const entitiesCommand: CommandSpec = {
  name: 'entities',
  summary: 'people, organizations, places, money, dates, quoted terms and speech of every article',
  arguments: [],
  options: [],
  examples: ['entities', 'entities --json > entities.json', 'entities --corpus ./my-articles'],
  run: ({ corpus, io, options }) => printEntities(corpus, io, options.json === true),
}
