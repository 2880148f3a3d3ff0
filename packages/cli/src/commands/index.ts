/**
 * Every subcommand of `dalian-news`, in the order `--help` lists them.
 */
import type { CommandSpec } from '../lib/command.js'
import { collocatesCommand } from './collocates.js'
import { entitiesCommand } from './entities.js'
import { exportCommand } from './export.js'
import { freqCommand } from './freq.js'
import { graphCommand } from './graph.js'
import { keywordsCommand } from './keywords.js'
import { kwicCommand } from './kwic.js'
import { lintCommand } from './lint.js'
import { searchCommand } from './search.js'
import { showCommand } from './show.js'
import { statsCommand } from './stats.js'
import { webCommand } from './web.js'

/** The subcommands. */
export const commands: readonly CommandSpec[] = [
  searchCommand,
  kwicCommand,
  freqCommand,
  collocatesCommand,
  keywordsCommand,
  graphCommand,
  showCommand,
  entitiesCommand,
  lintCommand,
  statsCommand,
  exportCommand,
  webCommand,
]
