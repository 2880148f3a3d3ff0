/**
 * The place a body is from, written after its name as an "of" phrase: "Brekkvik Trading Group of Sweden",
 * "Harlow University of Canada", "the Iberian Art Foundation of Valencia" name a body and where it is,
 * while "Bank of China" and "University of Tokyo" are whole names.
 */
import { demonyms } from '../data/demonyms.js'
import type { MentionFinding } from '../findings.js'
import { officialFormLength } from './body-seats.js'
import { namesFoundBy, type SentenceMentions } from './brands.js'
import { matchPlace } from './gazetteer.js'
import type { Tok } from './tokens.js'
import { namedTrades } from './trade-heads.js'
import { capitalised } from './word-classes.js'

/** Heads of company names ("Brekkvik Trading Group"). */
export const companyHeads: ReadonlySet<string> = new Set([
  'Group',
  'Holdings',
  'Holding',
  'Corporation',
  'Company',
  // carriers and publishers named by their trade (trade-heads.ts): "Okuyama Shoten of Kyoto"
  ...namedTrades,
])
// Heads of investment firms, which are named like companies: "Kessel Bay Capital of Dubai" is a firm in Dubai.
// They are kept apart from `companyHeads`, which other rules read as the end of a company's name.
const fundHeads = new Set(['Capital', 'Ventures', 'Investments'])
// Places outside the mainland a company is said to come from, as countries are: "… Group of Hong Kong".
const originRegions = new Set(['Hong Kong', 'Macao', 'Taiwan'])
// Universities, colleges and institutes: named like companies, "Harlow University of Canada".
export const academicHeads: ReadonlySet<string> = new Set([
  'University',
  'College',
  'Institute',
  'Academy',
  'School',
])
// Foundations, galleries and museums abroad, named like universities but also after a city: "the Iberian
// Art Foundation of Valencia" is a foundation in Valencia, as "Harlow University of Canada" is in Canada.
const culturalHeads = new Set(['Foundation', 'Gallery', 'Museum', 'Orchestra', 'Theatre', 'Theater'])
// Words that describe a university without naming it: "National University of Singapore" and "Technical
// University of Denmark" are the names, "of …" and all, as "Shipping Corporation of India" is.
// biome-ignore format: packed data
const academicQualifiers = new Set([
  'National', 'State', 'Federal', 'Technical', 'Technological', 'Polytechnic', 'Catholic', 'Christian',
  'Islamic', 'Open', 'Central', 'Normal', 'Medical', 'Agricultural', 'International', 'Royal', 'Imperial',
  'Free', 'Public', 'Capital', 'Metropolitan', 'Maritime', 'Ocean', 'Science', 'Sciences', 'Technology',
  'Economics', 'Economic', 'Finance', 'Arts', 'Foreign', 'Studies', 'Languages', 'Health', 'Sports',
  // the region of its country a university serves: "the Polar University of Iceland"
  'Arctic', 'Polar', 'Northern', 'Southern', 'Eastern', 'Western',
])

/**
 * Whether the of-phrase up to `to` after the company or university head at `at` is only the country it comes
 * from: "Brekkvik Trading Group of Sweden and …" is a Swedish company, "Lund Marine Engineering Corporation of
 * Denmark signed …" a Danish one, "Harlow University of Canada" a Canadian university. A company's own
 * name takes "of <country>" when the words before the head are only a trade ("Shipping Corporation of
 * India", "Aluminum Corporation of China"), a university's when they only describe it ("National
 * University of Singapore"), and Chinese bodies do so whatever they are called ("Aviation Industry
 * Corporation of China", "Ocean University of China"), so the phrase is an origin only for another
 * country, after a "Group"/"Holdings" with a name in front, a "Corporation"/"Company" with two words or
 * more in front, or a university with a word in front that is more than a description; and for a city
 * abroad after a company with a name in front ("Kessel Electric Corporation of Kobe"), or after a
 * foundation, gallery or museum with more than a description in front ("Iberian Art Foundation of
 * Valencia", not "National Museum of Korea").
 */
