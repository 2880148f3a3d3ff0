/**
 * The head of an organization's name: a legal form ("Co., Ltd.", "Inc.", "GmbH") or a head word ("Group",
 * "Committee", "Consulate General"), and which heads name a body only with a distinctive name in front.
 */
import { demonyms } from '../data/demonyms.js'
import { qualifiedLegislatures } from '../data/legislatures.js'
import { balticPrefixForms, legalFormStarts, wordPrefixForms } from '../data/organisations.js'
import { compoundHeadAt, hotelHeadAt } from './body-compound-heads.js'
import type { Head } from './body-head.js'
import { spanText } from './candidate.js'
import { matchPlace } from './gazetteer.js'
import { kindHeadAt, meansOfProductionAt } from './kind-heads.js'
import { servesInBranch } from './legal-branches.js'
import { isTitleWord } from './titles.js'
import type { Tok } from './tokens.js'
import { allCaps, capitalised, functionWord, legalForm, organisationHead } from './word-classes.js'

// Head words that name a body only with a distinctive name in front ("Dalian Electric", not "Electric").
// biome-ignore format: packed data
const weakHeads = new Set([
  'Industry', 'Industries', 'Technology', 'Technologies', 'Electric', 'Electronics', 'Mobile', 'Media',
  'Network', 'Networks', 'Capital', 'Investment', 'Investments', 'Services', 'Systems', 'Solutions', 'Works',
  'Plant', 'Mill', 'Trust', 'Fund', 'Insurance', 'Securities', 'Logistics', 'Shipping', 'Consulting', 'Press',
  'Daily', 'Radio', 'Television', 'Station', 'Center', 'Centre', 'Office', 'Party', 'Union', 'League', 'Club',
  'Factory', 'Hotel', 'Motor', 'Motors', 'Telecom', 'Lab', 'Laboratory', 'Enterprise', 'Enterprises',
  'Chapter',
  // a kindergarten or a grower of seedlings after a name; "the Nursery" alone is a room
  'Nursery',
  // "the Dalian Survey Team of the National Bureau of Statistics"; "Team" alone is a title's ("Team Leader").
  'Team',
  // "the Xinbao Branch of the Bank of Communications"; "Branch" alone is a part of anything.
  'Branch', 'Sub-branch', 'Sub-Branch',
  // "the Xinbao Sub-council of the Kessland Council for …", a council's branch in a city
  'Sub-council', 'Sub-Council',
  // "the Jinzhou Airport Construction Headquarters"; "Regional Headquarters" alone is a company's seat.
  'Headquarters',
])

// What a station that is a body does, said by the word before "Station": "Yinsha Police Station", "the
// Coastal Environmental Monitoring Station", "Lianhe Television Station".
// biome-ignore format: packed data
const stationServices = new Set([
  'Police', 'Monitoring', 'Inspection', 'Quarantine', 'Television', 'TV', 'Radio', 'Broadcasting',
  'Research', 'Experimental', 'Experiment', 'Observation', 'Service', 'Services', 'Rescue', 'Relief',
  'Meteorological', 'Weather', 'Hydrological', 'Hydrology', 'Seismic', 'Seismological', 'Extension',
  'Prevention', 'Supervision', 'Management', 'Testing', 'Protection', 'Aid', 'Assistance', 'Patrol',
  'Fire', 'Forestry', 'Taxation', 'Tax', 'Customs', 'Quality', 'Sanitation', 'Veterinary', 'Epidemic',
  'Control', 'Security', 'Guidance', 'Promotion', 'Conservation', 'Breeding', 'Forecasting', 'Warning',
  // a port's pilots (引航站): "the Xinbao Pilot Station" guides ships in
  'Pilot', 'Pilotage', 'Lifeboat',
])

/**
 * Whether the "Station" at `index` is a body: one named for what it does ("Yinsha Police Station"), not a
 * place one travels to ("left Gaoling Station", "Xinyu West Railway Station"), which no body runs under
 * that name.
 */
export function isServiceStation(toks: readonly Tok[], index: number): boolean {
  return stationServices.has(toks[index - 1]?.base ?? '')
}

