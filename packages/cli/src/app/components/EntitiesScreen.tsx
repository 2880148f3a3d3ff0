import { Text } from 'ink'
import { toTerminalText } from '../../lib/terminal-text.js'
import { entityTabs } from '../entity-tabs.js'
import { usePrepared } from '../hooks/use-prepared.js'
import { bodyHeight } from '../layout.js'
import { columnWidths, entityColumns } from '../list-rows.js'
import type { EntitiesRoute } from '../routes.js'
import { rangeLabel, topForCursor } from '../scroll.js'
import { type StatusInput, statusParts } from '../status-line.js'
import type { AppEnv } from '../step.js'
import { uiStyles } from '../theme.js'
import { columns, fit, pad } from '../wrap.js'
import { BlankLines } from './BlankLines.js'
import { StatusBar } from './StatusBar.js'
import { TabBar } from './TabBar.js'
import { TitleBar } from './TitleBar.js'

type Props = {
  /** The entity browser's route. */
  readonly route: EntitiesRoute
  /** Corpus, size and colour. */
  readonly env: AppEnv
  /** Breadcrumb, keys and notice for the status line. */
  readonly status: StatusInput
}

const shortLabels = ['People', 'Orgs', 'Places', 'Money', 'Dates', 'Quotes', 'Speech']

/** Tabs of people, organizations, places, money, dates, quoted terms and speech, each row with counts. */
export function EntitiesScreen({ route, env, status }: Props) {
  const ready = usePrepared(env.data.entitiesReady, env.data.prepareEntities)
  if (!ready) {
    const count = env.data.corpus.articles.length.toLocaleString('en-US')
    return (
      <>
        <TitleBar title="Entities" detail={`collecting them from ${count} articles…`} width={env.columns} />
        <BlankLines count={env.height - 2} />
        <StatusBar parts={statusParts({ ...status, width: env.columns })} />
      </>
    )
  }
  return <EntityTabs route={route} env={env} status={status} />
}

function EntityTabs({ route, env, status }: Props) {
  const index = env.data.entities()
  const rows = env.data.entityRows(route)
  const height = bodyHeight(route, env.height, false)
  const top = topForCursor(route.top, route.cursor, height, rows.length)
  const shown = rows.slice(top, top + height)
  const cols = entityColumns()
  const widths = columnWidths(shown, cols, env.columns - 2)
  const active = entityTabs.findIndex((tab) => tab.id === route.tab)
  const counts = entityTabs.map((tab) => index.rows(tab.id).length)
  const prompt = route.filtering ? `Filter: ${toTerminalText(route.filter)}▏` : undefined
  const parts = statusParts({
    ...status,
    ...(prompt ? { prompt } : {}),
    width: env.columns,
    right: rows.length === 0 ? '' : rangeLabel(top, height, rows.length),
  })
  const detail =
    route.filter === ''
      ? `${entityTabs[active]!.label}, ${route.sort === 'count' ? 'most mentioned first' : 'by name'}`
      : `filter "${route.filter}": ${rows.length} of ${counts[active]}`
  return (
    <>
      <TitleBar
        title="Entities"
        detail={detail}
        right={`${env.data.corpus.articles.length.toLocaleString('en-US')} articles`}
        width={env.columns}
      />
      <TabBar
        labels={entityTabs.map((tab, at) => `${tab.label} ${counts[at]}`)}
        short={shortLabels.map((label, at) => `${label} ${counts[at]}`)}
        active={active}
        width={env.columns}
        colour={env.colour}
      />
      <Text dimColor wrap="truncate-end">
        {`  ${cols.map((col, at) => pad(col.header, widths[at]!, col.align)).join('  ')}`.trimEnd()}
      </Text>
      {shown.map((row, at) => {
        const selected = top + at === route.cursor
        const name = fit(toTerminalText(row.name), widths[0]!)
        const more = row.detail ? fit(`  ${toTerminalText(row.detail)}`, widths[0]! - columns(name)) : ''
        const filler = ' '.repeat(Math.max(0, widths[0]! - columns(name) - columns(more)))
        const counts = cols
          .slice(1)
          .map((col, column) => pad(col.value(row), widths[column + 1]!, col.align))
          .join('  ')
        return (
          <Text key={row.key} wrap="truncate-end" {...(selected ? uiStyles.selected : {})}>
            {selected ? '› ' : '  '}
            {name}
            <Text dimColor={!selected}>{more}</Text>
            {`${filler}  ${counts}`}
          </Text>
        )
      })}
      {rows.length === 0 && (
        <Text dimColor>{route.filter === '' ? '  Nothing found.' : '  No row matches the filter.'}</Text>
      )}
      <BlankLines count={height - Math.max(shown.length, rows.length === 0 ? 1 : 0)} />
      <StatusBar parts={parts} />
    </>
  )
}
