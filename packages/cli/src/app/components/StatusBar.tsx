import { Text } from 'ink'
import type { StatusParts } from '../status-line.js'
import { uiStyles } from '../theme.js'

type Props = {
  /** The parts, laid out by `statusParts`. */
  readonly parts: StatusParts
}

/** The status line: breadcrumb (inverse), keys or notice, position (inverse). */
export function StatusBar({ parts }: Props) {
  return (
    <Text wrap="truncate-end">
      <Text {...uiStyles.status}>{parts.crumb}</Text>
      <Text>{parts.middle}</Text>
      <Text {...uiStyles.status}>{parts.right}</Text>
    </Text>
  )
}
