import { defineConfig, type Options } from 'tsup'

// A function that spreads the CLI options, so `tsup --watch` and other flags work unchanged.
export default defineConfig((options: Options) => ({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  clean: !options.watch,
  platform: 'node',
  target: 'node20',
  ...options,
}))
