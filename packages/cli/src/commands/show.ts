/**
 * `dalian-news show <id>`: one article as plain text with its entities marked in place, `[Zhou Minghua]{person}`,
 * for pipes and scripts (the browser's reader, without a terminal); or the article as JSON.
 */
import type { Article, Corpus } from '@dalian-news/core'
import { toJSON } from '@dalian-news/core'
import { regionsOf } from '../app/article-places.js'
import { articleMarks, type Mark } from '../app/marks.js'
import { wrapText } from '../app/wrap.js'
import { type CommandSpec, integer } from '../lib/command.js'
import { toJsonText } from '../lib/json-text.js'
import { toTerminalText } from '../lib/terminal-text.js'

/** The type name written after a marked stretch, by kind of mark. */
export const markerNames: Readonly<Record<string, string>> = {
  person: 'person',
  organization: 'organization',
  place: 'place',
  money: 'money',
  date: 'date',
  quote: 'quote',
}

/** The marks that nest: a mark crossing one already open (which the rules should not make) is left out. */
function nested(marks: readonly Mark[]): Mark[] {
  const kept: Mark[] = []
  const open: Mark[] = []
  for (const mark of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    while (open.length > 0 && open[open.length - 1]!.end <= mark.start) open.pop()
    const parent = open[open.length - 1]
    if (parent && mark.end > parent.end) continue
    kept.push(mark)
    open.push(mark)
  }
  return kept
}

/**
 * The text from `start` to `end` of `article` with `marks` written in as `[text]{type}`, white space
 * runs as single spaces, control characters as visible symbols.
 */
export function markedText(article: Article, start: number, end: number, marks: readonly Mark[]): string {
  const inside = nested(marks.filter((mark) => mark.start >= start && mark.end <= end))
  const inserts: { at: number; text: string; order: number }[] = []
  inside.forEach((mark, index) => {
    inserts.push({ at: mark.start, text: '[', order: index })
    inserts.push({ at: mark.end, text: `]{${markerNames[mark.kind] ?? mark.kind}}`, order: -index })
  })
  // At one offset, closings come before openings, and an inner mark closes before its outer one.
  inserts.sort((a, b) => a.at - b.at || Number(a.text === '[') - Number(b.text === '[') || a.order - b.order)
  let result = ''
  let cursor = start
  for (const insert of inserts) {
    result += article.text.slice(cursor, insert.at) + insert.text
    cursor = insert.at
  }
  result += article.text.slice(cursor, end)
  return toTerminalText(result.replace(/\s+/g, ' ').trim())
}

function findArticle(corpus: Corpus, wanted: string): Article | Article[] {
  const exact = corpus.get(wanted) ?? corpus.articles.find((article) => article.file === wanted)
  if (exact) return exact
  const starting = corpus.articles.filter((article) => article.id.startsWith(wanted))
  return starting.length === 1 ? starting[0]! : starting
}

function render(article: Article, options: { marks: boolean; width: number }): string {
  const marks = options.marks ? articleMarks(article) : []
  const paragraph = (start: number, end: number) => {
    const text = markedText(article, start, end, marks)
    if (!Number.isFinite(options.width)) return text
    return wrapText(text, { width: options.width })
      .map((line) => line.pieces.map((piece) => piece.text).join(''))
      .join('\n')
  }
  const facts = [
    `id ${article.id}`,
    article.file ? `file ${article.file}` : undefined,
    typeof article.meta.date === 'string' ? `date ${article.meta.date}` : undefined,
    typeof article.meta.source === 'string' ? `source ${article.meta.source}` : undefined,
    `${article.stats.words} word${article.stats.words === 1 ? '' : 's'}`,
    `${article.stats.paragraphs} paragraph${article.stats.paragraphs === 1 ? '' : 's'}`,
  ].filter((fact): fact is string => fact !== undefined)
  const blocks = [
    ...(article.heading ? [] : [toTerminalText(article.title)]),
    ...regionsOf(article).map((region) => paragraph(region.start, region.end)),
  ]
  const [first = '', ...rest] = blocks
  const out = [first, toTerminalText(facts.join(' · ')), '', rest.join('\n\n')]
  if (article.messages.length > 0) {
    out.push('', 'Problems:')
    for (const message of article.messages) {
      const at = message.line ? `${message.line}:${message.column ?? 1}  ` : ''
      out.push(toTerminalText(`  ${at}${message.reason}${message.ruleId ? `  ${message.ruleId}` : ''}`))
    }
  }
  return `${out.join('\n').trimEnd()}\n`
}

/** `dalian-news show`. */
export const showCommand: CommandSpec = {
  name: 'show',
  summary: 'print one article with its entities marked in place, as [Zhou Minghua]{person} (or --json)',
  arguments: [
    { name: 'id', description: 'article id, file name, or the start of an id that only one article has' },
  ],
  options: [
    {
      flags: '-w, --width <columns>',
      description: 'wrap paragraphs to this width (default: the terminal width; no wrapping when piped)',
      parse: integer(20, 10_000),
    },
    { flags: '--plain', description: 'leave out the markers: the text only' },
  ],
  examples: ['show 000_5c4058081ad657f1', 'show 003 --width 72', 'show 001 --plain', 'show 002 --json'],
  run({ corpus, args, options, io }) {
    const wanted = args[0] ?? ''
    const found = findArticle(corpus, wanted)
    if (Array.isArray(found)) {
      const reason =
        found.length === 0
          ? `no article has the id "${toTerminalText(wanted)}"`
          : `"${toTerminalText(wanted)}" starts ${found.length} ids: ${found
              .slice(0, 5)
              .map((article) => toTerminalText(article.id))
              .join(', ')}${found.length > 5 ? ', …' : ''}`
      io.err(`dalian-news show: ${reason}; run dalian-news (piped) to list the ids\n`)
      return 2
    }
    if (options.json === true) {
      io.out(`${toJsonText(toJSON(found))}\n`)
      return 0
    }
    const width = (options.width as number | undefined) ?? (io.isTTY ? io.columns : Number.POSITIVE_INFINITY)
    io.out(render(found, { marks: options.plain !== true, width }))
    return 0
  },
}
