import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { keyLabel } from '../../src/app/key-name.js'
import { type KeyContext, keymapSection } from '../../src/app/keymap.js'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

describe('the readme', () => {
  const tabled: KeyContext[] = ['global', 'list', 'reader', 'entities', 'mentions', 'search']
  for (const context of tabled) {
    it(`should list every key of ${context} as the keymap has it`, () => {
      for (const binding of keymapSection(context).bindings) {
        if (binding.keys.includes('text')) continue
        expect(readme, binding.description).toContain(binding.description)
        for (const key of binding.keys) expect(readme, key).toContain(`\`${keyLabel(key)}\``)
      }
    })
  }
})
