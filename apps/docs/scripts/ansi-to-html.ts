/**
 * A terminal screen captured with `tmux capture-pane -e` (text with SGR colour sequences) as HTML, so a
 * browser can draw it for a screenshot. Only SGR (`ESC [ … m`) is understood; any other escape sequence is
 * dropped, and the text is escaped, so nothing in a capture can become markup.
 */

/** Colours of the 16-colour palette, then the default foreground and background. */
export interface Palette {
  /** ANSI colours 0–15. */
  readonly colours: readonly string[]
  /** Default foreground. */
  readonly foreground: string
  /** Default background. */
  readonly background: string
}

/** A dark palette close to common terminal themes. */
export const darkPalette: Palette = {
  colours: [
    '#2b3038',
    '#e06c75',
    '#98c379',
    '#e5c07b',
    '#61afef',
    '#c678dd',
    '#56b6c2',
    '#c8ccd4',
    '#5c6370',
    '#ef8a93',
    '#b5e08e',
    '#f0d197',
    '#8cc8ff',
    '#dda4f0',
    '#7fd3dd',
    '#ffffff',
  ],
  foreground: '#d7dae0',
  background: '#1e2228',
}

interface Style {
  fg?: string
  bg?: string
  bold?: boolean
  dim?: boolean
  italic?: boolean
  underline?: boolean
  inverse?: boolean
  strike?: boolean
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function colour256(index: number, palette: Palette): string {
  if (index < 16) return palette.colours[index]!
  if (index >= 232) {
    const level = 8 + (index - 232) * 10
    return `rgb(${level},${level},${level})`
  }
  const cube = index - 16
  const step = (value: number) => (value === 0 ? 0 : 55 + value * 40)
  return `rgb(${step(Math.floor(cube / 36))},${step(Math.floor(cube / 6) % 6)},${step(cube % 6)})`
}

/** Apply the parameters of one SGR sequence to `style`. */
function applySgr(style: Style, params: number[], palette: Palette): Style {
  let next: Style = { ...style }
  for (let index = 0; index < params.length; index++) {
    const code = params[index]!
    if (code === 0) next = {}
    else if (code === 1) next.bold = true
    else if (code === 2) next.dim = true
    else if (code === 3) next.italic = true
    else if (code === 4) next.underline = true
    else if (code === 7) next.inverse = true
    else if (code === 9) next.strike = true
    else if (code === 22) next.bold = next.dim = false
    else if (code === 23) next.italic = false
    else if (code === 24) next.underline = false
    else if (code === 27) next.inverse = false
    else if (code === 29) next.strike = false
    else if (code >= 30 && code <= 37) next.fg = palette.colours[code - 30]
    else if (code >= 90 && code <= 97) next.fg = palette.colours[code - 90 + 8]
    else if (code >= 40 && code <= 47) next.bg = palette.colours[code - 40]
    else if (code >= 100 && code <= 107) next.bg = palette.colours[code - 100 + 8]
    else if (code === 39) next.fg = undefined
    else if (code === 49) next.bg = undefined
    else if (code === 38 || code === 48) {
      const mode = params[index + 1]
      let value: string | undefined
      if (mode === 5) {
        value = colour256(params[index + 2] ?? 0, palette)
        index += 2
      } else if (mode === 2) {
        value = `rgb(${params[index + 2] ?? 0},${params[index + 3] ?? 0},${params[index + 4] ?? 0})`
        index += 4
      }
      if (code === 38) next.fg = value
      else next.bg = value
    }
  }
  return next
}

function css(style: Style, palette: Palette): string {
  let fg = style.fg ?? palette.foreground
  let bg = style.bg
  if (style.inverse) {
    ;[fg, bg] = [bg ?? palette.background, fg]
  }
  const rules = [`color:${fg}`]
  if (bg) rules.push(`background:${bg}`)
  if (style.bold) rules.push('font-weight:700')
  if (style.dim) rules.push('opacity:0.6')
  if (style.italic) rules.push('font-style:italic')
  const lines = [style.underline && 'underline', style.strike && 'line-through'].filter(Boolean)
  if (lines.length > 0) rules.push(`text-decoration:${lines.join(' ')}`)
  return rules.join(';')
}

/**
 * The HTML of a captured screen: one `<div>` per line (padded to `columns`, so backgrounds reach the edge),
 * each made of styled `<span>`s, with nothing between the lines (so it can go straight into a `<pre>`). The style carries over from line to line, as it does in the terminal.
 */
export function ansiToHtml(capture: string, columns: number, palette: Palette = darkPalette): string {
  let style: Style = {}
  const lines = capture.replace(/\n$/, '').split('\n')
  return lines
    .map((line) => {
      let html = ''
      let width = 0
      // CSI sequences (SGR among them), OSC strings (a window title), character set choices, other escapes, text.
      const sequence =
        /\u001B\[([0-9;:?]*)([A-Za-z])|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[()*+#].|\u001B.?|([^\u001B]+)/g
      for (const match of line.matchAll(sequence)) {
        if (match[3] !== undefined) {
          const text = match[3].replace(/[\u0000-\u001F\u007F]/g, '')
          width += [...text].length
          html += `<span style="${css(style, palette)}">${escapeHtml(text)}</span>`
        } else if (match[2] === 'm') {
          const params = (match[1] ?? '').split(/[;:]/).map((value) => (value === '' ? 0 : Number(value)))
          style = applySgr(style, params, palette)
        }
      }
      if (width < columns) html += `<span>${' '.repeat(columns - width)}</span>`
      return `<div class="line">${html}</div>`
    })
    .join('')
}
