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
import { markPlaces } from '../diagnostics/mark-places.js'
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

  // A huge article comes in sections (see `file.data.section`): what the earlier ones found waits here,
  // so the cap counts the whole article and the messages are reported once, in text order, after the last.
  const pending = new WeakMap<VFile, Tally>()

  return (tree: Root, file: VFile): undefined => {
    const texts = textsOf(tree, file)
    if (!texts) return
    const section = file.data.section
    const tally = (section && section.index > 0 ? pending.get(file) : undefined) ?? {
      counts: new Map<string, number>(),
      findings: [],
    }
    const { counts, findings } = tally
    const report = (finding: Finding) => {
      if (ignore.has(finding.ruleId)) return
      const count = (counts.get(finding.ruleId) ?? 0) + 1
      counts.set(finding.ruleId, count)
      if (count <= maxPerRule) findings.push(finding)
    }
    const paragraphs = tree.children.filter((node): node is Paragraph => node.type === 'ParagraphNode')
    // A section's first and last paragraphs have neighbours in the sections before and after it.
    const edges = {
      earlier: (section?.index ?? 0) > 0,
      later: section ? section.index < section.count - 1 : false,
    }
    for (let index = 0; index < paragraphs.length; index++) {
      const view = viewOf(paragraphs, index, texts, edges)
      if (view) for (const rule of rules) rule.check(view, report)
    }
    if (section && section.index < section.count - 1) {
      pending.set(file, tally)
      return
    }
    pending.delete(file)
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

/** What the rules found so far in an article: counts per rule id, and the findings under the cap. */
interface Tally {
  readonly counts: Map<string, number>
  readonly findings: Finding[]
}

/** The text the tree was parsed from and the original text, both as long as the tree says it is. */
interface Texts {
  readonly parsed: string
  readonly original: string
}

// `parseArticle` leaves the original text in `file.value` and the normalised copy it parsed in
// `file.data.parsedText`. A unified user's `processor.process(text)` has only the first; a tree from
// elsewhere may have neither, and then its own text is read. A section of a huge article ends before the
// text does, and reads the whole article's texts.
function textsOf(tree: Root, file: VFile): Texts | undefined {
  const length = tree.position?.end.offset
  if (length === undefined) return undefined
  const source = sourceOf(tree, file)
  const value = typeof file.value === 'string' ? file.value : undefined
  const parsed = source ?? (value?.length === length ? value : nlcstToString(tree))
  if (source === undefined && parsed.length !== length) return undefined
  return { parsed, original: value?.length === parsed.length ? value : parsed }
}

function viewOf(
  paragraphs: readonly Paragraph[],
  index: number,
  texts: Texts,
  edges: { readonly earlier: boolean; readonly later: boolean },
): ParagraphView | undefined {
  const node = paragraphs[index]!
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || start < 0 || end > texts.parsed.length || end < start) {
    return undefined
  }
  // Only white space lies between paragraphs, so a neighbour in another section is read from this
  // paragraph's own edge.
  const previousEnd = paragraphs[index - 1]?.position?.end.offset ?? (edges.earlier ? start : undefined)
  const nextStart = paragraphs[index + 1]?.position?.start.offset ?? (edges.later ? end : undefined)
  const text = texts.parsed.slice(start, end)
  // Most texts need no normalising: then one slice serves as both.
  const original = texts.original === texts.parsed ? text : texts.original.slice(start, end)
  return {
    node,
    start,
    text,
    original,
    before: previousEnd === undefined ? '' : lastVisible(texts.parsed, previousEnd),
    after: nextStart === undefined ? '' : firstVisible(texts.parsed, nextStart),
    // A plain field: a getter that found them on first use cost more than the scan it could save.
    markPlaces: markPlaces(text),
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
