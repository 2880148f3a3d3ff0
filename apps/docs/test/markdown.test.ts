import { describe, expect, it } from 'vitest'
import { code, fence, table, text } from '../scripts/markdown.js'

describe('text', () => {
  it('should keep HTML, Vue interpolation and table pipes from acting', () => {
    expect(text('<script>{{ a | b }}</script>')).toBe(
      '&lt;script&gt;&#123;&#123; a \\| b &#125;&#125;&lt;/script&gt;',
    )
  })

  it('should show control characters as their pictures and put a line on one line', () => {
    expect(text('rose\u0007 by\u001b[31m 5\npercent')).toBe('rose␇ by␛\\[31m 5 percent')
  })
})

describe('code', () => {
  it('should fence a value holding backticks with a longer run, and escape pipes for tables', () => {
    expect(code('a `b` | c')).toBe('``a `b` \\| c``')
    expect(code('`x`')).toBe('`` `x` ``')
  })
})

describe('fence', () => {
  it('should use a fence longer than any run of backticks in the body', () => {
    expect(fence('text', 'one\n```\ntwo\n')).toBe('````text\none\n```\ntwo\n````')
  })
})

describe('table', () => {
  it('should write a header, a rule and one line per row', () => {
    expect(table(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |')
  })
})
