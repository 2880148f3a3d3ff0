import { Box, Text } from 'ink'
import { helpBox, helpLines } from '../help-lines.js'
import type { KeyBinding } from '../keymap.js'
import { clamp, maxTop } from '../scroll.js'
import { pad } from '../wrap.js'

type Props = {
  /** Name of the screen the keys are for. */
  readonly title: string
  /** The bindings that work there. */
  readonly bindings: readonly KeyBinding[]
  /** First binding line shown. */
  readonly top: number
  /** Columns of the frame. */
  readonly width: number
  /** Lines of the frame. */
  readonly height: number
}

/** A box over the screen listing exactly the keys that work on it. */
export function HelpOverlay({ title, bindings, top, width, height }: Props) {
  const box = helpBox(bindings.length, width, height)
  const lines = helpLines(bindings, box.inner)
  const first = clamp(top, 0, maxTop(lines.length, box.bodyHeight))
  const more =
    lines.length > box.bodyHeight
      ? `  ${first + 1}–${first + box.bodyHeight} of ${lines.length}, j/k scroll`
      : ''
  return (
    <Box
      position="absolute"
      marginTop={box.top}
      marginLeft={box.left}
      flexDirection="column"
      borderStyle="round"
      width={box.width}
    >
      <Text bold>{` ${pad(`Keys: ${title}`, box.inner)} `}</Text>
      <Text>{' '.repeat(box.inner + 2)}</Text>
      {lines.slice(first, first + box.bodyHeight).map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line's place in the scrolled help is its identity
        <Text key={first + index}>{` ${line} `}</Text>
      ))}
      <Text dimColor>{` ${pad(`Esc closes${more}`, box.inner)} `}</Text>
    </Box>
  )
}
