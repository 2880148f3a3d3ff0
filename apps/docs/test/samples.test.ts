import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  runSampleModule,
  type SampleModule,
  sampleName,
  typeCheckSamples,
  writeSampleModules,
} from '../src/check-samples.js'
import { type CodeSample, extractCodeSamples } from '../src/code-samples.js'

const docs = fileURLToPath(new URL('../', import.meta.url))
const site = join(docs, 'src')
const root = join(docs, '../..')

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'public')
      .map((entry) =>
        entry.isDirectory()
          ? markdownFiles(join(dir, entry.name))
          : entry.name.endsWith('.md')
            ? [join(dir, entry.name)]
            : [],
      ),
  )
  return nested.flat().sort()
}

const samples: CodeSample[] = []
for (const file of await markdownFiles(site)) {
  samples.push(...extractCodeSamples(await readFile(file, 'utf8'), relative(site, file)))
}

describe.concurrent('code samples in the docs', () => {
  let modules: SampleModule[] = []
  let errors = new Map<string, string[]>()

  beforeAll(async () => {
    modules = await writeSampleModules(samples, join(docs, '.cache/samples'))
    errors = typeCheckSamples(modules, join(docs, 'tsconfig.samples.json'))
  })

  it('should find the samples of the guides', () => {
    const pages = new Set(samples.map((sample) => sample.file))
    expect(pages).toContain('guide/library.md')
    expect(pages).toContain('concepts/offsets.md')
  })

  it.for(samples.map((sample) => [sampleName(sample), sample] as const))(
    'should compile and run the sample at %s',
    async ([, sample], { expect }) => {
      const module = modules.find((candidate) => candidate.sample === sample)!
      expect(errors.get(module.path), 'type errors').toEqual([])
      // Run from the repository root, as a user in a project with a `corpus/` folder would.
      const run = await runSampleModule(module, root)
      expect(run.stderr, 'standard error').toBe('')
      expect(run.code, 'exit code').toBe(0)
      if (sample.output !== undefined) expect(run.stdout).toBe(sample.output)
    },
  )
})
