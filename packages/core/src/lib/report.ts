/**
 * Reporting problems in the text as vfile messages.
 */
import type { VFile } from 'vfile'
import type { location } from 'vfile-location'
import type { VFileMessage } from 'vfile-message'

/** Value of `message.source` for every message the core reports. */
export const messageSource = '@dalian-news/core'

/** How serious a message is: `warning` (fatal `false`) or `info` (fatal `undefined`). */
export type MessageLevel = 'warning' | 'info'

/**
 * Report `reason` at `range` of the file (the whole file when no range is given).
 */
export function reportProblem(
  file: VFile,
  reason: string,
  ruleId: string,
  place: ReturnType<typeof location>,
  range?: { readonly start: number; readonly end: number },
  level: MessageLevel = 'warning',
  extra?: { readonly actual?: string; readonly expected?: readonly string[] },
): VFileMessage {
  const start = range ? place.toPoint(range.start) : undefined
  const end = range ? place.toPoint(range.end) : undefined
  const options = start
    ? { ruleId, source: messageSource, place: end ? { start, end } : start }
    : { ruleId, source: messageSource }
  // A `VFileMessage` is an `Error`, so creating one captures a stack trace (measured: ~80% of the cost of
  // a message), only for vfile-message to set `stack` to `''`. Engines without V8's
  // `Error.stackTraceLimit` create it as they always do.
  const limit = Error.stackTraceLimit
  const lowered = typeof limit === 'number'
  if (lowered) Error.stackTraceLimit = 0
  let message: VFileMessage
  try {
    message = level === 'info' ? file.info(reason, options) : file.message(reason, options)
  } finally {
    if (lowered) Error.stackTraceLimit = limit
  }
  if (extra?.actual !== undefined) message.actual = extra.actual
  if (extra?.expected !== undefined) message.expected = [...extra.expected]
  return message
}

/** Rule ids of the problems `parseArticle` itself reports about its input (see the readme). */
export const inputRuleIds: readonly string[] = [
  'empty-article',
  'front-matter',
  'control-character',
  'invalid-character',
  'long-paragraph',
]

/** Codes `loadCorpus` gives the files it could not load. */
export const corpusErrorCodes: readonly string[] = [
  'unreadable',
  'empty',
  'binary',
  'invalid-utf8',
  'too-large',
  'duplicate-id',
  'parse-failed',
]
