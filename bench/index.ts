/**
 * `npm run bench`: every benchmark suite, one report.
 */
import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { printReport, type Row } from './harness.js'
import { benchParse } from './parse.js'
import { benchSearch } from './search.js'
import { benchTui } from './tui.js'
import { benchWeb } from './web.js'

if (!(globalThis as { gc?: unknown }).gc) {
  console.error('note: run with node --expose-gc for settled memory figures (npm run bench does)')
}
const rows: Row[] = [...benchParse(), ...benchSearch(), ...benchWeb(), ...benchTui()]
printReport(rows)
writeFileSync(new URL('results.md', import.meta.url), resultsMarkdown(rows))

/** The report as Markdown: the docs site's performance page is made from `bench/results.md`. */
function resultsMarkdown(rows: readonly Row[]): string {
  const lines = [
    ['suite', 'figure', 'value', 'note'],
    ...rows.map((row) => [row.suite, row.name, row.value, row.note ?? '']),
  ]
  const cells = lines.map((line) => line.map((cell) => cell.replace(/\|/g, '\\|')))
  // Columns padded as Biome formats Markdown tables, so `npm run lint` accepts the file as written.
  const widths = [0, 1, 2, 3].map((column) => Math.max(3, ...cells.map((line) => line[column]!.length)))
  const row = (line: readonly string[]) =>
    `| ${line.map((cell, column) => (column === 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join(' | ')} |`
  const rule = widths.map((width, column) => (column === 2 ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width)))
  return [
    '# Benchmark results',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with Node.js ${process.version} on ${cpus()[0]?.model ?? 'an unknown CPU'} (${cpus().length} cores), by \`npm run bench\`.`,
    '',
    row(cells[0]!),
    row(rule),
    ...cells.slice(1).map(row),
    '',
  ].join('\n')
}
