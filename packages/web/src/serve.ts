/**
 * `node packages/web/dist/serve.js [dir] [--port N]`: serve the built viewer (default: `dist/site`) on
 * 127.0.0.1 and print its address. `npm run web` at the root builds and runs it.
 */
import { parseArgs } from 'node:util'
import { serveViewer } from './node/serve-viewer.js'
import { builtSiteDir } from './node/site-dir.js'

// A fixed port keeps the address the same between runs; another free one is taken when it is busy.
const preferredPort = 5178

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { port: { type: 'string', short: 'p' }, host: { type: 'string' } },
    allowPositionals: true,
  })
  const dir = positionals[0] ?? builtSiteDir()
  const port = values.port === undefined ? undefined : Number(values.port)
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    process.stderr.write(
      `serve: expected --port to be a whole number from 0 to 65535, got "${values.port}"\n`,
    )
    return 2
  }
  const host = values.host ?? '127.0.0.1'
  let server: Awaited<ReturnType<typeof serveViewer>>
  try {
    server = await serveViewer(dir, { host, port: port ?? preferredPort })
  } catch (error) {
    if (port !== undefined || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    server = await serveViewer(dir, { host, port: 0 })
  }
  process.stdout.write(`Dalian News viewer: ${server.url}  (Ctrl+C to stop)\n`)
  await new Promise<void>((done) => {
    process.once('SIGINT', done)
    process.once('SIGTERM', done)
  })
  await server.close()
  return 0
}

process.exitCode = await main().catch((error: unknown) => {
  process.stderr.write(`serve: ${error instanceof Error ? error.message : String(error)}\n`)
  return 2
})
