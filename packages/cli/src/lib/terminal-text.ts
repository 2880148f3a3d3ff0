/**
 * Making article text safe to write to a terminal.
 *
 * Article files can hold control characters and escape sequences; written raw they
 * could move the cursor, change colours, set the window title or hide text. Every
 * such character is shown as a visible stand-in instead.
 */

// C0 controls, DEL, C1 controls, and the bidirectional overrides/isolates that can reorder what is shown.
const unsafe = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

/**
 * Replace control characters with visible symbols: C0 as the Unicode control pictures (`␛` for ESC),
 * DEL as `␡`, and C1 controls and bidi overrides as `�`. With `keepNewlines`, line feeds and tabs stay.
 */
export function toTerminalText(text: string, options: { readonly keepNewlines?: boolean } = {}): string {
  return text.replace(unsafe, (char) => {
    const code = char.charCodeAt(0)
    if (options.keepNewlines && (code === 10 || code === 9)) return char
    if (code < 0x20) return String.fromCharCode(0x2400 + code)
    if (code === 0x7f) return '\u2421'
    return '\uFFFD'
  })
}
