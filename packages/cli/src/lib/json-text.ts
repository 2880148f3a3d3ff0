/**
 * JSON for standard output that is also safe to show in a terminal.
 */

// JSON.stringify escapes C0 controls but leaves DEL, C1 controls, bidi overrides and line/paragraph
// separators raw; a terminal may act on them, so they are written as \u escapes (still valid JSON).
const unsafe = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g

/** `JSON.stringify(value, null, indent)` with every character a terminal could act on escaped. */
export function toJsonText(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(
    unsafe,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
