import { describe, expect, it } from 'vitest'
import { statusParts } from '../../src/app/status-line.js'
import { columns } from '../../src/app/wrap.js'

describe('the status line', () => {
  it('should take exactly the width: breadcrumb, keys, position', () => {
    const parts = statusParts({
      crumbs: ['Articles'],
      hints: ['Enter read', '? help'],
      right: 'Top',
      width: 40,
    })
    expect(parts.crumb).toBe(' Articles ')
    expect(parts.right).toBe(' Top ')
    expect(parts.middle.trimEnd()).toBe('  Enter read  ? help')
    expect(columns(parts.crumb + parts.middle + parts.right)).toBe(40)
  })

  it('should drop screen keys before the help, back and quit keys when narrow', () => {
    const parts = statusParts({
      crumbs: ['Articles'],
      hints: ['Enter read', '/ search', 'f filter', 's sort', 'Esc back', '? help', 'q quit'],
      width: 50,
    })
    expect(parts.middle.trimEnd()).toBe('  Enter read  Esc back  ? help  q quit')
  })

  it('should shorten a long breadcrumb from the left, keeping where you are', () => {
    const parts = statusParts({
      crumbs: ['Articles', 'A very long article title here', 'Zhou Minghua'],
      width: 60,
    })
    expect(parts.crumb).toBe(' … › Zhou Minghua ')
  })

  it('should show a notice instead of the keys', () => {
    const parts = statusParts({
      crumbs: ['Articles'],
      hints: ['? help'],
      notice: 'Sorted by date',
      width: 40,
    })
    expect(parts.middle.trimEnd()).toBe(' Sorted by date')
  })
})
