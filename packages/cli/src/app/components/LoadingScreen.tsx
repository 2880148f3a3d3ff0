import { Text } from 'ink'
import { toTerminalText } from '../../lib/terminal-text.js'
import { fit } from '../wrap.js'
import { BlankLines } from './BlankLines.js'

type Props = {
  /** The folder being loaded. */
  readonly dir: string
  /** Files done. */
  readonly done: number
  /** Files in all (0 while the folder is being listed). */
  readonly total: number
  /** Columns of the terminal. */
  readonly width: number
  /** Lines of the frame. */
  readonly height: number
}

/** The first frame: which corpus is loading, and how far it is, as a bar and a count. */
export function LoadingScreen({ dir, done, total, width, height }: Props) {
  const bar = Math.max(10, Math.min(50, width - 20))
  const filled = total === 0 ? 0 : Math.round((done / total) * bar)
  const percent = total === 0 ? '' : ` ${Math.floor((done / total) * 100)}%`
  return (
    <>
      <Text bold>dalian-news</Text>
      <Text wrap="truncate-end">{fit(`Loading ${toTerminalText(dir)}`, width)}</Text>
      <Text> </Text>
      <Text>{`[${'█'.repeat(filled)}${'░'.repeat(bar - filled)}]${percent}`}</Text>
      <Text dimColor>
        {total === 0
          ? 'Listing files…'
          : `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files`}
      </Text>
      <BlankLines count={height - 6} />
      <Text dimColor>q quit</Text>
    </>
  )
}
