/**
 * What the appositive after a name no list knows says about it: a role dated by an adverb ("…, then
 * general manager of …") or an age ("…, now 78, …"), both of which only a person has.
 */
import type { Tok } from './tokens.js'
import { functionWord } from './word-classes.js'

// "Elin Varga, then general manager of …", "…, now deputy director of …": a word that dates the post comes
// before the role an appositive gives.
const timeAdverbs = new Set(['then', 'now', 'formerly', 'currently', 'previously', 'later'])

/** The index of the role after a dating adverb at `toks[at]` ("then", "formerly"), else `at`. */
export function afterTimeAdverb(toks: readonly Tok[], at: number): number {
  return timeAdverbs.has(toks[at]?.value ?? '') ? at + 1 : at
}

// Verbs a single person is not the subject of ("Green Heron, now 30, are …").
const pluralVerbs = new Set(['are', 'were', 'have'])

/**
 * Where the words after an age set off by commas start at `toks[at]` ("Oda Tsuneo, now 78, sent …", "…,
 * aged 64, …", "…, 35, said"), else -1: a grown person's age, then a comma and a lower-case word that one
 * person may be the subject of; a number list ("Lot 5, 12, 14"), a function word ("Blue Sky, 46, and …")
 * or a plural verb after it is no age.
 */
export function ageEnd(toks: readonly Tok[], at: number): number {
  let index = at
  if (toks[index]?.value === 'now' || toks[index]?.value === 'aged') index++
  const age = toks[index]?.value ?? ''
  if (!/^[1-9]\d$|^1[01]\d$/.test(age) || Number(age) < 16) return -1
  const after = toks[index + 2]
  const ok =
    toks[index + 1]?.value === ',' &&
    after?.kind === 'word' &&
    /^[a-z]+$/.test(after.value) &&
    !(after.flags & functionWord) &&
    !pluralVerbs.has(after.value)
  return ok ? index + 2 : -1
}

// Kinds of firms and groups a name stands after ("the hotel chain Blue Fern, 45, …"): the number is the
// firm's age or a count, and the name no person's.
// biome-ignore format: packed data
const kindNouns = new Set([
  'chain', 'brand', 'company', 'hotel', 'restaurant', 'firm', 'group', 'shop', 'store', 'label', 'band',
  'team', 'club', 'maker', 'retailer', 'bakery', 'cafe', 'studio', 'venue', 'bar', 'franchise',
])

/** Whether the name at `toks[from]` stands right after a kind of firm or group ("chain", "brand", "band"). */
export function afterKindNoun(toks: readonly Tok[], from: number): boolean {
  return kindNouns.has(toks[from - 1]?.lower ?? '')
}