// Words that say where a company's seat serves, not what a command does: "its Northeast Asia Regional
// Headquarters" is an office of the company; "the Flood Control Headquarters" is a body.
// biome-ignore format: packed data
const scopeWords = new Set([
  'Regional', 'Global', 'International', 'Overseas', 'Operations', 'Operating', 'Operational', 'Corporate',
  'Asia-Pacific', 'Asia', 'Pacific', 'North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast',
  'Southwest', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'European', 'Asian', 'American',
])

// Heads of a company's office somewhere: named only by where it is ("the bank's Jinzhou Branch") it is no
// body of its own; a branch's "of" phrase names it ("the Jinzhou Branch of the Bank of …").
const scopedHeads = new Set(['Headquarters', 'Branch', 'Sub-branch', 'Sub-Branch'])

/**
 * Whether the head `head` at `to`, with the words `[from, to)` in front and maybe an "of" phrase after, is
 * a company's office named only by where it serves: "its Northeast Asia Regional Headquarters", "the bank's
 * Jinzhou Branch", not "the Jinzhou Branch of the Bank of …" or "the Flood Control Headquarters".
 */
export function isOfficeOnly(
  toks: readonly Tok[],
  head: string,
  from: number,
  to: number,
  of: boolean,
): boolean {
  if (!scopedHeads.has(head) || (of && head !== 'Headquarters')) return false
  if (head === 'Branch' && servesInBranch(toks, from)) return false
  let index = from
  while (index < to) {
    const place = matchPlace(toks, index)
    if (place) index += place.length
    else if (scopeWords.has(toks[index]!.base)) index++
    else return false
  }
  return true
}

// Words before a lab's or a center's head that make it a research body: "Key Laboratory", "Engineering
// Research Center", "Joint Laboratory".
const researchWords = new Set(['Key', 'Research', 'Joint'])
const labHeads = new Set(['Laboratory', 'Lab', 'Center', 'Centre'])

/**
 * Whether the head at `index` is a research body's that its of-phrase names by a field: "the Key Laboratory
 * of Tidal Acoustics", "the Engineering Research Center of Smart Ports".
 */
export function isFieldLab(toks: readonly Tok[], index: number): boolean {
  return labHeads.has(toks[index]!.base) && researchWords.has(toks[index - 1]?.value ?? '')
}

