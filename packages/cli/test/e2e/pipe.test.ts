/**
 * The built `dalian-news` writing into a pipe whose reader stops early, as `| head` does.
 */
import { spawnSync } from 'node:child_process'
import { beforeAll, describe, expect, it } from 'vitest'
import { binPath, ensureBuilt } from './tmux.js'

beforeAll(() => ensureBuilt(), 120_000)

describe('dalian-news into a closed pipe', () => {
  it('should stop quietly when the reader has gone, with no error on stderr', () => {
    const result = spawnSync('bash', ['-c', `node ${binPath} entities --json | head -c 40`], {
      encoding: 'utf8',
    })
    expect(result.stdout).toMatch(/^\[\n {2}\{/)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})
