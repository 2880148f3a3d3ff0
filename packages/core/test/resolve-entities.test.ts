import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalKey, type NamedMention, resolveEntities, tidySurface } from '../src/lib/entities/resolve.js'
import type { EntityType, Evidence } from '../src/lib/model.js'
import { hasLooseSpace } from '../src/lib/white-space.js'

interface MentionSpec {
  readonly start: number
  readonly type: EntityType
  readonly name: string
  readonly text?: string
  readonly roles?: readonly string[]
  readonly pronoun?: boolean
  readonly generic?: boolean
}

// A named mention as the annotation collector makes it, with made-up lines, columns and rule ids.
function mention(spec: MentionSpec, sentence = 0): NamedMention {
  const text = spec.text ?? spec.name
  const start = spec.start
  const base = { start, end: start + text.length, line: 1, column: start + 1, text, rule: 'test', sentence }
  const roles: Evidence[] = (spec.roles ?? []).map((role, index) => ({
    start: start - 20 + index,
    end: start - 20 + index + role.length,
    line: 1,
    column: start - 19 + index,
    text: role,
    rule: 'test-role',
  }))
  return {
    mention: spec.pronoun ? { ...base, pronoun: true } : base,
    type: spec.type,
    name: spec.name,
    ...(spec.generic ? { generic: true } : {}),
    roles,
  }
}

