/**
 * Finding mentions of people, organizations and places in one sentence.
 *
 * Every rule proposes candidates; overlapping candidates are settled by rule priority, then length,
 * so "Han Wei Group" is an organization (not the person "Han Wei") and "Kazuo County Government" is a
 * body (not the place "Kazuo County").
 */
import {
  chineseSurnames,
  chineseSurnameVariants,
  compoundChineseSurnames,
  englishWordSurnames,
} from '../data/chinese-surnames.js'
import { months } from '../data/dates.js'
import { demonyms } from '../data/demonyms.js'
import { currencyWords } from '../data/money.js'
import { nationalBodies, organisationHeadWords } from '../data/organisations.js'
import { japaneseSurnames, koreanSurnames, westernGivenNames } from '../data/other-surnames.js'
import { pinyinLoanWords, splitPinyin, wadeGilesSyllable } from '../data/pinyin.js'
import { placeSuffixes, placeSuffixSense } from '../data/place-suffixes.js'
import { canonicalTitle, honorifics, titleModifiers } from '../data/titles.js'
import type { MentionFinding } from '../findings.js'
import type { EntityType } from '../model.js'
import { isCompanyAppositive } from './brands.js'
import { matchPlace } from './gazetteer.js'
import { functionWords, isAllCaps, isCapitalised, isLowerWord, shapedTok, type Tok } from './tokens.js'
import {
  allCaps,
  capitalised,
  compassPoint,
  direction,
  functionWord,
  legalForm,
  legalForms,
  lowerBodyFirst,
  lowerBodyHeads,
  organisationHead,
  suffixFirst,
  titleFirst,
} from './word-classes.js'

/** A proposed mention: tokens `[from, to)` of the sentence. */
interface Candidate {
  readonly from: number
  readonly to: number
  readonly type: EntityType
  readonly name: string
  readonly rule: string
  readonly priority: number
  readonly generic?: boolean
  /** Offset where the name proper starts, when a title or stray character comes first. */
  readonly nameStart?: number
  /** Each hyphen-separated part of the single token is a mention of its own ("Shanghai-Dalian"). */
  readonly parts?: readonly string[]
  /** The name without the title before it, taken when a longer mention has the title's words. */
  readonly untitled?: Candidate
}

