import { describe, expect, it } from 'vitest'
import { kwicLine, takeEnd, takeStart } from '../../src/app/kwic.js'
import { columns } from '../../src/app/wrap.js'

describe('kwicLine', () => {
  const text = 'On March 12, Mayor Zhou Minghua opened the new terminal of the harbour in Qingdao.'
  const start = text.indexOf('Zhou')
  const end = start + 'Zhou Minghua'.length

  it('should put the mention at the key column with context on both sides', () => {
    const line = kwicLine(text, start, end, { width: 50, keyColumn: 20 })
    expect(line).toEqual({ left: ' On March 12, Mayor ', match: 'Zhou Minghua', right: ' opened the new…' })
    expect(columns(line.left)).toBe(20)
  })

  it('should cut long context at a word boundary with an ellipsis', () => {
    const line = kwicLine(text, start, end, { width: 40, keyColumn: 12 })
    expect(line.left).toBe(' …12, Mayor ')
    expect(columns(line.left + line.match + line.right)).toBeLessThanOrEqual(40)
  })

  it('should keep the context inside the given stretch (its paragraph)', () => {
    const two = 'First paragraph ends.\n\nZhou Minghua spoke.'
    const at = two.indexOf('Zhou')
    const line = kwicLine(two, at, at + 12, { width: 40, keyColumn: 10, from: at - 0, to: two.length })
    expect(line.left.trim()).toBe('')
    expect(line.right).toBe(' spoke.')
  })

  it('should collapse white space and show control characters as symbols', () => {
    const raw = 'The\n\tmayor \u001b[31m said'
    const at = raw.indexOf('said')
    expect(kwicLine(raw, at, at + 4, { width: 40, keyColumn: 20 }).left.trim()).toBe('The mayor ␛[31m')
  })
})

describe('takeEnd and takeStart', () => {
  it('should keep the end of a text, starting at a word', () => {
    expect(takeEnd('the new terminal of the harbour', 14)).toBe('…the harbour')
    expect(columns(takeEnd('the new terminal of the harbour', 14))).toBeLessThanOrEqual(14)
  })

  it('should keep the start of a text, ending at a word', () => {
    expect(takeStart('opened the new terminal', 14)).toBe('opened the…')
    expect(takeStart('short', 14)).toBe('short')
  })
})
