import { describe, expect, it } from 'vitest'
import {
  enterAlternateScreen,
  enterSequence,
  leaveSequence,
  wantsColour,
} from '../../src/app/alternate-screen.js'

describe('the alternate screen', () => {
  it('should enter once and leave once, however often leaving is asked for', () => {
    const written: string[] = []
    const leave = enterAlternateScreen({ write: (text: string) => written.push(text) })
    expect(written).toEqual([enterSequence])
    leave()
    leave()
    expect(written).toEqual([enterSequence, leaveSequence])
    expect(leaveSequence).toContain('\u001B[?1049l')
    expect(leaveSequence).toContain('\u001B[?25h')
  })
})

describe('colour', () => {
  it('should follow --no-color, then NO_COLOR, then what the terminal can do', () => {
    expect(wantsColour(undefined, {}, true)).toBe(true)
    expect(wantsColour(false, {}, true)).toBe(false)
    expect(wantsColour(undefined, { NO_COLOR: '1' }, true)).toBe(false)
    // An empty NO_COLOR does not count (https://no-color.org).
    expect(wantsColour(undefined, { NO_COLOR: '' }, true)).toBe(true)
    expect(wantsColour(true, {}, false)).toBe(false)
  })
})
