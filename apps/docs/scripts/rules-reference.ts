/**
 * The rules pages: every extraction rule and every message rule the core README lists, each with the first
 * example core finds in the test fixtures, shown in its sentence.
 */
import { code, generatedNotice, text } from './markdown.js'
import type { RuleExample } from './rule-examples.js'
import type { RuleTables } from './rule-tables.js'

/** The sentence with the match highlighted. */
function inContext(example: RuleExample): string {
  const { sentence, match } = example
  if (sentence === '') return '*(the whole text)*'
  const before = sentence.slice(0, match.start)
  const inside = sentence.slice(match.start, Math.max(match.start, match.end))
  const after = sentence.slice(Math.max(match.start, match.end))
  return `${text(before)}<mark>${text(inside) || '␣'}</mark>${text(after)}`
}

/** A sentence from the code (a message's reason) with its backtick-quoted parts shown as code. */
function prose(value: string): string {
  return value
    .split(/(`[^`]*`)/)
    .map((part) => (/^`[^`]*`$/.test(part) ? code(part.slice(1, -1)) : text(part)))
    .join('')
}

/**
 * A README cell as Markdown for these pages: it is Markdown already, but its `#anchor` links point into the
 * README, whose message sections are on the messages page.
 */
function readmeCell(value: string): string {
  return value.replace(/\]\(#([\w-]+)\)/g, '](./messages.md#$1)')
}

/** One rule: its id as a heading, what it is for, and its example. */
function ruleBlock(id: string, example: RuleExample | undefined, about?: string): string {
  const parts = [`### ${code(id)} {#${id}}`, '']
  if (about) parts.push(about, '')
  if (!example) {
    parts.push('*No example in the test fixtures yet.*', '')
    return parts.join('\n')
  }
  const found = example.kind === 'message' ? prose(example.found) : text(example.found)
  const [, file = example.source, item] = /^(.*) \(case (\d+)\)$/.exec(example.source) ?? []
  parts.push(
    `> ${inContext(example)}`,
    '',
    `${example.kind === 'message' ? 'Reported' : 'Found'}: ${found} — in ${code(file)}${item ? `, case ${item}` : ''}`,
    '',
  )
  return parts.join('\n')
}

/** Rule ids seen in the fixtures that the README does not list. */
function unlisted(
  examples: ReadonlyMap<string, RuleExample>,
  listed: ReadonlySet<string>,
  kinds: (kind: RuleExample['kind']) => boolean,
): string[] {
  return [...examples.values()]
    .filter((example) => kinds(example.kind) && !listed.has(example.rule))
    .map((example) => example.rule)
}

/** The Markdown of the extraction rules page. */
export function renderRulesPage(tables: RuleTables, examples: ReadonlyMap<string, RuleExample>): string {
  const listed = new Set(tables.extraction.flatMap((group) => group.ruleIds))
  const extra = unlisted(examples, listed, (kind) => kind !== 'message')
  const sections = tables.extraction.map((group) =>
    [
      `## ${group.plugin} {#${group.plugin}}`,
      '',
      `Finds ${readmeCell(group.finds)}.`,
      '',
      ...(group.ruleIds.length === 0
        ? ['It reports messages rather than facts: see [messages](./messages.md).', '']
        : group.ruleIds.map((id) => ruleBlock(id, examples.get(id)))),
    ].join('\n'),
  )
  return [
    generatedNotice('the rule tables in packages/core/README.md and the fixtures in packages/core/test'),
    '',
    '# Extraction rules',
    '',
    'Every fact core finds — a mention of a person, body or place, a role, an amount of money, a date, a quoted',
    'term, a reported speech — carries the id of the rule that found it (`rule` on the fact, see',
    '[offsets and provenance](../concepts/offsets.md)). Here is every rule, plugin by plugin, with the first',
    "thing it finds when core parses the test fixtures' articles, highlighted in its sentence (fixture paths",
    'are relative to `packages/core/test/`).',
    '',
    ...sections,
    ...(extra.length > 0
      ? [
          '## Not yet described {#unlisted}',
          '',
          'These rule ids appear in the results but not in the core README.',
          '',
          ...extra.map((id) => ruleBlock(id, examples.get(id))),
        ]
      : []),
  ].join('\n')
}

/**
 * The Markdown of the messages page. `ruleIds` are the ids the code declares (core's `diagnosticRuleIds`), so
 * one the README forgets is still listed.
 */
export function renderMessagesPage(
  tables: RuleTables,
  examples: ReadonlyMap<string, RuleExample>,
  ruleIds: readonly string[] = [],
): string {
  const listed = new Set(tables.messages.map((rule) => rule.ruleId))
  const extra = [
    ...new Set([
      ...unlisted(examples, listed, (kind) => kind === 'message'),
      ...ruleIds.filter((id) => !listed.has(id)),
    ]),
  ]
  const sections = [...new Set(tables.messages.map((rule) => rule.section))]
  return [
    generatedNotice('the message tables in packages/core/README.md and the fixtures in packages/core/test'),
    '',
    '# Messages',
    '',
    'Problems in the text are never exceptions: they are [vfile messages](https://github.com/vfile/vfile-message)',
    "on `article.messages`, each with a `ruleId`, `source: '@dalian-news/core'`, a place (line, column and",
    'offsets) and a reason; `dalian-news lint` prints them. Here is every message rule, with the first message',
    "core reports on the test fixtures' articles and the text it points at (fixture paths are relative to",
    '`packages/core/test/`).',
    '',
    ...sections.flatMap((section) => [
      `## ${text(section)}`,
      '',
      ...tables.messages
        .filter((rule) => rule.section === section)
        .map((rule) => ruleBlock(rule.ruleId, examples.get(rule.ruleId), `When: ${readmeCell(rule.when)}.`)),
    ]),
    ...(extra.length > 0
      ? [
          '## Not yet described {#unlisted}',
          '',
          'These rule ids are reported but not described in the core README.',
          '',
          ...extra.map((id) => ruleBlock(id, examples.get(id))),
        ]
      : []),
  ].join('\n')
}
