/**
 * The web viewer: what a reader downloads. The page's script (the budget is 120 KB gzipped), the parser
 * worker fetched only for "Your article", the styles, and the bundled corpus as `corpus.json`, each raw and
 * gzipped as a static server would send it.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { Row } from './harness.js'

const site = new URL('../packages/web/dist/site/', import.meta.url)
const budget = 120 * 1024

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

export function benchWeb(): Row[] {
  if (!existsSync(new URL('app.js', site))) {
    return [
      {
        suite: 'web',
        name: 'built site',
        value: 'missing',
        note: `run npm run build (${fileURLToPath(site)})`,
      },
    ]
  }
  const rows: Row[] = []
  let scripts = 0
  const files = [
    ['app.js', 'page script'],
    ['parse-worker.js', 'parser worker (Your article only)'],
    ['styles.css', 'styles'],
    ['corpus.json', 'bundled corpus'],
  ] as const
  for (const [file, what] of files) {
    const bytes = readFileSync(new URL(file, site))
    const gzipped = gzipSync(bytes).length
    if (file.endsWith('.js')) scripts += gzipped
    const note =
      file === 'app.js' ? `${what}; ${((gzipped / budget) * 100).toFixed(0)}% of the 120 KB budget` : what
    rows.push(
      { suite: 'web', name: `${file} raw`, value: kb(bytes.length), note: what },
      { suite: 'web', name: `${file} gzip`, value: kb(gzipped), note },
    )
  }
  rows.push({
    suite: 'web',
    name: 'all scripts gzip',
    value: kb(scripts),
    note: 'page script and parser worker',
  })
  return rows
}
