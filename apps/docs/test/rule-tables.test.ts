import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { readRuleTables } from '../scripts/rule-tables.js'

const readme = `# pkg

## Annotation plugins

| plugin        | finds                  | rule ids                   |
| ------------- | ---------------------- | -------------------------- |
| \`retext-fish\` | fish; later \`cod\` forms | \`fish-name\`, \`fish-short\` |
| \`retext-boat\` | boats                  | \`boat-hull\`                |

## Messages

| ruleId        | when                     |
| ------------- | ------------------------ |
| \`empty-net\`   | the net holds no fish    |

## Diagnostics

| ruleId      | finds           | example   |
| ----------- | --------------- | --------- |
| \`wet-deck\`  | water \\| spray  | \`splash\` |
`

describe('readRuleTables', () => {
  it('should read the plugins table into plugins with their rule ids, and the messages tables by section', () => {
    expect(readRuleTables(readme)).toEqual({
      extraction: [
        { plugin: 'retext-fish', finds: 'fish; later `cod` forms', ruleIds: ['fish-name', 'fish-short'] },
        { plugin: 'retext-boat', finds: 'boats', ruleIds: ['boat-hull'] },
      ],
      messages: [
        { ruleId: 'empty-net', when: 'the net holds no fish', section: 'Messages' },
        { ruleId: 'wet-deck', when: 'water \\| spray', section: 'Diagnostics' },
      ],
    })
  })

  it('should find rule ids for every plugin and message in the core README', async () => {
    const tables = readRuleTables(
      await readFile(new URL('../../../packages/core/README.md', import.meta.url), 'utf8'),
    )
    const plugins = tables.extraction.map((group) => group.plugin)
    expect(plugins).toEqual(expect.arrayContaining(['retext-entities', 'retext-money', 'retext-dates']))
    for (const group of tables.extraction.filter((candidate) => candidate.plugin !== 'retext-diagnostics')) {
      expect(group.ruleIds.length, group.plugin).toBeGreaterThan(0)
    }
    expect(tables.messages.map((rule) => rule.ruleId)).toContain('control-character')
  })
})
