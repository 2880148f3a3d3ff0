/**
 * Input normalisation that never moves an offset.
 *
 * The parser sees a copy of the text of exactly the same length in which odd
 * characters are replaced one-for-one (a byte order mark, a carriage return,
 * a no-break space or a control character becomes a plain space or a line
 * feed, and CJK punctuation its ASCII mark). Every offset the parser reports is therefore an offset into the
 * original text, and every unit's `text` is sliced from the original.
 */

/** A stretch of the text that normalisation changed, and why. */
export interface Replacement {
  /** Offset of the first replaced code unit. */
  readonly start: number
  /** Offset just past the last replaced code unit. */
  readonly end: number
  /** What was found there. */
  readonly kind: 'bom' | 'control' | 'escape-sequence' | 'lone-surrogate'
}

/** The result of `normalise`. */
export interface Normalised {
  /** Same length as the input; safe for the parser. */
  readonly text: string
  /** Replacements worth telling the user about (CR and odd spaces are not listed). */
  readonly replacements: readonly Replacement[]
}

// ANSI/VT escape sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), and two-character escapes.
const escapeSequence = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[@-Z\\-_])/g
// C0 and C1 controls except tab and line feed (carriage returns are handled on their own), then the
// Unicode space separators other than U+0020, plus the line and paragraph separators: every odd space
// is at U+00A0 or above, every control below it.
const oddSpaceOrControl =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u2028\u2029]/
const oddSpacesAndControls = new RegExp(oddSpaceOrControl.source, 'g')
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

// The CJK commas, colon, semicolon and brackets. Not the CJK full stop: as "." the parser would read it
// into an abbreviation before it ("Co., Ltd。" would end in a word "Ltd。"), where now it ends the name.
const cjkPunctuation = /[\u3001\uFF0C\uFF1A\uFF1B\uFF08\uFF09]/
const cjkPunctuations = new RegExp(cjkPunctuation.source, 'g')
const asciiMarks: Readonly<Record<string, string>> = {
  '、': ',',
  '，': ',',
  '：': ':',
  '；': ';',
  '（': '(',
  '）': ')',
}

function asciiMark(mark: string): string {
  return asciiMarks[mark] ?? mark
}

/**
 * Make `text` safe to parse without changing its length.
 */
export function normalise(text: string): Normalised {
  const replacements: Replacement[] = []
  let value = text

  if (value.charCodeAt(0) === 0xfeff) {
    replacements.push({ start: 0, end: 1, kind: 'bom' })
    value = ` ${value.slice(1)}`
  }

  if (value.includes('\u001B')) {
    value = value.replace(escapeSequence, (match, offset: number) => {
      replacements.push({ start: offset, end: offset + match.length, kind: 'escape-sequence' })
      return ' '.repeat(match.length)
    })
  }

  // CRLF becomes " \n" and a lone CR becomes "\n": lines stay lines, lengths stay the same.
  if (value.includes('\r')) value = value.replace(/\r(\n?)/g, (_, lf: string) => (lf ? ' \n' : '\n'))

  // No-break spaces are the odd spaces news sites use most: a plain string search replaces them far
  // faster than the character class below would.
  if (value.includes('\u00A0')) value = value.replaceAll('\u00A0', ' ')
  // Most texts have no other odd space or control: one scan says so. Both become a plain space, so one
  // pass replaces both (where a pass for each would read the text twice); only the controls are reported.
  if (oddSpaceOrControl.test(value)) {
    value = value.replace(oddSpacesAndControls, (match, offset: number) => {
      if (match.charCodeAt(0) < 0xa0) replacements.push({ start: offset, end: offset + 1, kind: 'control' })
      return ' '
    })
  }
  // Fullwidth and ideographic punctuation left by translation ("Li Na，deputy director", "Co., Ltd.）said")
  // reads as its ASCII mark, so rules that look for a comma or a bracket find one; `cjk-punctuation`
  // reports it from the original text.
  if (cjkPunctuation.test(value)) value = value.replace(cjkPunctuations, asciiMark)
  // Nearly every text is well-formed, which one native check says (where the runtime has it) faster
  // than the regex.
  if (!isWellFormed(value)) {
    value = value.replace(loneSurrogate, (match, offset: number) => {
      replacements.push({ start: offset, end: offset + match.length, kind: 'lone-surrogate' })
      return '\uFFFD'
    })
  }

  replacements.sort((a, b) => a.start - b.start)
  return { text: value, replacements }
}

function isWellFormed(text: string): boolean {
  const check = (text as { isWellFormed?: () => boolean }).isWellFormed
  return typeof check === 'function' ? check.call(text) : false
}
