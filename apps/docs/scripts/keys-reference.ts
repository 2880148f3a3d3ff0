/**
 * The key bindings page, from the keymap the terminal browser reads its keys from and its `?` overlay lists.
 */
import type { Condition, KeyBinding, KeymapSection } from '@dalian-news/cli'
import { generatedNotice, table, text } from './markdown.js'

// Typed by the CLI's own conditions, so a new one cannot go unexplained here.
const conditions: Readonly<Record<Condition, string>> = {
  'can-go-back': 'when there is a previous screen',
  'has-load-errors': 'when some files could not be loaded',
}

/** One key as a `<kbd>`; `text`, the keymap's name for any printable key, as words. */
function keyCell(label: string, key: string): string {
  return key === 'text' ? `*${text(label)}*` : `<kbd>${text(label)}</kbd>`
}

/** The Markdown of the key bindings page; `keysLabel` shows a binding's keys the way the help overlay does. */
export function renderKeysPage(
  keymap: readonly KeymapSection[],
  keysLabel: (binding: KeyBinding) => string,
): string {
  const sections = keymap.map((section) =>
    [
      `## ${text(section.title)} {#${section.context}}`,
      '',
      ...(section.typing
        ? [
            'A text field: printable keys type text, so the keys of *Everywhere* do not apply here (<kbd>Ctrl+C</kbd> still quits).',
            '',
          ]
        : []),
      table(
        ['keys', 'what it does'],
        section.bindings.map((binding) => [
          binding.keys.map((key) => keyCell(keysLabel({ ...binding, keys: [key] }), key)).join(' '),
          text(binding.description) + (binding.when ? ` (${text(conditions[binding.when])})` : ''),
        ]),
      ),
      '',
    ].join('\n'),
  )
  return [
    generatedNotice('the keymap in packages/cli/src/app/keymap.ts'),
    '',
    '# Key bindings',
    '',
    'Every key of the [terminal browser](../guide/terminal.md), screen by screen. The program reads its keys',
    'from the same table, and <kbd>?</kbd> shows the keys of the current screen, so this page, the help overlay',
    'and the program cannot disagree. A key listed for a screen wins over the same key in *Everywhere*.',
    '',
    ...sections,
  ].join('\n')
}
