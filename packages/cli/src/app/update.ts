/**
 * The browser as a state machine: a key press and the current state give the next state (or `quit`).
 * Pure, so whole flows can be tested by feeding keys, and the Ink components only draw the state.
 */
import { actionFor, activeBindings, type Condition, type KeyContext } from './keymap.js'
import { type AppState, currentRoute, type Route } from './routes.js'
import type { AppEnv, KeyPress, Step } from './step.js'
import { updateEntities, updateMentions } from './update-entities.js'
import { updateList } from './update-list.js'
import { updateReader } from './update-reader.js'
import { updateErrors, updateSearch } from './update-search.js'

/** The key context of `route`: its screen, or the text field being typed in. */
export function contextOf(route: Route): KeyContext {
  switch (route.screen) {
    case 'list':
      return route.filtering ? 'list-filter' : 'list'
    case 'reader':
      return route.finding ? 'reader-find' : 'reader'
    case 'entities':
      return route.filtering ? 'entities-filter' : 'entities'
    case 'search':
      return route.typing ? 'search' : 'search-results'
    default:
      return route.screen
  }
}

/** The key context of `state`: the help when it is open, else the route's. */
export function stateContext(state: AppState): KeyContext {
  return state.help ? 'help' : contextOf(currentRoute(state))
}

/** The conditions that hold in `state` (for bindings that only work sometimes). */
export function conditions(state: AppState, env: AppEnv): Set<Condition> {
  const holds = new Set<Condition>()
  if (state.stack.length > 1) holds.add('can-go-back')
  if (env.data.corpus.errors.length > 0) holds.add('has-load-errors')
  return holds
}

/** The bindings that work in `state`: what the help overlay lists. */
export function bindingsFor(state: AppState, env: AppEnv) {
  return activeBindings(contextOf(currentRoute(state)), conditions(state, env))
}

function routeStep(
  route: Route,
  action: NonNullable<ReturnType<typeof actionFor>>,
  key: KeyPress,
  env: AppEnv,
): Step {
  switch (route.screen) {
    case 'list':
      return updateList(route, action, key, env)
    case 'reader':
      return updateReader(route, action, key, env)
    case 'entities':
      return updateEntities(route, action, key, env)
    case 'mentions':
      return updateMentions(route, action, key, env)
    case 'search':
      return updateSearch(route, action, key, env)
    case 'errors':
      return updateErrors(route, action, key, env)
  }
}

/** The state after `key` in `state`, or `quit`. */
export function update(state: AppState, key: KeyPress, env: AppEnv): AppState | 'quit' {
  const context = stateContext(state)
  const holds = conditions(state, env)
  const typing =
    !state.help && (context.endsWith('-filter') || context.endsWith('-find') || context === 'search')
  const action =
    key.name === undefined
      ? typing && key.text !== ''
        ? 'type'
        : undefined
      : actionFor(context, key.name, holds)
  const base: AppState = state.notice === undefined ? state : { ...state, notice: undefined }
  if (action === undefined) return base

  if (state.help) {
    if (action === 'close-help') return { ...base, help: false, helpTop: 0 }
    if (action === 'down') return { ...base, helpTop: state.helpTop + 1 }
    if (action === 'up') return { ...base, helpTop: Math.max(0, state.helpTop - 1) }
    return base
  }
  switch (action) {
    case 'quit':
      return 'quit'
    case 'help':
      return { ...base, help: true, helpTop: 0 }
    case 'back':
      return state.stack.length > 1 ? { ...base, stack: state.stack.slice(0, -1) } : base
  }

  const text = key.name === 'space' ? ' ' : key.text
  const step = routeStep(currentRoute(state), action, { ...key, text }, env)
  let stack = state.stack
  if (step.route) stack = [...stack.slice(0, -1), step.route]
  if (step.push) stack = [...stack, step.push]
  return { ...base, stack, ...(step.notice === undefined ? {} : { notice: step.notice }) }
}
