/**
 * The shapes shared by the screens' key handling: what they are given and what they answer.
 */
import type { AppData } from './app-data.js'
import type { Route } from './routes.js'

/** How many articles a corpus search shows at most. */
export const searchLimit = 50

/** Everything a key handler or a screen needs besides the state. */
export interface AppEnv {
  /** The corpus and what is derived from it. */
  readonly data: AppData
  /** Terminal columns. */
  readonly columns: number
  /** Lines of a frame (see `frameHeight`). */
  readonly height: number
  /** Whether colour is used. */
  readonly colour: boolean
}

/** A key press: its name (see `keyName`; none for a paste) and the text it typed. */
export interface KeyPress {
  /** Key name, e.g. `j`, `enter`, `ctrl-c`. */
  readonly name?: string
  /** Text typed (a pasted string, or the character of the key). */
  readonly text: string
}

/** What a screen answers to an action. */
export interface Step {
  /** The screen's route after the action (default: unchanged). */
  readonly route?: Route
  /** A route to open on top of it. */
  readonly push?: Route
  /** A message for the status line. */
  readonly notice?: string
}
