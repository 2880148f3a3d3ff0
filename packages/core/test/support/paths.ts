import { fileURLToPath } from 'node:url'

/** The package folder (`packages/core`). */
export const packageDir = fileURLToPath(new URL('../../', import.meta.url))
/** The built output that `tsup` writes. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url))
/** The repository's bundled corpus. */
export const corpusDir = fileURLToPath(new URL('../../../../corpus/', import.meta.url))
/** Fixture cases: one folder per case with `input.txt` and `output.json`. */
export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url))
/** The repository's `node_modules/.bin`. */
export const binDir = fileURLToPath(new URL('../../../../node_modules/.bin/', import.meta.url))
