import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/run.js'
import { captureIo, corpusDir } from './capture.js'

async function corpusOf(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dalian-news-lint-'))
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content)
  return dir
}

async function lint(args: readonly string[], dir: string) {
  const io = captureIo({ cwd: dir })
  const code = await run(['lint', '--corpus', dir, ...args], io)
  return { code, stdout: io.stdout(), stderr: io.stderr() }
}

describe('dalian-news lint', () => {
  it('should exit 0 and say so when the text has no problems', async () => {
    const dir = await corpusOf({ 'a.txt': 'Port Opens\n\nThe new port opened on May 5.\n' })
    const { code, stdout } = await lint([], dir)
    expect(code).toBe(0)
    expect(stdout).toBe('No problems found.\n')
  })

  it('should print file:line:col, severity, reason and rule id, and exit 1', async () => {
    const dir = await corpusOf({ 'a.txt': 'Port Opens\n\nThe new \u0007port opened.\n' })
    const { code, stdout } = await lint([], dir)
    expect(code).toBe(1)
    const [first] = stdout.split('\n')
    expect(first).toMatch(/^a\.txt:3:9 {2}warning {2}.+ {2}control-character$/)
    expect(stdout).not.toContain('\u0007')
    expect(stdout).toMatch(/\n1 warning in 1 files\n$/)
  })

  it('should report files that could not be read as errors', async () => {
    const dir = await corpusOf({
      'a.txt': 'Port Opens\n\nText.\n',
      'b.txt': new Uint8Array([0x41, 0xc3, 0x28]),
    })
    const { code, stdout } = await lint([], dir)
    expect(code).toBe(1)
    expect(stdout).toContain('b.txt  error  Unexpected byte 0xc3 at offset 1')
  })

  it('should list problems as JSON records with offsets into the text', async () => {
    const text = 'Port Opens\n\nThe new \u0007port opened.\n'
    const dir = await corpusOf({ 'a.txt': text })
    const { stdout } = await lint(['--json'], dir)
    const [record] = JSON.parse(stdout)
    expect(record).toMatchObject({ file: 'a.txt', article: 'a', line: 3, column: 9, severity: 'warning' })
    expect(text.slice(record.start, record.end)).toBe('\u0007')
  })

  it('should keep only the rules asked for with --rule', async () => {
    const dir = await corpusOf({ 'a.txt': 'Port Opens\n\nThe new \u0007port opened.\n' })
    const { code, stdout } = await lint(['--rule', 'repeated-word'], dir)
    expect(code).toBe(0)
    expect(stdout).toBe('No problems found.\n')
    expect((await lint(['--rule', 'repeated-word,control-character'], dir)).code).toBe(1)
  })

  it('should exit 2 on a rule id it does not know, rather than hide every problem', async () => {
    const dir = await corpusOf({ 'a.txt': 'Port Opens\n\nThe new \u0007port opened.\n' })
    const { code, stderr } = await lint(['--rule', 'control-charakter'], dir)
    expect(code).toBe(2)
    expect(stderr).toContain('unknown rule id "control-charakter"; known: empty-article')
  })

  it('should group problems by file with --format pretty', async () => {
    const dir = await corpusOf({ 'a.txt': 'Port Opens\n\nThe new \u0007port opened.\n' })
    const { stdout } = await lint(['--format', 'pretty'], dir)
    expect(stdout.split('\n')[0]).toBe('a.txt')
    expect(stdout).toMatch(/3:9(-3:10)?\s+warning\s+.+control-character/)
  })

  it('should report the ideographic full stop in article 002 and the spaced quote in article 000', async () => {
    const io = captureIo({ cwd: join(corpusDir, '..') })
    expect(await run(['lint', '--corpus', corpusDir], io)).toBe(1)
    const lines = io.stdout().split('\n')
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^corpus\/002_2ab2013ecb79e34b\.txt:\d+:\d+ {2}warning {2}.*`。`.* {2}cjk-punctuation$/,
      ),
    )
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^corpus\/000_5c4058081ad657f1\.txt:\d+:\d+ {2}warning {2}.*"old friends".* {2}quote-spacing$/,
      ),
    )
  })

  it('should name files relative to the current folder', async () => {
    const io = captureIo({ cwd: join(corpusDir, '..') })
    await run(['lint', '--corpus', corpusDir, '--json'], io)
    const records = JSON.parse(io.stdout())
    expect(records.length).toBeGreaterThan(0)
    for (const record of records) {
      expect(record.file.startsWith(relative(join(corpusDir, '..'), corpusDir))).toBe(true)
    }
  })
})
