import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/run.js'
import { captureIo, corpusDir } from './capture.js'

async function cli(args: readonly string[], overrides = {}) {
  const io = captureIo({ columns: 120, ...overrides })
  const code = await run([...args, '--corpus', corpusDir], io)
  return { code, stdout: io.stdout(), stderr: io.stderr() }
}

const chaoyang = '002_2ab2013ecb79e34b'

describe('dalian-news search', () => {
  it('should rank the Chaoyang article first for the phrase "enclave economy" and mark the match', async () => {
    const { code, stdout } = await cli(['search', '"enclave economy"'])
    expect(code).toBe(0)
    expect(stdout.split('\n')[1]).toMatch(new RegExp(`^ {3}${chaoyang} {2}score \\d+\\.\\d\\d$`))
    expect(stdout).toContain('[enclave economy]')
    expect(stdout).toMatch(/\n1 matching article\n$/)
  })

  it('should give results with snippet offsets that slice back to the match, as JSON', async () => {
    const { stdout } = await cli(['search', 'enclave', '--json'])
    const response = JSON.parse(stdout)
    const text = await readFile(join(corpusDir, `${chaoyang}.txt`), 'utf8')
    expect(response.results[0].id).toBe(chaoyang)
    expect(response.results[0].snippets.length).toBe(3)
    for (const snippet of response.results[0].snippets) {
      expect(text.slice(snippet.start, snippet.end).toLowerCase()).toBe('enclave')
    }
  })

  it('should bold the match on a colour terminal and use brackets under NO_COLOR', async () => {
    const bold = await cli(['search', 'enclave'], { isTTY: true })
    expect(bold.stdout).toContain('\u001b[1menclave\u001b[22m')
    const plain = await cli(['search', 'enclave'], { isTTY: true, env: { NO_COLOR: '1' } })
    expect(plain.stdout).not.toContain('\u001b[')
  })

  it('should answer a query of only stopwords with a note, not an error', async () => {
    const { code, stdout } = await cli(['search', 'the of and'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^note: /)
    expect(stdout).toContain('No matching articles.')
  })
})

describe('dalian-news kwic', () => {
  it('should print one aligned line per occurrence, the matches in one column', async () => {
    const { stdout } = await cli(['kwic', 'enclave economy'])
    const lines = stdout.trimEnd().split('\n')
    const summary = lines.pop()
    expect(summary).toBe('10 lines')
    const columns = lines.map((line) => line.indexOf('enclave economy'))
    expect(new Set(columns).size).toBe(1)
    expect(lines[0]).toMatch(new RegExp(`^${chaoyang}:3:250 `))
  })

  it('should sort by right context when asked', async () => {
    const { stdout } = await cli(['kwic', 'enclave economy', '--sort', 'right', '--json'])
    const rights = JSON.parse(stdout).map((line: { right: string }) =>
      line.right.replace(/^\W+/, '').toLowerCase(),
    )
    expect(rights).toEqual([...rights].sort())
  })

  it('should reject a negative width with exit code 2', async () => {
    const { code, stderr } = await cli(['kwic', 'port', '--width', '-3'])
    expect(code).toBe(2)
    expect(stderr).toContain('expected a whole number from 0 to 10000')
  })
})

describe('dalian-news freq, collocates, keywords', () => {
  it('should list the most frequent content words, stopwords left out', async () => {
    const { stdout } = await cli(['freq', '--limit', '3', '--json'])
    const rows = JSON.parse(stdout)
    expect(rows[0]).toMatchObject({ term: 'dalian', articles: 5 })
    expect(rows.map((row: { term: string }) => row.term)).not.toContain('the')
  })

  it('should count a stopword again when it is kept with --keep', async () => {
    const { stdout } = await cli(['freq', '--keep', 'the', '--limit', '1', '--json'])
    expect(JSON.parse(stdout)[0].term).toBe('the')
  })

  it('should score collocates with mutual information and log-likelihood', async () => {
    const { stdout } = await cli(['collocates', 'enclave', '--json'])
    const rows = JSON.parse(stdout)
    expect(rows[0].term).toBe('economy')
    for (const row of rows) {
      expect(Number.isFinite(row.mi)).toBe(true)
      expect(row.logLikelihood).toBeGreaterThanOrEqual(0)
    }
  })

  it('should find "chaoyang" the top keyword of the Chaoyang article', async () => {
    const { stdout } = await cli(['keywords', chaoyang, '--json'])
    expect(JSON.parse(stdout)[0].keywords[0].term).toBe('chaoyang')
  })

  it('should exit 2 for an article id that does not exist', async () => {
    const { code, stderr } = await cli(['keywords', 'no-such-article'])
    expect(code).toBe(2)
    expect(stderr).toContain('no article with id "no-such-article"')
  })
})

describe('dalian-news graph and stats', () => {
  it('should connect the mayor and Dalian, in JSON and in DOT', async () => {
    const json = JSON.parse((await cli(['graph'])).stdout)
    const mayor = json.nodes.find((node: { name: string }) => node.name === 'Tan Chengxu')
    const city = json.nodes.find((node: { name: string }) => node.name === 'Dalian')
    expect(
      json.edges.some(
        (edge: { source: string; target: string }) =>
          [edge.source, edge.target].sort().join() === [mayor.id, city.id].sort().join(),
      ),
    ).toBe(true)
    const dot = (await cli(['graph', '--format', 'dot'])).stdout
    expect(dot).toMatch(/^graph /)
    expect(dot).toContain('label="Tan Chengxu"')
  })

  it('should exit 2 for an unknown entity type', async () => {
    expect((await cli(['graph', '--types', 'person,animal'])).code).toBe(2)
  })

  it('should count articles, words and the money in the corpus', async () => {
    const stats = JSON.parse((await cli(['stats', '--json'])).stdout)
    expect(stats).toMatchObject({ articles: 5, paragraphs: 26, unreadable: 0 })
    expect(stats.money.CNY).toBe(59_300_000_000)
    const table = (await cli(['stats'])).stdout
    expect(table).toMatch(/^articles +5$/m)
  })
})

describe('commands on very large output', () => {
  it('should lay out 150,000 concordance lines without overflowing the stack', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dalian-news-big-'))
    await writeFile(join(dir, 'a.txt'), `Port Report\n\n${'The port grew. '.repeat(150_000)}`)
    const io = captureIo({ columns: 80 })
    expect(await run(['kwic', 'port', '--corpus', dir], io)).toBe(0)
    expect(io.stdout()).toMatch(/\n150001 lines\n$/)
    // Parsing 2 MB of text and laying out every line: over a minute when the suites of every package run at once.
  }, 180_000)
})
