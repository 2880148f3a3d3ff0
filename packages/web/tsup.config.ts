import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { loadCorpus } from '@dalian-news/core/node'
import { defineConfig, type Options } from 'tsup'
import { corpusJson } from './src/node/corpus-json.js'

const staticFiles = ['index.html', 'styles.css', 'favicon.svg']

// A function that spreads the CLI options, so `tsup --watch` and other flags work unchanged.
export default defineConfig((options: Options) => [
  {
    // The library: the viewer's pure logic (`.`), and the builder and server (`./node`, `serve.js`).
    entry: { index: 'src/index.ts', node: 'src/node.ts', serve: 'src/serve.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', node: 'src/node.ts' } },
    // Not `clean`: this config and the next build into the same folder at the same time.
    clean: false,
    platform: 'node',
    target: 'node20',
    ...options,
  },
  {
    // The viewer: the page's script, the parser worker, the page, the styles and the bundled corpus.
    entry: { app: 'src/main.tsx', 'parse-worker': 'src/worker/parse-worker.ts' },
    outDir: 'dist/site',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // Each file stands alone: the page never loads the parser, the worker never loads Preact.
    splitting: false,
    noExternal: [/.*/],
    esbuildOptions(esbuild) {
      // Core's built entry is one chunk whose top-level tables esbuild cannot drop; its ES modules can be
      // tree-shaken one by one, which keeps the parser and its data out of the page's script.
      esbuild.alias = { '@dalian-news/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) }
    },
    async onSuccess() {
      await mkdir('dist/site', { recursive: true })
      for (const file of staticFiles) await copyFile(`src/site/${file}`, `dist/site/${file}`)
      const corpus = await loadCorpus('../../corpus')
      await writeFile('dist/site/corpus.json', corpusJson(corpus.articles))
    },
    ...options,
  },
])
