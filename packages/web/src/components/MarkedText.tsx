/**
 * Segmented article text as elements: sentences, highlighted mentions (links to their permalink) and
 * messages. Article text only ever becomes text nodes.
 */
import type { ComponentChildren } from 'preact'
import type { Highlight } from '../lib/highlights.js'
import type { Segment } from '../lib/segment.js'

/** What the marks need to know to render. */
export interface MarkContext {
  /** The permalink of the mention or amount starting at `start`. */
  readonly hrefFor: (start: number) => string
  /** Start offset of the mention in focus. */
  readonly focusedMention?: number
  /** Index of the sentence in focus. */
  readonly focusedSentence?: number
  /** Id of the article entity whose mentions are marked. */
  readonly selectedEntity?: string
}

type Props = {
  readonly segments: readonly Segment<Highlight>[]
  readonly context: MarkContext
}

// Control characters are shown as their Unicode pictures (U+2400…), one for one, so they are visible and
// every offset still matches the text.
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g
const visible = (text: string) =>
  text.replace(controls, (char) =>
    String.fromCharCode(char === '\u007F' ? 0x2421 : 0x2400 + char.charCodeAt(0)),
  )

const typeNames = { person: 'Person', organization: 'Organization', place: 'Place', money: 'Money' } as const

/** Render `segments` (from `segmentText`) inside the current element. */
export function MarkedText({ segments, context }: Props) {
  return <>{renderSegments(segments, context, false)}</>
}

function renderSegments(
  segments: readonly Segment<Highlight>[],
  context: MarkContext,
  inLink: boolean,
): ComponentChildren[] {
  return segments.map((segment) => {
    if (segment.kind === 'text') return visible(segment.text)
    const data = segment.mark.data
    const key = `${data.type}-${segment.start}-${segment.end}-${segment.piece}`
    if (data.type === 'sentence') {
      const focused = context.focusedSentence === data.index
      return (
        <span
          key={key}
          class={focused ? 'sentence is-focused' : 'sentence'}
          id={segment.piece === 0 ? `s-${data.index}` : undefined}
          tabIndex={focused && segment.piece === 0 ? -1 : undefined}
        >
          {renderSegments(segment.children, context, inLink)}
        </span>
      )
    }
    if (data.type === 'diagnostic') {
      const message = data.message
      const note =
        segment.piece === 0 ? (
          <span class="diag-note" role="note">
            <span aria-hidden="true">⚠ </span>
            {message.reason}
            {message.ruleId ? <span class="diag-rule"> ({message.ruleId})</span> : null}
          </span>
        ) : null
      if (segment.start === segment.end) return <span key={key}>{note}</span>
      return (
        <span key={key}>
          <span class="diag">{renderSegments(segment.children, context, inLink)}</span>
          {note}
        </span>
      )
    }
    const start = segment.mark.start
    const selected = data.type !== 'money' && context.selectedEntity === data.entity.id
    const focused = context.focusedMention === start
    const classes = ['hl', `hl-${data.type}`, selected ? 'is-selected' : '', focused ? 'is-focused' : '']
      .filter(Boolean)
      .join(' ')
    const title =
      data.type === 'money'
        ? `${typeNames.money}: ${data.money.amount} ${data.money.currency}`
        : `${typeNames[data.type]}: ${data.entity.name}`
    const children = renderSegments(segment.children, context, true)
    // A mention inside a mention (a place in a body's name) stays a highlight, not a link in a link.
    if (inLink) {
      return (
        <span key={key} class={classes} title={title}>
          {children}
        </span>
      )
    }
    return (
      <a
        key={key}
        class={classes}
        href={context.hrefFor(start)}
        title={title}
        data-start={segment.piece === 0 ? start : undefined}
        aria-current={focused ? 'true' : undefined}
      >
        {children}
      </a>
    )
  })
}
