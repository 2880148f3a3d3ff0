#!/usr/bin/env node
// `npm run eval`: score `dalian-news entities --json` on the bundled corpus against the hand-made gold in
// ../shared (the only command that reads it), and score compromise, the usual JavaScript choice, beside it.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import nlp from 'compromise'

const root = fileURLToPath(new URL('..', import.meta.url))
const shared = join(root, '..', 'shared')
const scorer = join(shared, 'eval', 'score.mjs')
const gold = join(shared, 'gold', 'seeds')
if (!existsSync(scorer) || !existsSync(gold)) {
  console.error(
    `npm run eval needs the gold annotations and scorer in ${shared} (not part of this repository).`,
  )
  process.exit(2)
}

const work = mkdtempSync(join(tmpdir(), 'dalian-news-eval-'))
const ours = join(work, 'dalian-news.json')
const corpus = join(root, 'corpus')
writeFileSync(
  ours,
  execFileSync(process.execPath, [
    join(root, 'packages/cli/dist/bin.js'),
    'entities',
    '--corpus',
    corpus,
    '--json',
  ]),
)

const theirs = join(work, 'compromise.json')
const named = (list) => [...new Set(list)].map((name) => ({ name, aliases: [] }))
const predictions = readdirSync(corpus)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => {
    const doc = nlp(readFileSync(join(corpus, file), 'utf8'))
    return {
      file,
      persons: named(doc.people().out('array')),
      organizations: named(doc.organizations().out('array')),
      places: named(doc.places().out('array')),
      money: [],
      dates: [],
    }
  })
writeFileSync(theirs, JSON.stringify(predictions))

const score = (file) =>
  execFileSync(process.execPath, [scorer, '--gold', gold, '--pred', file], { encoding: 'utf8' })
console.log('dalian-news entities\n')
console.log(score(ours))
console.log('compromise (people, organizations, places only; no money or dates)\n')
console.log(score(theirs).split('\n').slice(0, 7).join('\n'))
