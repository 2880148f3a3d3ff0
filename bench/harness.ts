/**
 * The benchmark harness: scaled corpora, timing and memory helpers, and the report table.
 *
 * Figures are ratios against a baseline measured in the same run, so they compare
 * across machines; absolute numbers are printed for context only.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The bundled corpus folder. */
export const corpusDir = fileURLToPath(new URL('../corpus/', import.meta.url))

/** One line of the report. */
export interface Row {
  readonly suite: string
  readonly name: string
  readonly value: string
  readonly note?: string
}

/** The bundled articles' texts. */
export function bundledTexts(): string[] {
  return readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(new URL(name, `file://${corpusDir}`), 'utf8'))
}

/** The bundled articles repeated until their total size reaches `bytes` (article by article). */
export function scaledTexts(bytes: number): string[] {
  const base = bundledTexts()
  const texts: string[] = []
  let size = 0
  for (let index = 0; size < bytes; index++) {
    const text = base[index % base.length]!
    texts.push(text)
    size += Buffer.byteLength(text)
  }
  return texts
}

/** One article of about `bytes`: a title, then the bundled articles' bodies repeated as its paragraphs. */
export function hugeArticle(bytes: number): string {
  const bodies = bundledTexts().map((text) =>
    text
      .split(/\n[ \t]*\n/)
      .slice(1)
      .join('\n\n'),
  )
  const parts = ['One Huge Article\n\n']
  let size = 0
  for (let index = 0; size < bytes; index++) {
    const body = bodies[index % bodies.length]!
    parts.push(body, '\n\n')
    size += Buffer.byteLength(body) + 2
  }
  return parts.join('')
}

/** Total UTF-8 size of `texts` in megabytes. */
export function megabytes(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6
}

/** Run `fn` once to warm up, then `runs` times; return the fastest time in milliseconds. */
export function time(fn: () => void, runs = 3): number {
  fn()
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < runs; run++) {
    // Garbage left by what ran before is collected first, so no figure pays for another's.
    ;(globalThis as { gc?: () => void }).gc?.()
    const start = performance.now()
    fn()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

/** Median of `values` (the upper one of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1] ?? Number.NaN
}

/**
 * Time several variants of the same work in alternating rounds, after one warm-up round, and return each
 * variant's time in milliseconds per round. On a shared machine the load changes from second to second;
 * a ratio of two variants taken within one round sees the same load, which a best-of-runs per variant
 * measured minutes apart does not.
 */
export function timeRounds<K extends string>(
  variants: Readonly<Record<K, () => void>>,
  rounds: number,
): Record<K, number[]> {
  const names = Object.keys(variants) as K[]
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>
  for (let round = 0; round <= rounds; round++) {
    for (const name of names) {
      ;(globalThis as { gc?: () => void }).gc?.()
      const start = performance.now()
      variants[name]()
      // The first round warms up and is not counted.
      if (round > 0) times[name].push(performance.now() - start)
    }
  }
  return times
}

/** Heap in use after a full garbage collection (needs `node --expose-gc`). */
export function settledHeap(): number {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  gc?.()
  return process.memoryUsage().heapUsed
}

/** Peak resident set size of this process so far, in megabytes. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024
}

/** Format a number with `digits` decimals. */
export function fixed(value: number, digits = 2): string {
  return value.toFixed(digits)
}

/** Print the report as an aligned table. */
export function printReport(rows: readonly Row[]): void {
  const widths = [
    Math.max(5, ...rows.map((row) => row.suite.length)),
    Math.max(6, ...rows.map((row) => row.name.length)),
    Math.max(5, ...rows.map((row) => row.value.length)),
  ]
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => (index === 2 ? cell.padStart(widths[index]!) : cell.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd()
  console.log(line(['suite', 'figure', 'value', 'note']))
  for (const row of rows) console.log(line([row.suite, row.name, row.value, row.note ?? '']))
}
