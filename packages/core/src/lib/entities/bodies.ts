/**
 * Organizations: companies, party and government bodies, associations and missions, found at a head word
 * ("Group", "Committee", "Co., Ltd.") and extended left over the name and right over "of …" phrases;
 * and lower-case bodies ("the municipal party committee").
 */
import { nationalBodies, organisationHeadWords } from '../data/organisations.js'
import { placeSuffixSense } from '../data/place-suffixes.js'
import { canonicalTitle, honorifics } from '../data/titles.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { matchPlace } from './gazetteer.js'
import { placeEndingAt } from './places.js'
import { isTitleWord } from './titles.js'
import { functionWords, isAllCaps, isCapitalised, isLowerWord, type Tok } from './tokens.js'
import {
  allCaps,
  capitalised,
  legalForm,
  legalForms,
  lowerBodyFirst,
  lowerBodyHeads,
  organisationHead,
} from './word-classes.js'

// Head words that name a body only with a distinctive name in front ("Dalian Electric", not "Electric").
const weakHeads = new Set([
  'Industry',
  'Industries',
  'Technology',
  'Technologies',
  'Electric',
  'Electronics',
  'Mobile',
  'Media',
  'Network',
  'Networks',
  'Capital',
  'Investment',
  'Investments',
  'Services',
  'Systems',
  'Solutions',
  'Works',
  'Plant',
  'Mill',
  'Trust',
  'Fund',
  'Insurance',
  'Securities',
  'Logistics',
  'Shipping',
  'Consulting',
  'Press',
  'Daily',
  'Radio',
  'Television',
  'Station',
  'Center',
  'Centre',
  'Office',
  'Party',
  'Union',
  'League',
  'Club',
  'Works',
  'Factory',
  'Hotel',
  'Motor',
  'Motors',
  'Telecom',
  'Lab',
  'Laboratory',
  'Enterprise',
  'Enterprises',
])
// Words that qualify a body without naming it: a body made only of these is generic.
const genericBodyWords = new Set(
  (
    "municipal provincial party committee government people's congress standing cpc communist central county " +
    'city district town township village administrative management commission bureau department office ' +
    'working group leading the of and state national council cppcc delegation governments committees ' +
    'supervisory discipline inspection for administration ' +
    // The standard departments every city and province has: "the Foreign Affairs Office", "the Bureau of Commerce".
    'foreign affairs commerce public security development reform finance financial education science ' +
    'technology industry information transport transportation agriculture rural natural resources ecology ' +
    'environment environmental protection housing urban construction culture tourism health civil human ' +
    'social emergency market regulation supervision statistics audit justice veterans water taxation customs ' +
    'planning publicity propaganda organization united front work overseas letters calls'
  ).split(' '),
)
const nationalBodyNames = new Set(nationalBodies)
const missions = new Set(['Embassy', 'Consulate', 'Consulate General', 'Consulate-General', 'Mission'])
// Heads of bodies that take a "for" phrase ("Commission for Discipline Inspection").
// biome-ignore format: packed data
const forHeads = new Set([
  'Commission', 'Committee', 'Council', 'Office', 'Bureau', 'Center', 'Centre', 'Association', 'Society',
  'Federation', 'Foundation', 'Alliance', 'Institute', 'Academy', 'Agency', 'Administration', 'Department',
  'Chamber',
])
const lowerBodyQualifiers = new Set(['municipal', 'provincial', 'county', 'city', 'district'])

