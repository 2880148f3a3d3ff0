import { describe, expect, it } from 'vitest'
import { keyLabel, keyName, keyPresses } from '../../src/app/key-name.js'
import { type Action, actionFor, activeBindings, keymap, keysLabel } from '../../src/app/keymap.js'

const none = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageUp: false,
  pageDown: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
}

describe('keyName', () => {
  it('should name arrows, paging, Enter, Escape, Tab and Shift+Tab', () => {
    expect(keyName('', { ...none, downArrow: true })).toBe('down')
    expect(keyName('', { ...none, pageDown: true })).toBe('pgdn')
    expect(keyName('\r', { ...none, return: true })).toBe('enter')
    expect(keyName('', { ...none, escape: true })).toBe('esc')
    expect(keyName('', { ...none, tab: true })).toBe('tab')
    expect(keyName('', { ...none, tab: true, shift: true })).toBe('shift-tab')
  })

  it('should read the DEL a Backspace key sends as backspace', () => {
    expect(keyName('', { ...none, delete: true })).toBe('backspace')
  })

  it('should name control keys, the space bar and printable characters', () => {
    expect(keyName('c', { ...none, ctrl: true })).toBe('ctrl-c')
    expect(keyName(' ', none)).toBe('space')
    expect(keyName('G', { ...none, shift: true })).toBe('G')
    expect(keyName('?', none)).toBe('?')
  })

  it('should split characters typed together into one key press each', () => {
    expect(keyPresses('jjk', none).map((press) => press.name)).toEqual(['j', 'j', 'k'])
    expect(keyPresses('a b\r', none).map((press) => press.name)).toEqual(['a', 'space', 'b', 'enter'])
  })

  it('should label keys as people read them', () => {
    expect(keyLabel('down')).toBe('↓')
    expect(keyLabel('ctrl-u')).toBe('Ctrl+U')
    expect(keyLabel('shift-tab')).toBe('Shift+Tab')
    expect(keyLabel('j')).toBe('j')
  })
})

describe('keymap', () => {
  it('should describe every binding and never bind one key twice in a context', () => {
    for (const section of keymap) {
      const seen = new Set<string>()
      for (const binding of section.bindings) {
        expect(binding.description.length).toBeGreaterThan(0)
        for (const key of binding.keys) {
          expect(seen.has(key), `${section.context}: ${key}`).toBe(false)
          seen.add(key)
        }
      }
    }
  })

  it('should let the screen win over a global key it also binds', () => {
    // Backspace goes back on screens, but deletes a character in a text field.
    expect(actionFor('reader', 'backspace', new Set(['can-go-back']))).toBe('back')
    expect(actionFor('reader-find', 'backspace', new Set(['can-go-back']))).toBe('delete')
  })

  it('should type printable keys, q and ? included, in a text field', () => {
    expect(actionFor('search', 'q', new Set())).toBe('type')
    expect(actionFor('list-filter', '?', new Set())).toBe('type')
    expect(actionFor('reader-find', 'space', new Set())).toBe('type')
    expect(actionFor('list', 'q', new Set())).toBe('quit')
  })

  it('should quit on Ctrl+C even in a text field', () => {
    expect(actionFor('search', 'ctrl-c', new Set())).toBe('quit')
  })

  it('should leave out bindings whose condition does not hold', () => {
    const actions = (holds: Set<'can-go-back' | 'has-load-errors'>) =>
      activeBindings('list', holds).map((binding) => binding.action)
    expect(actions(new Set())).not.toContain<Action>('errors')
    expect(actions(new Set())).not.toContain<Action>('back')
    expect(actions(new Set(['has-load-errors']))).toContain<Action>('errors')
    expect(actionFor('list', 'esc', new Set())).toBeUndefined()
  })

  it('should list the keys of a binding as labels', () => {
    const down = activeBindings('reader', new Set()).find((binding) => binding.action === 'down')!
    expect(keysLabel(down)).toBe('↓ j')
  })
})
