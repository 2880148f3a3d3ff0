import { Text } from 'ink'
import { toTerminalText } from '../../lib/terminal-text.js'
import type { EntityTab } from '../entity-tabs.js'
import { groupedTop } from '../grouped-list.js'
import { bodyHeight } from '../layout.js'
import type { MentionsRoute } from '../routes.js'
import { type StatusInput, statusParts } from '../status-line.js'
import type { AppEnv } from '../step.js'
import type { MarkKind } from '../theme.js'
import { fit } from '../wrap.js'
import { PlaceList } from './PlaceList.js'
import { StatusBar } from './StatusBar.js'
import { TitleBar } from './TitleBar.js'

type Props = {
  /** The mention list's route. */
  readonly route: MentionsRoute
  /** Corpus, size and colour. */
  readonly env: AppEnv
  /** Breadcrumb, keys and notice for the status line. */
  readonly status: StatusInput
}

const kinds: Readonly<Record<EntityTab, MarkKind>> = {
  people: 'person',
  organizations: 'organization',
  places: 'place',
  money: 'money',
  dates: 'date',
  quotes: 'quote',
  speech: 'match',
}

const nouns: Readonly<Record<EntityTab, string>> = {
  people: 'person',
  organizations: 'organization',
  places: 'place',
  money: 'amount',
  dates: 'date',
  quotes: 'quoted term',
  speech: 'speaker',
}

const count = (value: number, noun: string) =>
  `${value.toLocaleString('en-US')} ${noun}${value === 1 ? '' : 's'}`

/** Every mention of one row of the entity browser, keyword in context, grouped by article. */
export function MentionsScreen({ route, env, status }: Props) {
  const { row, grouped } = env.data.mentions(route.rowKey)
  const height = bodyHeight(route, env.height, false)
  const top = groupedTop(grouped, route.top, route.cursor, height)
  const mentions = row?.mentions ?? []
  const parts = statusParts({
    ...status,
    width: env.columns,
    right: mentions.length === 0 ? '' : `${route.cursor + 1}/${mentions.length}`,
  })
  const summary = row
    ? `${nouns[row.tab]} · ${count(mentions.length, 'mention')} in ${count(row.articles, 'article')}`
    : 'not found'
  return (
    <>
      <TitleBar title={row?.name ?? route.rowKey} detail={summary} width={env.columns} />
      <Text dimColor wrap="truncate-end">
        {fit(toTerminalText(row?.detail || ' '), env.columns)}
      </Text>
      <PlaceList
        places={mentions}
        grouped={grouped}
        cursor={route.cursor}
        top={top}
        height={height}
        width={env.columns}
        colour={env.colour}
        active
        article={env.data.article}
        kind={row ? kinds[row.tab] : 'match'}
        note={(_, count) => `${count}`}
      />
      <StatusBar parts={parts} />
    </>
  )
}
