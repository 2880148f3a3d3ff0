import { Text } from 'ink'
import { minimumSize } from '../layout.js'

type Props = {
  /** Columns of the terminal. */
  readonly columns: number
  /** Rows of the terminal. */
  readonly rows: number
}

/** Shown instead of a screen when the terminal is smaller than `minimumSize`. */
export function TooSmall({ columns, rows }: Props) {
  return (
    <>
      <Text bold wrap="wrap">
        Terminal too small
      </Text>
      <Text wrap="wrap">{`${columns}×${rows}: make it at least ${minimumSize.columns}×${minimumSize.rows}.`}</Text>
      <Text wrap="wrap">q quits.</Text>
    </>
  )
}
