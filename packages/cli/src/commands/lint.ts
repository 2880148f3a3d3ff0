/**
 * `dalian-news lint`: the problems the core found in every article's text (translation artifacts, odd
 * characters), one per line as `file:line:col  warning  reason  ruleId`, or grouped by vfile-reporter.
 */
import { relative } from 'node:path'
import { corpusErrorCodes, diagnosticRuleIds, inputRuleIds } from '@dalian-news/core'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { reporter } from 'vfile-reporter'
import type { CommandSpec } from '../lib/command.js'
import { toJsonText } from '../lib/json-text.js'
import { toTerminalText } from '../lib/terminal-text.js'

/** Severity of a message, named as vfile-reporter names it. */
type Severity = 'error' | 'warning' | 'info'

/** A problem as `lint --json` prints it. */
export interface LintRecord {
  /** Path of the file, relative to the current folder. */
  readonly file: string
  /** Id of the article (empty for a file that could not be loaded). */
  readonly article: string
  /** 1-based line of the problem (`null` when it concerns the whole file). */
  readonly line: number | null
  /** 1-based column of the problem (`null` when it concerns the whole file). */
  readonly column: number | null
  /** Offset in the article text where the problem starts (`null` when it concerns the whole file). */
  readonly start: number | null
  /** Offset just past the problem (`null` when it concerns the whole file). */
  readonly end: number | null
  /** `error` (the file could not be loaded), `warning`, or `info` (a note). */
  readonly severity: Severity
  /** What is wrong, for people. */
  readonly reason: string
  /** Id of the rule (see the core readme). */
  readonly ruleId: string | null
  /** Package that reported it. */
  readonly source: string | null
  /** The text found, when the rule says. */
  readonly actual: string | null
  /** Suggested replacements, when there is a fix. */
  readonly expected: readonly string[] | null
}

function severityOf(message: VFileMessage): Severity {
  if (message.fatal === true) return 'error'
  return message.fatal === false ? 'warning' : 'info'
}

function offsetsOf(message: VFileMessage): { start: number | null; end: number | null } {
  const place = message.place
  if (!place) return { start: null, end: null }
  const start = 'start' in place ? place.start : place
  const end = 'end' in place ? place.end : undefined
  return { start: start.offset ?? null, end: end?.offset ?? start.offset ?? null }
}

/** `dalian-news lint`. */
export const lintCommand: CommandSpec = {
  name: 'lint',
  summary: 'report translation artifacts and odd characters in the text (exit 1 when there are problems)',
  arguments: [],
  options: [
    {
      flags: '-f, --format <format>',
      description: 'compact: one line per problem; pretty: grouped by file (vfile-reporter)',
      choices: ['compact', 'pretty'],
      defaultValue: 'compact',
    },
    { flags: '-q, --quiet', description: 'leave out notes (info messages); show warnings and errors only' },
    { flags: '-r, --rule <ids>', description: 'only these rule ids, comma-separated' },
  ],
  examples: ['lint', 'lint --rule cjk-punctuation,quote-spacing', 'lint --format pretty', 'lint --json'],
  findingsExitCode: '1 when any warning or error is reported',
  run({ corpus, corpusDir, options, io }) {
    const rules =
      typeof options.rule === 'string' ? new Set(options.rule.split(',').map((id) => id.trim())) : null
    const known = new Set([...inputRuleIds, ...diagnosticRuleIds, ...corpusErrorCodes])
    const unknown = [...(rules ?? [])].filter((id) => !known.has(id))
    if (unknown.length > 0) {
      // A mistyped id would otherwise hide every problem and pass.
      const names = toTerminalText(unknown.map((id) => `"${id}"`).join(', '))
      io.err(`dalian-news lint: unknown rule id ${names}; known: ${[...known].join(', ')}\n`)
      return 2
    }
    const keep = (message: VFileMessage): boolean =>
      (!rules || rules.has(message.ruleId ?? '')) &&
      !(options.quiet === true && severityOf(message) === 'info')
    const pathOf = (file: string) => relative(io.cwd, `${corpusDir}/${file}`) || file

    const records: LintRecord[] = []
    const files: VFile[] = []
    for (const article of corpus.articles) {
      const path = pathOf(article.file ?? `${article.id}.txt`)
      const messages = article.messages.filter(keep)
      const file = new VFile({ path })
      for (const message of messages) file.messages.push(message)
      files.push(file)
      for (const message of messages) {
        records.push({
          file: path,
          article: article.id,
          line: message.line ?? null,
          column: message.column ?? null,
          ...offsetsOf(message),
          severity: severityOf(message),
          reason: message.reason,
          ruleId: message.ruleId ?? null,
          source: message.source ?? null,
          actual: message.actual ?? null,
          expected: message.expected ?? null,
        })
      }
    }
    for (const error of corpus.errors) {
      if (rules && !rules.has(error.code)) continue
      const path = relative(io.cwd, error.path) || error.path
      const file = new VFile({ path })
      const message = file.message(error.reason, { ruleId: error.code, source: '@dalian-news/core' })
      message.fatal = true
      files.push(file)
      records.push({
        file: path,
        article: '',
        line: null,
        column: null,
        start: null,
        end: null,
        severity: 'error',
        reason: error.reason,
        ruleId: error.code,
        source: '@dalian-news/core',
        actual: null,
        expected: null,
      })
    }

    if (options.json === true) {
      io.out(`${toJsonText(records)}\n`)
    } else if (options.format === 'pretty') {
      const report = reporter(files, { color: false, quiet: true })
      io.out(report ? `${toTerminalText(report, { keepNewlines: true })}\n` : 'No problems found.\n')
    } else {
      for (const record of records) {
        const at = record.line === null ? record.file : `${record.file}:${record.line}:${record.column}`
        const rule = record.ruleId ? `  ${record.ruleId}` : ''
        io.out(`${toTerminalText(`${at}  ${record.severity}  ${record.reason}${rule}`)}\n`)
      }
      io.out(`${summary(records)}\n`)
    }
    return records.some((record) => record.severity !== 'info') ? 1 : 0
  },
}

function summary(records: readonly LintRecord[]): string {
  if (records.length === 0) return 'No problems found.'
  const counts = new Map<Severity, number>()
  for (const record of records) counts.set(record.severity, (counts.get(record.severity) ?? 0) + 1)
  const parts = (['error', 'warning', 'info'] as const)
    .filter((severity) => counts.has(severity))
    .map((severity) => {
      const count = counts.get(severity) ?? 0
      const noun = severity === 'info' ? 'note' : severity
      return `${count} ${noun}${count === 1 ? '' : 's'}`
    })
  return `${parts.join(', ')} in ${new Set(records.map((record) => record.file)).size} files`
}
