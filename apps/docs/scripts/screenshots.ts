/**
 * `npm run screenshots -w @dalian-news/docs` (after `npm run build`): make the screenshots the docs show,
 * into `src/public/screenshots/`. The web viewer is opened in Chromium; the terminal browser runs in a
 * detached tmux session of a fixed size, each screen is captured with its colours (`capture-pane -e`),
 * turned into HTML and photographed in Chromium too. Needs tmux and Chromium; the docs build does not.
 */
import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium } from 'playwright-core'
import sirv from 'sirv'
import { ansiToHtml, darkPalette } from './ansi-to-html.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const outDir = fileURLToPath(new URL('../src/public/screenshots/', import.meta.url))
const columns = 104
const rows = 30
// A tmux server of our own, so nothing touches the sessions of whoever runs this.
const socket = `dalian-news-docs-${process.pid}`

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// The program decides on colour from the environment; the screenshots show it in colour.
const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...environment } = process.env

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', env: environment })
}

/** The screen once it shows `expected` and has stopped changing. */
async function screenWith(expected: string | RegExp, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    const plain = tmux('capture-pane', '-p', '-t', 'docs')
    const found = typeof expected === 'string' ? plain.includes(expected) : expected.test(plain)
    if (found && plain === last) return tmux('capture-pane', '-p', '-e', '-t', 'docs')
    last = plain
    await sleep(300)
  }
  throw new Error(`The terminal never showed ${expected}; it shows:\n${last}`)
}

/** Send keys as tmux names them (`Enter`, `Escape`, `Tab`), or literal text with `text`. */
function press(...keys: string[]): void {
  tmux('send-keys', '-t', 'docs', ...keys)
}

function type(text: string): void {
  tmux('send-keys', '-t', 'docs', '-l', text)
}

/** Run the terminal browser on `corpus` and capture its screens; returns captures by name. */
async function captureTerminal(
  cwd: string,
  corpus: string,
  script: (shot: (name: string, expected: string | RegExp) => Promise<void>) => Promise<void>,
) {
  const shots = new Map<string, string>()
  const bin = join(root, 'packages/cli/dist/bin.js')
  tmux(
    'new-session',
    '-d',
    '-s',
    'docs',
    '-x',
    String(columns),
    '-y',
    String(rows),
    '-c',
    cwd,
    '-e',
    'TERM=xterm-256color',
    `node ${bin} --corpus ${corpus}; sleep 60`,
  )
  try {
    await script(async (name, expected) => {
      shots.set(name, await screenWith(expected))
    })
  } finally {
    tmux('kill-server')
  }
  return shots
}

function terminalPage(capture: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; background: transparent; }
  .window { display: inline-block; margin: 0; border-radius: 10px; overflow: hidden; background: ${darkPalette.background};
    box-shadow: 0 10px 30px rgba(0,0,0,.25); }
  .bar { height: 30px; background: #2c313a; display: flex; align-items: center; gap: 8px; padding: 0 12px; }
  .dot { width: 12px; height: 12px; border-radius: 50%; }
  pre { margin: 0; padding: 12px 16px 16px; font: 14px/1.25 'DejaVu Sans Mono', 'Menlo', monospace; color: ${darkPalette.foreground}; }
  .line { white-space: pre; height: 1.25em; }
  </style></head><body><div class="window"><div class="bar"><span class="dot" style="background:#ff5f56"></span>
  <span class="dot" style="background:#ffbd2e"></span><span class="dot" style="background:#27c93f"></span></div>
  <pre>${ansiToHtml(capture, columns)}</pre></div></body></html>`
}

async function photographTerminal(browser: Browser, shots: ReadonlyMap<string, string>): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 })
  for (const [name, capture] of shots) {
    await page.setContent(terminalPage(capture))
    await page.locator('.window').screenshot({ path: join(outDir, `${name}.png`), omitBackground: true })
    console.log(`screenshots: ${name}.png`)
  }
  await page.close()
}

async function photographViewer(browser: Browser): Promise<void> {
  const handler = sirv(join(root, 'packages/web/dist/site'), { dev: true })
  const server = createServer((request, response) => handler(request, response))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 })
  try {
    const views: [string, string, string][] = [
      ['web-viewer', '#/a/001_934dfffac594c55a', 'main'],
      ['web-viewer-search', '#/search/port%20investment', 'main'],
    ]
    for (const [name, hash, ready] of views) {
      await page.goto(`${url}${hash}`)
      await page.locator(ready).first().waitFor()
      await page.waitForLoadState('networkidle')
      await page.screenshot({ path: join(outDir, `${name}.png`) })
      console.log(`screenshots: ${name}.png`)
    }
  } finally {
    await page.close()
    server.close()
  }
}

await mkdir(outDir, { recursive: true })
const shots = await captureTerminal(root, 'corpus', async (shot) => {
  await shot('terminal-list', 'sort:')
  press('Enter')
  await shot('terminal-reader-plain', /paragraphs ·/)
  press('Tab')
  await shot('terminal-reader', /paragraphs ·/)
  press('Enter')
  await shot('terminal-mentions', /mentions in \d+ articles?/)
  press('Escape')
  press('Escape')
  await screenWith('sort:')
  press('e')
  await shot('terminal-entities', 'Entities ·')
  press('Escape')
  await screenWith('sort:')
  press('/')
  type('port investment')
  await shot('terminal-search', /\d+ articles? match/)
  press('Escape')
  await screenWith('sort:')
  press('?')
  await shot('terminal-help', 'Keys: Articles')
})
shots.delete('terminal-reader-plain')

// A copy of the corpus with files that cannot be loaded, for the load errors screen.
const scratch = await mkdtemp(join(tmpdir(), 'dalian-news-docs-'))
try {
  const articles = join(scratch, 'my-articles')
  await cp(join(root, 'corpus'), articles, { recursive: true })
  await writeFile(join(articles, 'empty-article.txt'), '')
  await writeFile(
    join(articles, 'scanned-page.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  )
  const errors = await captureTerminal(scratch, 'my-articles', async (shot) => {
    await screenWith('sort:')
    press('!')
    await shot('terminal-errors', /could not be (read|loaded)|binary/i)
  })
  // The scratch folder's random name says nothing to a reader; show it as a folder in the home directory.
  for (const [name, capture] of errors) shots.set(name, capture.replaceAll(scratch, '~'))
} finally {
  await rm(scratch, { recursive: true, force: true })
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
})
try {
  await photographTerminal(browser, shots)
  await photographViewer(browser)
} finally {
  await browser.close()
}