/** The head at `index`: a legal form ("Co., Ltd.", "Inc.", "GmbH") or an organisation head word. */
export function headAt(toks: readonly Tok[], index: number): Head | undefined {
  const tok = toks[index]!
  if (tok.kind !== 'word') return undefined
  // A legal form may be in lower case ("Harwick Holdings plc"); every other head is capitalised. Most
  // capitalised words are neither a head word nor a legal form: the bits turn them down.
  if (!(tok.flags & (capitalised | legalForm))) {
    if (tok.value === 'branch') return lowerBranchAt(toks, index)
    return tok.value === 'sp.' && !kindOfCompany(toks, index) ? polishFormAt(toks, index) : undefined
  }
  if (tok.flags & legalForm) {
    if (namedFormsOnly.has(tok.value)) {
      if (!namedBefore(toks, index)) return undefined
      if (tok.value !== 'AS' && !companyBefore(toks, index)) return undefined
    }
    // "… Koks and AB Jūras Vārti": the form starts the next company's name (head-first-bodies.ts).
    if (isPrefixForm(toks, index) || kindOfCompany(toks, index)) return undefined
    // "… S.A. de C.V.", "… Limited Partnership": the form goes on past its first word.
    const end = formEnd(toks, index + 1)
    return { end, text: end > index + 1 ? spanText(toks, index, end) : tok.value, legal: true, weak: false }
  }
  if (tok.flags & organisationHead) {
    // The clay "Terracotta Army" of Xi'an is a find that museums show, not an army.
    if (tok.base === 'Army' && toks[index - 1]?.value === 'Terracotta') return undefined
    if (tok.value === 'Hotel') return hotelHeadAt(toks, index)
    // "the Faculty of Tidal Studies" is a body; "the Kelmar University Faculty members" are its teachers.
    if (tok.value === 'Faculty' && toks[index + 1]?.value !== 'of') return undefined
    // "the Federation of Kedah Chambers of Commerce": the chambers' of-phrase is the federation's too.
    if (unionHeads.has(tok.value) && toks[index + 1]?.value === 'of') {
      const chambers = chambersAt(toks, index + 2)
      if (chambers !== -1) return { end: chambers + 1, text: tok.value, legal: false, weak: false }
    }
    return { end: index + 1, text: tok.base, legal: false, weak: weakHeads.has(tok.base) }
  }
  // "Kaya Tekstil Sanayi ve Ticaret A.Ş.": a Turkish company's name joins its trades with "ve" (and).
  if (toks[index + 1]?.value === 've') {
    const turkish = turkishAndAt(toks, index)
    if (turkish) return turkish
  }
  // The word's own spelling is tested before the next word's: most capitalised words are no head at all.
  const value = tok.value
  // "Olena Rada" and "Sergei Duma" are people: an assembly's own word names one only after its qualifier.
  if (assemblyWords.has(value) && assemblyQualifiers.has(bareWord(toks[index - 1]))) {
    return { end: index + 1, text: value, legal: false, weak: false }
  }
  // "Hongyu Family Farm", "the Xinbao Funeral Home": heads of two words, and heads named by their members.
  const compound = compoundHeadAt(toks, index) ?? kindHeadAt(toks, index)
  if (compound) return compound
  if (value === 'Means') {
    // "… Agricultural Means of Production Group": the head after the fixed phrase ends the name.
    const at = meansOfProductionAt(toks, index)
    const head = at === -1 ? undefined : headAt(toks, at)
    return head && { ...head, weak: false }
  }
  // "the Associated Kedah Chambers of Commerce and Industry": several chambers' body, read as one chamber.
  if (value === 'Chambers' && isChambersOfCommerce(toks, index) && namedChambers(toks, index))
    return { end: index + 1, text: 'Chamber', legal: false, weak: false }
  if (value === 'Partnership') return partnershipAt(toks, index)
  if (value === 'International') return agencyAt(toks, index)
  if (value.length > 4) return undefined
  // "Korean Air": an airline named "Air" after its name, which must be distinctive, in a sentence about
  // flying ("Cleaner Air" is a slogan, "Breathing Air" a report).
  if (value === 'Air' && airlineBefore(toks, index) && toks.some(isAirlineCue))
    return { end: index + 1, text: value, legal: false, weak: true }
  if (value === 'Co.' || value === 'Co' || legalFormStarts.has(value)) {
    // "Co., Ltd." / "Co. Ltd" / "Co.,Ltd" / "Pte Ltd": the legal form runs to the "Ltd".
    const end = ltdAfter(toks, index)
    const company = tok.value.startsWith('Co')
    if (end !== -1) return { end, text: company ? 'Co., Ltd.' : 'Pte. Ltd.', legal: true, weak: false }
    return company ? { end: index + 1, text: 'Co.', legal: true, weak: false } : undefined
  }
  if (value === 'Sp.') return kindOfCompany(toks, index) ? undefined : polishFormAt(toks, index)
  // The Mexican limited company, "… S. de R.L." or "… S. de R.L. de C.V.".
  if (value === 'S.' && toks[index + 1]?.value === 'de' && toks[index + 2]?.value === 'R.L.') {
    const end = formEnd(toks, index + 3)
    return { end, text: spanText(toks, index, end), legal: true, weak: false }
  }
  return undefined
}

