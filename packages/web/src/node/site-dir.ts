/**
 * Where the built viewer (`index.html`, `app.js`, `parse-worker.js`, `styles.css`, `favicon.svg`) is:
 * `dist/site/` of this package, found from the built `dist/node.js` or from the sources when tests run.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Files of the built viewer besides `corpus.json`. */
export const siteAssets = ['index.html', 'app.js', 'parse-worker.js', 'styles.css', 'favicon.svg'] as const

/** The folder of the built viewer; throws an error saying how to build it when it is missing. */
export function builtSiteDir(): string {
  const candidates = ['./site/', '../../dist/site/'].map((path) =>
    fileURLToPath(new URL(path, import.meta.url)),
  )
  const found = candidates.find((dir) => existsSync(`${dir}index.html`) && existsSync(`${dir}app.js`))
  if (!found) {
    throw new Error(
      `@dalian-news/web: the built viewer is missing (looked in ${candidates.join(' and ')}); run \`npm run build\` in packages/web first`,
    )
  }
  return found
}
