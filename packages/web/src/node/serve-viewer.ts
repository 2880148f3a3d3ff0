/**
 * Serving a built viewer folder on this machine with sirv: static files only, with the viewer's security
 * headers, on 127.0.0.1 unless told otherwise.
 */
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import sirv from 'sirv'
import { viewerHeaders } from './headers.js'

/** Options for `serveViewer`. */
export interface ServeViewerOptions {
  /** Address to listen on (default `127.0.0.1`: this machine only). */
  readonly host?: string
  /** Port to listen on (default `0`: any free port). */
  readonly port?: number
}

/** A running viewer server. */
export interface ViewerServer {
  /** Address of the viewer, e.g. `http://127.0.0.1:5178/`. */
  readonly url: string
  /** Port it listens on. */
  readonly port: number
  /** Stop listening and close open connections. */
  close(): Promise<void>
}

/** Serve the viewer folder `dir` (from `buildViewer` or `dist/site`). */
export async function serveViewer(dir: string, options: ServeViewerOptions = {}): Promise<ViewerServer> {
  if (typeof dir !== 'string' || dir === '') {
    throw new TypeError('serveViewer(dir): expected `dir` to be the folder of a built viewer, e.g. "viewer"')
  }
  const port = options.port ?? 0
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError(
      `serveViewer(dir, options): expected \`options.port\` to be 0–65535, got ${String(port)}`,
    )
  }
  const root = resolve(dir)
  if (!existsSync(join(root, 'index.html'))) {
    throw new TypeError(
      `serveViewer(dir): ${root} has no index.html; build a viewer there with buildViewer first`,
    )
  }
  const host = options.host ?? '127.0.0.1'
  const files = sirv(root, {
    dev: false,
    etag: true,
    dotfiles: false,
    setHeaders: (response) => {
      for (const [name, value] of Object.entries(viewerHeaders)) response.setHeader(name, value)
    },
  })
  const server = createServer((request, response) => {
    files(request, response, () => {
      response.statusCode = 404
      for (const [name, value] of Object.entries(viewerHeaders)) response.setHeader(name, value)
      response.setHeader('Content-Type', 'text/plain; charset=utf-8')
      response.end('Not found\n')
    })
  })
  await listen(server, port, host)
  const address = server.address() as AddressInfo
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${shown}:${address.port}/`,
    port: address.port,
    close: () =>
      new Promise((done, fail) => {
        server.close((error) => (error ? fail(error) : done()))
        server.closeAllConnections()
      }),
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => {
      server.off('error', fail)
      done()
    })
  })
}
