/**
 * Every screen of the browser, drawn at 80×16 without colour (highlights in brackets), as exact frames.
 */
import { createCorpus, parseArticle } from '@dalian-news/core'
import { render } from 'ink-testing-library'
import { createElement } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { type AppData, createAppData } from '../../src/app/app-data.js'
import { App } from '../../src/app/components/App.js'
import { type AppDriver, fixtureCorpus, keys, plainFrame, renderApp } from './fixture.js'

const frame = (...lines: string[]) => lines.join('\n')
let app: AppDriver | undefined
afterEach(() => app?.unmount())

describe('the screens', () => {
  it('should list the articles with date, words and people, and warn about the file that did not load', async () => {
    app = await renderApp()
    expect(app.frame()).toBe(
      frame(
        'dalian-news · 3 articles, 136 words                                   sort: id ↑',
        '⚠ 1 file could not be loaded: press ! to see why',
        '  Title                                                Date        Words  People',
        '› Mayor Zhou Minghua Opens the Lingshan Harbour Term…  2024-03-14     63       1',
        '  Qingdao Hosts the Coastal Innovation Forum           2023-11-02     53       2',
        '  Weekly Notes From Yantai                             —              20       0',
        ...Array(8).fill(''),
        ' Articles   Enter read  / search  e entities  f filter  ? help  q quit    all 3',
      ),
    )
  })

  it('should filter the list as the filter is typed, showing it in the status line', async () => {
    app = await renderApp()
    await app.press('f')
    await app.type('yan')
    expect(app.frame()).toBe(
      frame(
        'dalian-news · filter "yan": 2 of 3                                    sort: id ↑',
        '⚠ 1 file could not be loaded: press ! to see why',
        '  Title                                                Date        Words  People',
        '› Qingdao Hosts the Coastal Innovation Forum           2023-11-02     53       2',
        '  Weekly Notes From Yantai                             —              20       0',
        ...Array(9).fill(''),
        ' Articles  Filter: yan▏  Enter keep  Esc cancel                           all 2',
      ),
    )
  })

  it('should show an article wrapped, each kind of entity in its brackets, with a legend', async () => {
    app = await renderApp()
    await app.press(keys.enter)
    expect(app.frame()).toBe(
      frame(
        'Mayor Zhou Minghua Opens the Lingshan Harbour Terminal',
        'a-harbour · 2024-03-14 · Example Daily · 63 words · 2 paragraphs · 1 person',
        '[person] {organization} <place> |money| #date# ~quoted term~',
        '────────────────────────────────────────────────────────────────────────────────',
        '   [Mayor Zhou Minghua] Opens the {Lingshan Harbour} Terminal',
        '',
        '   On #March 12#, [Mayor Zhou Minghua] opened the new terminal of {Lingshan',
        '   Harbour Group Co., Ltd.} in <Qingdao>. The terminal cost |2.4 billion yuan|',
        '   and will handle "~green shipping~" for the region.',
        '',
        '   [Zhou Minghua] said that the city will keep supporting {Lingshan Harbour',
        '   Group}. [He] stressed that the port must serve the people of <Qingdao>.',
        '',
        '',
        ' Articles › Reader   j/k scroll  / find  ? help  Esc back  q quit           All',
      ),
    )
  })

  it('should show the problems found in the text under their paragraph, and mark where they are', async () => {
    app = await renderApp()
    await app.press('G', keys.enter, 'd')
    expect(app.frame()).toBe(
      frame(
        'Weekly Notes From Yantai',
        'c-notes · 20 words · 1 paragraph · 0 people · 1 problem (d shows)',
        '[person] {organization} <place> |money| #date# ~quoted term~ !problem!',
        '────────────────────────────────────────────────────────────────────────────────',
        '   Weekly Notes From <Yantai>',
        '',
        '   The library in <Yantai> opened a reading room !␇! on #Sunday#. Readers',
        '   welcomed the "~quiet hours~" plan.',
        '     ⚠ 3:45 warning: Unexpected control character "\\u0007": read as white space',
        '     (control-character)',
        ...Array(4).fill(''),
        ' Articles › Reader  Showing 1 problem                                       All',
      ),
    )
  })

  it('should show the entity tabs with counts, the active tab bracketed', async () => {
    app = await renderApp()
    await app.press('e')
    // Entities are merged across the corpus just after this frame, so a large corpus does not freeze.
    expect(app.frame().split('\n')[0]).toBe('Entities · collecting them from 3 articles…')
    await app.waitFor((shown) => !shown.includes('collecting'))
    expect(app.frame()).toBe(
      frame(
        'Entities · People, most mentioned first                               3 articles',
        '[People 2]  Orgs 2   Places 2   Money 2   Dates 4   Quotes 2   Speech 2',
        '  Name                                                        Mentions  Articles',
        '› Zhou Minghua  Mayor · also Mayor Zhou Minghua                      5         2',
        '  Wang Lirong  chairman of Beihai Robotics Co., Ltd.                 2         1',
        ...Array(9).fill(''),
        ' Articles › Entities: People   Enter mentions  ? help  Esc back  q quit   all 2',
      ),
    )
  })

  it('should show every mention of a person in context, grouped by article', async () => {
    app = await renderApp()
    await app.press('e', keys.enter)
    expect(app.frame()).toBe(
      frame(
        'Zhou Minghua · person · 5 mentions in 2 articles',
        'Mayor · also Mayor Zhou Minghua',
        ' Mayor Zhou Minghua Opens the Lingshan Harbour Terminal (a-harbour)            4',
        '›  5:1                                 [Mayor Zhou Minghua] Opens the Lingshan…',
        '   7:14                   On March 12, [Mayor Zhou Minghua] opened the new…',
        '   9:1                                 [Zhou Minghua] said that the city will…',
        '   9:78       …Lingshan Harbour Group. [He] stressed that the port must serve…',
        ' Qingdao Hosts the Coastal Innovation Forum (b-forum)                          1',
        '   6:65        …Qingdao on November 1. [Zhou Minghua] met Wang Lirong,…',
        ...Array(5).fill(''),
        ' … › Zhou Minghua   Enter read  ? help  Esc back  q quit                    1/5',
      ),
    )
  })

  it('should list ranked search results as keyword in context while the query is typed', async () => {
    app = await renderApp()
    await app.press('/')
    await app.type('innovation forum')
    expect(app.frame()).toBe(
      frame(
        'Search · titles and text of every article',
        ' Search: innovation forum▏',
        ' 1 article matches',
        ' Qingdao Hosts the Coastal Innovation Forum (b-forum)                 score 23.2',
        '›  4:27      Qingdao Hosts the Coastal *Innovation* Forum',
        '   6:13                    The Coastal *Innovation* Forum was held in Qingdao…',
        ...Array(8).fill(''),
        ' Articles › Search   ↑↓ move  Enter read  Tab results  Esc back             1/2',
      ),
    )
  })

  it('should say it is indexing, then explain the query language before anything is typed', async () => {
    app = await renderApp()
    await app.press('/')
    // The index is built just after the first frame, so a large corpus says so instead of freezing.
    expect(app.frame().split('\n')[2]).toBe(' Indexing 3 articles…')
    await app.waitFor((shown) => !shown.includes('Indexing'))
    expect(app.frame().split('\n').slice(0, 3)).toEqual([
      'Search · titles and text of every article',
      ' Search: ▏',
      ' Type words, "a phrase", person:"Name", org:Name or place:Name; results follow…',
    ])
  })

  it('should list the files that could not be loaded, and why', async () => {
    app = await renderApp()
    await app.press('!')
    expect(app.frame()).toBe(
      frame(
        'Load errors · 1 file could not be loaded; every other article loaded',
        ' d-broken.txt  (invalid-utf8)',
        '   Unexpected bytes: expected UTF-16LE text',
        ...Array(11).fill(''),
        ' Articles › Load errors   j/k scroll  ? help  Esc back  q quit              All',
      ),
    )
  })

  it('should draw the help over the screen, listing the keys of that screen', async () => {
    app = await renderApp()
    await app.press(keys.enter, '?')
    expect(app.frame()).toBe(
      frame(
        'Mayor Zhou Minghua Opens the Lingshan Harbour Terminal',
        'a-╭──────────────────────────────────────────────────────────────────────────╮',
        '[p│ Keys: Reader                                                             │',
        '──│                                                                          │──',
        '  │ ↓ j                scroll down a line                                    │',
        '  │ ↑ k                scroll up a line                                      │',
        '  │ Space PgDn Ctrl+D  one page down                                         │',
        '  │ PgUp b Ctrl+U      one page up                                           │',
        '  │ g Home             top of the article                                    │',
        '  │ G End              end of the article                                    │',
        '  │ /                  find text in this article                             │',
        '  │ n                  next match                                            │',
        '  │ Esc closes  1–8 of 16, j/k scroll                                        │',
        '  ╰──────────────────────────────────────────────────────────────────────────╯',
        ' Articles › Reader   j/k scroll  / find  ? help  Esc back  q quit           All',
      ),
    )
  })

  it('should say so when the corpus has no articles, and still work', async () => {
    app = await renderApp({ corpus: createCorpus([]), columns: 60, rows: 10 })
    expect(app.frame()).toBe(
      frame(
        'dalian-news · 0 articles, 0 words                 sort: id ↑',
        '  Title                                        Words  People',
        '  No articles in this corpus.',
        ...Array(5).fill(''),
        ' Articles   Enter read  / search  e entities  ? help  q quit',
      ),
    )
    await app.press(keys.enter)
    expect(app.frame().split('\n')[8]).toBe(' Articles  No article to open')
  })

  it('should show control characters and escape sequences from article text as symbols, never raw', async () => {
    const corpus = createCorpus([
      parseArticle('Mayor \u001b[2J\u001b]0;owned\u0007 Visits\n\nThe \u001b[31mred\u001b[0m port.', {
        id: 'x',
      }),
    ])
    app = await renderApp({ corpus, columns: 60, rows: 10 })
    expect(app.frame().split('\n')[2]).toBe('› Mayor ␛[2J␛]0;owned␇ Visits                      5       0')
    await app.press(keys.enter)
    expect(app.frame()).toContain('The ␛[31mred␛[0m port.')
    expect(app.frame()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
  })

  it('should ask for a larger terminal below 40×10', async () => {
    app = await renderApp({ columns: 30, rows: 8 })
    expect(app.frame()).toBe(frame('Terminal too small', '30×8: make it at least 40×10.', 'q quits.'))
  })

  it('should re-wrap the reader at a new width and keep the place through a too-small terminal', async () => {
    app = await renderApp({ columns: 80, rows: 10 })
    await app.press(keys.enter, 'j', 'j')
    expect(app.frame().split('\n')[4]).toBe(
      '   On #March 12#, [Mayor Zhou Minghua] opened the new terminal of {Lingshan',
    )
    await app.resize(30, 8)
    expect(app.frame()).toBe(frame('Terminal too small', '30×8: make it at least 40×10.', 'q quits.'))
    await app.resize(50, 16)
    expect(app.frame().split('\n').slice(0, 7)).toEqual([
      'Mayor Zhou Minghua Opens the Lingshan Harbour Ter…',
      'a-harbour · 2024-03-14 · Example Daily · 63 words…',
      '[person] {organization} <place> |money| #date# ~q…',
      '──────────────────────────────────────────────────',
      '   On #March 12#, [Mayor Zhou Minghua] opened the',
      '   new terminal of {Lingshan Harbour Group Co.,',
      '   Ltd.} in <Qingdao>. The terminal cost |2.4',
    ])
  })

  it('should draw the first frame before the corpus has loaded, then show progress', async () => {
    const corpus = await fixtureCorpus()
    let progress: (done: number, total: number) => void = () => {}
    let finish: (value: AppData) => void = () => {}
    const loaded = new Promise<AppData>((resolve) => {
      finish = resolve
    })
    const source = {
      dir: '/news',
      load: (onProgress: (done: number, total: number) => void) => {
        progress = onProgress
        return loaded
      },
    }
    const view = render(createElement(App, { source, colour: false, size: { columns: 60, rows: 10 } }))
    const settle = () => new Promise((resolve) => setTimeout(resolve, 100))
    expect(plainFrame(view.lastFrame()).split('\n').slice(0, 5)).toEqual([
      'dalian-news',
      'Loading /news',
      '',
      '[░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░]',
      'Listing files…',
    ])
    progress(3, 4)
    await settle()
    expect(plainFrame(view.lastFrame()).split('\n').slice(3, 5)).toEqual([
      '[██████████████████████████████░░░░░░░░░░] 75%',
      '3 of 4 files',
    ])
    finish(createAppData(corpus))
    await settle()
    expect(plainFrame(view.lastFrame()).split('\n')[0]).toMatch(/^dalian-news · 3 articles, 136 words/)
    view.unmount()
  })

  it('should draw highlights in colour without brackets when colour is on', async () => {
    app = await renderApp({ colour: true })
    await app.press(keys.enter)
    const plain = app.frame()
    expect(plain).toContain('On March 12, Mayor Zhou Minghua opened the new terminal of Lingshan')
    expect(plain.split('\n')[2]).toBe('person organization place money date quoted term')
  })
})
