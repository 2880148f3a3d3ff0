/** A 1-based line and column. */
export interface LineColumn {
  readonly line: number
  readonly column: number
}

/**
 * Line and column of every offset of `text`, computed without vfile-location so tests check the core
 * against an independent reading: a line ends at `\n`, `\r\n` or a lone `\r`; columns count UTF-16 code
 * units.
 */
export function lineColumns(text: string): (offset: number) => LineColumn {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '\r' && text[index + 1] === '\n') {
      index++
      lineStarts.push(index + 1)
    } else if (char === '\r' || char === '\n') {
      lineStarts.push(index + 1)
    }
  }
  return (offset) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 }
  }
}
