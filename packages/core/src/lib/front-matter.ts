/**
 * YAML front matter (`---` … `---` at the top of a file), read with vfile-matter.
 */
import { VFile } from 'vfile'
import { matter } from 'vfile-matter'
import type { ArticleMeta, MetaValue } from './model.js'

/** What the front matter of a text holds. */
export interface FrontMatter {
  /** Offset where the text after the front matter starts (0 when there is none). */
  readonly end: number
  /** The metadata, reduced to JSON values. */
  readonly meta: ArticleMeta
  /** Why the front matter could not be used, when it could not. */
  readonly problem?: string
}

const none: FrontMatter = { end: 0, meta: {} }
// The fence vfile-matter looks for: a block whose YAML does not parse is still skipped, not read as text.
const fence = /^---(?:\r?\n|\r)(?:[\s\S]*?(?:\r?\n|\r))?---(?:\r?\n|\r|$)/

/**
 * Read the front matter at the start of `text` (after an optional byte order mark).
 */
export function readFrontMatter(text: string): FrontMatter {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
  if (!text.startsWith('---', bom)) return none
  const file = new VFile(text.slice(bom))
  try {
    matter(file, { strip: true })
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    const end = bom + (fence.exec(text.slice(bom))?.[0].length ?? 0)
    return { end, meta: {}, problem: `Unexpected invalid YAML front matter: ${reason}` }
  }
  const end = text.length - String(file.value).length
  if (end === bom) return none
  const data: unknown = file.data.matter
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { end, meta: {}, problem: 'Unexpected front matter that is not a mapping of keys to values' }
  }
  return { end, meta: toMetaRecord(data as Record<string, unknown>) }
}

function toMetaRecord(record: Record<string, unknown>): Record<string, MetaValue> {
  const result: Record<string, MetaValue> = {}
  for (const [key, value] of Object.entries(record)) {
    const meta = toMetaValue(value)
    if (meta !== undefined) result[key] = meta
  }
  return result
}

// YAML can produce dates, big numbers and other values JSON cannot hold; keep only what round-trips.
function toMetaValue(value: unknown): MetaValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value)
  if (typeof value === 'bigint') return value.toString()
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  if (Array.isArray(value)) return value.map((item) => toMetaValue(item) ?? null)
  if (typeof value === 'object') return toMetaRecord(value as Record<string, unknown>)
  return undefined
}
