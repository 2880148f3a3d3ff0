/**
 * Posts given to or taken from a person in appointments and removals: "appointed Ma Lan as director of the
 * Municipal Bureau of Commerce", "removed Hu Yao from the post of director of …", "accepted the resignation
 * of Qin Bo from his post as member of …", "Li Tao was elected secretary-general". The post named is the
 * person's role, as written.
 */
import { titleSet } from '../data/titles.js'
import type { Tok } from '../entities/tokens.js'

// "from the post of", "from his post as", "from the positions of".
const owners: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their'])
const posts: ReadonlySet<string> = new Set(['post', 'posts', 'position', 'positions'])
// "was appointed", "were elected", "was named", "is proposed to be appointed" (and "has been appointed").
const beings: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are'])
const givings: ReadonlySet<string> = new Set(['appointed', 'reappointed', 'elected', 'reelected', 'named'])
// "was removed from the post of …", "was relieved of his post as …" take the post away.
const takings: ReadonlySet<string> = new Set(['removed', 'dismissed', 'relieved'])
// A personnel notice gives sex, ethnicity and birth before the post held now.
const sexes: ReadonlySet<string> = new Set(['male', 'female'])
const nows: ReadonlySet<string> = new Set(['currently', 'now'])
// Callings a body appoints to and the last words of titles that are no title alone, which name a post as a
// title does ("was named coach of the team", "was elected a deputy to …", "was named press officer").
// biome-ignore format: packed list
const postWords: ReadonlySet<string> = new Set([
  'judge', 'judges', 'prosecutor', 'prosecutors', 'auditor', 'auditors', 'inspector', 'inspectors', 'coach',
  'coaches', 'editor', 'editors', 'captain', 'captains', 'conductor', 'deputy', 'deputies', 'officer',
  'officers', 'delegate', 'delegates',
])
// Words that make an honour of what follows ("the best player", "a model worker", "the top scorer").
// biome-ignore format: packed list
const honours: ReadonlySet<string> = new Set([
  'best', 'most', 'top', 'model', 'advanced', 'outstanding', 'excellent', 'exemplary', 'star', 'champion',
])

/**
 * Where the post starts after the words at token `at`, right after a person's name, or -1 when no post
 * follows: "as …", "from the post of …", "was appointed (as) …", the last without "as" only before a post
 * (see `headsPost`). After the name's appositive (`afterAppositive`) only "was appointed" is looked for:
 * "Li Tao, a researcher, as …" is no appointment.
 */
export function postStart(toks: readonly Tok[], at: number, afterAppositive: boolean): number {
  const word = toks[at]
  if (word?.kind !== 'word') return -1
  const value = word.value
  if (value === 'as') return afterAppositive ? -1 : at + 1
  if (value === 'from') return afterAppositive ? -1 : fromPost(toks, at)
  // "has been appointed goalkeeping coach": the perfect gives the post as the past does.
  const perfect = (value === 'has' || value === 'have') && toks[at + 1]?.value === 'been'
  if (!perfect && !beings.has(value)) return -1
  // "is proposed to be appointed as …": a notice of an appointment to come names the post all the same.
  let verb = perfect ? at + 2 : at + 1
  if (toks[verb]?.value === 'proposed' && toks[verb + 1]?.value === 'to' && toks[verb + 2]?.value === 'be')
    verb += 3
  const given = toks[verb]?.value ?? ''
  if (takings.has(given)) return toks[verb + 1]?.value === 'from' ? fromPost(toks, verb + 1) : -1
  if (!givings.has(given)) return -1
  if (toks[verb + 1]?.value === 'as') return verb + 2
  return headsPost(toks, verb + 1) ? verb + 1 : -1
}

// "from the post of …", "from his post as …": where the post starts after "from" at token `at`, or -1.
function fromPost(toks: readonly Tok[], at: number): number {
  if (!owners.has(toks[at + 1]?.lower ?? '') || !posts.has(toks[at + 2]?.value ?? '')) return -1
  const link = toks[at + 3]?.value
  return link === 'of' || link === 'as' ? at + 4 : -1
}

/**
 * "Sun Wenhao, male, Han ethnicity, born in October 1968, currently head of …": where the post held now
 * starts after a personnel notice's profile at token `at` (past "currently" or "now"); else `at`.
 */
export function pastProfile(toks: readonly Tok[], at: number): number {
  if (!sexes.has(toks[at]?.lower ?? '') || toks[at + 1]?.value !== ',') return at
  for (let index = at + 2; index < at + 30; index++) {
    const tok = toks[index]
    if (tok === undefined || tok.value === '.' || tok.value === ';') return at
    if (nows.has(tok.lower) && toks[index - 1]?.value === ',') return index + 1
  }
  return at
}

/**
 * Whether the words from token `at` reach a title or a calling a body appoints to before an of-phrase or a
 * mark: "was elected (the first) chairman", "was named head coach". "Was named the best player of the
 * tournament" or "a model worker" names an honour, no post.
 */
function headsPost(toks: readonly Tok[], at: number): boolean {
  for (let index = at; index < at + 5; index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word' || tok.lower === 'of' || honours.has(tok.lower)) return false
    if (titleSet.has(tok.lower) || titleSet.has(tok.baseLower) || postWords.has(tok.lower)) return true
    if (tok.lower.endsWith('s') && titleSet.has(tok.lower.slice(0, -1))) return true
  }
  return false
}

/**
 * "as vice president, member of the Judicial Committee and judge of …": where the next post of a list
 * starts after the post that ended at token `to` (past a comma, "and", or both), or -1 at the list's end.
 */
export function nextPost(toks: readonly Tok[], to: number): number {
  const link = toks[to]?.value
  if (link === 'and') return to + 1
  if (link !== ',') return -1
  return toks[to + 1]?.value === 'and' ? to + 2 : to + 1
}
