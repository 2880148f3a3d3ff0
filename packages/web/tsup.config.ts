import { copyFile, writeFile } from 'node:fs/promises'
import { loadCorpus, toJSON } from '@dalian-news/core/node'
import { defineConfig, type Options } from 'tsup'

// A function that spreads the CLI options, so `tsup --watch` and other flags work unchanged.
export default defineConfig((options: Options) => [
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    // Not `clean`: this config and the next build into the same folder at the same time.
    clean: false,
    platform: 'browser',
    target: 'es2022',
    ...options,
  },
  {
    entry: { app: 'src/main.ts' },
    outDir: 'dist/site',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    noExternal: [/.*/],
    // The viewer is static: the page, its script and the corpus serialised with core's toJSON.
    async onSuccess() {
      await copyFile('src/index.html', 'dist/site/index.html')
      const corpus = await loadCorpus('../../corpus')
      await writeFile(
        'dist/site/corpus.json',
        JSON.stringify(corpus.articles.map((article) => toJSON(article))),
      )
    },
    ...options,
  },
])
