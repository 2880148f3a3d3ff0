/**
 * What shows that a name without a head word is a company's: a verb of what companies do after it ("Haier
 * signed …") or an appositive that calls it a company ("Bremer, a German engineering company, …").
 */
import { demonyms } from '../data/demonyms.js'
import { titleSet } from '../data/titles.js'
import { isTitleWord } from './titles.js'
import type { Tok } from './tokens.js'
import { capitalised, compassPoints, functionWord, placeFirst } from './word-classes.js'

// What companies do and places do not: "Huawei signed …", "Haier invested …".
const companyVerbs = new Set(
  (
    'signed signs invested invests launched launches produced produces manufactures manufactured exported ' +
    'exports supplies supplied employs employed acquired acquires opened opens unveiled released delivered ' +
    'ships shipped sells sold'
  ).split(' '),
)
// Nouns that make an appositive call the name before it a company: "X, a German engineering company".
const companyNouns = new Set(
  (
    'company companies firm enterprise group manufacturer maker producer supplier provider developer operator ' +
    'carrier retailer bank corporation conglomerate startup start-up subsidiary'
  ).split(' '),
)
// Words after a company noun that show it heads its phrase ("a firm based in …", "a maker of pumps").
// biome-ignore format: packed data
const nounPhraseEnds = new Set([
  'that', 'which', 'whose', 'with', 'based', 'headquartered', 'in', 'from', 'of', 'and', 'specializing',
  'specialising', 'founded', 'listed', 'known',
])
const adverbs = /^(?:also|has|have|had|recently|already|\w+ly)$/

/**
 * Whether a company appositive starts at the comma `toks[to]` (", a German engineering company,"): a company
 * noun within a few words of "a", before the appositive ends. Not after "the" ("Overall, the company, which
 * …") nor after an adverb ("Similarly, a firm …").
 */
export function isCompanyAppositive(toks: readonly Tok[], to: number): boolean {
  if (toks[to]?.value !== ',' || !/^an?$/.test(toks[to + 1]?.value ?? '')) return false
  if (toks[to - 1]!.lower.endsWith('ly')) return false
  for (let index = to + 2; index < Math.min(toks.length, to + 8); index++) {
    const tok = toks[index]!
    if (tok.kind !== 'word') return false
    if (companyNouns.has(tok.lower)) {
      // The noun must head the phrase: "a company based in …", not "a company director".
      const next = toks[index + 1]
      return !tok.possessive && (next === undefined || next.kind !== 'word' || nounPhraseEnds.has(next.lower))
    }
  }
  return false
}

/** Whether the name ending at `toks[index]` is the subject of what companies do: "Huawei signed …", "Huawei also invested …". */
export function isBrandSubject(toks: readonly Tok[], index: number): boolean {
  let at = index + 1
  while (at < toks.length && adverbs.test(toks[at]!.value)) at++
  return companyVerbs.has(toks[at]?.value ?? '')
}

// The regions a company names its divisions by: "Sternholt Asia-Pacific", "Varnell Europe".
const divisionRegions = new Set(['Asia-Pacific', 'Asia', 'Europe', 'Americas', 'Africa', 'China'])
/** The last word of every title, in lower case: "Chief Executive Officer of", "general manager of". */
export const titleEnds: ReadonlySet<string> = new Set(
  [...titleSet].map((title) => title.slice(title.lastIndexOf(' ') + 1).toLowerCase()),
)
// Words besides the compass points that make the region a part of the world, not a division: "Director of
// Northeast Asia Affairs", "… of Latin America".
// biome-ignore format: packed data
const regionQualifiers = new Set([
  'Central', 'Eastern', 'Western', 'Northern', 'Southern', 'Latin', 'Greater', 'Continental', 'Emerging',
  'Developing', 'All',
])

/**
 * Where the company whose regional division the region at `index` names starts, or -1: a title, "of", a
 * foreign name and the region, as a job title names it ("Chief Executive Officer of Varnell Asia-Pacific,"),
 * where the region alone would read as a place. Not "Director of Southeast Asia" nor "President of Xinbao
 * China" (a place), and not before another capitalised word ("… Asia-Pacific Affairs").
 */
export function regionalDivisionAt(toks: readonly Tok[], index: number): number {
  if (!divisionRegions.has(toks[index]!.value)) return -1
  const after = toks[index + 1]
  if (after?.kind === 'word' && after.spaced && after.flags & capitalised) return -1
  const name = toks[index - 1]
  if (name?.kind !== 'word' || name.possessive || !toks[index]!.spaced) return -1
  if ((name.flags & (capitalised | functionWord | placeFirst)) !== capitalised) return -1
  if (
    compassPoints.has(name.value) ||
    regionQualifiers.has(name.value) ||
    demonyms.has(name.value) ||
    isTitleWord(name.value)
  )
    return -1
  if (toks[index - 2]?.value !== 'of' || !titleEnds.has(toks[index - 3]?.lower ?? '')) return -1
  return index - 1
}
