/**
 * The performance page, from the report `npm run bench` writes to `bench/results.md`.
 */
import { generatedNotice } from './markdown.js'

/** The Markdown of the performance page; `results` is `bench/results.md`, or `undefined` when there is none. */
export function renderPerformancePage(results: string | undefined): string {
  const body = results
    ? results.replace(/^#\s.*\n+/, '').trim()
    : '*No results yet: run `npm run bench` at the root of the repository to write `bench/results.md`.*'
  return [
    '---',
    'aside: false',
    'pageClass: performance-page',
    '---',
    '',
    generatedNotice('bench/results.md, written by `npm run bench`'),
    '',
    '# Performance',
    '',
    'How fast core parses, annotates and searches, how much memory its model keeps, how big the web viewer is',
    'and how soon the terminal browser draws, measured by the benchmark in `bench/`. Where it can, a figure is a',
    'ratio against a baseline measured in the same run — bare `retext-english` parsing, bare MiniSearch,',
    '[compromise](https://github.com/spencermountain/compromise) — so it compares across machines; absolute',
    'numbers are for context. The corpora are the bundled articles repeated to the size shown, or generated',
    'articles of the same kind, as each row says.',
    '',
    'Reproduce them (it builds first, then writes `bench/results.md`, which this page is made from):',
    '',
    '```sh',
    'npm run bench',
    '```',
    '',
    '## Latest results',
    '',
    body,
    '',
  ].join('\n')
}
