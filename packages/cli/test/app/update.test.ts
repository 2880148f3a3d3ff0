import { describe, expect, it } from 'vitest'
import type { AppState, ReaderRoute } from '../../src/app/routes.js'
import { currentRoute, initialState } from '../../src/app/routes.js'
import type { AppEnv } from '../../src/app/step.js'
import { update } from '../../src/app/update.js'
import { fixtureEnv } from './fixture.js'

// Feed key names to the state machine as a person would press them.
function press(env: AppEnv, state: AppState, ...names: string[]): AppState | 'quit' {
  let next: AppState | 'quit' = state
  for (const name of names) {
    if (next === 'quit') return next
    next = update(next, { name, text: name.length === 1 ? name : '' }, env)
  }
  return next
}

const route = (state: AppState | 'quit') => {
  if (state === 'quit') throw new Error('quit')
  return currentRoute(state)
}

describe('the browser state machine', () => {
  it('should open the selected article and come back to the same row', async () => {
    const env = await fixtureEnv()
    const reading = press(env, initialState, 'j', 'enter')
    expect(route(reading)).toMatchObject({ screen: 'reader', articleId: 'b-forum' })
    expect(route(press(env, reading as AppState, 'esc'))).toMatchObject({ screen: 'list', cursor: 1 })
  })

  it('should quit on q outside text fields and type q inside them', async () => {
    const env = await fixtureEnv()
    expect(press(env, initialState, 'q')).toBe('quit')
    const filtering = press(env, initialState, 'f', 'q')
    expect(route(filtering)).toMatchObject({ screen: 'list', filter: 'q', filtering: true })
  })

  it('should filter the list as letters are typed and keep the filter after Enter', async () => {
    const env = await fixtureEnv()
    const state = press(env, initialState, 'f', 'y', 'a', 'n', 't', 'a', 'i', 'enter') as AppState
    expect(route(state)).toMatchObject({ filter: 'yantai', filtering: false })
    expect(env.data.articles(route(state) as never).map((article) => article.id)).toEqual([
      'b-forum',
      'c-notes',
    ])
  })

  it('should cycle the sort order and say so', async () => {
    const env = await fixtureEnv()
    const state = press(env, initialState, 's') as AppState
    expect(route(state)).toMatchObject({ sort: 'date' })
    expect(state.notice).toBe('Sorted by date')
    // The notice lasts until the next key.
    expect((press(env, state, 'j') as AppState).notice).toBeUndefined()
  })

  it('should find text in the reader and step through the matches, wrapping around', async () => {
    const env = await fixtureEnv({ height: 8 })
    let state = press(env, initialState, 'enter', '/', 'q', 'i', 'n', 'g', 'd', 'a', 'o', 'enter') as AppState
    const reader = route(state) as ReaderRoute
    expect(reader).toMatchObject({ find: 'qingdao', finding: false, match: 0 })
    state = press(env, state, 'n') as AppState
    expect((route(state) as ReaderRoute).match).toBe(1)
    state = press(env, state, 'n') as AppState
    expect((route(state) as ReaderRoute).match).toBe(0)
    expect(state.notice).toBe('Search wrapped to the top')
  })

  it('should scroll to a match that is out of view', async () => {
    const env = await fixtureEnv({ height: 7 })
    const state = press(env, initialState, 'enter', '/', 'p', 'e', 'o', 'p', 'l', 'e', 'enter') as AppState
    expect((route(state) as ReaderRoute).top.line).toBeGreaterThan(0)
  })

  it('should select highlights in view with Tab and open every mention of the selected one', async () => {
    const env = await fixtureEnv()
    let state = press(env, initialState, 'enter', 'tab') as AppState
    const selected = (route(state) as ReaderRoute).selected!
    const article = env.data.article('a-harbour')!
    expect(article.text.slice(selected.start, selected.end)).toBe('Mayor Zhou Minghua')
    state = press(env, state, 'enter') as AppState
    const mentions = route(state)
    expect(mentions).toMatchObject({ screen: 'mentions', rowKey: 'person:Zhou Minghua', cursor: 0 })
  })

  it('should say how to select when Enter is pressed with nothing selected', async () => {
    const env = await fixtureEnv()
    const state = press(env, initialState, 'enter', 'enter') as AppState
    expect(route(state).screen).toBe('reader')
    expect(state.notice).toBe('Press Tab to select a highlight, then Enter')
  })

  it('should open a mention in the reader with its sentence as the target', async () => {
    const env = await fixtureEnv({ height: 8 })
    const state = press(env, initialState, 'e', 'enter', 'G', 'enter') as AppState
    const reader = route(state) as ReaderRoute
    const article = env.data.article(reader.articleId)!
    expect(reader.articleId).toBe('b-forum')
    expect(article.text.slice(reader.target!.start, reader.target!.end)).toBe('Zhou Minghua')
    expect(article.text.slice(reader.target!.sentence.start, reader.target!.sentence.end)).toMatch(
      /^Zhou Minghua met Wang Lirong/,
    )
  })

  it('should switch entity tabs with Tab, arrows and numbers, starting each at the top', async () => {
    const env = await fixtureEnv()
    let state = press(env, initialState, 'e', 'j', 'tab') as AppState
    expect(route(state)).toMatchObject({ tab: 'organizations', cursor: 0 })
    state = press(env, state, 'left', 'left') as AppState
    expect(route(state)).toMatchObject({ tab: 'speech' })
    state = press(env, state, '4') as AppState
    expect(route(state)).toMatchObject({ tab: 'money' })
  })

  it('should open the help, scroll it, and close it without leaving the screen', async () => {
    const env = await fixtureEnv()
    let state = press(env, initialState, 'enter', '?') as AppState
    expect(state.help).toBe(true)
    state = press(env, state, 'j', 'q') as AppState
    expect(state.help).toBe(false)
    expect(route(state).screen).toBe('reader')
  })

  it('should not go back from the first screen', async () => {
    const env = await fixtureEnv()
    const state = press(env, initialState, 'esc', 'backspace') as AppState
    expect(state.stack).toHaveLength(1)
  })

  it('should list the load errors from the article list', async () => {
    const env = await fixtureEnv()
    expect(route(press(env, initialState, '!'))).toMatchObject({ screen: 'errors' })
  })
})
