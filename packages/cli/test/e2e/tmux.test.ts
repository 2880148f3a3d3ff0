/**
 * The built `dalian-news` in a real terminal (tmux, 100×30): what a person sees while using it, that the
 * shell's screen comes back on quit and on a signal, colour and NO_COLOR, and resizing.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { fixtureDir } from '../app/fixture.js'
import { binPath, ensureBuilt, Terminal } from './tmux.js'

const before = 'previous-shell-content'
let terminal: Terminal | undefined

async function open(args = `--corpus ${fixtureDir}`, env: Record<string, string> = {}) {
  terminal = await freshShell(env)
  terminal.run(`node ${binPath} ${args}`)
  return terminal
}

// A shell that has printed something of its own: what the browser must give back when it ends.
async function freshShell(env: Record<string, string> = {}) {
  const term = new Terminal(100, 30, env)
  // Known at once, so afterEach stops it even if the shell never gets ready.
  terminal = term
  // Keys typed before bash is ready are echoed early and scramble the screen.
  await term.waitFor(/^\$\s*$/m)
  term.run(`clear; echo ${before}`)
  await term.waitFor(new RegExp(`^${before}\n\\$\\s*$`, 'm'))
  return term
}

// The shell is back when its earlier output shows again and the browser's lines are gone.
const shellIsBack = (screen: string) => screen.includes(before) && !screen.includes('Articles ')

beforeAll(() => ensureBuilt(), 120_000)
afterEach(() => {
  terminal?.kill()
  terminal = undefined
})

// Each test starts node and loads a corpus in a real terminal, which takes seconds on a busy machine.
describe('dalian-news in a terminal', { timeout: 300_000 }, () => {
  it('should list the articles, read one, find a word, and give the shell its screen back on q', async () => {
    const term = await open()
    const list = await term.waitFor('3 articles, 136 words')
    expect(list).toContain('› Mayor Zhou Minghua Opens the Lingshan Harbour Terminal')
    expect(list).toContain('⚠ 1 file could not be loaded: press ! to see why')
    expect(list).not.toContain(before)

    term.press('Enter')
    await term.waitFor('a-harbour · 2024-03-14 · Example Daily')
    term.press('/', 'qingdao')
    await term.waitFor('/qingdao▏  1/2')
    term.press('Enter', 'n')
    const found = await term.waitFor(/2\/2 +All/)
    expect(found).toContain('must serve the people of Qingdao.')

    term.press('q')
    const shell = await term.waitFor(shellIsBack)
    expect(shell).not.toContain('Lingshan Harbour')
  })

  it('should go from a person to their mentions to the sentence they are mentioned in', async () => {
    const term = await open()
    await term.waitFor('3 articles')
    term.press('e')
    await term.waitFor('Entities · People, most mentioned first')
    term.press('Enter')
    await term.waitFor('Zhou Minghua · person · 5 mentions in 2 articles')
    term.press('G', 'Enter')
    const reader = await term.waitFor('b-forum · 2023-11-02')
    // The sentence of the mention is marked in the gutter.
    expect(reader).toMatch(/ ▎ The Coastal Innovation Forum was held in Qingdao on November 1\. Zhou/)
    term.press('Escape')
    await term.waitFor('Zhou Minghua · person')
    term.press('Escape')
    await term.waitFor('Entities · People')
    term.press('Escape')
    await term.waitFor('dalian-news · 3 articles')
    term.press('q')
    await term.waitFor(shellIsBack)
  })

  it('should show the keys of the screen with ? and the load errors with !', async () => {
    const term = await open()
    await term.waitFor('3 articles')
    term.press('?')
    const help = await term.waitFor('Keys: Articles')
    expect(help).toContain('read the article')
    term.press('Escape')
    await term.waitFor((screen) => !screen.includes('Keys: Articles'))
    term.press('!')
    const errors = await term.waitFor('d-broken.txt  (invalid-utf8)')
    expect(errors).toContain('Unexpected bytes')
    term.press('C-c')
    await term.waitFor(shellIsBack)
  })

  it('should highlight in colour, and in brackets without colour when NO_COLOR is set', async () => {
    const colour = await open()
    await colour.waitFor('3 articles')
    colour.press('Enter')
    await colour.waitFor('Example Daily')
    const styled = colour.screen(true)
    expect(styled).toMatch(/\u001B\[[0-9;]*36m[^\n]*Zhou Minghua/)
    expect(colour.screen()).toContain('On March 12, Mayor Zhou Minghua opened')
    colour.kill()

    const plain = await open(`--corpus ${fixtureDir}`, { NO_COLOR: '1' })
    await plain.waitFor('3 articles')
    plain.press('Enter')
    const text = await plain.waitFor('Example Daily')
    expect(text).toContain('On #March 12#, [Mayor Zhou Minghua] opened')
    expect(plain.screen(true)).not.toMatch(/\u001B\[[0-9;]*3[0-7]m/)
  })

  it('should honour --no-color as NO_COLOR does', async () => {
    const term = await open(`--no-color --corpus ${fixtureDir}`)
    await term.waitFor('3 articles')
    term.press('Enter')
    expect(await term.waitFor('[person] {organization} <place>')).toContain('[Mayor Zhou Minghua]')
  })

  it('should re-wrap to a new size, and ask for more room below 40×10', async () => {
    const term = await open()
    await term.waitFor('3 articles')
    term.press('Enter')
    await term.waitFor('Example Daily')
    term.tmux('resize-window', '-t', '0', '-x', '50', '-y', '16')
    const narrow = await term.waitFor(
      (screen) =>
        screen.includes('   On March 12, Mayor Zhou Minghua opened the new') &&
        (screen.split('\n')[14]?.startsWith(' Articles › Reader') ?? false),
    )
    for (const line of narrow.split('\n')) expect(line.length).toBeLessThanOrEqual(50)
    expect(narrow.split('\n')[0]).toBe('Mayor Zhou Minghua Opens the Lingshan Harbour Ter…')
    term.tmux('resize-window', '-t', '0', '-x', '30', '-y', '8')
    await term.waitFor('Terminal too small')
    term.tmux('resize-window', '-t', '0', '-x', '100', '-y', '30')
    const wide = await term.waitFor(
      (screen) =>
        screen.includes(
          'On March 12, Mayor Zhou Minghua opened the new terminal of Lingshan Harbour Group',
        ) &&
        (screen.split('\n')[28]?.startsWith(' Articles › Reader') ?? false),
    )
    expect(wide).not.toContain('Terminal too small')
    expect(wide).toContain(
      'On March 12, Mayor Zhou Minghua opened the new terminal of Lingshan Harbour Group Co., Ltd.',
    )
  })

  it('should give the shell its screen back when the program is stopped by a signal', async () => {
    const term = await open()
    await term.waitFor('3 articles')
    const pid = term.programPid()
    expect(pid).toBeGreaterThan(0)
    process.kill(pid!, 'SIGTERM')
    await term.waitFor(shellIsBack)
  })

  it('should give the shell its screen back and say what happened when the program crashes', async () => {
    const crash = fileURLToPath(new URL('./fixtures/crash-later.mjs', import.meta.url))
    terminal = await freshShell()
    terminal.run(`node --import ${crash} ${binPath} --corpus ${fixtureDir}; echo "exit $?"`)
    const shell = await terminal.waitFor('exit 2')
    expect(shellIsBack(shell), shell).toBe(true)
    expect(shell).toContain('dalian-news: the browser stopped on an unexpected error:')
    expect(shell).toContain('Error: Simulated crash for the terminal test')
  })

  it('should show why a corpus cannot be loaded, and quit', async () => {
    const missing = join(await mkdtemp(join(tmpdir(), 'dalian-news-e2e-')), 'nowhere')
    const term = await open(`--corpus ${missing}`)
    await term.waitFor('Cannot load the corpus')
    term.press('q')
    await term.waitFor(shellIsBack)
  })

  it('should open the bundled corpus by default, and print the plain list when piped', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'dalian-news-e2e-'))
    terminal = await freshShell()
    terminal.run(`cd ${empty} && node ${binPath}`)
    const list = await terminal.waitFor('5 articles')
    expect(list).toContain('Tan Chengxu Led the Delegation to Vigorously Promote Potential Dalian in Beijing')
    terminal.press('q')
    await terminal.waitFor(shellIsBack)
    terminal.run(`node ${binPath} | cat; echo "exit $?"`)
    const piped = await terminal.waitFor('exit 0')
    // Piped, the list is plain text at full width (the terminal wraps it), not the browser.
    expect(piped).toMatch(/^id +title/m)
    expect(piped).toContain('000_5c4058081ad657f1  Tan Chengxu Led the Delegation')
    expect(piped).toContain('5 articles, 3321 words')
  })
})
