import { cp } from 'node:fs/promises'
import { defineConfig, type Options } from 'tsup'

// A function that spreads the CLI options, so `tsup --watch` and other flags work unchanged.
export default defineConfig((options: Options) => ({
  entry: { bin: 'src/bin.ts', index: 'src/index.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: !options.watch,
  target: 'node20',
  platform: 'node',
  // Node spends most of the browser's start-up opening Ink's and React's hundreds of files: bundled, the
  // first frame comes several times sooner. The bundled CommonJS modules call `require`, which ESM lacks.
  noExternal: ['ink', 'react'],
  external: ['react-devtools-core'],
  // React's production build: a third of the code to load, and no development checks while drawing.
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // The bundled corpus ships inside the package, so `dalian-news` works wherever it is installed.
  async onSuccess() {
    await cp('../../corpus', 'dist/corpus', { recursive: true })
  },
  ...options,
}))