// A company's office in a city named in lower case, as "Branch" is capitalised: "the Xinbao branch of
// Kessel Insurance Co., Ltd. signed …", after a place of one or two words and before an "of" and a
// capitalised name; not "the bank's Xinbao branch", nor "the Xinbao branch of the party", nor in the of-phrase
// of a post ("manager of the Xinbao branch of Kessel Bank" works for the company).
function lowerBranchAt(toks: readonly Tok[], index: number): Head | undefined {
  const of = toks[index + 1]
  const name = toks[index + 2]
  if (of?.value !== 'of' || !of.spaced || name?.kind !== 'word' || !name.spaced) return undefined
  if ((name.flags & (capitalised | functionWord)) !== capitalised || !toks[index]!.spaced) return undefined
  const start =
    matchPlace(toks, index - 1)?.length === 1
      ? index - 1
      : matchPlace(toks, index - 2)?.length === 2
        ? index - 2
        : -1
  if (start === -1 || (toks[start - 1]?.lower === 'the' && toks[start - 2]?.value === 'of')) return undefined
  return { end: index + 1, text: 'Branch', legal: false, weak: true }
}

// A fund's partnership, the form of a Chinese investment fund: "… Industry Fund Partnership (Limited
// Partnership)", with its form in brackets, or "… Investment Fund Partnership"; not "a Strategic
// Partnership".
function partnershipAt(toks: readonly Tok[], index: number): Head | undefined {
  const open = toks[index + 1]
  if (open?.value === '(' && open.spaced && toks[index + 2]?.value === 'Limited') {
    const close = formEnd(toks, index + 3)
    if (close > index + 3 && toks[close]?.value === ')')
      return { end: close + 1, text: spanText(toks, index, close + 1), legal: true, weak: false }
  }
  return toks[index - 1]?.value === 'Fund' && toks[index]!.spaced
    ? { end: index + 1, text: 'Partnership', legal: true, weak: false }
    : undefined
}

// What a country's agency for trade and investment abroad does, before "International": "Kessish
// Investment International".
const agencyFields = new Set(['Development', 'Trade', 'Investment'])

// A country's agency named by its nationality, its field and "International" ("Kessish Trade
// International"); not "Kessish Trade" alone, nor "International" after any other name.
function agencyAt(toks: readonly Tok[], index: number): Head | undefined {
  const field = toks[index - 1]
  const nation = toks[index - 2]
  if (!field || !agencyFields.has(field.value) || !toks[index]!.spaced || !field.spaced) return undefined
  return nation?.kind === 'word' && demonyms.has(nation.value)
    ? { end: index + 1, text: 'International', legal: false, weak: false }
    : undefined
}

// Where the legal form whose first words end at `at` ends: after the Mexican variable capital ("S.A. de
// C.V.", "S. de R.L. de C.V.") and the partnership of a limited one ("… Fund Partnership (Limited
// Partnership)", "Kessel Capital Limited Partnership").
function formEnd(toks: readonly Tok[], at: number): number {
  const next = toks[at]
  if (!next?.spaced) return at
  const form = toks[at - 1]!.value
  if (next.value === 'de' && toks[at + 1]?.value === 'C.V.' && (form.startsWith('S.') || form === 'R.L.'))
    return at + 2
  if (next.value === 'Partnership' && form === 'Limited') return at + 1
  // The Turkish limited company: "… Ltd. Şti." (Limited Şirketi), also written out.
  if (isTurkishLimited(form, next.value)) return at + 1
  return at
}

// The second word of the Turkish limited company's form, after "Ltd." or "Limited": "Şti.", "Şirketi".
const turkishCompanyWords = new Set(['Şti.', 'Şti', 'ŞTİ.', 'Şirketi'])
// The Turkish joint-stock company's form, with and without its cedilla.
const turkishStockForms = new Set(['A.Ş.', 'A.S.'])

// Whether `form` and the word `next` after it are the Turkish limited company's form: "Ltd. Şti.".
function isTurkishLimited(form: string, next: string | undefined): boolean {
  return (form === 'Limited' || form.startsWith('Ltd')) && turkishCompanyWords.has(next ?? '')
}

