import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { fromJSON } from '@dalian-news/core'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../src/node/headers.js'
import { siteAssets } from '../src/node/site-dir.js'

const site = new URL('../dist/site/', import.meta.url)
const sources = fileURLToPath(new URL('../src/', import.meta.url))

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
}

describe('static site build', () => {
  it('should contain the page, its script, the parser worker, the styles, the icon and the corpus', async () => {
    const files = await readdir(site)
    expect(files.sort()).toEqual([...siteAssets, 'corpus.json'].sort())
  })

  it('should serialise every bundled article so the browser can rebuild it with fromJSON', async () => {
    const data: unknown[] = JSON.parse(await readFile(new URL('corpus.json', site), 'utf8'))
    const articles = data.map((item) => fromJSON(item))
    expect(articles.map((article) => article.stats.paragraphs)).toEqual([4, 5, 6, 6, 5])
  })

  it('should carry the same Content-Security-Policy in the page as the server sends', async () => {
    const html = await readFile(new URL('index.html', site), 'utf8')
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(policy).toBe(contentSecurityPolicy)
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("style-src 'self'")
    expect(policy).toContain("require-trusted-types-for 'script'")
    expect(policy).not.toContain('unsafe')
  })

  it('should have no inline script, inline style or style attribute in the page', async () => {
    const html = await readFile(new URL('index.html', site), 'utf8')
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    expect(html).not.toMatch(/<style[\s>]/)
    expect(html).not.toMatch(/\sstyle=/)
  })

  it('should keep the page script within 120 KB gzipped', async () => {
    const script = await readFile(new URL('app.js', site))
    expect(gzipSync(script).length).toBeLessThanOrEqual(120 * 1024)
  })
})

describe('viewer sources', () => {
  it('should never write text as HTML or set inline styles', async () => {
    const forbidden =
      /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write|\bstyle=\{/
    for (const file of await sourceFiles(sources)) {
      expect(await readFile(file, 'utf8'), file).not.toMatch(forbidden)
    }
  })
})
