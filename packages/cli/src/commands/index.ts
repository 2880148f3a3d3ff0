/**
 * Every subcommand of `dalian-news`, in the order `--help` lists them.
 */
import type { CommandSpec } from '../lib/command.js'
import { entitiesCommand } from './entities.js'
import { exportCommand } from './export.js'
import { lintCommand } from './lint.js'

/** The subcommands. */
export const commands: readonly CommandSpec[] = [entitiesCommand, lintCommand, exportCommand]
