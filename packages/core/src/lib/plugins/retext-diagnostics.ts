/**
 * `retext-diagnostics`: translation artifacts in the text (CJK punctuation, spaced or unbalanced quotes,
 * doubled punctuation, lower-case sentence starts, numbers fused to names, repeated words, irregular
 * spacing), reported as vfile messages with a `ruleId`, `actual` and, where there is one, the `expected`
 * fix. The rules live in `lib/diagnostics/`, one concept per file; this plugin feeds them one paragraph at
 * a time and reports what they find.
 *
 * Runs after `retext-entities` and `retext-quotes`, whose findings (names, quotes) two rules read.
 */
import type { Paragraph, Root } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { describe } from '../describe.js'
import type { Finding, ParagraphView } from '../diagnostics/rule.js'
import { diagnosticRuleIds, diagnosticRules } from '../diagnostics/rules.js'
import { reportProblem } from '../report.js'
import { sourceOf } from './text.js'

/** Options for `retextDiagnostics`. */
export interface Options {
  /** Rule ids not to report, e.g. `['sentence-spacing']` (default: none; see `diagnosticRuleIds`). */
  readonly ignore?: readonly string[] | null
  /**
   * Most messages per rule and article; further findings are counted in one closing message
   * (default: `25`, so a broken file cannot flood the article's messages).
   */
  readonly maxPerRule?: number | null
}

const defaultMaxPerRule = 25

/**
 * Report translation artifacts in the text as messages on the file.
 */
export default function retextDiagnostics(options?: Readonly<Options> | null) {
  const { ignore, maxPerRule } = checkOptions(options)
  const rules = diagnosticRules.filter((rule) => rule.ruleIds.some((id) => !ignore.has(id)))

  return (tree: Root, file: VFile): undefined => {
    const texts = textsOf(tree, file)
    if (!texts) return
    const counts = new Map<string, number>()
    const findings: Finding[] = []
    const report = (finding: Finding) => {
      if (ignore.has(finding.ruleId)) return
      const count = (counts.get(finding.ruleId) ?? 0) + 1
      counts.set(finding.ruleId, count)
      if (count <= maxPerRule) findings.push(finding)
    }
    const paragraphs = tree.children.filter((node): node is Paragraph => node.type === 'ParagraphNode')
    for (let index = 0; index < paragraphs.length; index++) {
      const view = viewOf(paragraphs, index, texts)
      if (view) for (const rule of rules) rule.check(view, report)
    }
    if (findings.length === 0) return
    // In text order, whichever rule found them, so a reader goes through the article once.
    findings.sort((a, b) => a.start - b.start || a.end - b.end)
    const place = location(texts.original)
    for (const finding of findings) {
      const range = { start: finding.start, end: finding.end }
      const actual = texts.original.slice(finding.start, finding.end)
      reportProblem(file, finding.reason, finding.ruleId, place, range, 'warning', {
        actual,
        ...(finding.expected ? { expected: finding.expected } : {}),
      })
    }
    for (const [ruleId, count] of counts) {
      if (count <= maxPerRule) continue
      reportProblem(
        file,
        `Unexpected ${count} \`${ruleId}\` problems in all: only the first ${maxPerRule} are reported`,
        ruleId,
        place,
      )
    }
  }
}

/** The text the tree was parsed from and the original text, both as long as the tree says it is. */
interface Texts {
  readonly parsed: string
  readonly original: string
}

// `parseArticle` leaves the original text in `file.value` and the normalised copy it parsed in
// `file.data.parsedText`. A unified user's `processor.process(text)` has only the first; a tree from
// elsewhere may have neither, and then its own text is read.
function textsOf(tree: Root, file: VFile): Texts | undefined {
  const length = tree.position?.end.offset
  if (length === undefined) return undefined
  const value = typeof file.value === 'string' && file.value.length === length ? file.value : undefined
  const parsed = sourceOf(tree, file) ?? value ?? nlcstToString(tree)
  if (parsed.length !== length) return undefined
  return { parsed, original: value ?? parsed }
}

function viewOf(paragraphs: readonly Paragraph[], index: number, texts: Texts): ParagraphView | undefined {
  const node = paragraphs[index]!
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || start < 0 || end > texts.parsed.length || end < start) {
    return undefined
  }
  const previousEnd = paragraphs[index - 1]?.position?.end.offset
  const nextStart = paragraphs[index + 1]?.position?.start.offset
  return {
    node,
    start,
    text: texts.parsed.slice(start, end),
    original: texts.original.slice(start, end),
    before: previousEnd === undefined ? '' : lastVisible(texts.parsed, previousEnd),
    after: nextStart === undefined ? '' : firstVisible(texts.parsed, nextStart),
  }
}

function lastVisible(text: string, end: number): string {
  let index = Math.min(end, text.length) - 1
  while (index >= 0 && text.charCodeAt(index) <= 0x20) index--
  return index >= 0 ? text[index]! : ''
}

function firstVisible(text: string, start: number): string {
  let index = Math.max(start, 0)
  while (index < text.length && text.charCodeAt(index) <= 0x20) index++
  return index < text.length ? text[index]! : ''
}

function checkOptions(options: Readonly<Options> | null | undefined): {
  ignore: ReadonlySet<string>
  maxPerRule: number
} {
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new TypeError(
      `retextDiagnostics(options): expected \`options\` to be an object, got ${describe(options)}; pass e.g. {ignore: ['sentence-spacing']}`,
    )
  }
  const ignore = options?.ignore ?? []
  if (!Array.isArray(ignore)) {
    throw new TypeError(
      `retextDiagnostics(options): expected \`options.ignore\` to be an array of rule ids, got ${describe(ignore)}`,
    )
  }
  for (const id of ignore) {
    if (!diagnosticRuleIds.includes(id)) {
      throw new TypeError(
        `retextDiagnostics(options): expected \`options.ignore\` to hold rule ids, got ${describe(id)}; use one of ${diagnosticRuleIds.join(', ')}`,
      )
    }
  }
  const maxPerRule = options?.maxPerRule ?? defaultMaxPerRule
  if (maxPerRule !== Number.POSITIVE_INFINITY && !(Number.isInteger(maxPerRule) && maxPerRule >= 0)) {
    throw new TypeError(
      `retextDiagnostics(options): expected \`options.maxPerRule\` to be a whole number or Infinity, got ${describe(maxPerRule)}`,
    )
  }
  return { ignore: new Set(ignore), maxPerRule }
}
