/**
 * Starting the browser without first building the whole command line: when `dalian-news` is run in a
 * terminal with nothing but browser options, the first frame is drawn before the subcommands (and the
 * core they load) are even imported. Anything else goes to `run`, which would start the browser the same way.
 */
import { resolveCorpusDir } from '../lib/resolve-corpus.js'

/** What the browser is asked for on the command line. */
export interface BrowserArgs {
  /** `--corpus DIR` / `-c DIR`. */
  readonly corpus?: string
  /** `false` for `--no-color`. */
  readonly color: boolean
}

/**
 * The browser options in `argv`, when it holds nothing else (`--corpus DIR`, `-c DIR`, `--no-color`, each
 * once); otherwise `undefined`, and `run` reads the arguments (help, subcommands, mistakes).
 */
export function browserArgs(argv: readonly string[]): BrowserArgs | undefined {
  let corpus: string | undefined
  let color = true
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if ((arg === '--corpus' || arg === '-c') && corpus === undefined) {
      const value = argv[++index]
      if (value === undefined || value.startsWith('-')) return undefined
      corpus = value
    } else if (arg === '--no-color' && color) {
      color = false
    } else {
      return undefined
    }
  }
  return corpus === undefined ? { color } : { corpus, color }
}

/** Browse when `argv` asks for the browser and both ends are a terminal; resolves to the exit code, or `undefined`. */
export async function quickStart(argv: readonly string[]): Promise<number | undefined> {
  const args = browserArgs(argv)
  if (!args || !process.stdout.isTTY || !process.stdin.isTTY) return undefined
  const { browse } = await import('./launch.js')
  const dir = resolveCorpusDir(args.corpus, process.env, process.cwd())
  return browse({ dir, env: process.env, ...(args.color ? {} : { color: false }) })
}
