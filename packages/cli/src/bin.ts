#!/usr/bin/env node
import { quickStart } from './app/quick-start.js'

// A reader that stops early (`dalian-news entities --json | head`) closes the pipe: end quietly, as other
// command-line tools do, rather than crash on the write that finds it closed.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

const argv = process.argv.slice(2)
// The browser on its own starts without loading every subcommand first (see app/quick-start.ts).
process.exitCode = (await quickStart(argv)) ?? (await (await import('./run.js')).run(argv))
