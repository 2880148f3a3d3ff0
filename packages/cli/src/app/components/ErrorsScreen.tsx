import { basename } from 'node:path'
import { Text } from 'ink'
import { toTerminalText } from '../../lib/terminal-text.js'
import { bodyHeight } from '../layout.js'
import type { ErrorsRoute } from '../routes.js'
import { positionLabel } from '../scroll.js'
import { type StatusInput, statusParts } from '../status-line.js'
import type { AppEnv } from '../step.js'
import { errorLineCount } from '../update-search.js'
import { fit } from '../wrap.js'
import { BlankLines } from './BlankLines.js'
import { StatusBar } from './StatusBar.js'
import { TitleBar } from './TitleBar.js'

type Props = {
  /** The screen's route. */
  readonly route: ErrorsRoute
  /** Corpus, size and colour. */
  readonly env: AppEnv
  /** Breadcrumb, keys and notice for the status line. */
  readonly status: StatusInput
}

/** The files of the corpus that could not be loaded: path, kind of problem and why. */
export function ErrorsScreen({ route, env, status }: Props) {
  const { errors } = env.data.corpus
  const height = bodyHeight(route, env.height, true)
  const count = errorLineCount(env)
  const lines = errors.flatMap((error) => [
    { text: fit(` ${toTerminalText(basename(error.path))}  (${error.code})`, env.columns), bold: true },
    { text: fit(`   ${toTerminalText(error.reason)}`, env.columns), bold: false },
    { text: ' ', bold: false },
  ])
  const shown = lines.slice(route.top, route.top + height)
  const parts = statusParts({ ...status, width: env.columns, right: positionLabel(route.top, height, count) })
  return (
    <>
      <TitleBar
        title="Load errors"
        detail={`${errors.length} file${errors.length === 1 ? '' : 's'} could not be loaded; every other article loaded`}
        width={env.columns}
      />
      {shown.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line's place in the scrolled text is its identity
        <Text key={route.top + index} bold={line.bold} wrap="truncate-end">
          {line.text}
        </Text>
      ))}
      <BlankLines count={height - shown.length} />
      <StatusBar parts={parts} />
    </>
  )
}
