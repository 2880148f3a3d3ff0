/**
 * Examples of every rule, taken from core's test fixtures: each fixture text is parsed with core as a user
 * would, and for each rule id the first fact or message that carries it is kept, with its sentence.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { Article, Sentence } from '@dalian-news/core'
import { parseArticle } from '@dalian-news/core'

/** An article text taken from a fixture. */
export interface FixtureText {
  /** Where it comes from: the fixture file, and the item's position in it for JSON lists. */
  readonly source: string
  /** Text to parse, as a user's article file would hold it. */
  readonly text: string
}

/** What kind of fact or message a rule produced. */
export type ExampleKind = 'mention' | 'role' | 'money' | 'date' | 'quote' | 'speech' | 'message'

/** The first thing a rule found in the fixtures. */
export interface RuleExample {
  /** The rule id (`rule` of a fact, `ruleId` of a message). */
  readonly rule: string
  /** What kind of result. */
  readonly kind: ExampleKind
  /** The sentence (or line) it was found in, as written. */
  readonly sentence: string
  /** Where the match starts and ends in `sentence` (empty when the result has no place). */
  readonly match: { readonly start: number; readonly end: number }
  /** What was found, in words: `person Li Wei`, `5000000000 CNY`, the message's reason. */
  readonly found: string
  /** The fixture it comes from. */
  readonly source: string
}

// A fixture text without a blank line is one paragraph (a sentence, a case of a rule); under a title line is
// how an article would carry it, since the title line alone is not annotated as body text.
const exampleTitle = 'Example'

/** The article text a fixture item holds, if it holds one. */
function textOfItem(record: Readonly<Record<string, unknown>>): string | undefined {
  const date = typeof record.date === 'string' ? `---\ndate: ${record.date}\n---\n` : ''
  for (const key of ['text', 'input', 'article', 'paragraph', 'sentence']) {
    const value = record[key]
    if (typeof value !== 'string') continue
    return /\n[ \t]*\n/.test(value) ? `${date}${value}` : `${date}${exampleTitle}\n\n${value}`
  }
  return undefined
}

/** The article texts in a parsed JSON fixture, in document order: the outermost objects that hold one. */
function textsOfJson(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) textsOfJson(item, found)
  } else if (typeof value === 'object' && value !== null) {
    const text = textOfItem(value as Record<string, unknown>)
    if (text !== undefined) found.push(text)
    else for (const item of Object.values(value)) textsOfJson(item, found)
  }
  return found
}

async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined)
  if (!info) return []
  if (info.isFile()) return [path]
  const names = (await readdir(path)).sort()
  return (await Promise.all(names.map((name) => filesUnder(join(path, name))))).flat()
}

/**
 * The article texts in the fixture files under `paths` (in order, each file once): every `.txt` file, and
 * every object in a JSON file with a `text`, `sentence` or `paragraph` (a whole article when it has a blank
 * line, else one body paragraph).
 */
export async function readFixtureTexts(paths: readonly string[], root: string): Promise<FixtureText[]> {
  const seen = new Set<string>()
  const texts: FixtureText[] = []
  for (const path of paths) {
    for (const file of await filesUnder(path)) {
      if (seen.has(file)) continue
      seen.add(file)
      const name = relative(root, file)
      if (file.endsWith('.txt')) texts.push({ source: name, text: await readFile(file, 'utf8') })
      if (!file.endsWith('.json') || file.endsWith('output.json')) continue
      const value: unknown = JSON.parse(await readFile(file, 'utf8'))
      textsOfJson(value).forEach((text, index) => {
        texts.push({ source: `${name} (case ${index + 1})`, text })
      })
    }
  }
  return texts
}

function sentencesOf(article: Article): Sentence[] {
  return [...(article.heading?.sentences ?? []), ...article.paragraphs.flatMap((p) => p.sentences)]
}

