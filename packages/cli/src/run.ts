/**
 * `run(argv)`: parse the arguments, run the command, return the exit code
 * (0 ok, 1 findings, 2 bad usage or failure). Never throws.
 */
import { Command, CommanderError } from 'commander'
import { printEntities } from './commands/entities.js'
import { printOverview } from './commands/overview.js'
import { type Io, processIo } from './lib/io.js'
import { openCorpus } from './lib/open-corpus.js'
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
    .action(async (options: { corpus?: string }) => {
      const corpus = await openCorpus(options.corpus, io)
      code = printOverview(corpus, io)
    })

  program
    .command('entities')
    .description('people, organizations, places, money, dates, quoted terms and speech of every article')
    .option('-c, --corpus <dir>', 'folder of articles')
    .option('--json', 'print JSON: one object per article')
    .action(async (options: { corpus?: string; json?: boolean }) => {
      const corpus = await openCorpus(options.corpus ?? program.opts<{ corpus?: string }>().corpus, io)
      code = printEntities(corpus, io, options.json === true)
    })

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
