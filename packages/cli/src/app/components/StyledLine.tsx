import { Text } from 'ink'
import type { Run } from '../runs.js'
import { styleOf, type TextStyle } from '../theme.js'

type Props = {
  /** The runs of the line. */
  readonly runs: readonly Run[]
  /** Whether colour is used. */
  readonly colour: boolean
  /** Style under the runs' own (a heading's bold, a selected row's inverse). */
  readonly base?: TextStyle
}

/** One line of runs, each drawn in the style of the marks over it; never wraps. */
export function StyledLine({ runs, colour, base }: Props) {
  if (runs.length === 0) return <Text> </Text>
  return (
    <Text wrap="truncate-end" {...base}>
      {runs.map((run, index) => (
        // Runs never move, so their position is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Text key={index} {...styleOf(run.kinds, colour)}>
          {run.text}
        </Text>
      ))}
    </Text>
  )
}