// A Turkish company's name whose trades "ve" (and) joins before its legal form, read from the word before
// "ve" at `index`: "Kaya Tekstil Sanayi ve Ticaret A.Ş.", "Deniz Gıda İthalat ve İhracat Ltd. Şti.", with
// up to three capitalised words after "ve"; not "Kaya ve Ortakları" with no form after.
function turkishAndAt(toks: readonly Tok[], index: number): Head | undefined {
  if (!toks[index + 1]!.spaced) return undefined
  for (let at = index + 2; at < index + 6; at++) {
    const tok = toks[at]
    if (tok?.kind !== 'word' || !tok.spaced || !(tok.flags & capitalised)) return undefined
    if (at === index + 2) continue
    if (turkishStockForms.has(tok.value) || isTurkishLimited(tok.value, toks[at + 1]?.value)) {
      const end = formEnd(toks, at + 1)
      return { end, text: spanText(toks, index, end), legal: true, weak: false }
    }
  }
  return undefined
}

// Whether the legal form at `index` follows a nationality alone, a kind of company and no name: "a German
// GmbH", "every Polish sp. z o.o."; not "Kessel German GmbH".
function kindOfCompany(toks: readonly Tok[], index: number): boolean {
  const before = toks[index - 1]
  if (before?.kind !== 'word' || !demonyms.has(before.value)) return false
  const name = toks[index - 2]
  return name?.kind !== 'word' || (name.flags & (capitalised | functionWord)) !== capitalised
}

// The Polish limited company and partnerships, "Baltyk Sp. z o.o.", "Wierzba Meble sp. z o.o.", "… sp. k.",
// whose "sp." (spółka) is often in lower case; "sp.k." in one word is a legal form of its own.
function polishFormAt(toks: readonly Tok[], index: number): Head | undefined {
  const next = toks[index + 1]
  if (!next?.spaced) return undefined
  if (next.value === 'z') {
    const rest = toks[index + 2]
    if (rest?.spaced && rest.value === 'o.o.')
      return { end: index + 3, text: 'Sp. z o.o.', legal: true, weak: false }
    // "sp. z o. o.", with a space inside the abbreviation
    if (rest?.value === 'o.' && toks[index + 3]?.value === 'o.')
      return { end: index + 4, text: 'Sp. z o.o.', legal: true, weak: false }
    return undefined
  }
  return next.value === 'k.' || next.value === 'j.'
    ? { end: index + 2, text: 'sp. k.', legal: true, weak: false }
    : undefined
}

/**
 * Whether the Baltic legal form at `index` (or the Kazakh "TOO") stands before its company's name ("UAB
 * Kalnų Mediena", "… and AB Jūras Vārti"): no name word before it, and a name word in mixed case after it;
 * not "Kalnų Mediena UAB of Vilnius", nor "GROWS AS TRADE RISES" in a heading.
 */
export function isPrefixForm(toks: readonly Tok[], index: number): boolean {
  const form = toks[index]!.value
  if (!balticPrefixForms.has(form) && !wordPrefixForms.has(form)) return false
  const before = toks[index - 1]
  const named = before?.kind === 'word' && !before.possessive && !(before.flags & functionWord)
  if (named && before.flags & (capitalised | allCaps)) return false
  const first = toks[index + 1]
  return (
    first?.kind === 'word' &&
    first.spaced &&
    (first.flags & (capitalised | allCaps | functionWord | legalForm)) === capitalised &&
    !isTitleWord(first.value)
  )
}

// Heads of a body whose members are chambers of commerce: "the Federation of Kedah Chambers of Commerce".
const unionHeads = new Set(['Federation', 'Confederation', 'Association', 'Union', 'Council', 'Alliance'])

// Whether "Chambers" at `index` starts "Chambers of Commerce", a head as "Chamber of Commerce" is.
function isChambersOfCommerce(toks: readonly Tok[], index: number): boolean {
  return toks[index + 1]?.value === 'of' && toks[index + 2]?.value === 'Commerce'
}

// Whether a capitalised word before the "Chambers" at `index` names them, beyond a nationality: "the
// Associated Kedah Chambers", not "several European Chambers of Commerce", which are chambers of a kind.
function namedChambers(toks: readonly Tok[], index: number): boolean {
  for (let at = index - 1; at >= 0 && at > index - 5; at--) {
    const tok = toks[at]!
    if (
      tok.kind !== 'word' ||
      !toks[at + 1]!.spaced ||
      (tok.flags & (capitalised | functionWord)) !== capitalised
    )
      return false
    if (!demonyms.has(tok.value)) return true
  }
  return false
}

