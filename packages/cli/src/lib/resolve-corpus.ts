/**
 * Which corpus folder a command reads.
 */
import { existsSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The corpus that ships with the package (copied next to the built files). */
export const bundledCorpusDir = join(dirname(fileURLToPath(import.meta.url)), 'corpus')

/**
 * The folder to read: `--corpus DIR`, else `$DALIAN_NEWS_CORPUS`, else `./corpus` when the current
 * folder has one, else the bundled corpus.
 */
export function resolveCorpusDir(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): string {
  if (flag) return resolve(cwd, flag)
  if (env.DALIAN_NEWS_CORPUS) return resolve(cwd, env.DALIAN_NEWS_CORPUS)
  const local = resolve(cwd, 'corpus')
  if (existsSync(local) && statSync(local).isDirectory()) return local
  return bundledCorpusDir
}
