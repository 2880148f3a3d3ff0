/**
 * Heads that name a body only after the word for what the body does: "Law Firm", "Arbitration Board",
 * "Flying Service", "International Affairs Division of …". Alone, "Firm", "Board", "Service" and
 * "Division" are common nouns ("the Board of Directors", "Customer Service", "Division One").
 */
import { cardinalNumbers } from '../data/numbers.js'
import type { Head } from './body-head.js'
import { placeOrPinyinWordAt } from './not-bodies.js'
import type { Tok } from './tokens.js'
import { capitalised, functionWord } from './word-classes.js'
import { isYearWord } from './word-shape.js'

// The professions a firm or a set of offices practises (律师事务所 "law firm", 会计师事务所 "accounting
// firm"): "the Qiaolan Law Firm", "Kerrow & Mandel Law Offices", "the Xinbao Huaxin CPA Firm".
// biome-ignore format: packed data
const firmKinds = new Set([
  'Law', 'Legal', 'Accounting', 'Accountancy', 'CPA', 'Audit', 'Auditing', 'Notary', 'Patent', 'Appraisal',
  'Valuation', 'Consulting', 'Consultancy', 'Architecture', 'Architectural', 'Engineering', 'Design',
])

// What a standing board is in charge of: "the Velmar Maritime Arbitration Board", "the Xinbao Tourism
// Board"; not "the Main Board" of a stock exchange nor a company's "Supervisory Board".
// biome-ignore format: packed data
const boardKinds = new Set([
  'Arbitration', 'Tourism', 'Tourist', 'Trade', 'Investment', 'Development', 'Examination', 'Examinations',
  'Review', 'Safety', 'Education', 'Health', 'Water', 'Planning', 'Promotion', 'Marketing', 'Export',
  'Standards', 'Licensing', 'Appeals', 'Revenue', 'Securities', 'Energy', 'Maritime', 'Port', 'Harbour',
  'Harbor', 'Transport', 'Transportation', 'Film', 'Arts', 'Tea', 'Grain', 'Cotton', 'Dairy', 'Wool',
  'Rubber', 'Sugar', 'Wine', 'Fisheries', 'Fishery', 'Forestry', 'Pilotage', 'Electricity', 'Broadcasting',
])

// What a public service does (气象台 "meteorological service", 飞行队 "flying service", 引航站 "pilotage
// service"): "the Corvid Bay Pilotage Service", "the Federal Customs Service"; not "Customer Service" nor
// "Public Service", which no body is named.
// biome-ignore format: packed data
const serviceKinds = new Set([
  'Flying', 'Flight', 'Aviation', 'Meteorological', 'Weather', 'Hydrological', 'Hydrographic',
  'Oceanographic', 'Seismological', 'Pilotage', 'Pilot', 'Rescue', 'Salvage', 'Ambulance', 'Fire', 'Postal',
  'Immigration', 'Migration', 'Navigation', 'Forecasting', 'Lifeboat', 'Coastguard', 'Quarantine',
  'Customs', 'Tax', 'Taxation', 'Employment', 'Forestry', 'Extension', 'Diving', 'Geological',
])

// The fields a government's or a company's division is in charge of, named with its "of" phrase: "the
// International Affairs Division of Corvid Prefecture", "the Foreign Trade Division of the … Bureau".
// biome-ignore format: packed data
const divisionKinds = new Set([
  'Affairs', 'Trade', 'Commerce', 'Cooperation', 'Exchange', 'Exchanges', 'Relations', 'Tourism', 'Planning',
  'Promotion', 'Investment', 'Culture', 'Education', 'Policy', 'Protocol', 'Liaison', 'Development',
])

const kindsByHead = new Map<string, ReadonlySet<string>>([
  ['Firm', firmKinds],
  ['Offices', firmKinds],
  ['Board', boardKinds],
  ['Service', serviceKinds],
  ['Division', divisionKinds],
])

/**
 * The head at `index` that names a body only after the word for what it does ("Law Firm", "Arbitration
 * Board", "Flying Service"), with a name in front of that word; a "Division" needs its "of" phrase
 * instead ("the International Affairs Division of Corvid Prefecture"). "Certified Public Accountants"
 * names a firm after its name ("Xinbao Huaxin Certified Public Accountants").
 */
