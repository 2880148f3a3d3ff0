import { readFile } from 'node:fs/promises'
import { fromJSON } from '@dalian-news/core'
import { describe, expect, it } from 'vitest'

const site = new URL('../dist/site/', import.meta.url)

describe('static site build', () => {
  it('should serialise every bundled article so the browser can rebuild it with fromJSON', async () => {
    const data: unknown[] = JSON.parse(await readFile(new URL('corpus.json', site), 'utf8'))
    const articles = data.map((item) => fromJSON(item))
    expect(articles.map((article) => article.stats.paragraphs)).toEqual([4, 5, 6, 6, 5])
  })

  it('should serve the page with a Content-Security-Policy that forbids inline script', async () => {
    const html = await readFile(new URL('index.html', site), 'utf8')
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toContain('unsafe-inline')
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  })
})
