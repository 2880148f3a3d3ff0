/**
 * A short stretch of article text with a few marks (a speaker and a cue in a sentence), as text and
 * `<mark>` elements.
 */
import type { ComponentChildren } from 'preact'
import { type Mark, type Segment, segmentText } from '../lib/segment.js'

type Props = {
  /** The article text. */
  readonly text: string
  /** Offset of the stretch's first character. */
  readonly from: number
  /** Offset just past its last character. */
  readonly to: number
  /** The marks, each with the classes of its `<mark>`. */
  readonly marks: readonly Mark<string>[]
}

const spaces = /[\s\p{Cc}]+/gu

/** The stretch, white space collapsed, marks nested as they fall. */
export function MarkedRun({ text, from, to, marks }: Props) {
  return <>{render(segmentText(text, from, to, marks))}</>
}

function render(segments: readonly Segment<string>[]): ComponentChildren[] {
  return segments.map((segment) =>
    segment.kind === 'text' ? (
      segment.text.replace(spaces, ' ')
    ) : (
      <mark key={`${segment.start}-${segment.piece}`} class={segment.mark.data}>
        {render(segment.children)}
      </mark>
    ),
  )
}
