import { Text } from 'ink'
import { type MarkKind, markStyles } from '../theme.js'

type Props = {
  /** The kinds to explain. */
  readonly kinds: readonly MarkKind[]
  /** Whether colour is used (else each kind is shown in its brackets). */
  readonly colour: boolean
}

/** What each highlight means: the kinds, each in its own colour or brackets. */
export function Legend({ kinds, colour }: Props) {
  return (
    <Text wrap="truncate-end">
      {kinds.map((kind, index) => {
        const style = markStyles[kind]
        return (
          <Text key={kind}>
            {index > 0 ? ' ' : ''}
            {colour ? (
              <Text {...style.colour}>{style.label}</Text>
            ) : (
              <Text {...style.plain}>{`${style.open}${style.label}${style.close}`}</Text>
            )}
          </Text>
        )
      })}
    </Text>
  )
}
