import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fromJSON, parseArticle } from '@dalian-news/core'
import { afterAll, describe, expect, it } from 'vitest'
import { buildViewer } from '../src/node/build-viewer.js'
import { corpusJson } from '../src/node/corpus-json.js'
import { viewerHeaders } from '../src/node/headers.js'
import { serveViewer, type ViewerServer } from '../src/node/serve-viewer.js'
import { siteAssets } from '../src/node/site-dir.js'

const articles = [
  parseArticle('Ferry Line Opens\n\nMayor Zhou Minghua opened the ferry line in Yantai.\n', { id: 'ferry' }),
  parseArticle('Harbour </script><img src=x>\n\nThe <b>harbour</b> opened.\n', { id: 'harbour' }),
]
const servers: ViewerServer[] = []
afterAll(async () => {
  for (const server of servers) await server.close()
})

describe('buildViewer', () => {
  it('should copy the viewer and write corpus.json for the given articles', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'dalian-news-viewer-'))
    const built = await buildViewer({ articles, outDir })
    expect(built.files).toEqual([...siteAssets, 'corpus.json'])
    expect(built.articles).toBe(2)
    const json = await readFile(join(outDir, 'corpus.json'), 'utf8')
    expect(built.corpusBytes).toBe(Buffer.byteLength(json))
    expect(JSON.parse(json).map((item: unknown) => fromJSON(item).id)).toEqual(['ferry', 'harbour'])
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toContain('Content-Security-Policy')
  })

  it('should throw a TypeError naming the option when it is misused', async () => {
    await expect(buildViewer({ articles: 'ferry' as never, outDir: 'x' })).rejects.toThrow(
      /options\.articles/,
    )
    await expect(buildViewer({ articles, outDir: '' })).rejects.toThrow(TypeError)
  })
})

describe('corpusJson', () => {
  it('should keep "<" out of the file while the text reads back unchanged', () => {
    const json = corpusJson(articles)
    expect(json).not.toContain('<')
    expect(fromJSON(JSON.parse(json)[1]).text).toBe(articles[1]!.text)
  })
})

describe('serveViewer', () => {
  it('should serve a viewer folder on 127.0.0.1 with the security headers', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'dalian-news-served-'))
    await buildViewer({ articles, outDir })
    const server = await serveViewer(outDir)
    servers.push(server)
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const page = await fetch(server.url)
    expect(page.status).toBe(200)
    for (const [name, value] of Object.entries(viewerHeaders)) expect(page.headers.get(name)).toBe(value)
    expect(await page.text()).toContain('<div id="app">')
    const corpus = await fetch(new URL('corpus.json', server.url))
    expect(corpus.headers.get('content-type')).toMatch(/^application\/json/)
    const missing = await fetch(new URL('nothing-here.js', server.url))
    expect(missing.status).toBe(404)
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('should refuse a folder without a built viewer', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'dalian-news-empty-'))
    await expect(serveViewer(empty)).rejects.toThrow(/no index\.html/)
  })
})
