/**
 * `dalian-news export`: articles, entities, mentions and the money, dates, quotes and speech ledgers as JSON,
 * NDJSON or CSV.
 */
import { stringify } from 'csv-stringify/sync'
import type { CommandSpec } from '../lib/command.js'
import {
  type Cell,
  type ExportKind,
  exportColumns,
  exportKinds,
  exportRecords,
} from '../lib/export-records.js'
import { toJsonText } from '../lib/json-text.js'
import { toTerminalText } from '../lib/terminal-text.js'

// Spreadsheets run a cell that starts with one of these as a formula; a leading apostrophe keeps it text.
const formulaStart = /^[=+\-@\t\r]/

function csvCell(value: Cell): string | number | boolean {
  if (value === null) return ''
  if (Array.isArray(value)) return csvCell(value.join('; '))
  if (typeof value === 'string' && formulaStart.test(value) && !/^-\d+(?:[.,]\d+)*$/.test(value))
    return `'${value}`
  return value as string | number | boolean
}

/** `dalian-news export`. */
export const exportCommand: CommandSpec = {
  name: 'export',
  summary:
    'write articles, entities, mentions or a ledger (money, dates, quotes, speech) as JSON, NDJSON or CSV',
  arguments: [],
  options: [
    {
      flags: '-f, --format <format>',
      description: 'json: one array; ndjson: one record per line; csv: a header row, then one row per record',
      choices: ['json', 'ndjson', 'csv'],
      defaultValue: 'json',
    },
    {
      flags: '-w, --what <kind>',
      description: 'which records',
      choices: exportKinds,
      defaultValue: 'articles',
    },
  ],
  examples: [
    'export --what entities --format csv > entities.csv',
    'export --what money --format ndjson',
    'export --what articles --json',
  ],
  run({ corpus, options, io }) {
    const kind = options.what as ExportKind
    const records = exportRecords(corpus.articles, kind)
    const format = options.json === true ? 'json' : options.format
    if (format === 'json') {
      io.out(`${toJsonText(records)}\n`)
    } else if (format === 'ndjson') {
      for (const record of records) io.out(`${toJsonText(record, 0)}\n`)
    } else {
      const columns = [...exportColumns[kind]]
      const rows = records.map((record) => columns.map((column) => csvCell(record[column] ?? null)))
      const csv = stringify(rows, { header: true, columns, cast: { boolean: (value) => String(value) } })
      // CSV has no escapes: a file gets the text exactly; a terminal gets control characters as symbols.
      io.out(io.isTTY ? toTerminalText(csv, { keepNewlines: true }) : csv)
    }
    return 0
  },
}
