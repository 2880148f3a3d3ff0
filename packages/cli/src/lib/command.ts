/**
 * Commands as data: each subcommand is a `CommandSpec`, turned into a commander command by `run`, and read as
 * it is by the generated CLI reference, so the docs cannot drift from the program.
 */
import type { Corpus } from '@dalian-news/core'
import { InvalidArgumentError } from 'commander'
import type { Io } from './io.js'

/** An option of a command, as commander flags (`-w, --width <n>`). */
export interface OptionSpec {
  /** Commander flags, e.g. `'-n, --limit <count>'`. */
  readonly flags: string
  /** One line saying what the option does. */
  readonly description: string
  /** Allowed values, if the option takes one of a fixed set. */
  readonly choices?: readonly string[]
  /** Value used when the option is not given. */
  readonly defaultValue?: string | number | boolean
  /** Check and convert the value; throw `InvalidArgumentError` with the fix when it is bad. */
  readonly parse?: (value: string) => unknown
}

/** A positional argument of a command. */
export interface ArgumentSpec {
  /** Name shown in usage, e.g. `query`. */
  readonly name: string
  /** One line saying what the argument is. */
  readonly description: string
  /** Whether the command needs it (default `true`). */
  readonly required?: boolean
}

/** What a command receives when it runs. */
export interface CommandContext {
  /** The loaded corpus (its load errors are already reported on standard error). */
  readonly corpus: Corpus
  /** Folder the corpus was read from. */
  readonly corpusDir: string
  /** Positional arguments, in the order of `CommandSpec.arguments`. */
  readonly args: readonly string[]
  /** Parsed options by their camel-cased long name (`json`, `limit`, …). */
  readonly options: Readonly<Record<string, unknown>>
  /** Where to write. */
  readonly io: Io
}

/** A subcommand of `dalian-news`. Every command also takes `--corpus <dir>` and `--json`. */
export interface CommandSpec {
  /** Name typed after `dalian-news`. */
  readonly name: string
  /** One line saying what it does. */
  readonly summary: string
  /** Positional arguments. */
  readonly arguments: readonly ArgumentSpec[]
  /** Options besides `--corpus` and `--json`. */
  readonly options: readonly OptionSpec[]
  /** Example invocations, without the leading `dalian-news`. */
  readonly examples: readonly string[]
  /** Exit codes this command uses besides 0 (ok) and 2 (bad usage or failure). */
  readonly findingsExitCode?: string
  /** Do the work; resolve to the exit code. */
  run(context: CommandContext): number | Promise<number>
}

/** The options every command takes. */
export const commonOptions: readonly OptionSpec[] = [
  {
    flags: '-c, --corpus <dir>',
    description: 'folder of articles (default: ./corpus, else the bundled corpus)',
  },
  { flags: '--json', description: 'print JSON instead of a table' },
]

/** An option parser accepting whole numbers from `min` to `max`. */
export function integer(min: number, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value)
    if (!/^\s*-?\d+\s*$/.test(value) || number < min || number > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}, got "${value}".`)
    }
    return number
  }
}
