/**
 * The rule ids as the core README lists them: the annotation plugins' table (a `rule ids` column, several
 * per row) and the messages tables (a `ruleId` column, one per row).
 */

/** A plugin and the rules it uses to find facts. */
export interface ExtractionRuleGroup {
  /** Plugin name, e.g. `retext-money`. */
  readonly plugin: string
  /** What the plugin finds, as the README says. */
  readonly finds: string
  /** Its rule ids, in README order. */
  readonly ruleIds: readonly string[]
}

/** A message rule: a kind of problem reported in the text. */
export interface MessageRule {
  /** The `ruleId` of the message. */
  readonly ruleId: string
  /** When it is reported, as the README says. */
  readonly when: string
  /** The README section the rule is listed in. */
  readonly section: string
}

/** Every rule id the README lists. */
export interface RuleTables {
  /** Extraction rules, by plugin. */
  readonly extraction: readonly ExtractionRuleGroup[]
  /** Message rules. */
  readonly messages: readonly MessageRule[]
}

interface Table {
  readonly section: string
  readonly headers: readonly string[]
  readonly rows: readonly (readonly string[])[]
}

function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim())
}

function tablesOf(markdown: string): Table[] {
  const tables: Table[] = []
  let section = ''
  const lines = markdown.split(/\r?\n/)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const heading = /^#{1,6}\s+(.*)$/.exec(line)
    if (heading) section = heading[1]!.trim()
    if (!line.trim().startsWith('|') || !/^\s*\|?\s*:?-{3,}/.test(lines[index + 1] ?? '')) continue
    const headers = cellsOf(line).map((cell) => cell.toLowerCase())
    const rows: string[][] = []
    index += 2
    while (index < lines.length && lines[index]!.trim().startsWith('|')) rows.push(cellsOf(lines[index++]!))
    index--
    tables.push({ section, headers, rows })
  }
  return tables
}

const codeSpans = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!)

/** The rule tables of the core README's Markdown. */
export function readRuleTables(readme: string): RuleTables {
  const extraction: ExtractionRuleGroup[] = []
  const messages: MessageRule[] = []
  for (const table of tablesOf(readme)) {
    const ids = table.headers.findIndex((header) => /^rule ids?$/.test(header))
    const one = table.headers.indexOf('ruleid')
    if (ids !== -1) {
      const plugin = table.headers.indexOf('plugin')
      const finds = table.headers.findIndex((header) => header !== 'plugin' && header !== table.headers[ids])
      for (const row of table.rows) {
        extraction.push({
          plugin: codeSpans(row[plugin] ?? '')[0] ?? row[plugin] ?? '',
          finds: row[finds] ?? '',
          ruleIds: codeSpans(row[ids] ?? ''),
        })
      }
    } else if (one !== -1) {
      const when = table.headers.findIndex((_, index) => index !== one)
      for (const row of table.rows) {
        for (const ruleId of codeSpans(row[one] ?? '')) {
          messages.push({ ruleId, when: row[when] ?? '', section: table.section })
        }
      }
    }
  }
  return { extraction, messages }
}
