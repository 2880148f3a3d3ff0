/**
 * The left and right context of a concordance line, cleaned for display: white space (line breaks
 * included) collapsed to one space, control characters, escape sequences and invisible direction marks
 * made spaces, lone surrogates made U+FFFD — so a terminal or a web page can print it as it is.
 */
import { normalise } from '../normalise.js'
import type { Item } from './words.js'

/** How wide a context is: in characters (after cleaning) or in words. */
export type ContextUnit = 'chars' | 'words'

// After `normalise`, what remains to hide: white space and the invisible format characters that reorder
// or join text (bidi overrides, zero-width marks), which would make a line display differently from its text.
const blank = /[\s\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F]+/g

// Printable ASCII with single spaces needs no cleaning: most contexts, and the cheap case.
const plain = /^(?:[!-~]| (?! ))*$/

/** `text` cleaned for display, with runs of white space as one space (ends not trimmed). */
export function displayText(text: string): string {
  if (plain.test(text)) return text
  return normalise(text).text.replace(blank, ' ')
}

/** Drop a half surrogate pair left at either end by cutting a string. */
function wholeCharacters(text: string): string {
  return text.replace(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/g, '')
}

/**
 * The last `width` characters of cleaned `text.slice(from, to)`, without leading space. Reads backwards
 * from `to` in growing steps, so a long article costs no more than the context it shows.
 */
export function charsBefore(text: string, from: number, to: number, width: number): string {
  if (width === 0) return ''
  let step = width * 2 + 16
  for (;;) {
    const start = Math.max(from, to - step)
    const cleaned = displayText(text.slice(start, to))
    // Collapsed white space can make the window shorter than `width`: read further unless at the start.
    if (cleaned.length > width || start === from) return wholeCharacters(cleaned.slice(-width)).trimStart()
    step *= 4
  }
}

/** The first `width` characters of cleaned `text.slice(from, to)`, without trailing space. */
export function charsAfter(text: string, from: number, to: number, width: number): string {
  if (width === 0) return ''
  let step = width * 2 + 16
  for (;;) {
    const end = Math.min(to, from + step)
    const cleaned = displayText(text.slice(from, end))
    if (cleaned.length > width || end === to) return wholeCharacters(cleaned.slice(0, width)).trimEnd()
    step *= 4
  }
}

/**
 * The text from the `width`-th word before item `first` up to it (from `from` when there are fewer words),
 * cleaned; `items` are the article's items in order.
 */
export function wordsBefore(
  text: string,
  items: readonly Item[],
  first: number,
  from: number,
  width: number,
): string {
  if (width === 0) return ''
  let count = 0
  let start = from
  for (let index = first - 1; index >= 0; index--) {
    if (items[index]!.kind === 'word' && ++count === width) {
      start = items[index]!.start
      break
    }
  }
  return displayText(text.slice(start, items[first]!.start)).trimStart()
}

/** The text after item `last` up to the end of the `width`-th word after it (or `to`), cleaned. */
export function wordsAfter(
  text: string,
  items: readonly Item[],
  last: number,
  to: number,
  width: number,
): string {
  if (width === 0) return ''
  let count = 0
  let end = to
  for (let index = last + 1; index < items.length; index++) {
    if (items[index]!.kind === 'word' && ++count === width) {
      end = items[index]!.end
      break
    }
  }
  return displayText(text.slice(items[last]!.end, end)).trimEnd()
}
