#!/usr/bin/env node
import { quickStart } from './app/quick-start.js'

const argv = process.argv.slice(2)
// The browser on its own starts without loading every subcommand first (see app/quick-start.ts).
process.exitCode = (await quickStart(argv)) ?? (await (await import('./run.js')).run(argv))
