import { defineConfig, type Options } from 'tsup'

// A function that spreads the CLI options, so `tsup --watch` and other flags work unchanged.
export default defineConfig((options: Options) => ({
  entry: { index: 'src/index.ts', node: 'src/node.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: !options.watch,
  target: 'es2022',
  platform: 'neutral',
  ...options,
}))
