/**
 * The command-line reference, from the command definitions the program itself runs (`commands`, a
 * `CommandSpec` each) and from the help text commander prints for them.
 */
import type { CommandSpec, OptionSpec } from '@dalian-news/cli'
import { code, fence, generatedNotice, table, text } from './markdown.js'

/** What the CLI reference is made from. */
export interface CliFacts {
  /** The subcommands, in `--help` order. */
  readonly commands: readonly CommandSpec[]
  /** Options every subcommand takes. */
  readonly commonOptions: readonly OptionSpec[]
  /** Exit codes shared by every command. */
  readonly exitCodes: Readonly<{ ok: number; findings: number; failure: number }>
  /** `dalian-news --help`, then `dalian-news <name> --help` by command name, as the program prints them. */
  readonly help: Readonly<Record<string, string>>
}

/** A summary as a sentence: capitalised (summaries are written to follow the command name in `--help`). */
function sentence(summary: string): string {
  return summary.charAt(0).toUpperCase() + summary.slice(1)
}

function usage(spec: CommandSpec): string {
  const args = spec.arguments.map((arg) => (arg.required === false ? `[${arg.name}]` : `<${arg.name}>`))
  return ['dalian-news', spec.name, '[options]', ...args].join(' ')
}

function optionRows(options: readonly OptionSpec[]): string[][] {
  return options.map((option) => [
    code(option.flags),
    text(option.description),
    option.defaultValue === undefined ? '' : code(String(option.defaultValue)),
    option.choices ? option.choices.map(code).join(', ') : '',
  ])
}

function commandSection(spec: CommandSpec, facts: CliFacts): string {
  const parts = [
    `## ${spec.name} {#${spec.name}}`,
    '',
    `${text(sentence(spec.summary))}.`,
    '',
    fence('sh', usage(spec)),
  ]
  if (spec.arguments.length > 0) {
    parts.push(
      '',
      '**Arguments**',
      '',
      table(
        ['argument', 'required', 'what it is'],
        spec.arguments.map((arg) => [
          code(arg.name),
          arg.required === false ? 'no' : 'yes',
          text(arg.description),
        ]),
      ),
    )
  }
  parts.push(
    '',
    '**Options**',
    '',
    table(
      ['option', 'what it does', 'default', 'choices'],
      optionRows([...facts.commonOptions, ...spec.options]),
    ),
  )
  if (spec.examples.length > 0) {
    parts.push(
      '',
      '**Examples**',
      '',
      fence('sh', spec.examples.map((line) => `dalian-news ${line}`).join('\n')),
    )
  }
  const codes = [
    `${code(String(facts.exitCodes.ok))} done`,
    ...(spec.findingsExitCode
      ? [`${code(String(facts.exitCodes.findings))} ${text(spec.findingsExitCode.replace(/^1\s*/, ''))}`]
      : []),
    `${code(String(facts.exitCodes.failure))} bad usage, or the corpus could not be read`,
  ]
  parts.push('', '**Exit codes**', '', ...codes.map((line) => `- ${line}`))
  const help = facts.help[spec.name]
  if (help) parts.push('', '::: details `--help` output', '', fence('text', help), '', ':::')
  return parts.join('\n')
}

/** The Markdown of the command-line reference page. */
export function renderCliReference(facts: CliFacts): string {
  const index = table(
    ['command', 'what it does'],
    facts.commands.map((spec) => [`[${code(spec.name)}](#${spec.name})`, text(spec.summary)]),
  )
  const root = facts.help['']
  return [
    generatedNotice('the command definitions in packages/cli/src/commands'),
    '',
    '# Command line',
    '',
    'Every subcommand, argument, option, default and exit code of `dalian-news`, read from the definitions',
    'the program itself runs, so this page always says what the installed version does.',
    '',
    'Run `dalian-news` with no subcommand to open the [terminal browser](../guide/terminal.md) (in a',
    'terminal) or print an overview of the corpus (when the output is piped). Every subcommand reads the',
    'folder given by `--corpus`, else `$DALIAN_NEWS_CORPUS`, else `./corpus`, else the bundled corpus.',
    '',
    index,
    '',
    ...(root ? ['::: details `dalian-news --help` output', '', fence('text', root), '', ':::', ''] : []),
    '## Exit codes {#exit-codes}',
    '',
    table(
      ['code', 'meaning'],
      [
        [code(String(facts.exitCodes.ok)), 'the command did its work'],
        [code(String(facts.exitCodes.findings)), 'the command found problems (only commands that say so)'],
        [
          code(String(facts.exitCodes.failure)),
          'bad usage, a bad option value, or a failure to read the corpus',
        ],
      ],
    ),
    '',
    ...facts.commands.map((spec) => `${commandSection(spec, facts)}\n`),
  ].join('\n')
}
