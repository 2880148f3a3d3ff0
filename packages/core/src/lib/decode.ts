/**
 * Turning the bytes of a file into text, or saying clearly why they are not text.
 */
import type { CorpusErrorCode } from './corpus.js'

/** The result of `decodeText`: the text, or why there is none. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { readonly ok: false; readonly code: CorpusErrorCode; readonly reason: string }

/**
 * Decode `bytes` as UTF-8 (or UTF-16 with a byte order mark). A UTF-8 byte order mark is kept in the text,
 * so offsets match the file.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0)
    return { ok: false, code: 'empty', reason: 'Unexpected empty file: expected article text' }
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8'
  if (encoding === 'utf-8') {
    const nul = bytes.indexOf(0)
    if (nul !== -1) {
      return {
        ok: false,
        code: 'binary',
        reason: `Unexpected NUL byte at offset ${nul}: this looks like a binary file`,
      }
    }
    const invalid = firstInvalidUtf8(bytes)
    if (invalid !== -1) {
      return {
        ok: false,
        code: 'invalid-utf8',
        reason: `Unexpected byte 0x${bytes[invalid]!.toString(16).padStart(2, '0')} at offset ${invalid}: expected UTF-8 text`,
      }
    }
  }
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: encoding === 'utf-8' }).decode(bytes)
  } catch {
    return {
      ok: false,
      code: 'invalid-utf8',
      reason: `Unexpected bytes: expected ${encoding.toUpperCase()} text`,
    }
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return {
      ok: false,
      code: 'empty',
      reason: 'Unexpected file with only white space: expected article text',
    }
  }
  if (looksBinary(text)) {
    return {
      ok: false,
      code: 'binary',
      reason: 'Unexpected control characters in most of the file: this looks like a binary file',
    }
  }
  return { ok: true, text, encoding }
}

// TextDecoder says that bytes are invalid but not where; the offset makes the message actionable.
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    if (byte < 0x80) {
      index++
      continue
    }
    let needed: number
    let min: number
    if (byte >= 0xc2 && byte <= 0xdf) [needed, min] = [1, 0x80]
    else if (byte >= 0xe0 && byte <= 0xef) [needed, min] = [2, 0x800]
    else if (byte >= 0xf0 && byte <= 0xf4) [needed, min] = [3, 0x10000]
    else return index
    let code = byte & (0x3f >> needed)
    for (let offset = 1; offset <= needed; offset++) {
      const next = bytes[index + offset]
      if (next === undefined || (next & 0xc0) !== 0x80) return index
      code = (code << 6) | (next & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return index
    index += needed + 1
  }
  return -1
}

// Text with more than a tenth of its characters as C0 controls (other than tab, LF, CR) is not prose.
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536)
  let controls = 0
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index)
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) controls++
  }
  return controls > sample.length / 10
}
