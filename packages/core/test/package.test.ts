import { execFile } from 'node:child_process'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtFile } from './support/dist.js'
import { binDir, corpusDir, packageDir } from './support/paths.js'
import { makeTempDir, removeTempDirs } from './support/temp-dir.js'

const run = promisify(execFile)
const timeout = 180_000

const consumerScript = `
import { fromJSON, parseArticle, toJSON } from '@dalian-news/core'
import { loadCorpus } from '@dalian-news/core/node'

const article = parseArticle('Dalian Hosts a Forum\\n\\nThe forum opened. Guests came.\\n')
const corpus = await loadCorpus(process.argv[2])
console.log(JSON.stringify({
  resolved: [import.meta.resolve('@dalian-news/core'), import.meta.resolve('@dalian-news/core/node')],
  title: article.title,
  sentences: article.paragraphs.flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text)),
  roundTrip: JSON.stringify(toJSON(fromJSON(toJSON(article)))) === JSON.stringify(toJSON(article)),
  corpus: corpus.articles.map((item) => [item.id, item.paragraphs.length]),
  errors: corpus.errors,
}))
`

const consumerTypes = `
import { type Article, parseArticle, type SerialisedArticle, toJSON } from '@dalian-news/core'
import { type Corpus, loadCorpus } from '@dalian-news/core/node'

const article: Article = parseArticle('Title\\n\\nText.', { id: 'typed' })
const words: number = article.stats.words
const kinds: string[] = article.paragraphs.flatMap((paragraph) =>
  paragraph.sentences.flatMap((sentence) => sentence.tokens.map((token) => token.kind)),
)
const json: SerialisedArticle = toJSON(article)
const corpus: Promise<Corpus> = loadCorpus('./corpus', { maxBytes: 1024 })

// Unused expectations fail the check, so these prove the package's types are real, not \`any\`.
// @ts-expect-error: the text must be a string
parseArticle(42)
// @ts-expect-error: a sentence has no such field
article.paragraphs[0]?.sentences[0]?.speaker

export { corpus, json, kinds, words }
`

describe('the packed package', () => {
  let app: string

  beforeAll(async () => {
    for (const name of ['index.js', 'index.d.ts', 'node.js', 'node.d.ts']) builtFile(name)
    const packs = await makeTempDir('pack')
    app = await makeTempDir('consumer')
    await run('npm', ['pack', '--pack-destination', packs], { cwd: packageDir })
    const [tarball] = (await readdir(packs)).filter((name) => name.endsWith('.tgz'))
    if (!tarball) throw new Error(`npm pack wrote no tarball to ${packs}`)
    await writeFile(
      join(app, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    )
    await run('npm', ['install', join(packs, tarball), '--no-audit', '--no-fund', '--prefer-offline'], {
      cwd: app,
    })
  }, timeout)

  afterAll(removeTempDirs)

  it(
    'should run in plain Node ESM from the installed tarball',
    async () => {
      await writeFile(join(app, 'check.mjs'), consumerScript)
      const { stdout } = await run(process.execPath, ['check.mjs', corpusDir], { cwd: app })
      const result = JSON.parse(stdout)
      expect(result.resolved).toEqual([
        expect.stringMatching(/^file:\/\/.*\/node_modules\/@dalian-news\/core\/dist\/index\.js$/),
        expect.stringMatching(/^file:\/\/.*\/node_modules\/@dalian-news\/core\/dist\/node\.js$/),
      ])
      expect(result.resolved[0]).toContain(app)
      expect(result).toMatchObject({
        title: 'Dalian Hosts a Forum',
        sentences: ['The forum opened.', 'Guests came.'],
        roundTrip: true,
        corpus: [
          ['000_5c4058081ad657f1', 4],
          ['001_934dfffac594c55a', 5],
          ['002_2ab2013ecb79e34b', 6],
          ['003_23f7020b663a3015', 6],
          ['004_d565d95d31004a93', 5],
        ],
        errors: [],
      })
    },
    timeout,
  )

  it(
    'should type-check a strict NodeNext TypeScript consumer against the installed types',
    async () => {
      await writeFile(join(app, 'check.ts'), consumerTypes)
      const tsconfig = {
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['check.ts'],
      }
      await writeFile(join(app, 'tsconfig.json'), JSON.stringify(tsconfig))
      const tsc = join(binDir, 'tsc')
      const result = await run(tsc, ['-p', 'tsconfig.json'], { cwd: app }).catch(
        (error: { stdout?: string; stderr?: string }) => ({
          stdout: error.stdout ?? '',
          stderr: error.stderr ?? 'failed',
        }),
      )
      expect(result).toEqual({ stdout: '', stderr: '' })
    },
    timeout,
  )
})