// Where the "Chambers" of "Chambers of Commerce" is after one to three capitalised words from `at`
// ("Kedah Chambers of Commerce", "Malay-Thai Chambers of Commerce"), or -1.
function chambersAt(toks: readonly Tok[], at: number): number {
  for (let index = at; index < at + 4; index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word' || !tok.spaced || (tok.flags & (capitalised | functionWord)) !== capitalised)
      return -1
    if (tok.value === 'Chambers' && index > at) return isChambersOfCommerce(toks, index) ? index : -1
  }
  return -1
}

// Other countries' assemblies by their own names, which are family names too ("Olena Rada").
const assemblyWords = new Set(qualifiedLegislatures)
// The words that name such an assembly before its word: "the State Duma", "the Verkhovna Rada", "the Lok
// Sabha", "the Oliy Majlis", "the State Great Khural", "the People's Majlis".
// biome-ignore format: packed data
const assemblyQualifiers = new Set([
  'State', 'Verkhovna', 'Lok', 'Rajya', 'Vidhan', 'Great', 'National', 'Representative', 'Representatives',
  'Citizens', 'People', 'Oliy', 'Milli', 'Jogorku', 'Loya', 'Federal', 'Supreme', 'Grand', 'Legislative',
  'Consultative', 'Islamic', 'City', 'Provincial', 'Regional', 'Municipal', 'Halk',
])

