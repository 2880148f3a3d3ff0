/**
 * Small character tests shared by the diagnostic rules. They take UTF-16 code units, because rules walk
 * text with `charCodeAt` rather than running a regular expression per token.
 */

/** Whether `code` belongs to CJK text (ideographs, kana, hangul), where CJK punctuation is at home. */
export function isCjkLetter(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || // hiragana, katakana
    (code >= 0x3400 && code <= 0x9fff) || // ideographs (and extension A)
    (code >= 0xac00 && code <= 0xd7af) || // hangul syllables
    (code >= 0x1100 && code <= 0x11ff) || // hangul jamo
    (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs
    (code >= 0xd840 && code <= 0xd87f) // high surrogates of the supplementary ideographs
  )
}

/** Whether `code` is an ASCII letter or digit, or any letter outside ASCII. */
export function isAlphanumeric(code: number): boolean {
  return isDigit(code) || isLetter(code)
}

/** Whether `code` is an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

const letter = /\p{L}/u

/** Whether `code` is a letter (ASCII fast path, Unicode for the rest). */
export function isLetter(code: number): boolean {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return true
  return code > 0x7f && letter.test(String.fromCharCode(code))
}

const lowerCase = /^\p{Ll}/u
const upperCase = /\p{Lu}/u
const digit = /\d/

/** Whether `word` starts with a lower-case letter. */
export function startsLowerCase(word: string): boolean {
  return lowerCase.test(word)
}

/** Whether `word` looks like a product or unit name (`iPhone`, `eBay`, `mRNA`, `x86`): not a mistake. */
export function isMixedCase(word: string): boolean {
  return upperCase.test(word.slice(1)) || digit.test(word)
}

// Names for the white space the normaliser turns into plain spaces, so a reason can say what was there.
const spaceNames: Record<string, string> = {
  ' ': 'space',
  '\t': 'tab',
  '\u00A0': 'no-break space',
  '\u1680': 'ogham space',
  '\u2000': 'en quad',
  '\u2001': 'em quad',
  '\u2002': 'en space',
  '\u2003': 'em space',
  '\u2004': 'three-per-em space',
  '\u2005': 'four-per-em space',
  '\u2006': 'six-per-em space',
  '\u2007': 'figure space',
  '\u2008': 'punctuation space',
  '\u2009': 'thin space',
  '\u200A': 'hair space',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
  '\u202F': 'narrow no-break space',
  '\u205F': 'medium mathematical space',
  '\u3000': 'ideographic space',
}

/** The name of a white-space character (`no-break space`), or `undefined` when it is not one. */
export function spaceName(char: string): string | undefined {
  return spaceNames[char]
}

// Characters a reason must not carry raw: controls (a terminal would act on them) and invisible spaces.
const unsafe = /[\u0000-\u001F\u007F-\u00A0\u1680\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/g

/** `value` in backticks for a reason, with control and invisible characters written as `\uXXXX`. */
export function show(value: string): string {
  // Most values are a word or a mark of plain text: no need to run the replacement on them.
  const escaped = isPlain(value)
    ? value
    : value.replace(unsafe, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return `\`${escaped}\``
}

// Whether `value` has only printable ASCII, which `unsafe` never matches.
function isPlain(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 0x20 || code > 0x7e) return false
  }
  return true
}
