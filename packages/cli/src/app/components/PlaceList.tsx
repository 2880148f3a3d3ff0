import type { Article } from '@dalian-news/core'
import { Text } from 'ink'
import { toTerminalText } from '../../lib/terminal-text.js'
import { regionAt } from '../article-places.js'
import type { Grouped, Place } from '../grouped-list.js'
import { kwicLine } from '../kwic.js'
import { type MarkKind, markStyles, styleOf, uiStyles } from '../theme.js'
import { columns, fit, pad } from '../wrap.js'
import { BlankLines } from './BlankLines.js'

type Props = {
  /** The places, in the order shown. */
  readonly places: readonly Place[]
  /** The places grouped by article. */
  readonly grouped: Grouped
  /** Selected place. */
  readonly cursor: number
  /** First display line shown. */
  readonly top: number
  /** Lines available. */
  readonly height: number
  /** Columns available. */
  readonly width: number
  /** Whether colour is used. */
  readonly colour: boolean
  /** Whether the cursor is shown (not while typing a query). */
  readonly active: boolean
  /** The article with an id. */
  readonly article: (id: string) => Article | undefined
  /** How a place's text is highlighted. */
  readonly kind: MarkKind
  /** Something to show at the end of an article's header line (a score). */
  readonly note?: (articleId: string, count: number) => string
}

/** Places grouped under their article's title, each as keyword in context with its line and column. */
export function PlaceList(props: Props) {
  const { grouped, places, top, height, width, colour } = props
  const shown = grouped.lines.slice(top, top + height)
  const style = markStyles[props.kind]
  return (
    <>
      {shown.map((line, index) => {
        const key = top + index
        if (line.kind === 'header') {
          const article = props.article(line.articleId)
          const note = props.note?.(line.articleId, line.count) ?? ''
          const title = `${toTerminalText(article?.title ?? line.articleId)} (${toTerminalText(line.articleId)})`
          const room = Math.max(0, width - 1 - columns(note) - (note ? 2 : 0))
          const head = fit(title, room)
          return (
            <Text key={key} wrap="truncate-end">
              <Text bold>{` ${head}`}</Text>
              {' '.repeat(Math.max(0, width - 1 - columns(head) - columns(note)))}
              <Text dimColor>{note}</Text>
            </Text>
          )
        }
        const place = places[line.index]!
        const selected = props.active && line.index === props.cursor
        const article = props.article(place.articleId)
        const at = place.line === undefined ? '' : `${place.line}:${place.column ?? 1}`
        const prefix = `${selected ? '›' : ' '}  ${pad(at, 8)} `
        const room = Math.max(1, width - columns(prefix))
        const marks = colour ? 0 : columns(style.open) + columns(style.close)
        const region = article ? regionAt(article, place.start) : undefined
        const kwic = article
          ? kwicLine(article.text, place.start, place.end, {
              width: room - marks,
              keyColumn: Math.floor((room * 2) / 5),
              ...(region ? { from: region.start, to: region.end } : {}),
            })
          : { left: '', match: '', right: '' }
        const match = colour ? kwic.match : `${style.open}${kwic.match}${style.close}`
        return (
          <Text key={key} wrap="truncate-end" {...(selected ? uiStyles.selected : {})}>
            <Text dimColor={!selected}>{prefix}</Text>
            {kwic.left}
            <Text {...styleOf([props.kind], colour)}>{match}</Text>
            {fit(kwic.right, room - columns(kwic.left) - columns(match))}
          </Text>
        )
      })}
      <BlankLines count={height - shown.length} />
    </>
  )
}
