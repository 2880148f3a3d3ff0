/**
 * Quotes whose closing mark is of the other kind, for retext-quotes. Translated news closes a double mark
 * with a single one (`"bridgehead' in …`, `"do research that counts''`) and a single one with a double one
 * (`‘chain leader" system`). A mark left open is only looked at again when it would be dropped: a new
 * opening mark of its kind or the end of the paragraph, so a paragraph whose marks pair adds no work.
 */
import { knownPlaces } from '../data/places.js'
import type { QuoteFinding } from '../findings.js'
import { isWhiteSpace } from '../white-space.js'

/** An opening mark waiting for its closing mark. */
export interface OpenMark {
  /** Offset of the mark. */
  readonly offset: number
  /** The mark. */
  readonly char: string
}

// Longest quote closed by a mark of the other kind: such quotes are terms and titles, and a longer reach
// would pair a stray mark with an apostrophe far away.
const maxLength = 100
const letter = /\p{L}/u

/**
 * Close the mark `pending`, left open before offset `limit`, with the first straight single mark (or a
 * doubled one, `''`) after it that ends a word and is followed by no letter; a double mark may also be
 * closed by a curly single one. "the workers' union" (a plural possessive, "s'" before a space) closes
 * nothing, unless nothing else does and the words from the double mark to it are a title ("Songs across
 * Rivers' final night"), not a place's name (`said "The Philippines' ports …`, a quote left open); "their
 * partners'." at the end of a phrase does. A ’ that closes a ‘ opened
 * after the double mark (`"… ‘never stop’, …`) is that quote's, not the double mark's.
 */
export function closeStray(
  text: string,
  base: number,
  pending: OpenMark,
  limit: number,
  found: QuoteFinding[],
): void {
  const from = pending.offset - base + 1
  if (from < 1) return
  const double = pending.char !== '‘'
  const to = Math.min(limit - base, from + maxLength)
  let inner = 0
  let possessive = -1
  for (let index = from + 1; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x2018) inner++
    else if (code === 0x2019 && inner > 0) {
      inner--
      continue
    }
    if (code !== 0x27 && !(double && code === 0x2019)) continue
    const doubled = code === 0x27 && text.charCodeAt(index + 1) === 0x27
    const after = index + (doubled ? 2 : 1) < text.length ? text.charCodeAt(index + (doubled ? 2 : 1)) : -1
    const before = text.charCodeAt(index - 1)
    if (isWhiteSpace(before) || isLetter(after) || !closesHere(after)) continue
    if (!doubled && before === 0x73 && isWhiteSpace(after)) {
      if (possessive === -1 && double) possessive = index
      continue
    }
    push(text, base, pending.offset, base + index, found)
    return
  }
  if (possessive !== -1 && lowerAfter(text, possessive + 1) && titleLike(text.slice(from, possessive))) {
    push(text, base, pending.offset, base + possessive, found)
  }
}

// A few capitalised words with small words between, first and last capitalised, before a lower-case word:
// "Songs across Rivers' final night". Such a quote closed by "s'" is a title, not a plural possessive
// ("the workers' union"), nor a name that goes on ("Caring for Workers' Rights"), nor a place's possessive
// that opens what is said ("The Netherlands' growers …").
const title = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,6}\s+\p{Lu}[\p{L}'’-]*$/u
const lowerWord = /(?:^|\s)(\p{Ll}[\p{L}'’-]*)/gu
// biome-ignore format: packed list
const titleSmallWords = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'without', 'from',
  'by', 'into', 'over', 'under', 'beyond', 'across', 'through', 'between', 'among', 'as',
])

function lowerAfter(text: string, from: number): boolean {
  let at = from
  while (at < text.length && isWhiteSpace(text.charCodeAt(at))) at++
  const code = text.charCodeAt(at)
  return code >= 0x61 && code <= 0x7a
}

function titleLike(quoted: string): boolean {
  if (!title.test(quoted)) return false
  const name = quoted.trim()
  if (knownPlaces.has(name) || knownPlaces.has(name.replace(/^The\s+/, ''))) return false
  for (const word of quoted.matchAll(lowerWord)) if (!titleSmallWords.has(word[1]!)) return false
  return true
}

/** `‘chain leader" system`: close the single mark `pending` with the double mark at offset `close`. */
export function closeSingleByDouble(
  text: string,
  base: number,
  pending: OpenMark,
  close: number,
  found: QuoteFinding[],
): void {
  if (pending.offset >= base && close - pending.offset <= maxLength)
    push(text, base, pending.offset, close, found)
}

// The quote between the marks at offsets `open` and `close`, trimmed of white space.
function push(text: string, base: number, open: number, close: number, found: QuoteFinding[]): void {
  let start = open + 1
  let end = close
  while (start < end && isWhiteSpace(text.charCodeAt(start - base))) start++
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1 - base))) end--
  if (start < end) found.push({ start, end, open, close, rule: 'quote-mismatched' })
}

/** After a closing mark: nothing, white space, punctuation that ends a phrase, or another closing mark. */
export function closesHere(code: number): boolean {
  return (
    code === -1 ||
    isWhiteSpace(code) ||
    code === 0x2e || // .
    code === 0x2c || // ,
    code === 0x3b || // ;
    code === 0x3a || // :
    code === 0x21 || // !
    code === 0x3f || // ?
    code === 0x29 || // )
    code === 0x5d || // ]
    code === 0x7d || // }
    code === 0x2d || // -
    code === 0x2f || // /
    code === 0x2013 ||
    code === 0x2014 ||
    code === 0x2026 ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0xbb ||
    code === 0x3002 || // 。
    code === 0xff0c || // ，
    code === 0xff1b || // ；
    code === 0xff1a || // ：
    code === 0xff01 || // ！
    code === 0xff1f || // ？
    code === 0x3001 || // 、
    code === 0x300d ||
    code === 0x300f
  )
}

/** Whether the character code is a letter. */
export function isLetter(code: number): boolean {
  if (code === -1) return false
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code > 0x7f && letter.test(String.fromCharCode(code)))
  )
}
