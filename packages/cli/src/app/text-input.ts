/**
 * Editing the one-line text fields (filters, find, search query) with the keys the keymap gives them.
 */

/** Longest text a field keeps: a pasted essay is cut here. */
export const maxFieldLength = 200

/** `value` after `action`: `type` adds `text` (control characters and line breaks become spaces). */
export function editField(value: string, action: 'type' | 'delete' | 'clear', text = ''): string {
  switch (action) {
    case 'type':
      return (value + text.replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')).slice(0, maxFieldLength)
    case 'delete':
      return [...value].slice(0, -1).join('')
    case 'clear':
      return ''
  }
}