/** The sentence holding `start`, else the line it is on. */
function contextOf(article: Article, sentences: readonly Sentence[], start: number, end: number) {
  const sentence = sentences.find((candidate) => candidate.start <= start && start < candidate.end)
  const from = sentence?.start ?? article.text.lastIndexOf('\n', start - 1) + 1
  const lineEnd = article.text.indexOf('\n', start)
  const to = sentence?.end ?? (lineEnd === -1 ? article.text.length : lineEnd)
  return {
    sentence: article.text.slice(from, to),
    match: { start: start - from, end: Math.min(end, to) - from },
  }
}

/** Everything in `article` that carries a rule id, in reading order within each kind. */
export function examplesOf(article: Article, source: string): RuleExample[] {
  const sentences = sentencesOf(article)
  const examples: RuleExample[] = []
  const add = (rule: string, kind: ExampleKind, start: number, end: number, found: string) => {
    examples.push({ rule, kind, found, source, ...contextOf(article, sentences, start, end) })
  }
  for (const entity of article.entities) {
    for (const mention of entity.mentions) {
      const what = mention.pronoun
        ? `${entity.type} ${entity.name} (pronoun)`
        : `${entity.type} ${entity.name}`
      add(mention.rule, 'mention', mention.start, mention.end, what)
    }
    for (const role of entity.roles) add(role.rule, 'role', role.start, role.end, `role of ${entity.name}`)
  }
  for (const money of article.money) {
    add(money.rule, 'money', money.start, money.end, `${money.amount} ${money.currency}`)
  }
  for (const date of article.dates) {
    const parts = (['year', 'month', 'day', 'endYear', 'endMonth', 'endDay', 'relative', 'resolved'] as const)
      .filter((key) => date[key] !== undefined)
      .map((key) => `${key} ${date[key]}`)
    add(date.rule, 'date', date.start, date.end, parts.join(', ') || 'a date')
  }
  for (const quote of article.quotes)
    add(quote.rule, 'quote', quote.start, quote.end, `quoted term ${quote.text}`)
  for (const speech of article.speech) {
    const at = speech.speakerMention
    add(speech.rule, 'speech', at.start, at.end, `${speech.speaker} ${speech.cue}`)
  }
  for (const message of article.messages) {
    if (!message.ruleId) continue
    const place = message.place
    const start = place ? ('start' in place ? place.start.offset : place.offset) : undefined
    const end = place && 'end' in place ? place.end.offset : start
    if (start === undefined) {
      examples.push({
        rule: message.ruleId,
        kind: 'message',
        sentence: '',
        match: { start: 0, end: 0 },
        found: message.reason,
        source,
      })
    } else {
      add(message.ruleId, 'message', start, end ?? start, message.reason)
    }
  }
  return examples
}

/**
 * For each rule id, the first example in `texts` (parsed in order with core's default processor). Messages
 * are looked for first in the texts whose source starts with `messagesFirstFrom`, the fixtures written for
 * them, since ordinary articles trip some diagnostics too.
 */
export function firstExamples(
  texts: readonly FixtureText[],
  messagesFirstFrom = '',
): Map<string, RuleExample> {
  const all = texts.map(({ source, text }) => examplesOf(parseArticle(text, { tree: false }), source))
  const first = new Map<string, RuleExample>()
  const keep = (examples: readonly RuleExample[], wanted: (example: RuleExample) => boolean) => {
    for (const example of examples)
      if (wanted(example) && !first.has(example.rule)) first.set(example.rule, example)
  }
  for (const examples of all) keep(examples, (example) => example.kind !== 'message')
  const preferred = (examples: readonly RuleExample[]) =>
    messagesFirstFrom !== '' && examples[0]?.source.startsWith(messagesFirstFrom) === true
  for (const examples of all.filter(preferred)) keep(examples, (example) => example.kind === 'message')
  for (const examples of all) keep(examples, (example) => example.kind === 'message')
  return first
}
