import { type CommandSpec, commands, commonOptions, exitCodes, keymap, keysLabel } from '@dalian-news/cli'
import { describe, expect, it } from 'vitest'
import { renderCliReference } from '../scripts/cli-reference.js'
import { renderKeysPage } from '../scripts/keys-reference.js'
import { text } from '../scripts/markdown.js'

const tideCommand: CommandSpec = {
  name: 'tides',
  summary: 'tide tables of every harbour <named> in the articles',
  arguments: [{ name: 'harbour', description: 'which harbour', required: false }],
  options: [
    { flags: '-u, --unit <unit>', description: 'metres or feet', choices: ['m', 'ft'], defaultValue: 'm' },
  ],
  examples: ['tides Yantai --unit ft'],
  findingsExitCode: '1 when a harbour has no tide table',
  run: () => 0,
}

describe('renderCliReference', () => {
  const page = renderCliReference({
    commands: [tideCommand],
    commonOptions,
    exitCodes,
    help: { tides: 'Usage: dalian-news tides [options] [harbour]\n' },
  })

  it('should give a command its usage, arguments, options with default and choices, examples and exit codes', () => {
    expect(page).toContain('## tides {#tides}\n\nTide tables of every harbour &lt;named&gt; in the articles.')
    expect(page).toContain('```sh\ndalian-news tides [options] [harbour]\n```')
    expect(page).toContain('| `harbour` | no | which harbour |')
    expect(page).toContain('| `-u, --unit <unit>` | metres or feet | `m` | `m`, `ft` |')
    expect(page).toContain('```sh\ndalian-news tides Yantai --unit ft\n```')
    expect(page).toContain('- `1` when a harbour has no tide table')
    expect(page).toContain('```text\nUsage: dalian-news tides [options] [harbour]\n```')
  })

  it('should list every subcommand and option the program defines', () => {
    const real = renderCliReference({ commands, commonOptions, exitCodes, help: {} })
    for (const spec of commands) {
      expect(real).toContain(`## ${spec.name} {#${spec.name}}`)
      for (const option of [...commonOptions, ...spec.options]) {
        expect(real, `${spec.name} ${option.flags}`).toContain(`| \`${option.flags}\` |`)
      }
    }
  })
})

describe('renderKeysPage', () => {
  it('should list every binding of every screen of the keymap, with its keys as the help shows them', () => {
    const page = renderKeysPage(keymap, keysLabel)
    for (const section of keymap) {
      const part = page.split('\n## ').find((chunk) => chunk.includes(`{#${section.context}}`))
      expect(part, section.context).toBeDefined()
      const rows = part!.split('\n')
      for (const binding of section.bindings) {
        const cell = `| ${text(binding.description)}`
        const row = rows.find((line) => line.endsWith(`${cell} |`) || line.includes(`${cell} (when`))
        expect(row, `${section.context}: ${binding.description}`).toBeDefined()
        if (binding.keys[0] !== 'text') {
          expect(row).toContain(`<kbd>${keysLabel({ ...binding, keys: [binding.keys[0]!] })}</kbd>`)
        }
      }
    }
  })
})
