/**
 * The app tests' corpus (invented articles in `fixtures/corpus`, one of them unreadable) and a way to
 * drive the browser with ink-testing-library as a person would: keys in, frames out.
 */
import { fileURLToPath } from 'node:url'
import type { Corpus } from '@dalian-news/core'
import { loadCorpus } from '@dalian-news/core/node'
import { render } from 'ink-testing-library'
import { createElement } from 'react'
import { createAppData } from '../../src/app/app-data.js'
import { App } from '../../src/app/components/App.js'
import type { AppState } from '../../src/app/routes.js'
import type { AppEnv } from '../../src/app/step.js'

/** Folder of the fixture corpus. */
export const fixtureDir = fileURLToPath(new URL('./fixtures/corpus', import.meta.url))

let loaded: Promise<Corpus> | undefined

/** The fixture corpus (loaded once). */
export function fixtureCorpus(): Promise<Corpus> {
  loaded ??= loadCorpus(fixtureDir)
  return loaded
}

/** An environment for the pure update functions. */
export async function fixtureEnv(options: Partial<Omit<AppEnv, 'data'>> = {}): Promise<AppEnv> {
  return { data: createAppData(await fixtureCorpus()), columns: 80, height: 15, colour: false, ...options }
}

/** Keys as the terminal sends them. */
export const keys = {
  enter: '\r',
  escape: '\u001B',
  tab: '\t',
  shiftTab: '\u001B[Z',
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  pageDown: '\u001B[6~',
  pageUp: '\u001B[5~',
  backspace: '\u007F',
  ctrlC: '\u0003',
} as const

// Ink reads input on `readable` and holds a lone Escape until the next turn, to tell it from a sequence.
const settle = async () => {
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve))
}

/**
 * A frame as text: style sequences left out (whether Ink emits them depends on the terminal the tests run
 * in; the no-colour frames carry their brackets as text) and trailing spaces trimmed.
 */
export function plainFrame(frame: string | undefined): string {
  return (frame ?? '')
    .replace(/\u001B\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
}

/** A rendered browser. */
export interface AppDriver {
  /** Stop it. */
  readonly unmount: () => void
  /** The frame shown now (see `plainFrame`). */
  readonly frame: () => string
  /** Press keys one after another, letting the app draw after each. */
  readonly press: (...sequence: string[]) => Promise<void>
  /** Type text, one character at a time. */
  readonly type: (text: string) => Promise<void>
  /** Draw the app again at another size, as a terminal resize does. */
  readonly resize: (columns: number, rows: number) => Promise<void>
  /** Wait (up to two seconds) until the frame shown satisfies `test`. */
  readonly waitFor: (test: (frame: string) => boolean) => Promise<void>
}

/** Render the browser over `corpus` at `columns` × `rows`, without colour unless asked. */
export async function renderApp(
  options: { corpus?: Corpus; columns?: number; rows?: number; colour?: boolean; initial?: AppState } = {},
): Promise<AppDriver> {
  const corpus = options.corpus ?? (await fixtureCorpus())
  // The same source object on every draw, as in the program: a new one would load the corpus again.
  const source = { data: createAppData(corpus) }
  const element = (columns: number, rows: number) =>
    createElement(App, {
      source,
      colour: options.colour ?? false,
      size: { columns, rows },
      ...(options.initial ? { initial: options.initial } : {}),
    })
  const app = render(element(options.columns ?? 80, options.rows ?? 16))
  await settle()
  return {
    unmount: () => app.unmount(),
    frame: () => plainFrame(app.lastFrame()),
    press: async (...sequence: string[]) => {
      for (const key of sequence) {
        app.stdin.write(key)
        await settle()
      }
    },
    type: async (text: string) => {
      for (const char of text) {
        app.stdin.write(char)
        await settle()
      }
    },
    resize: async (columns, rows) => {
      app.rerender(element(columns, rows))
      await settle()
    },
    waitFor: async (test) => {
      const frame = () => plainFrame(app.lastFrame())
      for (let waited = 0; !test(frame()); waited += 10) {
        if (waited > 2000) throw new Error(`Timed out waiting; the frame is:\n${frame()}`)
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
    },
  }
}