// A word without its possessive ending ("People's", "Citizens'"), or '' for no word.
function bareWord(tok: Tok | undefined): string {
  return tok?.kind === 'word' ? tok.value.replace(/['’]s?$/, '') : ''
}

// Words before "Air" that say what the air is like or where it is, not whose airline it is: "Clean Air".
// biome-ignore format: packed data
const airQualities = new Set([
  'Clean', 'Fresh', 'Open', 'Hot', 'Cold', 'Blue', 'Good', 'Pure', 'Dirty', 'Polluted', 'Compressed',
  'Liquid',
  'Indoor', 'Outdoor', 'Ambient', 'Thin', 'Dry', 'Warm', 'Cool', 'Better', 'Healthy', 'Quality', 'Hot-air',
])

// Whether a capitalised word that names an airline comes right before the "Air" at `index`.
function airlineBefore(toks: readonly Tok[], index: number): boolean {
  const before = toks[index - 1]
  return (
    before?.kind === 'word' &&
    toks[index]!.spaced &&
    (before.flags & (capitalised | functionWord)) === capitalised &&
    !airQualities.has(before.value)
  )
}

// Words of a sentence about flying, and a flight's code ("KE852", "MU 5121"'s number after its code).
const airlineCues =
  /^(?:flights?|airlines?|airports?|routes?|fl(?:y|ies|ew|ying)|carriers?|aircraft|planes?)$/
const flightCode = /^(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\d{2,4}$/

function isAirlineCue(tok: Tok, index: number, toks: readonly Tok[]): boolean {
  if (tok.kind !== 'word') return false
  if (airlineCues.test(tok.lower) || flightCode.test(tok.value)) return true
  // A code and its number apart: "CZ 6101".
  const before = toks[index - 1]
  return (
    /^\d{2,4}$/.test(tok.value) && tok.spaced && before !== undefined && /^[A-Z\d]{2}$/.test(before.value)
  )
}

// Legal forms that are a form only right after a name: the Norwegian "AS" (the English "as"), and "SA" and
// "SPA", which alone are acronyms ("a report by SPA").
const namedFormsOnly = new Set(['AS', 'SA', 'SPA'])

// Whether a name in mixed case comes right before the word at `index`. The Norwegian and Danish "AS"
// ("Fjordlys Seafood AS") is also the English "as" written in capitals in a heading ("DALIAN PORT
// GROWS AS TRADE RISES"), where the word before is in capitals too, and it never starts a sentence.
function namedBefore(toks: readonly Tok[], index: number): boolean {
  const before = toks[index - 1]
  return (
    before?.kind === 'word' && toks[index]!.spaced && (before.flags & (capitalised | allCaps)) === capitalised
  )
}

// Whether the word before the "SA" or "SPA" at `index` may end a company's name: not a place ("links Kessel
// with Port Arlen SA", the country), not a body's head ("the Kessel Press Agency SPA", its acronym) and not
// a hotel's or a resort's ("the Arlen Bay Hotel SPA", its spa).
function companyBefore(toks: readonly Tok[], index: number): boolean {
  const before = toks[index - 1]!
  if (before.flags & organisationHead || spaWords.has(before.value)) return false
  for (let start = index - 1; start >= Math.max(0, index - 3); start--) {
    if (matchPlace(toks, start)?.length === index - start && !nameGoesOnBefore(toks, start)) return false
  }
  return true
}
const spaWords = new Set(['Hotel', 'Resort', 'Hotels', 'Resorts', 'Beach', 'Club'])

// Whether a company's name goes on before the place at `start`: "Arlen Olive du Sahel SA", "Kessel Port SA".
function nameGoesOnBefore(toks: readonly Tok[], start: number): boolean {
  const before = toks[start - 1]
  if (before?.kind !== 'word' || !toks[start]!.spaced) return false
  if (before.flags & capitalised) return true
  return !(before.flags & functionWord) && /^(?:d[eu]|des|del|della|di|da|do|dos|das)$/.test(before.value)
}

/** Where the "Ltd" ("Limited", "Bhd") of a two-word legal form starting at `index` ends, or -1. */
export function ltdAfter(toks: readonly Tok[], index: number): number {
  let at = index + 1
  if (toks[at]?.value === ',' || toks[at]?.value === '.') at++
  const ltd = toks[at]
  return ltd && /^(?:Ltd\.?|LTD\.?|Limited|Bhd\.?|Berhad)$/.test(ltd.value) ? at + 1 : -1
}

/**
 * Whether a token is a legal form, which ends one company's name: "… Kessel KG and Rotor GmbH" are two, as
 * are "… S.A. de C.V. and …" and "… S. de R.L. and …".
 */
export function isLegalForm(tok: Tok): boolean {
  return (tok.flags & legalForm) !== 0 || /^(?:Co\.?|C\.V\.|R\.L\.)$/.test(tok.value)
}

// Legal forms that American, British and European companies set off with a comma ("Orvale Foods, Inc.",
// "Brena Cementos, S.A."); not "AS" or "SE", which after a comma are more often words than forms.
// biome-ignore format: packed data
const commaLegalForms = new Set([
  'Inc.', 'Inc', 'Ltd.', 'Ltd', 'Limited', 'LLC', 'LLP', 'Corp.', 'Corp', 'PLC', 'plc', 'Co.', 'S.A.', 'N.V.',
  'B.V.', 'S.p.A.', 'S.L.', 'GmbH', 'AG',
  // Latin America: "Tavora Alimentos, S.A.P.I. de C.V.", "Ferrosur, S. de R.L.", "Lanza Textil, Ltda."
  'S.', 'S.A.P.I.', 'S.A.B.', 'S.A.C.', 'S.A.A.', 'S.R.L.', 'S.A.S.', 'Ltda.', 'Ltda',
  // Portugal and Macao: "Pescas Maré Alta, Lda.", "Pescas Maré Alta, Limitada"
  'Lda.', 'Lda', 'Limitada',
])

/**
 * Whether the legal form at `at` follows a comma written against a capitalised word of the name
 * ("Holdings, Inc."), not a comma after another legal form or a function word.
 */
export function commaBefore(toks: readonly Tok[], at: number): boolean {
  const comma = toks[at - 1]
  const word = toks[at - 2]
  return (
    comma?.value === ',' &&
    !comma.spaced &&
    toks[at]!.spaced &&
    commaLegalForms.has(toks[at]!.value) &&
    word?.kind === 'word' &&
    (word.flags & (capitalised | functionWord)) === capitalised &&
    !isLegalForm(word) &&
    !word.possessive
  )
}
