/**
 * The end-to-end harness: the built viewer served with sirv on a random 127.0.0.1 port, and Debian's
 * Chromium driven by playwright-core.
 */
import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { serveViewer, type ViewerServer } from '../../src/node/serve-viewer.js'

/** The built site the tests serve. */
export const siteDir = fileURLToPath(new URL('../../dist/site/', import.meta.url))

/** Where screenshots go. */
export const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url))

/** Chromium and a server for one test file. */
export interface Session {
  readonly browser: Browser
  readonly server: ViewerServer
  /** A new page at `hash`, with every page error and console error recorded. */
  open(hash?: string, options?: { readonly width?: number; readonly height?: number }): Promise<OpenPage>
  close(): Promise<void>
}

/** A page and what went wrong in it. */
export interface OpenPage {
  readonly page: Page
  /** Uncaught errors and console errors (CSP violations included). */
  readonly errors: string[]
  /** Dialogs (alert, confirm, prompt) the page tried to open. */
  readonly dialogs: string[]
}

/** Start the server and the browser. */
export async function startSession(): Promise<Session> {
  const server = await serveViewer(siteDir, { port: 0 })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  await mkdir(resultsDir, { recursive: true })
  return {
    browser,
    server,
    async open(hash = '', { width = 1280, height = 900 } = {}) {
      const page = await browser.newPage({ viewport: { width, height } })
      const errors: string[] = []
      const dialogs: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      await page.goto(`${server.url}${hash}`)
      return { page, errors, dialogs }
    },
    async close() {
      await browser.close()
      await server.close()
    },
  }
}

/** Save a screenshot of `page` to `test-results/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${resultsDir}${name}.png`, fullPage: true })
}
