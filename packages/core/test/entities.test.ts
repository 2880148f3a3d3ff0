/**
 * Generalisation tests for people, organizations, places, roles and reported speech: short articles in the
 * corpus style with names, companies and cities the corpus does not have (test/fixtures/entities/*.json).
 *
 * A case passes when every expected entity is found (by its name or an alias, case-insensitively, as
 * SPEC.md scores them), each real-world entity is found once, and nothing else is found: an extra person,
 * organization or place fails the case, except an organization the rules mark generic. Expected items
 * marked `optional` (SPEC.md's optional gold items) may be found or not. Expected roles must be among the
 * person's roles; `notRoles` must not be, nor `notAliases` among its forms. Speech is compared as
 * (speaker, cue) pairs, both ways.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Article } from '../src/index.js'
import { parseArticle } from '../src/index.js'
import { fixturesDir } from './support/paths.js'

interface ExpectedEntity {
  readonly name: string
  readonly aliases?: readonly string[]
  readonly roles?: readonly string[]
  readonly notRoles?: readonly string[]
  /** Forms the entity must not go by: words the text uses for something else. */
  readonly notAliases?: readonly string[]
  /** An unqualified generic body: optional, and marked generic when found. */
  readonly generic?: boolean
  readonly optional?: boolean
}

interface ExpectedSpeech {
  readonly speaker: string
  readonly cue: string
  readonly optional?: boolean
}

interface Case {
  readonly should: string
  /** Set on a case the rules do not pass yet: the test then asserts that it still fails, so a fix shows. */
  readonly knownGap?: string
  readonly text: string
  readonly expected: {
    readonly persons?: readonly ExpectedEntity[]
    readonly organizations?: readonly ExpectedEntity[]
    readonly places?: readonly ExpectedEntity[]
    readonly speech?: readonly ExpectedSpeech[]
  }
}

type Entity = Article['entities'][number]
type Speech = Article['speech'][number]

const entitiesDir = join(fixturesDir, 'entities')
const files = readdirSync(entitiesDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
const fixtures = files.map((file): [string, Case[]] => [
  file,
  JSON.parse(readFileSync(join(entitiesDir, file), 'utf8')) as Case[],
])

const kinds = [
  ['person', 'persons'],
  ['organization', 'organizations'],
  ['place', 'places'],
] as const

/** SPEC.md's normalisation: case-folded, leading "the " dropped, white space collapsed, end punctuation dropped. */
function norm(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/[\s.,;:!?。]+$/, '')
}

function formsOf(item: { readonly name: string; readonly aliases?: readonly string[] }): Set<string> {
  return new Set([item.name, ...(item.aliases ?? [])].map(norm))
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const form of a) if (b.has(form)) return true
  return false
}

function describeEntity(entity: Entity): string {
  const aliases = entity.aliases.length > 0 ? ` aka ${JSON.stringify(entity.aliases)}` : ''
  const rules = [...new Set(entity.mentions.map((mention) => mention.rule))].join(',')
  return `${JSON.stringify(entity.name)}${aliases} [${rules}]`
}

/** Everything that differs between the article and what the case expects; empty when the case passes. */
function problemsOf(article: Article, expected: Case['expected']): string[] {
  const problems: string[] = []
  for (const [type, key] of kinds) {
    const wanted = expected[key] ?? []
    const found = article.entities.filter((entity) => entity.type === type)
    const used = new Set<Entity>()
    // Required items claim their entities first, so an optional item never takes a required one's match.
    const ordered = [...wanted].sort((a, b) => Number(isOptional(a)) - Number(isOptional(b)))
    for (const item of ordered) {
      const forms = formsOf(item)
      const match = found.find((entity) => !used.has(entity) && overlaps(forms, formsOf(entity)))
      if (!match) {
        if (!isOptional(item)) problems.push(`missing ${type} ${JSON.stringify(item.name)}`)
        continue
      }
      used.add(match)
      if (type === 'organization' && item.generic && !match.generic) {
        problems.push(`organization ${describeEntity(match)} should be marked generic`)
      }
      if (type === 'organization' && !item.generic && match.generic) {
        problems.push(`organization ${describeEntity(match)} is named, not generic`)
      }
      const roles = new Set(match.roles.map((role) => norm(role.text)))
      const had = JSON.stringify(match.roles.map((role) => role.text))
      for (const role of item.roles ?? []) {
        if (!roles.has(norm(role))) {
          problems.push(
            `${type} ${JSON.stringify(item.name)} lacks role ${JSON.stringify(role)} (has ${had})`,
          )
        }
      }
      for (const alias of item.notAliases ?? []) {
        if (formsOf(match).has(norm(alias))) {
          problems.push(`${type} ${JSON.stringify(item.name)} has wrong alias ${JSON.stringify(alias)}`)
        }
      }
      for (const role of item.notRoles ?? []) {
        if (roles.has(norm(role))) {
          problems.push(`${type} ${JSON.stringify(item.name)} has wrong role ${JSON.stringify(role)}`)
        }
      }
    }
    for (const entity of found) {
      if (used.has(entity) || (type === 'organization' && entity.generic)) continue
      const same = wanted.find((item) => overlaps(formsOf(item), formsOf(entity)))
      problems.push(
        same
          ? `duplicate ${type} ${describeEntity(entity)} for ${JSON.stringify(same.name)}`
          : `unexpected ${type} ${describeEntity(entity)}`,
      )
    }
  }
  problems.push(...speechProblems(article, expected))
  return problems
}

