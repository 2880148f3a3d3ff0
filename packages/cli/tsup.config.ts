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
  // The bundled corpus ships inside the package, so `dalian-news` works wherever it is installed.
  async onSuccess() {
    await cp('../../corpus', 'dist/corpus', { recursive: true })
  },
  ...options,
}))
