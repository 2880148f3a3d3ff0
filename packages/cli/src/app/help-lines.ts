/**
 * The help overlay's text: one line per binding that works on the current screen, keys then what they do.
 */
import { type KeyBinding, keysLabel } from './keymap.js'
import { columns, fit, pad } from './wrap.js'

/** The lines of the help for `bindings`, each exactly `width` columns wide. */
export function helpLines(bindings: readonly KeyBinding[], width: number): string[] {
  const labels = bindings.map(keysLabel)
  const keyWidth = Math.min(Math.max(...labels.map(columns), 4), Math.floor(width / 2))
  return bindings.map((binding, index) =>
    pad(`${pad(labels[index]!, keyWidth)}  ${fit(binding.description, width - keyWidth - 2)}`, width),
  )
}

/** Size and place of the help box in a frame of `columns` × `height`. */
export function helpBox(lineCount: number, columnsAvailable: number, height: number) {
  const width = Math.min(columnsAvailable - 2, 76)
  const inner = width - 4
  // Top margin, border (2 lines), title and a blank line, the footer, and the status line kept in view.
  const bodyHeight = Math.max(1, Math.min(lineCount, height - 7))
  return { width, inner, bodyHeight, left: Math.max(0, Math.floor((columnsAvailable - width) / 2)), top: 1 }
}
