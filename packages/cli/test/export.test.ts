import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { exportColumns, exportKinds } from '../src/lib/export-records.js'
import { run } from '../src/run.js'
import { captureIo, corpusDir } from './capture.js'

async function exported(args: readonly string[], dir = corpusDir) {
  const io = captureIo()
  const code = await run(['export', '--corpus', dir, ...args], io)
  return { code, stdout: io.stdout(), stderr: io.stderr() }
}

async function corpusOf(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dalian-news-export-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}

describe('dalian-news export', () => {
  it('should write one JSON record per article with its text unchanged', async () => {
    const { code, stdout } = await exported(['--what', 'articles', '--json'])
    expect(code).toBe(0)
    const records = JSON.parse(stdout)
    expect(records.map((record: { id: string }) => record.id)).toEqual([
      '000_5c4058081ad657f1',
      '001_934dfffac594c55a',
      '002_2ab2013ecb79e34b',
      '003_23f7020b663a3015',
      '004_d565d95d31004a93',
    ])
    expect(Object.keys(records[0])).toEqual(exportColumns.articles)
  })

  it('should write the money ledger as NDJSON, one amount per line, with offsets into the text', async () => {
    const { stdout } = await exported(['--what', 'money', '--format', 'ndjson'])
    const lines = stdout.trimEnd().split('\n')
    const records = lines.map((line) => JSON.parse(line))
    expect(records).toContainEqual(
      expect.objectContaining({ text: '59.3 billion yuan', amount: 59_300_000_000, currency: 'CNY' }),
    )
    for (const record of records) expect(Object.keys(record)).toEqual(exportColumns.money)
  })

  it('should write CSV that a CSV reader gets back exactly, commas, quotes and line breaks included', async () => {
    const dir = await corpusOf({
      'a.txt': 'Port Deal Signed\n\nMayor Zhou Minghua said the "smart, green" port cost 2 billion yuan.\n',
    })
    const { stdout } = await exported(['--what', 'articles', '--format', 'csv'], dir)
    const [header, row] = parse(stdout, { relaxQuotes: false }) as string[][]
    expect(header).toEqual(exportColumns.articles)
    expect(row?.[header?.indexOf('text') ?? -1]).toBe(
      'Port Deal Signed\n\nMayor Zhou Minghua said the "smart, green" port cost 2 billion yuan.\n',
    )
  })

  it('should keep a cell that starts like a spreadsheet formula as text', async () => {
    const dir = await corpusOf({ 'a.txt': '=HYPERLINK("http://example.com")\n\nThe port opened.\n' })
    const { stdout } = await exported(['--what', 'articles', '--format', 'csv'], dir)
    const [header, row] = parse(stdout) as string[][]
    expect(row?.[header?.indexOf('title') ?? -1]).toBe('\'=HYPERLINK("http://example.com")')
  })

  it('should print a header row even when there are no records of a kind', async () => {
    const dir = await corpusOf({ 'a.txt': 'Quiet Day\n\nNothing was said.\n' })
    const { stdout } = await exported(['--what', 'speech', '--format', 'csv'], dir)
    expect(stdout).toBe(`${exportColumns.speech.join(',')}\n`)
  })

  it('should give every kind of record exactly the documented columns', async () => {
    for (const kind of exportKinds) {
      const records = JSON.parse((await exported(['--what', kind, '--json'])).stdout)
      expect(records.length, kind).toBeGreaterThan(0)
      for (const record of records) expect(Object.keys(record), kind).toEqual(exportColumns[kind])
    }
  })

  it('should escape control characters from article text in JSON output', async () => {
    const dir = await corpusOf({ 'a.txt': 'Port \u009b31m Opens\n\nThe \u001b[2J port opened.\n' })
    const { stdout } = await exported(['--what', 'articles', '--json'], dir)
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
    expect(JSON.parse(stdout)[0].title).toBe('Port \u009b31m Opens')
  })

  it('should exit 2 on an unknown kind or format', async () => {
    expect((await exported(['--what', 'everything'])).code).toBe(2)
    expect((await exported(['--format', 'xml'])).code).toBe(2)
  })
})
