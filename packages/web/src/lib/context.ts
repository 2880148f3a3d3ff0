/**
 * Keyword in context for the viewer's own lists (an entity's mentions, a ledger's amounts): the words
 * around a span, cut at word boundaries inside its paragraph, white space collapsed for display.
 */

/** A span with the text around it. */
export interface Context {
  /** Text before the span. */
  readonly before: string
  /** The span's own text. */
  readonly match: string
  /** Text after the span. */
  readonly after: string
  /** Whether the paragraph goes on before `before`. */
  readonly truncatedStart: boolean
  /** Whether the paragraph goes on after `after`. */
  readonly truncatedEnd: boolean
}

const spaces = /[\s\p{Cc}]+/gu
const collapse = (text: string) => text.replace(spaces, ' ')

/**
 * The text around `start`–`end` in `text`, at most about `width` characters of context on each side,
 * never outside `from`–`to` (the paragraph), cut at white space when there is some.
 */
export function contextAround(
  text: string,
  start: number,
  end: number,
  bounds: { readonly from: number; readonly to: number },
  width = 60,
): Context {
  let left = Math.max(bounds.from, start - width)
  if (left > bounds.from) {
    const space = text.slice(left, start).search(/\s/)
    if (space !== -1) left += space + 1
  }
  let right = Math.min(bounds.to, end + width)
  if (right < bounds.to) {
    const slice = text.slice(end, right)
    const space = slice.search(/\s\S*$/)
    if (space !== -1) right = end + space
  }
  return {
    before: collapse(text.slice(left, start)).replace(/^ /, ''),
    match: collapse(text.slice(start, end)),
    after: collapse(text.slice(end, right)).replace(/ $/, ''),
    truncatedStart: left > bounds.from,
    truncatedEnd: right < bounds.to,
  }
}
