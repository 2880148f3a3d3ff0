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
// "was appointed", "were elected", "was named".
const beings: ReadonlySet<string> = new Set(['was', 'were'])
const givings: ReadonlySet<string> = new Set(['appointed', 'reappointed', 'elected', 'reelected', 'named'])
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
  if (value === 'from') {
    if (afterAppositive || !owners.has(toks[at + 1]?.lower ?? '') || !posts.has(toks[at + 2]?.value ?? ''))
      return -1
    const link = toks[at + 3]?.value
    return link === 'of' || link === 'as' ? at + 4 : -1
  }
  if (!beings.has(value) || !givings.has(toks[at + 1]?.value ?? '')) return -1
  if (toks[at + 2]?.value === 'as') return at + 3
  return headsPost(toks, at + 2) ? at + 2 : -1
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
