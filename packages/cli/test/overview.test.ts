import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/run.js'
import { captureIo, corpusDir } from './capture.js'

describe('dalian-news (not a terminal)', () => {
  it('should print the corpus overview: id, title, paragraphs and words of every article', async () => {
    const io = captureIo({ columns: 200 })
    expect(await run(['--corpus', corpusDir], io)).toBe(0)
    const lines = io.stdout().split('\n')
    expect(lines[0]).toMatch(/^id\s+title\s+paragraphs\s+words$/)
    expect(lines[1]).toMatch(
      /^000_5c4058081ad657f1 {2}Tan Chengxu Led the Delegation to Vigorously Promote Potential Dalian in Beijing\s+4\s+\d+$/,
    )
    expect(lines.slice(1, 6).map((line) => line.split(/\s+/)[0])).toEqual([
      '000_5c4058081ad657f1',
      '001_934dfffac594c55a',
      '002_2ab2013ecb79e34b',
      '003_23f7020b663a3015',
      '004_d565d95d31004a93',
    ])
    expect(io.stdout()).toMatch(/\n5 articles, \d+ words\n$/)
  })

  it('should shorten titles with an ellipsis to fit the terminal width', async () => {
    const io = captureIo({ columns: 60 })
    await run(['--corpus', corpusDir], io)
    for (const line of io.stdout().split('\n')) expect(line.length).toBeLessThanOrEqual(60)
    expect(io.stdout()).toContain('…')
  })

  it('should show control characters from article text as visible symbols, never raw', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dalian-news-cli-'))
    await writeFile(join(dir, 'a.txt'), 'Mayor \u001b[2J\u001b]0;pwned\u0007 Visits Port\n\nText.\n')
    await writeFile(join(dir, 'b.txt'), new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))
    await writeFile(join(dir, 'c.txt'), new Uint8Array([0x41, 0xc3, 0x28, 0x0a]))
    const io = captureIo()
    expect(await run(['--corpus', dir], io)).toBe(0)
    expect(io.stdout()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    expect(io.stdout()).toContain('Mayor ␛[2J␛]0;pwned␇ Visits Port')
    expect(io.stderr()).toContain(
      'c.txt: Unexpected byte 0xc3 at offset 1: expected UTF-8 text (invalid-utf8)',
    )
  })

  it('should exit 2 with a message on an unknown option or a missing corpus', async () => {
    const unknown = captureIo()
    expect(await run(['--bogus'], unknown)).toBe(2)
    expect(unknown.stderr()).toContain("unknown option '--bogus'")
    const missing = captureIo()
    expect(await run(['--corpus', '/nonexistent/corpus'], missing)).toBe(2)
    expect(missing.stderr()).toContain('cannot read the folder /nonexistent/corpus')
  })
})
