/**
 * Checks for reading untrusted JSON: each names the path of the bad field in its TypeError.
 */
import { describe } from './describe.js'

export function expectRecord(value: unknown, path: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(path, 'an object', value)
  return value as Record<string, unknown>
}

export function expectArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'an array', value)
  return value as unknown[]
}

export function expectString(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, 'a string', value)
  return value as string
}

/** Throw a TypeError saying that `path` should have been `expected`. */
export function fail(path: string, expected: string, actual: unknown): never {
  throw new TypeError(`fromJSON(value): expected \`${path}\` to be ${expected}, got ${describe(actual)}`)
}

/** An integer offset in `[min, max]`. */
export function expectOffset(value: unknown, path: string, min: number, max: number): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    fail(path, `an integer from ${min} to ${max}`, value)
  }
  return value as number
}

/** A finite number. */
export function expectNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'a finite number', value)
  return value as number
}
