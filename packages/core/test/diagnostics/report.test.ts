import { VFile } from 'vfile'
import { location } from 'vfile-location'
import { VFileMessage } from 'vfile-message'
import { afterEach, describe, expect, it } from 'vitest'
import { messageSource, reportProblem } from '../../src/lib/report.js'

const limit = Error.stackTraceLimit

describe('reportProblem', () => {
  afterEach(() => {
    Error.stackTraceLimit = limit
  })

  it('should create a real VFileMessage with the fields vfile gives it, and an empty stack', () => {
    const text = 'Port Notes\n\nThe port grew,, again.'
    const file = new VFile({ value: text, path: 'harbour.txt' })
    const message = reportProblem(
      file,
      'Unexpected `,,`',
      'doubled-punctuation',
      location(text),
      {
        start: 25,
        end: 27,
      },
      'warning',
      { actual: ',,', expected: [','] },
    )
    expect(message).toBeInstanceOf(VFileMessage)
    expect(message).toBeInstanceOf(Error)
    expect(file.messages).toEqual([message])
    expect(message.stack).toBe('')
    expect({ ...message }).toEqual({
      ...{ ancestors: undefined, cause: undefined, column: 14, fatal: false, file: 'harbour.txt', line: 3 },
      ...{ name: 'harbour.txt:3:14-3:16', message: 'Unexpected `,,`', reason: 'Unexpected `,,`' },
      place: { start: { line: 3, column: 14, offset: 25 }, end: { line: 3, column: 16, offset: 27 } },
      ...{ ruleId: 'doubled-punctuation', source: messageSource, note: undefined, url: undefined },
      ...{ actual: ',,', expected: [','] },
    })
  })

  it('should leave Error.stackTraceLimit as it was, also when it was changed by the caller', () => {
    Error.stackTraceLimit = 7
    const file = new VFile('Port Notes')
    reportProblem(
      file,
      'Unexpected empty article',
      'empty-article',
      location('Port Notes'),
      undefined,
      'info',
    )
    expect(Error.stackTraceLimit).toBe(7)
    expect(file.messages[0]?.fatal).toBeUndefined()
    expect(new Error('still traced').stack).toContain('report.test')
  })
})
