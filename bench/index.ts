/**
 * `npm run bench`: every benchmark suite, one report.
 */
import { printReport } from './harness.js'
import { benchParse } from './parse.js'

if (!(globalThis as { gc?: unknown }).gc) {
  console.error('note: run with node --expose-gc for settled memory figures (npm run bench does)')
}
printReport([...benchParse()])
