/**
 * The terminal browser, as a person meets it: the built `dalian-news` started in a real pseudo-terminal
 * (a tmux session, 100×30), timed from pressing Enter at the shell prompt to the first frame on screen
 * (the goal: 400 ms) and to a usable article list, on the bundled corpus and on 10,000 generated articles.
 *
 * The pane's output is copied to a file with `pipe-pane` and the file is polled, so a frame is seen within
 * a fraction of a millisecond of tmux receiving it; node's start-up and module loading are included.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateTexts } from './generate-corpus.js'
import { corpusDir, fixed, type Row } from './harness.js'

const bin = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url))
const suite = 'tui'
const firstFrameGoal = 400
const pause = new Int32Array(new SharedArrayBuffer(4))

function sleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms)
}

function hasTmux(): boolean {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

interface Timing {
  /** Milliseconds from Enter to the first frame (the loading screen or the list). */
  readonly firstFrame: number
  /** CPU milliseconds the program had used when its first frame appeared (NaN where /proc is missing). */
  readonly firstFrameCpu: number
  /** Milliseconds from Enter to the article list, ready for keys. */
  readonly ready: number
}

let runs = 0

/** Start the browser on `dir` in a fresh tmux session and time its first frame and its ready list. */
function timeBrowser(dir: string, timeout: number): Timing {
  // A socket of its own per run: a server just told to exit may still hold the previous one.
  const socket = `dalian-news-bench-${process.pid}-${++runs}`
  const work = mkdtempSync(join(tmpdir(), 'dalian-news-bench-'))
  const log = join(work, 'pane.log')
  writeFileSync(log, '')
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' })
  try {
    tmux(
      'new-session',
      '-d',
      '-x',
      '100',
      '-y',
      '30',
      'env',
      '-u',
      'CI',
      '-u',
      'NO_COLOR',
      'bash',
      '--norc',
      '--noprofile',
    )
    tmux('send-keys', '-t', '0', '-l', `node ${bin} --corpus ${dir}`)
    tmux('pipe-pane', '-t', '0', '-o', `cat >> ${log}`)
    // pipe-pane starts a shell for `cat`; give it a moment before the clock starts.
    sleep(200)
    const shell = tmux('display-message', '-p', '-t', '0', '#{pane_pid}').trim()
    const start = performance.now()
    tmux('send-keys', '-t', '0', 'Enter')
    let firstFrame = Number.NaN
    let firstFrameCpu = Number.NaN
    let program: string | undefined
    let size = 0
    for (;;) {
      const now = performance.now()
      if (now - start > timeout) throw new Error(`no article list after ${timeout} ms`)
      program ??= childOf(shell)
      const current = statSync(log).size
      if (current !== size) {
        size = current
        const output = readFileSync(log, 'utf8')
        if (Number.isNaN(firstFrame) && /Loading|Articles /.test(output)) {
          firstFrame = now - start
          firstFrameCpu = program ? cpuMs(program) : Number.NaN
        }
        if (/Articles .*Enter read/.test(output)) return { firstFrame, firstFrameCpu, ready: now - start }
      } else {
        sleep(0.2)
      }
    }
  } finally {
    try {
      tmux('kill-server')
    } catch {
      // Already gone.
    }
    rmSync(work, { recursive: true, force: true })
  }
}

/** The first child process of `pid` (Linux `/proc`), if it has one yet. */
function childOf(pid: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ')[0] || undefined
  } catch {
    return undefined
  }
}

/**
 * CPU time (user and system) `pid` has used, in milliseconds: on a busy machine the wall clock measures
 * the queue for the processor as much as the program, so this is the figure to compare.
 */
function cpuMs(pid: string): number {
  try {
    // The fields after the command name (which may hold spaces); utime and stime are fields 14 and 15.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return Number.NaN
  }
}

/** Write `count` generated articles as files into a new folder. */
function generatedCorpus(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'dalian-news-bench-corpus-'))
  mkdirSync(dir, { recursive: true })
  const width = String(count - 1).length
  generateTexts(count).forEach((text, index) => {
    writeFileSync(join(dir, `gen-${String(index).padStart(width, '0')}.txt`), text)
  })
  return dir
}

export function benchTui(): Row[] {
  if (!hasTmux()) return [{ suite, name: 'browser', value: 'skipped', note: 'tmux is not installed' }]
  if (!existsSync(bin))
    return [{ suite, name: 'browser', value: 'missing', note: `run npm run build (${bin})` }]
  const rows: Row[] = []
  const report = (label: string, timing: Timing) => {
    rows.push(
      {
        suite,
        name: `${label}: first frame`,
        value: `${fixed(timing.firstFrame, 0)} ms`,
        note: `Enter to first frame in tmux; goal ≤ ${firstFrameGoal} ms${timing.firstFrame <= firstFrameGoal ? ' (met)' : ' (missed)'}`,
      },
      {
        suite,
        name: `${label}: first frame CPU`,
        value: `${fixed(timing.firstFrameCpu, 0)} ms`,
        note: 'CPU the program had used at its first frame (node start-up included; 10 ms ticks)',
      },
      {
        suite,
        name: `${label}: list ready`,
        value: `${fixed(timing.ready, 0)} ms`,
        note: 'Enter to the article list',
      },
    )
  }
  // The first run warms the file cache; the figures are the best of three.
  const best = (dir: string, runs: number, timeout: number): Timing => {
    const timings = Array.from({ length: runs }, () => timeBrowser(dir, timeout))
    return {
      firstFrame: Math.min(...timings.map((timing) => timing.firstFrame)),
      firstFrameCpu: Math.min(...timings.map((timing) => timing.firstFrameCpu)),
      ready: Math.min(...timings.map((timing) => timing.ready)),
    }
  }
  timeBrowser(corpusDir, 60_000)
  report('bundled corpus (5 articles)', best(corpusDir, 3, 60_000))
  const generated = generatedCorpus(10_000)
  try {
    report('10,000 generated articles', best(generated, 1, 30 * 60_000))
  } finally {
    rmSync(generated, { recursive: true, force: true })
  }
  return rows
}