function isOptional(item: ExpectedEntity): boolean {
  return item.optional === true || item.generic === true
}

function speechProblems(article: Article, expected: Case['expected']): string[] {
  const problems: string[] = []
  const byId = new Map(article.entities.map((entity) => [entity.id, entity]))
  const speakerForms = (speech: Speech) => {
    const entity = byId.get(speech.speakerId)
    return new Set([norm(speech.speaker), ...(entity ? formsOf(entity) : [])])
  }
  const personForms = (name: string) => {
    const person = expected.persons?.find((item) => norm(item.name) === norm(name))
    return person ? formsOf(person) : new Set([norm(name)])
  }
  const used = new Set<Speech>()
  const wanted = [...(expected.speech ?? [])].sort((a, b) => Number(!!a.optional) - Number(!!b.optional))
  for (const item of wanted) {
    const forms = personForms(item.speaker)
    const match = article.speech.find(
      (speech) =>
        !used.has(speech) && norm(speech.cue) === norm(item.cue) && overlaps(forms, speakerForms(speech)),
    )
    if (match) used.add(match)
    else if (!item.optional) problems.push(`missing speech ${item.speaker} ${JSON.stringify(item.cue)}`)
  }
  for (const speech of article.speech) {
    if (used.has(speech)) continue
    problems.push(
      `unexpected speech ${speech.speaker} ${JSON.stringify(speech.cue)} (speaker written ${JSON.stringify(speech.speakerMention.text)})`,
    )
  }
  return problems
}

function summary(article: Article): string {
  const entities = article.entities.map(
    (entity) =>
      `${entity.type} ${describeEntity(entity)}${entity.generic ? ' generic' : ''}${
        entity.roles.length > 0 ? ` roles ${JSON.stringify(entity.roles.map((role) => role.text))}` : ''
      }`,
  )
  const speech = article.speech.map((item) => `speech ${item.speaker} ${JSON.stringify(item.cue)}`)
  return ['found:', ...entities, ...speech].join('\n  ')
}

describe('entity fixtures', () => {
  it('should have fixture files of cases with a title line, a blank line and a body', () => {
    expect(files.length).toBeGreaterThan(0)
    for (const [file, cases] of fixtures) {
      expect(cases.length, file).toBeGreaterThan(0)
      for (const testCase of cases) expect(testCase.text, file).toMatch(/^[^\n]+\n\n\S/)
    }
  })

  it.each(fixtures)('should only expect strings that %s texts contain', (_file, cases) => {
    const absent: string[] = []
    for (const { text, expected } of cases) {
      const lower = text.toLowerCase()
      const strings = [
        ...kinds.flatMap(([, key]) =>
          (expected[key] ?? []).flatMap((item) => [
            item.name,
            ...(item.aliases ?? []),
            ...(item.roles ?? []),
          ]),
        ),
        ...(expected.speech ?? []).map((item) => item.cue),
      ]
      for (const value of strings) if (!lower.includes(value.toLowerCase())) absent.push(value)
    }
    expect(absent).toEqual([])
  })
})

describe.each(fixtures)('entities in %s', (_file, cases) => {
  for (const { should, text, expected, knownGap } of cases) {
    // A known gap runs as `it.fails`: it stays red-to-green visible, and turns into a failure once fixed.
    const test = knownGap ? it.fails : it
    test(`should ${should}${knownGap ? ' (known gap)' : ''}`, () => {
      const article = parseArticle(text)
      expect(problemsOf(article, expected), summary(article)).toEqual([])
    })
  }
})
