/**
 * A keyword-in-context line: the words before, the match marked, the words after, with "…" where the
 * paragraph goes on.
 */

type Props = {
  /** Text before the match. */
  readonly before: string
  /** The match. */
  readonly match: string
  /** Text after the match. */
  readonly after: string
  /** Whether there is more text before. */
  readonly truncatedStart: boolean
  /** Whether there is more text after. */
  readonly truncatedEnd: boolean
  /** Classes of the match's mark (default `hit`). */
  readonly markClass?: string
}

/** One KWIC line, as text. */
export function Kwic({ before, match, after, truncatedStart, truncatedEnd, markClass = 'hit' }: Props) {
  return (
    <>
      {truncatedStart ? '… ' : ''}
      {before}
      <mark class={markClass}>{match}</mark>
      {after}
      {truncatedEnd ? ' …' : ''}
    </>
  )
}

/** `Kwic` props from a search snippet (its display text and where the match is in it). */
export function snippetParts(snippet: {
  readonly text: string
  readonly match: { readonly start: number; readonly end: number }
  readonly truncatedStart: boolean
  readonly truncatedEnd: boolean
}): Props {
  return {
    before: snippet.text.slice(0, snippet.match.start),
    match: snippet.text.slice(snippet.match.start, snippet.match.end),
    after: snippet.text.slice(snippet.match.end),
    truncatedStart: snippet.truncatedStart,
    truncatedEnd: snippet.truncatedEnd,
  }
}
