import { Text } from 'ink'
import { toTerminalText } from '../../lib/terminal-text.js'
import { columns, fit } from '../wrap.js'

type Props = {
  /** What the screen shows, in bold on the left. */
  readonly title: string
  /** More about it, dimmed, after the title. */
  readonly detail?: string
  /** Shown at the right edge. */
  readonly right?: string
  /** Columns of the line. */
  readonly width: number
}

/** The first line of a screen: its title, a detail, and something at the right edge. */
export function TitleBar({ title, detail, right, width }: Props) {
  const end = right ? ` ${toTerminalText(right)}` : ''
  const room = Math.max(0, width - columns(end))
  const head = fit(toTerminalText(title), room)
  const rest = detail ? fit(` · ${toTerminalText(detail)}`, Math.max(0, room - columns(head))) : ''
  const gap = ' '.repeat(Math.max(0, width - columns(head) - columns(rest) - columns(end)))
  return (
    <Text wrap="truncate-end">
      <Text bold>{head}</Text>
      <Text dimColor>{rest}</Text>
      {gap}
      <Text dimColor>{end}</Text>
    </Text>
  )
}
