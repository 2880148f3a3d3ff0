/**
 * Building a viewer for any corpus: the built static page, script and styles copied to a folder, next to
 * a `corpus.json` written for the given articles. The folder can be opened by any static file server.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Article } from '@dalian-news/core'
import { corpusJson } from './corpus-json.js'
import { builtSiteDir, siteAssets } from './site-dir.js'

/** Options for `buildViewer`. */
export interface BuildViewerOptions {
  /** The articles to show, e.g. `(await loadCorpus(dir)).articles`. */
  readonly articles: readonly Article[]
  /** Folder to write to; created if missing. Only the viewer's own files in it are overwritten. */
  readonly outDir: string
  /** Folder of the built viewer to copy (default: this package's `dist/site/`). */
  readonly siteDir?: string
}

/** What `buildViewer` wrote. */
export interface BuiltViewer {
  /** Absolute path of the folder. */
  readonly outDir: string
  /** Files written, relative to `outDir`. */
  readonly files: readonly string[]
  /** Articles in `corpus.json`. */
  readonly articles: number
  /** Size of `corpus.json` in bytes. */
  readonly corpusBytes: number
}

/** Write a viewer for `options.articles` into `options.outDir`. */
export async function buildViewer(options: BuildViewerOptions): Promise<BuiltViewer> {
  if (!options || typeof options !== 'object') {
    throw new TypeError('buildViewer(options): expected an object such as { articles, outDir }')
  }
  if (!Array.isArray(options.articles)) {
    throw new TypeError(
      'buildViewer(options): expected `options.articles` to be an array of articles; pass corpus.articles from loadCorpus',
    )
  }
  if (typeof options.outDir !== 'string' || options.outDir === '') {
    throw new TypeError('buildViewer(options): expected `options.outDir` to be a folder path, e.g. "viewer"')
  }
  const outDir = resolve(options.outDir)
  const siteDir = resolve(options.siteDir ?? builtSiteDir())
  const json = corpusJson(options.articles)
  await mkdir(outDir, { recursive: true })
  // Building into the built site itself only refreshes its corpus.
  if (siteDir !== outDir) {
    for (const file of siteAssets) await copyFile(join(siteDir, file), join(outDir, file))
  }
  await writeFile(join(outDir, 'corpus.json'), json)
  return {
    outDir,
    files: [...siteAssets, 'corpus.json'],
    articles: options.articles.length,
    corpusBytes: Buffer.byteLength(json),
  }
}
