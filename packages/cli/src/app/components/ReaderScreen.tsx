import { Text } from 'ink'
import { toTerminalText } from '../../lib/terminal-text.js'
import { articleDate, peopleCount } from '../article-list.js'
import type { ReaderRoute } from '../routes.js'
import { toRuns } from '../runs.js'
import { positionLabel } from '../scroll.js'
import { type StatusInput, statusParts } from '../status-line.js'
import type { AppEnv } from '../step.js'
import { legendKinds, type MarkKind } from '../theme.js'
import { readerViewOf } from '../update-reader.js'
import { fit } from '../wrap.js'
import { BlankLines } from './BlankLines.js'
import { Legend } from './Legend.js'
import { StatusBar } from './StatusBar.js'
import { StyledLine } from './StyledLine.js'

type Props = {
  /** The reader's route. */
  readonly route: ReaderRoute
  /** Corpus, size and colour. */
  readonly env: AppEnv
  /** Breadcrumb, keys and notice for the status line. */
  readonly status: StatusInput
}

const plural = (count: number, noun: string) =>
  `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`

/** One article: title, facts, legend, the wrapped text with its highlights, the find and the position. */
export function ReaderScreen({ route, env, status }: Props) {
  const view = readerViewOf(route, env)
  if (!view) {
    return <Text>{`Article ${toTerminalText(route.articleId)} is not in this corpus.`}</Text>
  }
  const { article } = view
  const date = articleDate(article)
  const source = typeof article.meta.source === 'string' ? article.meta.source : undefined
  const meta = [
    article.id,
    date,
    source,
    plural(article.stats.words, 'word'),
    plural(article.stats.paragraphs, 'paragraph'),
    plural(peopleCount(article), 'person').replace(/persons$/, 'people'),
    article.messages.length > 0 ? `${plural(article.messages.length, 'problem')} (d shows)` : undefined,
  ]
    .filter((item): item is string => item !== undefined)
    .map((item) => toTerminalText(item))
    .join(' · ')
  const kinds: MarkKind[] = [
    ...legendKinds,
    ...(route.problems ? (['problem'] as const) : []),
    ...(view.matches.length > 0 ? (['match'] as const) : []),
    ...(view.focus ? (['focus'] as const) : []),
  ]
  const shown = view.lines.slice(view.top, view.top + view.height)
  const sentence = route.target?.sentence
  const find =
    route.find === ''
      ? ''
      : view.matches.length === 0
        ? 'no match'
        : `${route.match >= 0 ? route.match + 1 : '–'}/${view.matches.length}`
  const prompt = route.finding ? `/${toTerminalText(route.find)}▏  ${find}` : undefined
  const parts = statusParts({
    ...status,
    ...(prompt ? { prompt } : {}),
    width: env.columns,
    right: [route.finding ? '' : find, positionLabel(view.top, view.height, view.lines.length)]
      .filter(Boolean)
      .join('  '),
  })
  return (
    <>
      <Text bold wrap="truncate-end">
        {fit(toTerminalText(article.title), env.columns)}
      </Text>
      <Text dimColor wrap="truncate-end">
        {fit(meta, env.columns)}
      </Text>
      <Legend kinds={kinds} colour={env.colour} />
      <Text dimColor>{'─'.repeat(env.columns)}</Text>
      {shown.map((line, index) => {
        const inSentence =
          sentence !== undefined &&
          line.kind !== 'blank' &&
          line.start < sentence.end &&
          line.end > sentence.start
        const gutter = inSentence ? ' ▎ ' : '   '
        const key = view.top + index
        if (line.kind === 'problem') {
          return (
            <Text key={key} color={env.colour ? 'yellow' : undefined} wrap="truncate-end">
              {gutter}
              {line.pieces.map((piece) => piece.text).join('')}
            </Text>
          )
        }
        return (
          <Text key={key} wrap="truncate-end">
            <Text color={env.colour ? 'cyan' : undefined}>{gutter}</Text>
            <StyledLine
              runs={toRuns(line.pieces, view.marks)}
              colour={env.colour}
              {...(line.kind === 'heading' ? { base: { bold: true } } : {})}
            />
          </Text>
        )
      })}
      <BlankLines count={view.height - shown.length} />
      <StatusBar parts={parts} />
    </>
  )
}
