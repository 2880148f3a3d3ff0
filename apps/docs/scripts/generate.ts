/**
 * `tsx scripts/generate.ts`: write every page that is made from the code into `src/reference/` (the API
 * from core's doc comments, the CLI from its command definitions, the keys from the keymap, the rules from
 * the core README and test fixtures, the benchmark figures), and copy the web viewer into `src/public/demo/`.
 * Runs before `vitepress build`; the folders are gitignored, so nobody edits them by hand.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as cli from '@dalian-news/cli'
import { diagnosticRuleIds } from '@dalian-news/core'
import { generateApiReference } from './api-reference.js'
import { renderCliReference } from './cli-reference.js'
import { renderKeysPage } from './keys-reference.js'
import { renderPerformancePage } from './performance-page.js'
import { firstExamples, readFixtureTexts } from './rule-examples.js'
import { readRuleTables } from './rule-tables.js'
import { renderMessagesPage, renderRulesPage } from './rules-reference.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const siteDir = fileURLToPath(new URL('../src/', import.meta.url))
const referenceDir = join(siteDir, 'reference')
const coreDir = join(root, 'packages/core')

/** What `dalian-news [command] --help` prints, captured. */
async function helpOf(argv: readonly string[]): Promise<string> {
  let out = ''
  const io = {
    out: (chunk: string) => {
      out += chunk
    },
    err: (chunk: string) => {
      out += chunk
    },
    isTTY: false,
    columns: 100,
    env: {},
    cwd: root,
  }
  await cli.run([...argv, '--help'], io)
  return out
}

async function cliPage(): Promise<string> {
  const help: Record<string, string> = { '': await helpOf([]) }
  for (const spec of cli.commands) help[spec.name] = await helpOf([spec.name])
  return renderCliReference({
    commands: cli.commands,
    commonOptions: cli.commonOptions,
    exitCodes: cli.exitCodes,
    help,
  })
}

async function rulesPages(): Promise<[string, string]> {
  const tables = readRuleTables(await readFile(join(coreDir, 'README.md'), 'utf8'))
  // The fixtures made to show the rules first (invented names), then every other fixture article.
  const texts = await readFixtureTexts(
    [
      join(coreDir, 'test/fixtures/entities'),
      join(coreDir, 'test/plugins/fixtures'),
      join(coreDir, 'test/fixtures/diagnostics'),
      join(coreDir, 'test/fixtures'),
    ],
    join(coreDir, 'test'),
  )
  const examples = firstExamples(texts, 'fixtures/diagnostics/')
  return [renderRulesPage(tables, examples), renderMessagesPage(tables, examples, diagnosticRuleIds)]
}

async function copyDemo(): Promise<void> {
  const demo = join(siteDir, 'public/demo')
  await rm(demo, { recursive: true, force: true })
  await cp(join(root, 'packages/web/dist/site'), demo, { recursive: true })
}

const started = performance.now()
await rm(referenceDir, { recursive: true, force: true })
await mkdir(referenceDir, { recursive: true })
const write = (name: string, markdown: string) => writeFile(join(referenceDir, name), markdown)
const [, cliMarkdown, [rules, messages], results] = await Promise.all([
  generateApiReference(join(referenceDir, 'api'), siteDir),
  cliPage(),
  rulesPages(),
  readFile(join(root, 'bench/results.md'), 'utf8').catch(() => undefined),
  copyDemo(),
])
await Promise.all([
  write('cli.md', cliMarkdown),
  write('rules.md', rules),
  write('messages.md', messages),
  write('performance.md', renderPerformancePage(results)),
  write('keys.md', renderKeysPage(cli.keymap, cli.keysLabel)),
])
console.log(`generate: reference pages written in ${Math.round(performance.now() - started)} ms`)