/** Propose every organization found at a head word, with its name and "of" phrases. */
export function proposeOrganizations(toks: readonly Tok[], out: Candidate[], heading: boolean): void {
  for (let index = 0; index < toks.length; index++) {
    const head = headAt(toks, index)
    if (!head) continue
    let end = head.end
    // Two-word heads: "Consulate General".
    if (toks[end]?.spaced && organisationHeadWords.has(`${toks[end - 1]!.base} ${toks[end]!.base}`)) end++
    const next = toks[end]
    // "Group President Yu" or "Group Co., Ltd.": a head followed by another capitalised word is not the end.
    if (next?.spaced && next.kind === 'word' && isCapitalised(next.value) && !toks[end - 1]!.possessive) {
      if (!(head.legal && !isCapitalised(next.base))) continue
    }
    const from = extendLeft(toks, index)
    const words = index - from
    const to = extendMission(toks, head.text, extendOf(toks, end))
    // "Ministry of Commerce", "Bank of China": a name that starts with its head word needs its of-phrase.
    if (words === 0 && to === end && !nationalBodyNames.has(head.text)) continue
    if (head.weak && (words < 1 || heading)) continue
    const name = spanText(toks, from, to)
    const generic = !nationalBodyNames.has(name) && isGenericBody(toks, from, to)
    out.push({
      from,
      to,
      type: 'organization',
      name,
      rule: head.legal ? 'org-legal-form' : 'org-head-word',
      priority: priority.organization,
      generic,
    })
    index = end - 1
  }
  // National bodies with no head word of their own ("State Council" has one; "NDRC" does not).
  for (let index = 0; index < toks.length; index++) {
    const tok = toks[index]!
    if (tok.kind === 'word' && tok.flags & allCaps && nationalBodyNames.has(tok.base)) {
      out.push({
        from: index,
        to: index + 1,
        type: 'organization',
        name: tok.base,
        rule: 'org-national-body',
        priority: priority.organization,
      })
    }
  }
}

interface Head {
  readonly end: number
  readonly text: string
  readonly legal: boolean
  readonly weak: boolean
}

// A head is a legal form ("Co., Ltd.", "Inc.") or an organisation head word, possibly of two words.
function headAt(toks: readonly Tok[], index: number): Head | undefined {
  const tok = toks[index]!
  if (tok.kind !== 'word' || !(tok.flags & capitalised)) return undefined
  // Most capitalised words are neither a head word nor a legal form: one bit test turns them down.
  if (!(tok.flags & (organisationHead | legalForm)) && tok.value !== 'Co.' && tok.value !== 'Co')
    return undefined
  if (tok.value === 'Co.' || tok.value === 'Co') {
    // "Co., Ltd." / "Co. Ltd" / "Co.,Ltd": the legal form runs to the "Ltd".
    let at = index + 1
    if (toks[at]?.value === ',') at++
    const ltd = toks[at]
    if (ltd && /^(?:Ltd\.?|LTD\.?|Limited)$/.test(ltd.value)) {
      return { end: at + 1, text: 'Co., Ltd.', legal: true, weak: false }
    }
    return { end: index + 1, text: 'Co.', legal: true, weak: false }
  }
  if (tok.flags & legalForm) return { end: index + 1, text: tok.value, legal: true, weak: false }
  if (tok.flags & organisationHead) {
    return { end: index + 1, text: tok.base, legal: false, weak: weakHeads.has(tok.base) }
  }
  return undefined
}

// Walk left over the words of the name: capitalised words, acronyms, "(Dalian)", and "and"/"&"/"for"
// between capitalised words — but not across a word that itself ends a body ("X Group and Y Government").
function extendLeft(toks: readonly Tok[], head: number): number {
  let from = head
  while (from > 0) {
    const tok = toks[from - 1]!
    if (!toks[from]!.spaced && tok.kind !== 'punctuation') break
    if (tok.value === ')') {
      const open = findOpen(toks, from - 1)
      if (open === -1) break
      from = open
      continue
    }
    if (tok.kind !== 'word') break
    if (tok.possessive && tok.value !== "People's" && tok.value !== 'People’s') break
    if (tok.value === 'and' || tok.value === '&' || tok.value === 'for') {
      const before = toks[from - 2]
      if (before?.kind !== 'word' || !isCapitalised(before.value)) break
      if (organisationHeadWords.has(before.base) || legalForms.has(before.value)) break
      // "… Industrial Park and Jinzhou Sunshine Co., Ltd": a name does not go on across a place suffix
      // or into a new name that starts with a place.
      if (placeSuffixSense.has(before.base) || matchPlace(toks, from)) break
      if (functionWords.has(before.value.toLowerCase())) break
      from -= 1
      continue
    }
    if (!isCapitalised(tok.value) && !/^\d/.test(tok.value)) break
    if (functionWords.has(tok.value.toLowerCase()) && !isAllCaps(tok.value)) break
    // "Mayor Dalian Port Group" is a title and a name; "Group" or "Executive" inside a name is not a title.
    if (canonicalTitle.has(tok.value) || honorifics.has(tok.value)) break
    from -= 1
  }
  // A name never starts with a connector.
  while (from < head && /^(?:and|&|for)$/.test(toks[from]!.value)) from++
  return from
}