const priority = { organization: 1, placeLong: 2, person: 3, place: 4, acronym: 5 } as const

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
const romaji = /^(?:(?:([kgsztdnhbpmrfjwy])\1?y?|sh|ch|tch|ts)?[aiueo]|n(?![aiueoy]))+$/i
const pinyinGiven = /^[A-Z][a-z]+(?:[-'’][a-zA-Z][a-z]*)?$/
const koreanGiven = /^[A-Z][a-z]+-[a-z]+$/

/**
 * Find the mentions in a sentence's tokens. `heading` relaxes nothing but tells rules that the sentence
 * is a Title Case heading, where a capital letter says little.
 */
export function recogniseMentions(toks: readonly Tok[], heading = false): MentionFinding[] {
  const candidates: Candidate[] = []
  proposeOrganizations(toks, candidates, heading)
  proposeLowerCaseBodies(toks, candidates)
  proposePlaces(toks, candidates)
  proposePeople(toks, candidates, heading)
  proposeAcronyms(toks, candidates)
  return settle(toks, candidates)
}

function settle(toks: readonly Tok[], candidates: Candidate[]): MentionFinding[] {
  if (candidates.length === 0) return []
  if (candidates.length > 1) {
    candidates.sort((a, b) => a.priority - b.priority || b.to - b.from - (a.to - a.from) || a.from - b.from)
  }
  // Plain loops, not flatMap and fill: this runs for every sentence with a candidate in it.
  const taken: boolean[] = []
  const chosen: Candidate[] = []
  const isFree = (candidate: Candidate) => {
    for (let index = candidate.from; index < candidate.to; index++) if (taken[index]) return false
    return true
  }
  for (const proposed of candidates) {
    const candidate = isFree(proposed) ? proposed : proposed.untitled
    if (!candidate || !isFree(candidate)) continue
    for (let index = candidate.from; index < candidate.to; index++) taken[index] = true
    chosen.push(candidate)
  }
  if (chosen.length > 1) chosen.sort((a, b) => a.from - b.from)
  const mentions: MentionFinding[] = []
  for (const candidate of chosen) {
    if (candidate.parts) {
      mentions.push(...splitParts(toks[candidate.from]!, candidate))
      continue
    }
    const last = toks[candidate.to - 1]!
    mentions.push({
      start: toks[candidate.from]!.start,
      // A possessive ending is not part of the name: "Xi Jinping's" mentions "Xi Jinping".
      end: last.possessive ? last.start + last.base.length : last.end,
      type: candidate.type,
      name: candidate.name,
      rule: candidate.rule,
      ...(candidate.generic ? { generic: true } : {}),
    })
  }
  return mentions
}

function splitParts(tok: Tok, candidate: Candidate): MentionFinding[] {
  const findings: MentionFinding[] = []
  let start = tok.start
  tok.base.split('-').forEach((part, index) => {
    findings.push({
      start,
      end: start + part.length,
      type: candidate.type,
      name: candidate.parts![index]!,
      rule: candidate.rule,
    })
    start += part.length + 1
  })
  return findings
}

/** The text of tokens `[from, to)` as written, possessive ending of the last token dropped. */
export function spanText(toks: readonly Tok[], from: number, to: number): string {
  let text = ''
  for (let index = from; index < to; index++) {
    const tok = toks[index]!
    if (index > from && tok.spaced) text += ' '
    text += index === to - 1 ? tok.base : tok.value
  }
  return text
}

// ---------------------------------------------------------------------------------------------------------
// Organizations

function proposeOrganizations(toks: readonly Tok[], out: Candidate[], heading: boolean): void {
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

// "Huludao government", "provincial party committee", "Dalian municipal governments".
function proposeLowerCaseBodies(toks: readonly Tok[], out: Candidate[]): void {
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

// Index of the first token of a known place that ends right before `at`, if any.
function placeEndingAt(toks: readonly Tok[], at: number): number | undefined {
  for (let from = Math.max(0, at - 4); from < at; from++) {
    const match = matchPlace(toks, from)
    if (match && from + match.length === at) return from
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------------------
// Places

function proposePlaces(toks: readonly Tok[], out: Candidate[]): void {
  for (let index = 0; index < toks.length; index++) {
    const tok = toks[index]!
    // Every place rule starts at a capitalised word or a compass word ("northeast Asia").
    if (tok.kind !== 'word' || !(tok.flags & (capitalised | direction))) continue
    const match = matchPlace(toks, index)
    if (match) {
      let to = index + match.length
      if (namesCurrency(toks, index, to)) continue
      // "Yingkou Economic and Technological Development Zone" is a place of its own, not Yingkou.
      const zone = toks[to - 1]!.possessive ? 0 : zoneSuffixLength(toks, to)
      if (zone) {
        out.push({
          from: index,
          to: to + zone,
          type: 'place',
          name: spanText(toks, index, to + zone),
          rule: 'place-zone',
          priority: priority.placeLong,
        })
        continue
      }
      const suffix = toks[to - 1]!.possessive ? 0 : placeSuffixLength(toks, to, true)
      to += suffix
      out.push({
        from: index,
        to,
        type: 'place',
        name: match.place.name,
        rule: suffix ? 'place-known-with-suffix' : 'place-known',
        priority: match.length + suffix > 1 ? priority.placeLong : priority.place,
      })
      continue
    }
    if (tok.flags & capitalised && tok.value.includes('-')) proposeHyphenated(tok, index, out)
    // A pinyin place is capitalised: one bit turns most words down before the look back.
    const pinyinPlace =
      tok.flags & capitalised && toks[index - 1]?.value === 'in' && isPinyinPlace(toks, index)
    if (pinyinPlace && !isInvestedIn(toks, index - 1)) {
      out.push({
        from: index,
        to: index + 1,
        type: 'place',
        name: tok.base,
        rule: 'place-pinyin-after-in',
        priority: priority.place,
      })
    }
    if (tok.flags & compassPoint && toks[index - 1]?.value.toLowerCase() === 'the') {
      const next = toks[index + 1]
      if (!next || !isCapitalised(next.value) || !next.spaced) {
        out.push({
          from: index,
          to: index + 1,
          type: 'place',
          name: tok.base,
          rule: 'place-compass',
          priority: priority.place,
        })
      }
    }
    // "Kazuo County", "Jinpu New District": capitalised words before a place suffix.
    if (!suffixWithin(toks, index + 1, index + 4)) continue
    if ((tok.flags & (capitalised | functionWord)) === capitalised && !isTitleWord(tok.value)) {
      let to = index
      while (to < index + 3 && isNameWord(toks[to]) && !placeSuffixLength(toks, to, false)) to++
      const suffix = to > index ? placeSuffixLength(toks, to, false) : 0
      if (suffix && !toks[to - 1]!.possessive) {
        out.push({
          from: index,
          to: to + suffix,
          type: 'place',
          name: spanText(toks, index, to + suffix),
          rule: 'place-suffix',
          priority: priority.placeLong,
        })
      }
    }
  }
}

// "300 US dollars", "Hong Kong dollars": a place that with the next word names a currency is not mentioned
// as a place.
function namesCurrency(toks: readonly Tok[], from: number, to: number): boolean {
  const next = toks[to]
  if (next?.kind !== 'word' || !next.spaced) return false
  let words = ''
  for (let index = from; index < to; index++) words += `${toks[index]!.lower} `
  return currencyWords.has(words + next.lower)
}

// Whether a word a place suffix can start with is among `toks[from..to)`, so the suffix rule only looks
// near one.
function suffixWithin(toks: readonly Tok[], from: number, to: number): boolean {
  for (let index = from; index < to && index < toks.length; index++) {
    const tok = toks[index]!
    if (tok.kind === 'word' && tok.flags & suffixFirst) return true
  }
  return false
}

// How many tokens at `at` form a place suffix ("City", "New District"); lower case allowed after a known place.
function placeSuffixLength(toks: readonly Tok[], at: number, afterKnown: boolean): number {
  const first = toks[at]
  if (!first?.spaced || first.kind !== 'word') return 0
  if (!(first.flags & suffixFirst)) return 0
  const title = (value: string) => value[0]!.toUpperCase() + value.slice(1)
  const second = toks[at + 1]
  const accept = (value: string) => (afterKnown ? title(value) : value)
  if (second?.spaced && second.kind === 'word' && !first.possessive) {
    const pair = `${accept(first.value)} ${accept(second.base)}`
    if (placeSuffixSense.get(pair) === 'place') return 2
  }
  const single = accept(first.base)
  if (placeSuffixSense.get(single) !== 'place') return 0
  // "Liaoning coastal economic belt" is not "Liaoning" + "Area"; only administrative words follow a name.
  return afterKnown && !/^(?:City|Province|County|District|Region|Municipality|Prefecture)$/.test(single)
    ? 0
    : 1
}

// Zones and parks of several words ("Economic and Technological Development Zone"), longest first. One word
// ("Port", "Zone") is left out: "Dalian Port" is as often the company as the place.
const zoneSuffixes = placeSuffixes
  .filter(({ sense, suffix }) => sense === 'either' && suffix.includes(' '))
  .map(({ suffix }) => suffix.split(' '))
const zoneFirstWords = new Set(zoneSuffixes.map((words) => words[0]!))

// How many tokens at `at` form a zone suffix written in Title Case, after a known place ("Yingkou …").
function zoneSuffixLength(toks: readonly Tok[], at: number): number {
  if (!zoneFirstWords.has(toks[at]?.value ?? '')) return 0
  for (const words of zoneSuffixes) {
    let offset = 0
    while (offset < words.length) {
      const tok = toks[at + offset]
      if (!tok?.spaced || tok.kind !== 'word' || (offset < words.length - 1 && tok.possessive)) break
      if ((offset === words.length - 1 ? tok.base : tok.value) !== words[offset]) break
      offset++
    }
    if (offset === words.length) return offset
  }
  return 0
}

// "opened in Jinshitan on June 28": after "in", one capitalised word of two to four pinyin syllables is a
// place the gazetteer lacks (a town, a beach, a village); "in June" and "in Jinshitan Beach" are not.
function isPinyinPlace(toks: readonly Tok[], index: number): boolean {
  const tok = toks[index]!
  const next = toks[index + 1]
  if (!properWord.test(tok.base) || tok.base.includes('-') || months.has(tok.base)) return false
  if (pinyinLoanWords.has(tok.baseLower)) return false
  if (next?.kind === 'word' && next.spaced && isCapitalised(next.value)) return false
  // "in Haotian, a battery maker,": the appositive says it is a company (brands.ts then reads it so).
  if (isCompanyAppositive(toks, index + 1)) return false
  const syllables = splitPinyin(tok.baseLower)
  return syllables !== undefined && syllables.length >= 2 && syllables.length <= 4
}

// Words before "in" that put money into something: "invested in Wanda", "a stake in …", "3 million yuan in …".
const investmentWords =
  /^(?:invest|invests|invested|investing|investment|investments|stake|stakes|shares|holdings|interest|yuan|dollars|euros|rmb|usd|cny|reinvested)$/

// Whether the "in" at `at` follows an investment word or a sum of money, so a company, not a place, follows.
function isInvestedIn(toks: readonly Tok[], at: number): boolean {
  const before = toks[at - 1]
  if (!before) return false
  if (investmentWords.test(before.lower)) return true
  // "put 3 million in …", "$2 billion in …": a number word or figure right before "in".
  return /^(?:million|billion|trillion)$/.test(before.lower) && /^[$¥€£]?\d/.test(toks[at - 2]?.value ?? '')
}

function proposeHyphenated(tok: Tok, index: number, out: Candidate[]): void {
  // "Shanghai-Dalian cooperation": each part is a place when every part is a known place.
  const parts = tok.base.split('-')
  if (parts.length < 2) return
  const places = parts.map((part) => matchPlace([shapedTok(tok, part)], 0))
  if (places.some((place) => place?.length !== 1)) return
  out.push({
    from: index,
    to: index + 1,
    type: 'place',
    name: tok.base,
    parts: places.map((place) => place!.place.name),
    rule: 'place-hyphenated',
    priority: priority.place,
  })
}

function isNameWord(tok: Tok | undefined): boolean {
  return (
    tok !== undefined &&
    tok.kind === 'word' &&
    (tok.flags & (capitalised | functionWord | organisationHead)) === capitalised
  )
}

// ---------------------------------------------------------------------------------------------------------
// People

function proposePeople(toks: readonly Tok[], out: Candidate[], heading: boolean): void {
  for (let index = 0; index < toks.length; index++) {
    // A name starts at a title, at a capitalised word, or at a lower-case surname or given name before a
    // capitalised word ("zhang Hanwen"); most words are none of these.
    const next = toks[index + 1]
    if (!(toks[index]!.flags & (titleFirst | capitalised)) && !(next && next.flags & capitalised)) continue
    const title = titleAt(toks, index)
    if (title) {
      const name = nameAfterTitle(toks, afterPlaceOfTitle(toks, title.end))
      if (name) {
        // A capitalised title is part of the mention ("Mayor Li Ming"); not when a place comes between, which
        // stays a place ("Ambassador to China Wouter Plomp").
        const capitalTitle = isCapitalised(toks[index]!.value) && name.from === title.end
        const person = { to: name.to, type: 'person', name: name.name, priority: priority.person } as const
        out.push({
          ...person,
          from: capitalTitle ? index : name.from,
          rule: name.rule === 'person-chinese-name' ? 'person-titled-chinese-name' : name.rule,
          // "Liaoning Port Group chairman Deng Renjie": the body keeps "Group", and a name that needs no
          // title to be read is still a person.
          untitled:
            capitalTitle && !name.rule.startsWith('person-titled')
              ? { ...person, from: name.from, rule: name.rule }
              : undefined,
        })
        index = name.to - 1
        continue
      }
    }
    const name = nameAt(toks, index) ?? (heading ? undefined : nameByContext(toks, index))
    if (name) {
      out.push({
        from: name.from,
        to: name.to,
        type: 'person',
        name: name.name,
        rule: name.rule,
        priority: priority.person,
      })
      index = name.to - 1
    }
  }
}

interface NameMatch {
  readonly from: number
  readonly to: number
  readonly name: string
  readonly rule: string
}

function nameAt(toks: readonly Tok[], index: number): NameMatch | undefined {
  return (
    chineseName(toks, index) ??
    japaneseName(toks, index) ??
    koreanName(toks, index) ??
    westernName(toks, index)
  )
}

function chineseName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const surname = toks[index]
  const given = toks[index + 1]
  if (!surname || !given || surname.kind !== 'word' || given.kind !== 'word' || !given.spaced)
    return undefined
  // Required below too, but one bit turns most words down before any lookup.
  if (!(given.flags & capitalised)) return undefined
  if (surname.possessive) return undefined
  // A stray character glued to the front ("xTan Chengxu") is left out of the name.
  // A stray character comes before a capital, so a word with no capital has none (its lower-case form is
  // the word itself).
  const stray =
    surname.flags & capitalised || surname.lower === surname.value
      ? null
      : /^[^A-Za-z]{0,3}[a-z]?(?=[A-Z][a-z])/.exec(surname.value)
  const family = stray && stray[0].length > 0 ? surname.value.slice(stray[0].length) : surname.value
  const lower = stray ? family.toLowerCase() : surname.lower
  if (!isChineseSurname(lower) || !isCapitalised(given.value)) return undefined
  // Translations sometimes lower-case the surname ("zhang Hanwen"); not one that is also an English word.
  if (!isCapitalised(family) && !(family === lower && !englishWordSurnames.has(lower))) return undefined
  if (family === lower && !nameCanStartAfter(toks[index - 1])) return undefined
  if (!pinyinGiven.test(given.base) || !/^.[a-z]+$/.test(family)) return undefined
  if (family === lower && (matchPlace(toks, index + 1) || functionWords.has(lower))) return undefined
  const syllables = pinyinOf(given.base) ?? wadeGilesParts(given.base)
  if (!syllables || syllables.length > 3) return undefined
  if (followedByHead(toks, index + 2)) return undefined
  if (matchPlace(toks, index)?.length === 2) return undefined
  return {
    from: index,
    to: index + 2,
    name: `${family} ${given.base}`,
    rule: stray && stray[0].length > 0 ? 'person-chinese-name-stray' : 'person-chinese-name',
  }
}

// Words after which a name written with a lower-case surname may start ("said zhang Hanwen"); after a
// content word or a determiner ("the folk song Molihua") the lower-case word is the English word.
const beforeLowerNames = new Set(['said', 'by', 'and', 'with', 'to', 'from', 'of'])

function nameCanStartAfter(before: Tok | undefined): boolean {
  if (before?.kind !== 'word') return true
  // "general manager zhang Hanwen": a title ends where the name starts.
  return beforeLowerNames.has(before.lower) || canonicalTitle.has(before.value)
}

// Splitting into syllables is costly and the same given names recur, so splits are kept (up to a bound).
const pinyinCache = new Map<string, readonly string[] | undefined>()

function pinyinOf(given: string): readonly string[] | undefined {
  if (pinyinCache.has(given)) return pinyinCache.get(given)
  const syllables = splitPinyin(given.toLowerCase().replace(/[-'’]/g, ''))
  if (pinyinCache.size >= 10_000) pinyinCache.clear()
  pinyinCache.set(given, syllables)
  return syllables
}

/** Whether a lower-case surname spelling is also an English word ("man", "long"), so lower case means the word. */
export function isEnglishSurname(lower: string): boolean {
  return englishWordSurnames.has(lower)
}

const anyChineseSurname = new Set([...chineseSurnames, ...compoundChineseSurnames, ...chineseSurnameVariants])

function isChineseSurname(lower: string): boolean {
  return anyChineseSurname.has(lower)
}

// "Chia-hao", "Ching-kuo": a hyphenated given name whose every part is a Wade–Giles syllable.
function wadeGilesParts(given: string): string[] | undefined {
  if (!given.includes('-')) return undefined
  const parts = given.toLowerCase().split('-')
  return parts.every((part) => wadeGilesSyllable.test(part)) ? parts : undefined
}

function japaneseName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const first = toks[index]
  const second = toks[index + 1]
  if (!first || !second || first.kind !== 'word' || second.kind !== 'word' || !second.spaced) return undefined
  // Both forms below need a capitalised second word; one bit turns most words down.
  if (!(second.flags & capitalised)) return undefined
  if (!japaneseSurnames.has(second.lower) && !japaneseSurnames.has(first.lower)) return undefined
  if (first.possessive || functionWords.has(first.lower)) return undefined
  // Given name first ("Keiichi Kaneko", or "keiichi Kaneko" as translations write it), or family name first.
  const givenFirst =
    isCapitalised(second.value) &&
    japaneseSurnames.has(second.base.toLowerCase()) &&
    romaji.test(first.value) &&
    first.value.length >= 3 &&
    isCapitalisedOrLower(first)
  const familyFirst =
    isCapitalised(first.value) &&
    japaneseSurnames.has(first.value.toLowerCase()) &&
    isCapitalised(second.value) &&
    romaji.test(second.base) &&
    second.base.length >= 3
  if (!givenFirst && !familyFirst) return undefined
  if (followedByHead(toks, index + 2)) return undefined
  return { from: index, to: index + 2, name: `${first.value} ${second.base}`, rule: 'person-japanese-name' }
}

function isCapitalisedOrLower(tok: Tok): boolean {
  return /^(?:\p{Lu}\p{Ll}+|\p{Ll}+)$/u.test(tok.value)
}

function koreanName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const family = toks[index]
  const given = toks[index + 1]
  if (!family || !(family.flags & capitalised)) return undefined
  if (!family || !given || !koreanSurnames.has(family.lower) || !given.spaced) return undefined
  if (!isCapitalised(family.value)) return undefined
  if (!koreanGiven.test(given.base)) return undefined
  return { from: index, to: index + 2, name: `${family.value} ${given.base}`, rule: 'person-korean-name' }
}

function westernName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const given = toks[index]
  if (!given || !(given.flags & capitalised)) return undefined
  if (given?.kind !== 'word' || !westernGivenNames.has(given.lower)) return undefined
  if (given.possessive || !isCapitalised(given.value)) return undefined
  let at = index + 1
  // An initial: "John F. Kennedy".
  if (/^[A-Z]\.$/.test(toks[at]?.value ?? '') && toks[at]!.spaced) at++
  const family = toks[at]
  if (!family?.spaced || !isNameWord(family) || isTitleWord(family.value)) return undefined
  if (matchPlace(toks, at) || placeSuffixSense.has(family.base) || followedByHead(toks, at + 1))
    return undefined
  return { from: index, to: at + 1, name: spanText(toks, index, at + 1), rule: 'person-western-name' }
}

// Words a person's name does not follow: "in Lower Saxony, the state's minister …" and "at the Annual
// Meeting, the vice mayor …" are no one.
// biome-ignore format: packed data
const notBeforeNames = new Set([
  'in', 'at', 'from', 'of', 'to', 'into', 'near', 'across', 'throughout', 'the', 'a', 'an', 'this', 'that',
  'during', 'on', 'after', 'before', 'since', 'under', 'for',
])
const properWord = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u

// A name no list knows, told by where it stands: two or three proper words followed by a role
// ("Katharina Vogel, the company's chief representative") or after a cue that follows a quotation
// ("'…,' said Bjorn Lindqvist").
function nameByContext(toks: readonly Tok[], index: number): NameMatch | undefined {
  // Most words are in lower case: turn them down before anything else.
  if (!(toks[index]!.flags & capitalised)) return undefined
  const before = toks[index - 1]
  if (before?.kind === 'word' && (isCapitalised(before.value) || notBeforeNames.has(before.lower)))
    return undefined
  let to = index
  while (to < index + 3 && isContextNameWord(toks[to]) && (to === index || toks[to]!.spaced)) {
    to++
    if (toks[to - 1]!.possessive) break
  }
  if (to - index < 2 || toks[to]?.kind === 'word' || followedByHead(toks, to)) return undefined
  const quoted = /^(?:said|says)$/.test(before?.value ?? '') && /^[,"'”’]$/.test(toks[index - 2]?.value ?? '')
  if (!quoted && !(toks[to]?.value === ',' && roleFollows(toks, to + 1) && !attributionAt(toks, to + 1)))
    return undefined
  // "Chinese New Year", "Spring Festival": a holiday or an event, not a person.
  if (eventNouns.has(toks[to - 1]!.base) || demonyms.has(toks[index]!.base)) return undefined
  return { from: index, to, name: spanText(toks, index, to), rule: 'person-name-by-context' }
}

// The last words of holidays, events and periods, which no person's name ends with.
// biome-ignore format: packed data
const eventNouns = new Set([
  'Festival', 'Year', 'Day', 'Week', 'Month', 'Fair', 'Expo', 'Forum', 'Games', 'Summit', 'Conference',
  'Exhibition',
])
const reportingVerbs =
  /^(?:said|says|say|told|tells|added|adds|noted|notes|stated|states|explained|believes|believed|recalled)$/

// "X, the chairman said, is …": a reporting verb before the phrase after the comma ends makes it a
// parenthetical attribution, not an appositive that names X's role.
function attributionAt(toks: readonly Tok[], at: number): boolean {
  for (let index = at; index < toks.length; index++) {
    const tok = toks[index]!
    if (tok.kind !== 'word') return false
    if (reportingVerbs.test(tok.value)) return true
  }
  return false
}

function isContextNameWord(tok: Tok | undefined): boolean {
  return (
    isNameWord(tok) &&
    properWord.test(tok!.base) &&
    !isTitleWord(tok!.value) &&
    !placeSuffixSense.has(tok!.base) &&
    !matchPlace([tok!], 0)
  )
}

/** Whether a role starts at `toks[at]`: "the company's chief representative", "a professor at …", "founder of …". */
export function roleFollows(toks: readonly Tok[], at: number): boolean {
  let index = at
  if (/^(?:the|a|an)$/i.test(toks[index]?.value ?? '')) index++
  // "a company director", "the ferry company's general manager": a word or two saying whose.
  for (const end = index + 3; index < end; index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word') return false
    if (titleAt(toks, index) !== undefined) return !honorifics.has(tok.value)
    // "Dutch Ambassador to China": a nationality says whose, as a lower-case word does.
    if (demonyms.has(tok.base)) continue
    if (!isLowerWord(tok.value) || functionWords.has(tok.lower)) return false
  }
  return false
}

// A name followed by "Group", "City", "County", "new districts" … is part of something else.
function followedByHead(toks: readonly Tok[], at: number): boolean {
  const next = toks[at]
  if (next?.kind !== 'word' || !next.spaced) return false
  const title = next.base[0]!.toUpperCase() + next.base.slice(1)
  if (next.flags & (organisationHead | legalForm)) return true
  if (placeSuffixSense.has(title)) return true
  return next.value === 'new' && /^(?:districts?|areas?)$/i.test(toks[at + 1]?.value ?? '')
}

interface TitleMatch {
  readonly end: number
  readonly text: string
}

// The titles word by word, so a run of words is followed only as long as some title starts with it.
interface TitleWords {
  readonly next: Map<string, TitleWords>
  title: boolean
}

const titleWords: TitleWords = { next: new Map(), title: false }
for (const title of canonicalTitle.keys()) {
  let node = titleWords
  for (const word of title.split(' ')) {
    let next = node.next.get(word)
    if (!next) {
      next = { next: new Map(), title: false }
      node.next.set(word, next)
    }
    node = next
  }
  node.title = true
}

/** Whether `value` is a title, a title modifier or an honorific word. */
export function isTitleWord(value: string): boolean {
  return canonicalTitle.has(value) || titleModifiers.has(value) || honorifics.has(value)
}

/** The longest title (with modifiers) starting at `toks[index]`. */
export function titleAt(toks: readonly Tok[], index: number): TitleMatch | undefined {
  const first = toks[index]
  if (first?.kind !== 'word' || !(first.flags & titleFirst)) return undefined
  if (honorifics.has(first.value)) return { end: index + 1, text: first.value }
  // Modifiers may belong to the title ("Chief Engineer") or build on one ("Executive Vice Mayor"): try
  // the title from every start inside the run of modifiers and keep the longest.
  let best: TitleMatch | undefined
  for (let at = index; at < index + 4 && at < toks.length; at++) {
    let node: TitleWords | undefined = titleWords
    for (let end = at; end < Math.min(toks.length, at + 6); end++) {
      const tok = toks[end]!
      if (tok.kind !== 'word' || (end > at && !tok.spaced)) break
      // Most runs stop being the start of any title after a word or two.
      node = node.next.get(tok.value)
      if (!node) break
      if (node.title && (!best || end + 1 > best.end)) {
        best = { end: end + 1, text: spanText(toks, index, end + 1) }
      }
    }
    if (!titleModifiers.has(toks[at]!.value)) break
  }
  return best
}

// "Ambassador to China Wouter Plomp", "Consul General in Shenyang Kenji Mori": where the name starts after
// a title's place, or `at` when no place follows the title.
function afterPlaceOfTitle(toks: readonly Tok[], at: number): number {
  const word = toks[at]
  if (word?.value !== 'to' && word?.value !== 'in') return at
  const place = matchPlace(toks, at + 1)
  return place ? at + 1 + place.length : at
}

function nameAfterTitle(toks: readonly Tok[], at: number): NameMatch | undefined {
  const named = nameAt(toks, at)
  if (named) return named
  // "Mayor Tan", "Mr. Kaneko", "Ambassador Hans Becker": one to three capitalised words that are not
  // places, bodies or further titles.
  let to = at
  while (to < at + 3 && isNameWord(toks[to]) && !isTitleWord(toks[to]!.value) && !matchPlace(toks, to)) {
    if (to > at && !toks[to]!.spaced) break
    to++
    if (toks[to - 1]!.possessive) break
  }
  if (to === at || followedByHead(toks, to)) return undefined
  if (toks.slice(at, to).some((tok) => isAllCaps(tok.value))) return undefined
  return {
    from: at,
    to,
    name: spanText(toks, at, to),
    rule: to - at === 1 ? 'person-titled-surname' : 'person-titled',
  }
}

// ---------------------------------------------------------------------------------------------------------
// Acronyms

const notOrganizations = new Set(
  (
    'RCEP CPTPP TPP FTA FTAs BIT BITs WFOE JV GDP GNP CPI PPI PMI CEO CFO COO CTO CIO VP GM HR IT AI VR AR IOT IoT ICT LCD LED OLED TV PC USB GPS RMB ' +
    'CNY USD EUR JPY KRW HKD GBP FDI ODI IPO M&A R&D PPP SME SMEs SOE SOEs NEV EV EVs B2B B2C O2O PM OK ID ' +
    'DNA RNA COVID SARS AM FM SUV MW GW KW KWH MB GB TB API APP UAV LNG LPG CBD FTZ II III IV VI VII VIII IX XI ' +
    'XII NO TEU TEUs BRI'
  ).split(' '),
)

function proposeAcronyms(toks: readonly Tok[], out: Candidate[]): void {
  let words = 0
  let capitals = 0
  for (const tok of toks) {
    if (tok.kind !== 'word') continue
    words++
    if (tok.flags & allCaps) capitals++
  }
  // A sentence in capitals is shouting, not naming.
  if (capitals > words / 2) return
  for (let index = 0; index < toks.length; index++) {
    const tok = toks[index]!
    if (tok.kind !== 'word' || !(tok.flags & allCaps) || tok.base.length > 10) continue
    if (notOrganizations.has(tok.base) || /^\d/.test(tok.base) || namesCurrency(toks, index, index + 1))
      continue
    // "HK$2 billion", "NT$500": letters written against a dollar sign are the currency's.
    if (toks[index + 1]?.value === '$' && !toks[index + 1]!.spaced) continue
    out.push({
      from: index,
      to: index + 1,
      type: 'organization',
      name: tok.base,
      rule: 'org-acronym',
      priority: priority.acronym,
    })
  }
}
