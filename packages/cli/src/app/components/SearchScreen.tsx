import { Text } from 'ink'
import { toTerminalText } from '../../lib/terminal-text.js'
import { groupedTop } from '../grouped-list.js'
import { usePrepared } from '../hooks/use-prepared.js'
import { bodyHeight } from '../layout.js'
import type { SearchRoute } from '../routes.js'
import { type StatusInput, statusParts } from '../status-line.js'
import { type AppEnv, searchLimit } from '../step.js'
import { fit } from '../wrap.js'
import { BlankLines } from './BlankLines.js'
import { PlaceList } from './PlaceList.js'
import { StatusBar } from './StatusBar.js'
import { TitleBar } from './TitleBar.js'

type Props = {
  /** The search's route. */
  readonly route: SearchRoute
  /** Corpus, size and colour. */
  readonly env: AppEnv
  /** Breadcrumb, keys and notice for the status line. */
  readonly status: StatusInput
}

const help = 'Type words, "a phrase", person:"Name", org:Name or place:Name; results follow as you type.'

/** Corpus search: a query line and live, ranked results as keyword in context. */
export function SearchScreen({ route, env, status }: Props) {
  const { data } = env
  const ready = usePrepared(data.searchReady, data.prepareSearch)
  const height = bodyHeight(route, env.height, false)
  const query = route.query.trim()
  const search = ready && query !== '' ? data.search(route.query) : undefined
  const top = search ? groupedTop(search.grouped, route.top, route.cursor, height) : 0
  const info = !ready
    ? `Indexing ${data.corpus.articles.length.toLocaleString('en-US')} articles…`
    : !search
      ? help
      : search.messages.length > 0 && search.total === 0
        ? search.messages.join(' · ')
        : search.total === 0
          ? 'No article matches.'
          : `${search.total.toLocaleString('en-US')} article${search.total === 1 ? '' : 's'} match${search.total === 1 ? 'es' : ''}${
              search.total > search.shown ? `, the best ${searchLimit} shown` : ''
            }${search.messages.length > 0 ? ` · ${search.messages.join(' · ')}` : ''}`
  const parts = statusParts({
    ...status,
    width: env.columns,
    right: search && search.places.length > 0 ? `${route.cursor + 1}/${search.places.length}` : '',
  })
  return (
    <>
      <TitleBar title="Search" detail="titles and text of every article" width={env.columns} />
      <Text wrap="truncate-end">
        <Text bold>{' Search: '}</Text>
        {fit(toTerminalText(route.query), env.columns - 11)}
        {route.typing ? '▏' : ''}
      </Text>
      <Text dimColor wrap="truncate-end">
        {fit(` ${toTerminalText(info)}`, env.columns)}
      </Text>
      {search ? (
        <PlaceList
          places={search.places}
          grouped={search.grouped}
          cursor={route.cursor}
          top={top}
          height={height}
          width={env.columns}
          colour={env.colour}
          active
          article={data.article}
          kind="match"
          note={(id) => `score ${(search.scores.get(id) ?? 0).toFixed(1)}`}
        />
      ) : (
        <BlankLines count={height} />
      )}
      <StatusBar parts={parts} />
    </>
  )
}