function findOpen(toks: readonly Tok[], close: number): number {
  for (let index = close - 1; index >= Math.max(0, close - 5); index--) {
    const tok = toks[index]!
    if (tok.value === '(') return index
    if (tok.kind !== 'word' || !isCapitalised(tok.value)) return -1
  }
  return -1
}

// "Committee of Dalian", "Standing Committee of the Municipal People's Congress", "Bank of China".
// Whether a body named from a place starts at `at` ("China Merchants Group", "Shenyang Municipal Bureau"):
// a place, then capitalised words up to a head word or legal form.
function placeNamedBodyAt(toks: readonly Tok[], at: number): boolean {
  const place = matchPlace(toks, at)
  if (!place) return false
  for (let index = at + place.length; index < at + place.length + 5; index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word' || !tok.spaced || !(tok.flags & capitalised)) return false
    if (tok.flags & (organisationHead | legalForm)) return true
  }
  return false
}

function extendOf(toks: readonly Tok[], end: number): number {
  if (toks[end - 1]!.possessive) return end
  const of = toks[end]
  // "Commission for Discipline Inspection": only bodies take a "for" phrase; "Bank for …" is a purpose.
  if (of?.value !== 'of' && !(of?.value === 'for' && forHeads.has(toks[end - 1]!.base))) return end
  let at = end + 1
  if (toks[at]?.value === 'the') at++
  let to = at
  while (to < toks.length) {
    const tok = toks[to]!
    if (tok.kind !== 'word' || !tok.spaced) break
    if (isCapitalised(tok.value) && !functionWords.has(tok.value.toLowerCase())) {
      // A place of several words is taken whole, its own "of" too: "… of the Republic of Korea".
      to += matchPlace(toks, to)?.length ?? 1
      if (tok.possessive && tok.value !== "People's" && tok.value !== 'People’s') break
      continue
    }
    if ((tok.value === 'and' || tok.value === '&') && isCapitalised(toks[to + 1]?.value ?? '') && to > at) {
      // "Ministry of Industry and Information Technology", but not "Committee of Dalian and Dalian mayor"
      // nor "Commission of Commerce and China Merchants Group".
      if (
        !isTitleWord(toks[to + 2]?.value ?? '') &&
        !isTitleWord(toks[to + 1]!.value) &&
        !placeNamedBodyAt(toks, to + 1)
      ) {
        to++
        continue
      }
    }
    break
  }
  return to > at ? to : end
}

// "Consulate General of Japan in Shenyang": a mission names the city it sits in.
function extendMission(toks: readonly Tok[], head: string, to: number): number {
  if (!missions.has(head) || toks[to]?.value !== 'in' || !toks[to + 1]?.spaced) return to
  const place = matchPlace(toks, to + 1)
  return place ? to + 1 + place.length : to
}

function isGenericBody(toks: readonly Tok[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const tok = toks[index]!
    if (tok.kind !== 'word') continue
    if (!genericBodyWords.has(tok.base.toLowerCase())) return false
  }
  return true
}

/** "Huludao government", "provincial party committee", "Dalian municipal governments". */
export function proposeLowerCaseBodies(toks: readonly Tok[], out: Candidate[]): void {
  for (let index = 0; index < toks.length; index++) {
    const tok = toks[index]!
    if (!(tok.flags & lowerBodyFirst)) continue
    const pair = `${tok.value} ${toks[index + 1]?.base ?? ''}`
    const headLength = lowerBodyHeads.has(pair) ? 2 : lowerBodyHeads.has(tok.base) ? 1 : 0
    if (headLength === 0 || !isLowerWord(tok.value)) continue
    let from = index
    if (from > 0 && lowerBodyQualifiers.has(toks[from - 1]!.value)) from--
    if (from > 0 && toks[from - 1]!.value === 'party' && headLength === 1) from--
    const before = toks[from - 1]
    const place = before ? placeEndingAt(toks, from) : undefined
    const to = index + headLength
    if (place !== undefined) {
      out.push({
        from: place,
        to,
        type: 'organization',
        name: spanText(toks, place, to),
        rule: 'org-place-government',
        priority: priority.organization,
      })
    } else if (from < index || headLength === 2) {
      out.push({
        from,
        to,
        type: 'organization',
        name: spanText(toks, from, to),
        rule: 'org-generic-body',
        priority: priority.organization,
        generic: true,
      })
    }
    index = to - 1
  }
}
