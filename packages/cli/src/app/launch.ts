/**
 * Starting the terminal browser in a real terminal: the alternate screen, Ink, the corpus loading behind
 * the first frame, and putting the terminal back however the program ends (quit, crash, signal).
 */
import { type Instance, render } from 'ink'
import { createElement } from 'react'
import { toTerminalText } from '../lib/terminal-text.js'
import { enterAlternateScreen, wantsColour } from './alternate-screen.js'
import { App } from './components/App.js'
import type { CorpusSource } from './hooks/use-corpus.js'

/** Options for `browse`. */
export interface BrowseOptions {
  /** Folder of articles. */
  readonly dir: string
  /** `false` for `--no-color` (default: colour when the terminal has it and `NO_COLOR` is not set). */
  readonly color?: boolean
  /** Environment variables (for `NO_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>
}

const signals = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const

/**
 * Browse the corpus in `options.dir` until the person quits. Resolves to the exit code, or `undefined`
 * when standard input or output is not a terminal (the caller then prints the plain overview).
 */
export async function browse(options: BrowseOptions): Promise<number | undefined> {
  const { stdout, stdin, stderr } = process
  if (!stdout.isTTY || !stdin.isTTY) return undefined
  const colour = wantsColour(options.color, options.env, stdout.hasColors?.() ?? true)
  const source: CorpusSource = {
    dir: options.dir,
    // The core is imported after the first frame is drawn: it is most of what there is to load.
    load: async (onProgress) => {
      const [{ loadCorpus }, { createAppData }] = await Promise.all([
        import('@dalian-news/core/node'),
        import('./app-data.js'),
      ])
      return createAppData(await loadCorpus(options.dir, { onProgress }))
    },
  }

  const leave = enterAlternateScreen(stdout)
  let instance: Instance | undefined
  let size = `${stdout.columns}x${stdout.rows}`
  // Registered before Ink's own listener: after a resize the terminal may have reflowed or cut the old
  // frame, so the screen is cleared and Ink told to draw the next frame whole rather than patch it.
  const onResize = () => {
    const next = `${stdout.columns}x${stdout.rows}`
    if (next === size) return
    size = next
    stdout.write('\u001B[2J\u001B[H')
    instance?.clear()
  }
  stdout.on('resize', onResize)

  const restore = () => {
    stdout.off('resize', onResize)
    try {
      instance?.unmount()
    } catch {
      // Already unmounted, or Ink itself is what failed: the terminal still has to be put back.
    }
    leave()
  }
  const fail = (error: unknown) => {
    restore()
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
    stderr.write(
      `dalian-news: the browser stopped on an unexpected error:\n${toTerminalText(message, { keepNewlines: true })}\n`,
    )
    process.exit(2)
  }
  const onSignal = (signal: keyof typeof signals) => {
    restore()
    process.exit(signals[signal])
  }
  const handlers = Object.keys(signals).map((signal) => {
    const handler = () => onSignal(signal as keyof typeof signals)
    process.once(signal, handler)
    return [signal, handler] as const
  })
  process.on('uncaughtException', fail)
  process.on('unhandledRejection', fail)
  process.once('exit', leave)

  try {
    instance = render(createElement(App, { source, colour }), {
      exitOnCtrlC: false,
      patchConsole: true,
      // Ink's incremental mode lands one line low when a frame ends in a newline (as ours do, one row
      // short of the terminal); whole frames are redrawn instead, inside synchronized-output brackets.
      maxFps: 60,
    })
    await instance.waitUntilExit()
    return 0
  } catch (error) {
    restore()
    stderr.write(`dalian-news: ${toTerminalText(error instanceof Error ? error.message : String(error))}\n`)
    return 2
  } finally {
    restore()
    for (const [signal, handler] of handlers) process.off(signal, handler)
    process.off('uncaughtException', fail)
    process.off('unhandledRejection', fail)
    process.off('exit', leave)
  }
}
