import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { distDir } from './paths.js'

/** Path of a built file, failing clearly when `tsup` has not run. */
export function builtFile(name: string): string {
  const path = join(distDir, name)
  if (!existsSync(path)) throw new Error(`${path} is missing: build the package first (npx tsup)`)
  return path
}
