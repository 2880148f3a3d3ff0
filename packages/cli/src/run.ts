/**
 * `run(argv)`: parse the arguments, run the command, return the exit code
 * (0 ok, 1 findings, 2 bad usage or failure). Never throws.
 */
import { Command, CommanderError, Option } from 'commander'
import { commands } from './commands/index.js'
import { printOverview } from './commands/overview.js'
import { type CommandSpec, commonOptions } from './lib/command.js'
import { type Io, processIo } from './lib/io.js'
import { openCorpus } from './lib/open-corpus.js'
import { resolveCorpusDir } from './lib/resolve-corpus.js'
import { toTerminalText } from './lib/terminal-text.js'

/** Exit codes of every command. */
export const exitCodes = { ok: 0, findings: 1, failure: 2 } as const

/** Run the `dalian-news` command line with `argv` (without the node and script paths). */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let code: number = exitCodes.ok
  const program = new Command('dalian-news')
    .description('Browse and analyse a corpus of English-language Dalian municipal news.')
    .option('-c, --corpus <dir>', 'folder of articles (default: ./corpus, else the bundled corpus)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run dalian-news --help for usage)')
    .option('--no-color', 'browser without colours: highlights in brackets (also when NO_COLOR is set)')
    .action(async (options: { corpus?: string; color?: boolean }) => {
      // In a terminal: the interactive browser (loaded only then, so scripts do not pay for Ink and React).
      if (io.isTTY) {
        const { browse } = await import('./app/launch.js')
        const dir = resolveCorpusDir(options.corpus, io.env, io.cwd)
        const browsed = await browse({
          dir,
          env: io.env,
          ...(options.color === false ? { color: false } : {}),
        })
        if (browsed !== undefined) {
          code = browsed
          return
        }
      }
      const { corpus } = await openCorpus(options.corpus, io)
      code = printOverview(corpus, io)
    })

  for (const spec of commands) {
    addCommand(program, spec, io, (result) => {
      code = result
    })
  }

  try {
    await program.parseAsync(argv, { from: 'user' })
    return code
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.failure
    }
    io.err(`dalian-news: ${toTerminalText(error instanceof Error ? error.message : String(error))}\n`)
    return exitCodes.failure
  }
}

function addCommand(program: Command, spec: CommandSpec, io: Io, done: (code: number) => void): void {
  const command = program.command(spec.name).description(spec.summary)
  for (const argument of spec.arguments) {
    command.argument(
      argument.required === false ? `[${argument.name}]` : `<${argument.name}>`,
      argument.description,
    )
  }
  for (const option of [...commonOptions, ...spec.options]) {
    const built = new Option(option.flags, option.description)
    if (option.choices) built.choices(option.choices)
    if (option.parse) built.argParser(option.parse)
    if (option.defaultValue !== undefined) built.default(option.defaultValue)
    command.addOption(built)
  }
  if (spec.examples.length > 0) {
    command.addHelpText(
      'after',
      `\nExamples:\n${spec.examples.map((line) => `  $ dalian-news ${line}`).join('\n')}\n`,
    )
  }
  command.action(async (...received: unknown[]) => {
    const args = received
      .slice(0, spec.arguments.length)
      .map((value) => (value === undefined ? '' : String(value)))
    const options = received[spec.arguments.length] as Record<string, unknown>
    const flag = (options.corpus as string | undefined) ?? program.opts<{ corpus?: string }>().corpus
    const { corpus, dir } = await openCorpus(flag, io)
    done(await spec.run({ corpus, corpusDir: dir, args, options, io }))
  })
}
