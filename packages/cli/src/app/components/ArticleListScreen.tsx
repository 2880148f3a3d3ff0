import { Text } from 'ink'
import { toTerminalText } from '../../lib/terminal-text.js'
import { bodyHeight } from '../layout.js'
import { articleColumns, columnWidths, listLine } from '../list-rows.js'
import type { ListRoute } from '../routes.js'
import { rangeLabel, topForCursor } from '../scroll.js'
import { type StatusInput, statusParts } from '../status-line.js'
import type { AppEnv } from '../step.js'
import { uiStyles } from '../theme.js'
import { fit } from '../wrap.js'
import { BlankLines } from './BlankLines.js'
import { StatusBar } from './StatusBar.js'
import { TitleBar } from './TitleBar.js'

type Props = {
  /** The list's route. */
  readonly route: ListRoute
  /** Corpus, size and colour. */
  readonly env: AppEnv
  /** Breadcrumb, keys and notice for the status line. */
  readonly status: StatusInput
}

/** The article list: title, date, words and people of each article; filter, sort, load error banner. */
export function ArticleListScreen({ route, env, status }: Props) {
  const { corpus } = env.data
  const articles = env.data.articles(route)
  const errors = corpus.errors.length
  const height = bodyHeight(route, env.height, errors > 0)
  const top = topForCursor(route.top, route.cursor, height, articles.length)
  const cols = articleColumns(corpus.articles)
  const widths = columnWidths(articles.slice(top, top + height), cols, env.columns - 2)
  const words = corpus.articles.reduce((sum, article) => sum + article.stats.words, 0)
  const order = `sort: ${route.sort} ${route.descending ? '↓' : '↑'}`
  const filter =
    route.filter === '' ? '' : `filter "${route.filter}": ${articles.length} of ${corpus.articles.length}`
  const rows = articles.slice(top, top + height)
  const prompt = route.filtering ? `Filter: ${toTerminalText(route.filter)}▏` : undefined
  const parts = statusParts({
    ...status,
    ...(prompt ? { prompt } : {}),
    width: env.columns,
    right: articles.length === 0 ? '' : rangeLabel(top, height, articles.length),
  })
  return (
    <>
      <TitleBar
        title="dalian-news"
        detail={
          filter ||
          `${corpus.articles.length.toLocaleString('en-US')} articles, ${words.toLocaleString('en-US')} words`
        }
        right={order}
        width={env.columns}
      />
      {errors > 0 && (
        <Text {...uiStyles.warning} wrap="truncate-end">
          {fit(
            `⚠ ${errors} file${errors === 1 ? '' : 's'} could not be loaded: press ! to see why`,
            env.columns,
          )}
        </Text>
      )}
      <Text dimColor wrap="truncate-end">
        {`  ${listLine(
          cols.map((col) => col.header),
          cols,
          widths,
        )}`.trimEnd()}
      </Text>
      {rows.map((article, index) => {
        const selected = top + index === route.cursor
        const line = `${selected ? '›' : ' '} ${listLine(
          cols.map((col) => col.value(article)),
          cols,
          widths,
        )}`
        return (
          <Text key={article.id} wrap="truncate-end" {...(selected ? uiStyles.selected : {})}>
            {line}
          </Text>
        )
      })}
      {articles.length === 0 && (
        <Text dimColor>
          {route.filter === '' ? '  No articles in this corpus.' : '  No article matches the filter.'}
        </Text>
      )}
      <BlankLines count={height - Math.max(rows.length, articles.length === 0 ? 1 : 0)} />
      <StatusBar parts={parts} />
    </>
  )
}
