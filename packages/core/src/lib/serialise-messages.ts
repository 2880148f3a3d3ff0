/**
 * The JSON form of an article's vfile messages (`Diagnostic`): what `toJSON` writes for each message and
 * `fromJSON` checks and rebuilds.
 */
import type { VFile } from 'vfile'
import type { location } from 'vfile-location'
import { VFileMessage } from 'vfile-message'
import { expectArray, expectRecord, expectString, fail } from './json-checks.js'

/** A serialised vfile message (a `Diagnostic`). */
export interface Diagnostic {
  /** Human-readable reason. */
  readonly reason: string
  /** Rule that reported it. */
  readonly ruleId: string | null
  /** Package that reported it. */
  readonly source: string | null
  /** `true` for errors, `false` for warnings, `null` for info. */
  readonly fatal: boolean | null
  /** Offset where the problem starts, when known. */
  readonly start: number | null
  /** Offset where the problem ends, when known. */
  readonly end: number | null
  /** The text found, when the rule says. */
  readonly actual: string | null
  /** Suggested replacements, when the rule has them. */
  readonly expected: readonly string[] | null
}

/** A message as its JSON form. */
export function messageToJSON(message: VFileMessage): Diagnostic {
  return {
    reason: message.reason,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    fatal: message.fatal ?? null,
    start: !message.place
      ? null
      : 'start' in message.place
        ? (message.place.start.offset ?? null)
        : (message.place.offset ?? null),
    end: message.place && 'end' in message.place ? (message.place.end.offset ?? null) : null,
    actual: message.actual ?? null,
    expected: message.expected ?? null,
  }
}

/** A message rebuilt from its JSON form at `path`, checked against a text of `length` characters. */
export function messageFromJSON(
  value: unknown,
  path: string,
  length: number,
  place: ReturnType<typeof location>,
  file: VFile,
): VFileMessage {
  const record = expectRecord(value, path)
  const reason = expectString(record.reason, `${path}.reason`)
  const optionalString = (key: string) =>
    record[key] === null || record[key] === undefined
      ? undefined
      : expectString(record[key], `${path}.${key}`)
  const offset = (key: string) => {
    const item = record[key]
    if (item === null || item === undefined) return undefined
    if (!Number.isInteger(item) || (item as number) < 0 || (item as number) > length) {
      fail(`${path}.${key}`, `null or an integer from 0 to ${length}`, item)
    }
    return place.toPoint(item as number)
  }
  const start = offset('start')
  const end = offset('end')
  const ruleId = optionalString('ruleId')
  const source = optionalString('source')
  const message = new VFileMessage(reason, {
    ...(start ? { place: end ? { start, end } : start } : {}),
    ...(ruleId ? { ruleId } : {}),
    ...(source ? { source } : {}),
  })
  if (file.path) message.file = file.path
  if (record.fatal !== null && record.fatal !== undefined && typeof record.fatal !== 'boolean') {
    fail(`${path}.fatal`, 'true, false or null', record.fatal)
  }
  message.fatal = (record.fatal as boolean | null | undefined) ?? undefined
  const actual = optionalString('actual')
  if (actual !== undefined) message.actual = actual
  if (record.expected !== null && record.expected !== undefined) {
    message.expected = expectArray(record.expected, `${path}.expected`).map((item, index) =>
      expectString(item, `${path}.expected[${index}]`),
    )
  }
  return message
}
