/**
 * Key-driven flows through the browser, as a person would press the keys, at 60×12 without colour.
 */
import { render } from 'ink-testing-library'
import { createElement, type ReactNode, useEffect } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppData } from '../../src/app/app-data.js'
import { App } from '../../src/app/components/App.js'
import { type AppDriver, fixtureCorpus, keys, renderApp } from './fixture.js'

const frame = (...lines: string[]) => lines.join('\n')
let app: AppDriver | undefined
afterEach(() => app?.unmount())

/** Tells when Ink unmounts the app, which it does when the app exits. */
function Probe({ children, onUnmount }: { readonly children?: ReactNode; readonly onUnmount: () => void }) {
  useEffect(() => onUnmount, [onUnmount])
  return children
}

describe('flows through the browser', () => {
  it('should open an article, find a word, and step to the next match and back past the first', async () => {
    app = await renderApp({ columns: 60, rows: 12 })
    await app.press(keys.enter, '/')
    await app.type('the')
    expect(app.frame()).toBe(
      frame(
        'Mayor Zhou Minghua Opens the Lingshan Harbour Terminal',
        'a-harbour · 2024-03-14 · Example Daily · 63 words · 2 parag…',
        '[person] {organization} <place> |money| #date# ~quoted term…',
        '────────────────────────────────────────────────────────────',
        '   [Mayor Zhou Minghua] Opens *»the«* {Lingshan Harbour}',
        '   Terminal',
        '',
        '   On #March 12#, [Mayor Zhou Minghua] opened *the* new',
        '   terminal of {Lingshan Harbour Group Co., Ltd.} in',
        '   <Qingdao>. *The* terminal cost |2.4 billion yuan| and',
        ' Articles › Reader  /the▏  1/7  Enter find  Esc cancel  Top',
      ),
    )
    await app.press(keys.enter, 'n')
    expect(app.frame().split('\n').slice(4, 11)).toEqual([
      '   [Mayor Zhou Minghua] Opens *the* {Lingshan Harbour}',
      '   Terminal',
      '',
      '   On #March 12#, [Mayor Zhou Minghua] opened *»the«* new',
      '   terminal of {Lingshan Harbour Group Co., Ltd.} in',
      '   <Qingdao>. *The* terminal cost |2.4 billion yuan| and',
      ' Articles › Reader   ? help  Esc back  q quit      2/7  Top',
    ])
    await app.press('N', 'N')
    expect(app.frame()).toBe(
      frame(
        'Mayor Zhou Minghua Opens the Lingshan Harbour Terminal',
        'a-harbour · 2024-03-14 · Example Daily · 63 words · 2 parag…',
        '[person] {organization} <place> |money| #date# ~quoted term…',
        '────────────────────────────────────────────────────────────',
        '   <Qingdao>. *The* terminal cost |2.4 billion yuan| and',
        '   will handle "~green shipping~" for *the* region.',
        '',
        '   [Zhou Minghua] said that *the* city will keep supporting',
        '   {Lingshan Harbour Group}. [He] stressed that *the* port',
        '   must serve *»the«* people of <Qingdao>.',
        ' Articles › Reader  Search wrapped to the bottom   7/7  Bot',
      ),
    )
  })

  it('should go from a person to their mentions to the reader at that sentence, and back', async () => {
    app = await renderApp({ columns: 60, rows: 12 })
    await app.press('e', 'j', keys.enter)
    expect(app.frame()).toBe(
      frame(
        'Wang Lirong · person · 2 mentions in 1 article',
        'chairman of Beihai Robotics Co., Ltd.',
        ' Qingdao Hosts the Coastal Innovation Forum (b-forum)      2',
        '›  6:82      …Zhou Minghua met [Wang Lirong], chairman of…',
        '   8:1                         [Wang Lirong] said that…',
        ...Array(5).fill(''),
        ' … › Wang Lirong   Enter read  ? help  Esc back  q quit 1/2',
      ),
    )
    await app.press('j', keys.enter)
    expect(app.frame()).toBe(
      frame(
        'Qingdao Hosts the Coastal Innovation Forum',
        'b-forum · 2023-11-02 · 53 words · 2 paragraphs · 2 people',
        '[person] {organization} <place> |money| #date# ~quoted term…',
        '────────────────────────────────────────────────────────────',
        '   #November 1#. [Zhou Minghua] met [Wang Lirong], chairman',
        '   of {Beihai Robotics Co., Ltd.}, and discussed a research',
        '   centre worth |300 million yuan|.',
        '',
        ' ▎ [»Wang Lirong«] said that {Beihai Robotics Co., Ltd.}',
        ' ▎ will open an office in <Yantai> #next year#.',
        ' … › Reader   j/k scroll  ? help  Esc back  q quit      Bot',
      ),
    )
    // Backspace goes back too, to the same mention.
    await app.press(keys.backspace)
    expect(app.frame().split('\n').slice(3, 5)).toEqual([
      '   6:82      …Zhou Minghua met [Wang Lirong], chairman of…',
      '›  8:1                         [Wang Lirong] said that…',
    ])
    await app.press(keys.escape)
    expect(app.frame().split('\n')[0]).toBe('Entities · People, most mentioned first           3 articles')
    await app.press(keys.escape)
    expect(app.frame().split('\n')[0]).toBe('dalian-news · 3 articles, 136 words               sort: id ↑')
  })

  it('should select a highlight with Tab in the reader and open all its mentions with Enter', async () => {
    app = await renderApp({ columns: 60, rows: 12 })
    await app.press(keys.enter, keys.tab, keys.tab)
    expect(app.frame().split('\n')[4]).toBe('   [Mayor Zhou Minghua] Opens the {»Lingshan Harbour«}')
    await app.press(keys.enter)
    expect(app.frame().split('\n').slice(0, 4)).toEqual([
      'Lingshan Harbour Group Co., Ltd. · organization · 3 mention…',
      'also Lingshan Harbour; Lingshan Harbour Group',
      ' Mayor Zhou Minghua Opens the Lingshan Harbour Terminal…   3',
      '›  5:30             …Opens the {Lingshan Harbour} Terminal',
    ])
  })

  it('should search the corpus and open the article at the selected match', async () => {
    app = await renderApp({ columns: 60, rows: 12 })
    await app.press('/')
    await app.waitFor((shown) => !shown.includes('Indexing'))
    await app.type('yantai')
    await app.press(keys.down, keys.enter)
    expect(app.frame()).toBe(
      frame(
        'Weekly Notes From Yantai',
        'c-notes · 20 words · 1 paragraph · 0 people · 1 problem (d…',
        '[person] {organization} <place> |money| #date# ~quoted term…',
        '────────────────────────────────────────────────────────────',
        '   Weekly Notes From <Yantai>',
        '',
        ' ▎ The library in <»Yantai«> opened a reading room ␇ on',
        ' ▎ #Sunday#. Readers welcomed the "~quiet hours~" plan.',
        '',
        '',
        ' … › Search › Reader   ? help  Esc back  q quit         All',
      ),
    )
  })

  it('should show the help of the screen it is on and close it with Esc', async () => {
    app = await renderApp({ columns: 60, rows: 12 })
    await app.press('e', '?')
    expect(app.frame().split('\n').slice(1, 4)).toEqual([
      '[╭────────────────────────────────────────────────────────╮…',
      ' │ Keys: Entities                                         │s',
      '›│                                                        │2',
    ])
    await app.press(keys.escape)
    expect(app.frame().split('\n')[1]).toBe('[People 2]  Orgs 2   Places 2   Money 2   Dates 4   Quotes …')
  })

  it('should quit with q', async () => {
    const corpus = await fixtureCorpus()
    let unmounted = false
    const onUnmount = () => {
      unmounted = true
    }
    const view = render(
      createElement(
        Probe,
        { onUnmount },
        createElement(App, {
          source: { data: createAppData(corpus) },
          colour: false,
          size: { columns: 60, rows: 12 },
        }),
      ),
    )
    await new Promise((resolve) => setImmediate(resolve))
    view.stdin.write('j')
    await new Promise((resolve) => setImmediate(resolve))
    expect(unmounted).toBe(false)
    view.stdin.write('q')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(unmounted).toBe(true)
  })

  // A person (or a script) presses a key the moment the list appears: the key must reach the browser,
  // not the loading screen's handler that Ink still holds until React's effects have run.
  it('should take a key pressed the moment the loaded corpus is first drawn', async () => {
    const data = createAppData(await fixtureCorpus())
    let finish: (value: typeof data) => void = () => undefined
    const source = {
      dir: 'corpus',
      load: () => new Promise<typeof data>((resolve) => (finish = resolve)),
    }
    const view = render(createElement(App, { source, colour: false, size: { columns: 60, rows: 12 } }))
    const write = view.stdout.write
    let pressed = false
    view.stdout.write = (frame: string) => {
      write(frame)
      if (!pressed && frame.includes('3 articles')) {
        pressed = true
        view.stdin.write('e')
      }
    }
    await new Promise((resolve) => setImmediate(resolve))
    finish(data)
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve))
    expect(pressed).toBe(true)
    // The key was taken: the entities view is up, though under load it may still be collecting.
    const title = () => view.lastFrame()?.split('\n')[0] ?? ''
    expect(title()).toMatch(/^Entities · /)
    for (let waited = 0; title().includes('collecting') && waited < 5000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    expect(title()).toMatch(/^Entities · People/)
    view.unmount()
  })
})
