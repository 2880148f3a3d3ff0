/**
 * The built docs site served by sirv on a random 127.0.0.1 port, and Debian's Chromium driven by
 * playwright-core, with every request that leaves the server recorded (the site must work offline).
 */
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import sirv from 'sirv'

/** The built site (`npm run build` writes it). */
export const siteDir = fileURLToPath(new URL('../../dist/site/', import.meta.url))

/** Where screenshots go, to look at. */
export const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url))

/** A page and what went wrong in it. */
export interface OpenPage {
  readonly page: Page
  /** Uncaught errors and console errors (CSP violations included), in this page and its frames. */
  readonly errors: string[]
  /** Requests to anywhere but the local server. */
  readonly external: string[]
}

/** The server and the browser for one test file. */
export interface Session {
  /** Address of the site, ending in `/`. */
  readonly url: string
  /** A new page at `path` (relative to the site root). */
  open(path?: string, viewport?: { readonly width: number; readonly height: number }): Promise<OpenPage>
  /** Stop the browser and the server. */
  close(): Promise<void>
}

/** Serve the built site and start Chromium. */
export async function startSession(): Promise<Session> {
  if (!existsSync(`${siteDir}index.html`)) {
    throw new Error(`No built site in ${siteDir}: run \`npm run build\` first.`)
  }
  const handler = sirv(siteDir, { dev: false, etag: true })
  const server: Server = createServer((request, response) => handler(request, response))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  const browser: Browser = await chromium.launch({
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
    url,
    async open(path = '', viewport = { width: 1280, height: 900 }) {
      const page = await browser.newPage({ viewport })
      const errors: string[] = []
      const external: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      await page.route('**/*', (route) => {
        const address = route.request().url()
        if (address.startsWith(url) || address.startsWith('data:') || address.startsWith('blob:')) {
          return route.continue()
        }
        external.push(address)
        return route.abort()
      })
      await page.goto(`${url}${path}`)
      return { page, errors, external }
    },
    async close() {
      await browser.close()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** Save a full-page screenshot of `page` to `test-results/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${resultsDir}${name}.png`, fullPage: true })
}
