/**
 * Driving the built `dalian-news` in a real terminal: a tmux session on its own socket, keys sent with
 * `send-keys`, the screen read with `capture-pane`, and waits that poll until the screen shows something
 * (never a fixed sleep).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The package folder. */
export const packageDir = fileURLToPath(new URL('../..', import.meta.url))

/** The built binary. */
export const binPath = join(packageDir, 'dist', 'bin.js')

function newest(dir: string): number {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

/** Build the binary when it is missing or older than the sources. */
export function ensureBuilt(): void {
  if (existsSync(binPath) && statSync(binPath).mtimeMs >= newest(join(packageDir, 'src'))) return
  execFileSync('npx', ['tsup', '--silent'], { cwd: packageDir, stdio: 'ignore' })
}

let sessions = 0

/** A tmux session running a shell, to start the program in. */
export class Terminal {
  /** The tmux socket name, unique to this session. */
  readonly socket = `dalian-news-e2e-${process.pid}-${++sessions}`

  constructor(columns: number, rows: number, env: Readonly<Record<string, string>> = {}) {
    // CI would make Ink print only the last frame; the test wants what a person sees in a terminal.
    const unset = ['CI', 'CONTINUOUS_INTEGRATION', 'NO_COLOR', 'FORCE_COLOR'].flatMap((name) => ['-u', name])
    const vars = Object.entries({ TERM: 'xterm-256color', PS1: '$ ', ...env }).map(
      ([key, value]) => `${key}=${value}`,
    )
    this.tmux(
      'new-session',
      '-d',
      '-x',
      String(columns),
      '-y',
      String(rows),
      'env',
      ...unset,
      ...vars,
      'bash',
      '--norc',
      '--noprofile',
    )
  }

  /** Run a tmux command on this session's server. */
  tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' })
  }

  /** Type `text` and press Enter, as at a shell prompt. */
  run(text: string): void {
    this.tmux('send-keys', '-t', '0', '-l', text)
    this.tmux('send-keys', '-t', '0', 'Enter')
  }

  /** Press keys by tmux name (`Enter`, `Escape`, `Tab`, `Down`) or as literal characters (`-l`). */
  press(...keys: string[]): void {
    for (const key of keys) {
      if (/^[A-Z][A-Za-z]+$|^C-.$/.test(key)) this.tmux('send-keys', '-t', '0', key)
      else this.tmux('send-keys', '-t', '0', '-l', key)
    }
  }

  /** The screen as text (`escapes`: with colour and style sequences). */
  screen(escapes = false): string {
    return this.tmux('capture-pane', '-p', '-t', '0', ...(escapes ? ['-e'] : []))
  }

  /**
   * Wait until the screen shows `expected`; fail with the screen after `timeout` ms (generous: loading
   * the corpus takes seconds on a busy machine, and this is a deadline, not a measurement).
   */
  async waitFor(
    expected: string | RegExp | ((screen: string) => boolean),
    timeout = 60_000,
  ): Promise<string> {
    const test =
      typeof expected === 'function'
        ? expected
        : (screen: string) =>
            typeof expected === 'string' ? screen.includes(expected) : expected.test(screen)
    const started = Date.now()
    for (;;) {
      const screen = this.screen()
      if (test(screen)) return screen
      if (Date.now() - started > timeout) {
        throw new Error(`Timed out waiting for ${String(expected)}; the screen shows:\n${screen}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  /** The pid of the program running in the shell, if any. */
  programPid(): number | undefined {
    const shell = this.tmux('display-message', '-p', '-t', '0', '#{pane_pid}').trim()
    try {
      const children = execFileSync('pgrep', ['-P', shell], { encoding: 'utf8' }).trim().split('\n')
      return children[0] ? Number(children[0]) : undefined
    } catch {
      return undefined
    }
  }

  /** Stop the tmux server of this session (and everything in it). */
  kill(): void {
    try {
      this.tmux('kill-server')
    } catch {
      // Already gone.
    }
  }
}
