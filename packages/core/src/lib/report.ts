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
  const options = {
    ruleId,
    source: messageSource,
    ...(start ? { place: end ? { start, end } : start } : {}),
  }
  const message = level === 'info' ? file.info(reason, options) : file.message(reason, options)
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
