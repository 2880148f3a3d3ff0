import { describe, expect, it } from 'vitest'
import { browserArgs } from '../../src/app/quick-start.js'

describe('starting the browser straight away', () => {
  it('should take nothing, --corpus DIR, -c DIR and --no-color', () => {
    expect(browserArgs([])).toEqual({ color: true })
    expect(browserArgs(['--corpus', 'news'])).toEqual({ corpus: 'news', color: true })
    expect(browserArgs(['--no-color', '-c', 'news'])).toEqual({ corpus: 'news', color: false })
  })

  it('should leave everything else to the full command line', () => {
    expect(browserArgs(['show', '001'])).toBeUndefined()
    expect(browserArgs(['--help'])).toBeUndefined()
    expect(browserArgs(['--corpus'])).toBeUndefined()
    expect(browserArgs(['--corpus', '--no-color'])).toBeUndefined()
    expect(browserArgs(['--corpus=news'])).toBeUndefined()
    expect(browserArgs(['-c', 'a', '-c', 'b'])).toBeUndefined()
  })
})
