/**
 * `npm run preview` (and `npm run docs` at the root, which builds first): serve the built site from
 * `dist/site/` on 127.0.0.1 and print its address. Only this machine can reach it.
 */
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import sirv from 'sirv'

const siteDir = fileURLToPath(new URL('../dist/site/', import.meta.url))
// The port VitePress itself previews on; another free one is taken when it is busy.
const preferredPort = Number(process.env.PORT) || 4173

const files = sirv(siteDir, { dev: false, etag: true, extensions: ['html'] })
const notFound = await readFile(new URL('404.html', `file://${siteDir}`)).catch(() => {
  throw new Error(`No built site in ${siteDir}: run \`npm run build\` first.`)
})

const server = createServer((request, response) =>
  files(request, response, () => {
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(notFound)
  }),
)

function listen(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
}

await listen(preferredPort).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error
  return listen(0)
})
const { port } = server.address() as AddressInfo
console.log(`Dalian News docs: http://127.0.0.1:${port}/  (Ctrl+C to stop)`)
