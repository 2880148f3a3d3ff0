import { Box, type Key, Text, useApp, useInput } from 'ink'
import { type ReactNode, type RefObject, useMemo, useRef, useState } from 'react'
import { toTerminalText } from '../../lib/terminal-text.js'
import type { AppData } from '../app-data.js'
import { type CorpusSource, useCorpus } from '../hooks/use-corpus.js'
import { type TerminalSize, useTerminalSize } from '../hooks/use-terminal-size.js'
import { keyPresses } from '../key-name.js'
import { keymapSection } from '../keymap.js'
import { frameHeight, minimumSize } from '../layout.js'
import { type AppState, currentRoute, initialState } from '../routes.js'
import { crumbOf, hintsOf, type StatusInput } from '../status-line.js'
import type { AppEnv } from '../step.js'
import { bindingsFor, contextOf, update } from '../update.js'
import { ArticleListScreen } from './ArticleListScreen.js'
import { EntitiesScreen } from './EntitiesScreen.js'
import { ErrorsScreen } from './ErrorsScreen.js'
import { HelpOverlay } from './HelpOverlay.js'
import { LoadingScreen } from './LoadingScreen.js'
import { MentionsScreen } from './MentionsScreen.js'
import { ReaderScreen } from './ReaderScreen.js'
import { SearchScreen } from './SearchScreen.js'
import { TooSmall } from './TooSmall.js'

type Props = {
  /** The corpus, or how to load it. */
  readonly source: CorpusSource
  /** Whether to use colour (else highlights are bracketed). */
  readonly colour: boolean
  /** A fixed size (tests); by default the terminal's, following resizes. */
  readonly size?: TerminalSize
  /** The state to start in (default: the article list). */
  readonly initial?: AppState
}

/** The terminal browser: loads the corpus, then shows the screen on top of the route stack. */
export function App({ source, colour, size, initial }: Props) {
  const terminal = useTerminalSize()
  const { columns, rows } = size ?? terminal
  const corpus = useCorpus(source)
  const { exit } = useApp()
  const small = columns < minimumSize.columns || rows < minimumSize.rows
  // One input handler for the app's whole life. Ink subscribes a handler in an effect, which runs after
  // the frame is drawn; a handler of the browser's own would miss a key pressed the moment the loaded
  // corpus is first shown. The browser instead puts its handler here while it renders.
  const browserKeys = useRef<KeyHandler | undefined>(undefined)
  useInput((input, key) => {
    const handler = browserKeys.current
    if (handler) handler(input, key)
    // q and Ctrl+C quit while the corpus loads.
    else if (input === 'q' || (key.ctrl && input === 'c')) exit()
  })
  const height = frameHeight(rows)
  let body: ReactNode
  // The browser stays mounted while the terminal is too small, so its place is kept for when it grows.
  if (corpus.status === 'ready')
    body = (
      <Browser
        data={corpus.data}
        colour={colour}
        columns={columns}
        rows={rows}
        small={small}
        initial={initial}
        keys={browserKeys}
      />
    )
  else if (small) body = <TooSmall columns={columns} rows={rows} />
  else if (corpus.status === 'loading')
    body = (
      <LoadingScreen
        dir={'dir' in source ? source.dir : ''}
        done={corpus.done}
        total={corpus.total}
        width={columns}
        height={height}
      />
    )
  else body = <LoadingFailed message={corpus.message} />
  return (
    <Box flexDirection="column" width={columns} height={small ? undefined : height} overflow="hidden">
      {body}
    </Box>
  )
}

function LoadingFailed({ message }: { readonly message: string }) {
  return (
    <>
      <Text bold>Cannot load the corpus</Text>
      <Text wrap="wrap">{toTerminalText(message)}</Text>
      <Text>q quits.</Text>
    </>
  )
}

/** What the browser does with a key. */
type KeyHandler = (input: string, key: Key) => void

type BrowserProps = {
  readonly data: AppData
  readonly colour: boolean
  readonly columns: number
  readonly rows: number
  readonly small: boolean
  readonly initial: AppState | undefined
  /** Where to put the browser's key handler (see `App`). */
  readonly keys: RefObject<KeyHandler | undefined>
}

function Browser({ data, colour, columns, rows, small, initial, keys }: BrowserProps) {
  const height = frameHeight(rows)
  const { exit } = useApp()
  const [state, setState] = useState<AppState>(initial ?? initialState)
  const env: AppEnv = useMemo(() => ({ data, columns, height, colour }), [data, columns, height, colour])
  // The state only changes here, so the ref is always the latest: keys arriving together apply in order.
  const stateRef = useRef(state)
  const envRef = useRef(env)
  envRef.current = env
  keys.current = (input, key) => {
    if (small) {
      if (input === 'q' || (key.ctrl && input === 'c')) exit()
      return
    }
    let next = stateRef.current
    for (const press of keyPresses(input, key)) {
      const result = update(next, press, envRef.current)
      if (result === 'quit') {
        exit()
        return
      }
      next = result
    }
    stateRef.current = next
    setState(next)
  }
  if (small) return <TooSmall columns={columns} rows={rows} />
  const route = currentRoute(state)
  const status: StatusInput = {
    crumbs: state.stack.map((item) => crumbOf(item, data)),
    hints: hintsOf(bindingsFor(state, env)),
    ...(state.notice === undefined ? {} : { notice: state.notice }),
  }
  const props = { env, status }
  return (
    <>
      {route.screen === 'list' && <ArticleListScreen route={route} {...props} />}
      {route.screen === 'reader' && <ReaderScreen route={route} {...props} />}
      {route.screen === 'entities' && <EntitiesScreen route={route} {...props} />}
      {route.screen === 'mentions' && <MentionsScreen route={route} {...props} />}
      {route.screen === 'search' && <SearchScreen route={route} {...props} />}
      {route.screen === 'errors' && <ErrorsScreen route={route} {...props} />}
      {state.help && (
        <HelpOverlay
          title={keymapSection(contextOf(route)).title}
          bindings={bindingsFor(state, env)}
          top={state.helpTop}
          width={columns}
          height={height}
        />
      )}
    </>
  )
}
