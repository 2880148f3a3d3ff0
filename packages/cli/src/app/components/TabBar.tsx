import { Text } from 'ink'
import { uiStyles } from '../theme.js'
import { columns } from '../wrap.js'

type Props = {
  /** The tabs' labels, in order. */
  readonly labels: readonly string[]
  /** Shorter labels, used when the long ones do not fit. */
  readonly short: readonly string[]
  /** Index of the tab shown. */
  readonly active: number
  /** Columns available. */
  readonly width: number
  /** Whether colour is used (without, the active tab is also in brackets). */
  readonly colour: boolean
}

/** A row of tabs, the active one highlighted; long labels give way to short ones on a narrow terminal. */
export function TabBar({ labels, short, active, width, colour }: Props) {
  const size = (list: readonly string[]) => list.reduce((sum, label) => sum + columns(label) + 3, 0)
  const names = size(labels) <= width ? labels : short
  return (
    <Text wrap="truncate-end">
      {names.map((label, index) => {
        const selected = index === active
        const text = selected && !colour ? `[${label}]` : ` ${label} `
        return (
          <Text key={label}>
            <Text {...(selected ? uiStyles.selected : {})} bold={selected}>
              {text}
            </Text>
            {index < names.length - 1 ? ' ' : ''}
          </Text>
        )
      })}
    </Text>
  )
}