export function kindHeadAt(toks: readonly Tok[], index: number): Head | undefined {
  const value = toks[index]!.value
  if (value === 'Accountants') return accountantsHead(toks, index)
  const kinds = kindsByHead.get(value)
  const kind = toks[index - 1]
  if (kinds === undefined || kind === undefined || !toks[index]!.spaced || !kinds.has(kind.value)) {
    return undefined
  }
  const next = toks[index + 1]
  if (value === 'Division') {
    return next?.value === 'of' ? { end: index + 1, text: value, legal: false, weak: false } : undefined
  }
  // "the Board of Directors": a company's board, whatever its field.
  if (value === 'Board' && next?.value === 'of') return undefined
  // "the Law Firm", "the Arbitration Board": a kind alone names no body; "Qorvan Law Firm" does.
  if (!nameWordAt(toks, index - 2) || !kind.spaced) return undefined
  // A service is weak, so that a heading's "Dalian Opens Rescue Service" names none.
  return { end: index + 1, text: `${kind.value} ${value}`, legal: false, weak: value === 'Service' }
}

// "Xinbao Huaxin Certified Public Accountants" (会计师事务所), after a name; "more than 300 Xinbao
// Certified Public Accountants" are people of the profession, counted.
function accountantsHead(toks: readonly Tok[], index: number): Head | undefined {
  if (toks[index - 1]?.value !== 'Public' || toks[index - 2]?.value !== 'Certified') return undefined
  if (!nameWordAt(toks, index - 3)) return undefined
  let at = index - 4
  while (at >= 0 && toks[at]!.flags & capitalised && !(toks[at]!.flags & functionWord)) at--
  const count = toks[at]
  // "In 2024 Xinbao Certified Public Accountants audited …": a year counts no one.
  const year = count !== undefined && isYearWord(count.value)
  if (count && !year && (/^\d/.test(count.value) || cardinalNumbers.has(count.lower))) return undefined
  return { end: index + 1, text: 'Certified Public Accountants', legal: false, weak: false }
}

/**
 * Where the head after the fixed phrase "Means of Production" at `index` starts, or -1: "the Xinbao
 * Agricultural Means of Production Group" (农业生产资料集团, a supplier of farm inputs) has the phrase inside
 * its name, its "of" no end of it.
 */
export function meansOfProductionAt(toks: readonly Tok[], index: number): number {
  if (toks[index + 1]?.value !== 'of' || toks[index + 2]?.value !== 'Production') return -1
  return toks[index + 3]?.spaced ? index + 3 : -1
}

// Capitalised ordinals that are function words elsewhere, but number a body here ("Xinbao First Flying
// Service").
const ordinals = new Set(['First', 'Second', 'Third', 'Fourth', 'Fifth'])

// Capitalised words that praise or describe a service or a firm but name none: "named Best Law Firm of
// the Year", "the Online Employment Service platform", "a 24-hour Smart Tax Service hall".
// biome-ignore format: packed data
const notNames = new Set([
  'Best', 'Top', 'Leading', 'Excellent', 'Outstanding', 'Advanced', 'Model', 'Online', 'Smart',
  'Digital', 'Intelligent', 'Virtual', 'Mobile', 'Public', 'Convenient', 'One-stop', 'One-Stop', 'Free',
  'New', 'Good', 'Quality', 'Premium', 'Annual', 'Favorite', 'Favourite', 'Popular', 'Trusted',
])

// Whether a capitalised word that is no function word, praise or number ends at `at`, spaced from the word
// after it ("Two Engineering Firm representatives" counts people, names no firm).
function nameWordAt(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  if (tok?.kind !== 'word' || !toks[at + 1]!.spaced || tok.possessive) return false
  if (ordinals.has(tok.value)) return true
  if ((tok.flags & (capitalised | functionWord)) !== capitalised) return false
  if (cardinalNumbers.has(tok.lower)) return false
  // "Liaoning Digital Consulting Firm": after a place or a pinyin name the word is the firm's own.
  return !notNames.has(tok.value) || placeOrPinyinWordAt(toks, at - 1)
}
