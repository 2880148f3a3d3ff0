import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { corpusErrorCodes, diagnosticRuleIds, inputRuleIds, parseArticle } from '../src/index.js'

const fixtures = new URL('./fixtures/', import.meta.url)
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe('rule id lists', () => {
  it('should name every rule id the fixture inputs produce', () => {
    const known = new Set([...inputRuleIds, ...diagnosticRuleIds])
    const seen = new Set<string>()
    for (const entry of readdirSync(fixtures, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue
      let text: string
      try {
        text = readFileSync(new URL(`${entry.name}/input.txt`, fixtures), 'utf8')
      } catch {
        continue
      }
      for (const message of parseArticle(text).messages) seen.add(message.ruleId ?? '(none)')
    }
    expect(seen.size).toBeGreaterThan(5)
    for (const id of seen) expect(known, id).toContain(id)
  })

  it('should document every input rule id, diagnostic rule id and corpus error code in the readme', () => {
    for (const id of [...inputRuleIds, ...diagnosticRuleIds, ...corpusErrorCodes]) {
      expect(readme, id).toContain(`\`${id}\``)
    }
  })
})