describe('resolveEntities', () => {
  it('should merge a one-word name into the one full name that starts or ends with it', () => {
    const entities = resolveEntities([
      mention({ start: 0, type: 'person', name: 'Orla Brenn' }),
      mention({ start: 40, type: 'person', name: 'Brenn', text: 'Ms. Brenn' }),
    ])
    expect(entities.map((entity) => [entity.name, entity.aliases, entity.mentions.length])).toEqual([
      ['Orla Brenn', ['Ms. Brenn'], 2],
    ])
  })

  it('should leave a one-word name alone when two full names end with it and no title decides', () => {
    const entities = resolveEntities([
      mention({ start: 0, type: 'person', name: 'Orla Brenn' }),
      mention({ start: 20, type: 'person', name: 'Tamsin Brenn' }),
      mention({ start: 40, type: 'person', name: 'Brenn' }),
    ])
    expect(entities.map((entity) => entity.name)).toEqual(['Orla Brenn', 'Tamsin Brenn', 'Brenn'])
  })

  it('should give a one-word name to the full name whose role has the same title', () => {
    const entities = resolveEntities([
      mention({ start: 30, type: 'person', name: 'Orla Brenn', roles: ['Professor'] }),
      mention({ start: 60, type: 'person', name: 'Tamsin Brenn', roles: ['Harbour Master'] }),
      mention({ start: 90, type: 'person', name: 'Brenn', roles: ['professor'] }),
    ])
    expect(entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([
      ['Orla Brenn', 2],
      ['Tamsin Brenn', 1],
    ])
  })

  it('should join "the Southwest" to the one two-word place starting with it', () => {
    const entities = resolveEntities([
      mention({ start: 0, type: 'place', name: 'Southwest Quarrow' }),
      mention({ start: 50, type: 'place', name: 'Southwest', text: 'the Southwest' }),
    ])
    expect(entities.map((entity) => [entity.name, entity.aliases])).toEqual([
      ['Southwest Quarrow', ['Southwest']],
    ])
  })

  it('should name a place by its longest form, the first written of equals, and not by a "region" form', () => {
    const entities = resolveEntities([
      mention({ start: 0, type: 'place', name: 'Quarrow Bay' }),
      mention({ start: 20, type: 'place', name: 'quarrow bay' }),
      mention({ start: 40, type: 'place', name: 'Quarrow Bay region' }),
    ])
    expect(entities.map((entity) => [entity.name, entity.aliases])).toEqual([
      ['Quarrow Bay', ['quarrow bay']],
      ['Quarrow Bay region', []],
    ])
    const one = resolveEntities([
      mention({ start: 0, type: 'place', name: 'Quarrow', text: 'Quarrow' }),
      mention({ start: 20, type: 'place', name: 'Quarrow', text: 'Quarrow region' }),
    ])
    expect(one.map((entity) => entity.name)).toEqual(['Quarrow'])
  })

  it('should name a country written both ways by its common name, and a city by its longest form', () => {
    const entities = resolveEntities([
      mention({ start: 0, type: 'place', name: 'Norway', text: 'Kingdom of Norway' }),
      mention({ start: 30, type: 'place', name: 'Norway' }),
      mention({ start: 50, type: 'place', name: 'Quarrow', text: 'Quarrow City' }),
      mention({ start: 70, type: 'place', name: 'Quarrow' }),
    ])
    expect(entities.map((entity) => [entity.name, entity.aliases])).toEqual([
      ['Norway', ['Kingdom of Norway']],
      ['Quarrow City', ['Quarrow']],
    ])
    // Written only in its official form, a country keeps the name the text gives it.
    const official = resolveEntities([
      mention({ start: 0, type: 'place', name: 'Norway', text: 'Kingdom of Norway' }),
    ])
    expect(official.map((entity) => entity.name)).toEqual(['Kingdom of Norway'])
  })

  it('should list each entity’s mentions, and the entities, in text order whatever order they come in', () => {
    const entities = resolveEntities([
      mention({ start: 90, type: 'organization', name: 'Quarrow Port Group' }),
      mention({ start: 10, type: 'organization', name: 'Quarrow Port Group' }),
      mention({ start: 50, type: 'person', name: 'Orla Brenn' }),
    ])
    expect(entities.map((entity) => entity.mentions.map((item) => item.start))).toEqual([[10, 90], [50]])
  })

  it('should merge names that differ only in case, a leading "the", apostrophes and spacing', () => {
    const entities = resolveEntities([
      mention({ start: 0, type: 'organization', name: 'The Quarrow  Port’s Board' }),
      mention({ start: 40, type: 'organization', name: "quarrow port's\u00A0board" }),
    ])
    expect(entities).toHaveLength(1)
  })
})

describe('the regex-free name tidying', () => {
  const tricky = fc.constantFrom(
    ...['t', 'T', 'h', 'H', 'e', 'E', 'x', 'cpc', ' ', ' ', '  ', '\t', '\n', '\r', '\v', '\f'],
    ...['\u00A0', '\u1680', '\u2000', '\u200A', '\u200B', '\u2028', '\u2029', '\u202F', '\u205F'],
    ...['\u3000', '\uFEFF', '\u0085', '’', "'", 'İ', 'the ', 'The\u00A0', ' committee of '],
    ...['municipal committee of the ', 'CPC ', ' Municipal Committee of the CPC'],
  )
  const text = fc.array(tricky, { maxLength: 12 }).map((parts) => parts.join(''))

  it('should find loose white space exactly where `\\s` other than a lone space matches', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      expect(hasLooseSpace(`a${char}b`)).toBe(char !== ' ' && /\s/.test(char))
    }
    expect(hasLooseSpace('a  b')).toBe(true)
    expect(hasLooseSpace(' a b ')).toBe(false)
  })

  it('should tidy a surface as the regexes did', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(tidySurface(value)).toBe(value.replace(/^the\s+/i, '').replace(/\s+/g, ' '))
      }),
      { numRuns: 2000 },
    )
  })

  it('should give the canonical key the regex chain gave', () => {
    const before = (name: string, type: EntityType) => {
      const key = name.toLowerCase().replace(/^the /, '').replace(/’/g, "'").replace(/\s+/g, ' ')
      if (type !== 'organization') return key
      const cpc =
        /^cpc (?:municipal )?committee of (.+)$/.exec(key) ??
        /^(.+) municipal committee of the cpc$/.exec(key)
      return cpc ? `${cpc[1]} municipal party committee` : key
    }
    fc.assert(
      fc.property(text, fc.constantFrom<EntityType>('person', 'organization', 'place'), (name, type) => {
        expect(canonicalKey({ name, type })).toBe(before(name, type))
      }),
      { numRuns: 2000 },
    )
  })
})