export function isCompanyOrigin(
  toks: readonly Tok[],
  head: string,
  from: number,
  at: number,
  to: number,
): boolean {
  const academic = academicHeads.has(head)
  const cultural = culturalHeads.has(head)
  const firm = isProfessionalFirm(toks, head, at)
  const company = companyHeads.has(head) || fundHeads.has(head)
  if ((!company && !academic && !cultural && !firm) || to === at + 1) return false
  const start = toks[at + 2]?.value === 'the' ? at + 3 : at + 2
  // "… Company of the Kingdom of Saudi Arabia": a country's official long form is the country too.
  const form = officialFormLength(toks, start)
  const country = form > 1 ? (toks[start + 2]?.value === 'the' ? start + 3 : start + 2) : start
  const match = matchPlace(toks, country)
  if (!match || start + (form > 1 ? form : match.length) !== to) return false
  // "Kessel Electric Corporation of Kobe": no company is named "… of <city abroad>", as "Shipping
  // Corporation of India" is of a country; the city is where it is from. "University of Tokyo" is whole.
  if (match.place.kind === 'world city') return isCityOrigin(toks, head, from, at)
  const { words, named } = describe(toks, from, at)
  const least = head === 'Corporation' || head === 'Company' || firm ? 2 : 1
  if (academic || cultural ? !named : words < least) {
    return false
  }
  return match.place.kind === 'country' ? match.place.name !== 'China' : originRegions.has(match.place.name)
}

// The trades of the firms named after their partners: "Hayashida & Kurome Law Office of Japan" is a Japanese firm,
// as "Kessel Trading Group of Sweden" is a Swedish company; not "the Legal Affairs Office of Ruritania".
const firmTrades = new Set(['Law', 'Legal', 'Patent', 'Accounting', 'Audit', 'Auditing', 'Architecture'])
const firmHeads = new Set(['Office', 'Offices', 'Firm', 'Partners', 'Chambers'])

// Whether the head `head` at `at` is a professional firm's ("Law Office", "Accounting Firm").
function isProfessionalFirm(toks: readonly Tok[], head: string, at: number): boolean {
  return firmHeads.has(head) && firmTrades.has(toks[at - 1]?.value ?? '')
}

// Whether "of <city abroad>" after the head `head` at `at`, with its name from `from`, says where the body
// is: after a company with a name in front, or a foundation, gallery or museum with more than a
// description in front; not after a university ("University of Tokyo").
function isCityOrigin(toks: readonly Tok[], head: string, from: number, at: number): boolean {
  const { words, named } = describe(toks, from, at)
  return culturalHeads.has(head) ? named : (companyHeads.has(head) || fundHeads.has(head)) && words > 0
}

// How many capitalised words `[from, at)` has, and whether one is more than a description ("National").
function describe(toks: readonly Tok[], from: number, at: number): { words: number; named: boolean } {
  let words = 0
  let named = false
  for (let index = from; index < at; index++) {
    const tok = toks[index]!
    if (!(tok.flags & capitalised)) continue
    // "KVU The Tundra University of Lapland": the words after a capital "The" are the description.
    if (tok.value === 'The') {
      words = 0
      named = false
      continue
    }
    words++
    if (!academicQualifiers.has(tok.base) && !demonyms.has(tok.base)) named = true
  }
  return { words, named }
}

/**
 * Part a town abroad off the name of a company or a foundation it is from, where the gazetteer lacks the
 * town but the article names it as a place elsewhere ("Xinbao, Tarvento and Kobe are all port cities"
 * makes "the Coastal Art Foundation of Tarvento" the foundation and the town); a sentence
 * rule alone cannot know.
 */
export function findCityOrigins(sentences: readonly SentenceMentions[]): void {
  const towns = namesFoundBy(sentences, 'place-by-context')
  if (towns.size === 0) return
  for (const sentence of sentences) {
    const { toks } = sentence
    let mentions: MentionFinding[] | undefined
    for (const mention of sentence.mentions) {
      const parted = mention.type === 'organization' ? partOrigin(toks, mention, towns) : undefined
      if (parted === undefined && mentions === undefined) continue
      // Findings are read-only and may be shared: copy the list once something changes.
      mentions ??= sentence.mentions.slice(0, sentence.mentions.indexOf(mention))
      if (parted) mentions.push(...parted)
      else mentions.push(mention)
    }
    if (mentions) sentence.mentions = mentions
  }
}

// The body and the town of an organization mention that ends "… of <town>" (a town of `towns`), or
// undefined.
function partOrigin(
  toks: readonly Tok[],
  mention: MentionFinding,
  towns: ReadonlySet<string>,
): [MentionFinding, MentionFinding] | undefined {
  const of = mention.name.lastIndexOf(' of ')
  const name = mention.name.slice(of + 4)
  if (of === -1 || !towns.has(name)) return undefined
  const town = toks.findIndex((tok) => tok.start === mention.end - name.length)
  const head = town - 2
  const from = toks.findIndex((tok) => tok.start === mention.start)
  if (town < 2 || toks[town - 1]!.value !== 'of' || from === -1 || from >= head) return undefined
  if (!isCityOrigin(toks, toks[head]!.base, from, head)) return undefined
  return [
    { ...mention, end: toks[head]!.end, name: mention.name.slice(0, of) },
    { start: toks[town]!.start, end: mention.end, type: 'place', name, rule: 'place-by-context' },
  ]
}
