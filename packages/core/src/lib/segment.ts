/**
 * Splitting a normalised text into the blocks the parser sees, and the blocks into sections.
 *
 * `retext-english` slows down worse than linearly on long strings, so it is
 * given one paragraph at a time, and a paragraph longer than `maxChunk` is cut
 * into chunks at sentence ends (or white space) first.
 *
 * A tree costs ~100 bytes of memory per byte of text, so a huge article is annotated in sections of
 * whole paragraphs of about `maxSection` code units, one section's tree at a time.
 */

/** A `[start, end)` stretch of the text. */
export interface Range {
  readonly start: number
  readonly end: number
}

/** Chunks are at most this long (code units) unless no better cut exists. */
export const maxChunk = 16_384

/** Sections are at most this long (code units) unless one paragraph is longer. */
export const maxSection = 1_000_000

/**
 * Find the blocks of `text` between `from` and the end: maximal runs of
 * non-blank lines, each trimmed of surrounding white space.
 */
export function findBlocks(text: string, from: number): Range[] {
  const blocks: Range[] = []
  let cursor = from
  const push = (start: number, end: number) => {
    const range = trim(text, start, end)
    if (range) blocks.push(range)
  }
  // A blank line is a line feed, spaces or tabs, and another line feed (`/\n[ \t]*(?=\n)/g`), found
  // by jumping from line feed to line feed: a regex would look at every character of the text.
  let newline = text.indexOf('\n', from)
  while (newline !== -1) {
    let end = newline + 1
    while (isSpaceOrTab(text.charCodeAt(end))) end++
    if (text.charCodeAt(end) === 10) {
      push(cursor, newline)
      cursor = end
      newline = end
    } else newline = text.indexOf('\n', end)
  }
  push(cursor, text.length)
  return blocks
}

/** Split the first line off a block: the title line and what follows it, if anything. */
export function splitFirstLine(text: string, block: Range): [Range, Range | undefined] {
  const newline = text.indexOf('\n', block.start)
  if (newline === -1 || newline >= block.end) return [block, undefined]
  const first = trim(text, block.start, newline)!
  return [first, trim(text, newline + 1, block.end)]
}

/**
 * Group `blocks` (in text order) into sections: runs of whole blocks that together span at most `limit`
 * code units, as `[start, end)` indices into `blocks`. A block longer than `limit` is a section of its
 * own; no blocks make one empty section, so an empty article is still annotated once.
 */
export function groupSections(blocks: readonly Range[], limit = maxSection): Range[] {
  const sections: Range[] = []
  let start = 0
  for (let index = 1; index < blocks.length; index++) {
    if (blocks[index]!.end - blocks[start]!.start > limit) {
      sections.push({ start, end: index })
      start = index
    }
  }
  sections.push({ start, end: blocks.length })
  return sections
}

/** Cut a block into chunks of at most `maxChunk` code units, preferring sentence ends. */
export function chunk(text: string, block: Range, limit = maxChunk): Range[] {
  const chunks: Range[] = []
  let start = block.start
  while (block.end - start > limit) {
    const cut = findCut(text, start, start + limit)
    chunks.push({ start, end: cut })
    start = cut
  }
  chunks.push({ start, end: block.end })
  return chunks
}

function findCut(text: string, start: number, limit: number): number {
  const window = text.slice(start, limit)
  let best = -1
  const sentenceEnd = /[.!?。！？]["'”’)\]]*\s+/g
  for (let match = sentenceEnd.exec(window); match; match = sentenceEnd.exec(window)) {
    best = match.index + match[0].length
  }
  if (best > window.length / 2) return start + best
  const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'), window.lastIndexOf('\t'))
  if (space > 0) return start + space + 1
  // No white space at all: cut anywhere, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1)
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit
}

function trim(text: string, start: number, end: number): Range | undefined {
  let from = start
  let to = end
  while (from < to && isSpace(text.charCodeAt(from))) from++
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--
  return from < to ? { start: from, end: to } : undefined
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10
}
