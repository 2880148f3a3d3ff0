/**
 * White space as `\s` matches it, tested on character codes: names and phrases are nearly always single
 * spaced, and a scan turns them away where the regex would copy them anyway.
 */

/** Whether `code` is a code unit `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
export function isWhiteSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Whether `/\s+/g` → `' '` would change `text`: it holds white space other than a lone U+0020. */
export function hasLooseSpace(text: string): boolean {
  let previous = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x20 ? previous === 0x20 : isWhiteSpace(code)) return true
    previous = code
  }
  return false
}

/** `text` with each run of white space made one space (`text.replace(/\s+/g, ' ')`). */
export function singleSpaced(text: string): string {
  return hasLooseSpace(text) ? text.replace(/\s+/g, ' ') : text
}
