import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fromJSON } from '@dalian-news/core'
import { describe, expect, it } from 'vitest'
import { run } from '../src/run.js'
import { captureIo } from './capture.js'

async function folder(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `dalian-news-web-${prefix}-`))
}

async function corpusOf(files: Record<string, string>): Promise<string> {
  const dir = await folder('corpus')
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}

const corpus = {
  'ferry.txt': 'Ferry Line Opens\n\nMayor Zhou Minghua of Yantai opened a ferry line worth 3 million yuan.\n',
  'harbour.txt': 'Harbour Grows\n\nThe Weihai harbour handled more ships this year.\n',
}

describe('dalian-news web', () => {
  it('should write a viewer folder whose corpus.json holds the given corpus', async () => {
    const cwd = await folder('cwd')
    const io = captureIo({ cwd })
    const code = await run(['web', '--corpus', await corpusOf(corpus), '--out', 'viewer'], io)
    expect(code).toBe(0)
    expect(io.stdout()).toMatch(/^Wrote the viewer for 2 articles to viewer \(corpus\.json [\d.]+ KB\)\n/)
    const files = await readdir(join(cwd, 'viewer'))
    expect(files).toEqual(expect.arrayContaining(['index.html', 'app.js', 'styles.css', 'corpus.json']))
    const data: unknown[] = JSON.parse(await readFile(join(cwd, 'viewer', 'corpus.json'), 'utf8'))
    expect(data.map((item) => fromJSON(item).id).sort()).toEqual(['ferry', 'harbour'])
  })

  it('should describe what it wrote as JSON with --json', async () => {
    const cwd = await folder('json')
    const io = captureIo({ cwd })
    await run(['web', '--corpus', await corpusOf(corpus), '--out', 'site', '--json'], io)
    const report = JSON.parse(io.stdout())
    expect(report).toMatchObject({ outDir: join(cwd, 'site'), articles: 2 })
    expect(report.files).toContain('corpus.json')
    expect(report.url).toBeUndefined()
  })

  it('should serve the viewer on 127.0.0.1 with --serve until it is stopped', async () => {
    const cwd = await folder('serve')
    let printed: (text: string) => void = () => {}
    const address = new Promise<string>((done) => {
      printed = (text) => {
        const url = /Serving it at (http:\/\/\S+)/.exec(text)?.[1]
        if (url) done(url)
      }
    })
    const io = captureIo({ cwd, out: (text) => printed(text) })
    const finished = run(['web', '--corpus', await corpusOf(corpus), '--out', 'served', '--serve'], io)
    const url = await address
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const page = await fetch(url)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    const served: unknown[] = await (await fetch(new URL('corpus.json', url))).json()
    expect(served).toHaveLength(2)
    process.emit('SIGTERM')
    expect(await finished).toBe(0)
    await expect(fetch(url)).rejects.toThrow()
  })

  it('should refuse a port outside 0–65535 as bad usage', async () => {
    const io = captureIo()
    expect(await run(['web', '--port', '70000'], io)).toBe(2)
    expect(io.stderr()).toContain('expected a whole number from 0 to 65535')
  })
})
