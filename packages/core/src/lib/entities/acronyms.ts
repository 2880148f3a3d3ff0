/**
 * Acronyms: all-capital words that name a body ("KXTG"), except those that name something else.
 */

import { writtenCurrencyCodes } from '../data/money.js'
import {
  acronymLegalForms,
  foreignLegalForms,
  industryWords,
  nationalBodies,
  prefixLegalForms,
} from '../data/organisations.js'
import { proposeAcronymName } from './bracket-aliases.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { isClubLetters, proposeClub } from './club-names.js'
import { proposePrefixForm } from './head-first-bodies.js'
import { isCodeBeforeAmount, isFlightCode, isUnitAfterNumber, numberScales } from './not-bodies.js'
import { namesCurrency } from './places.js'
import { isLowerWord, type Tok } from './tokens.js'
import { proposeUniversity } from './university-acronyms.js'
import { allCaps, capitalised, functionWord, legalForm, organisationHead } from './word-classes.js'

const nationalBodyNames = new Set(nationalBodies)

const notOrganizations = new Set(
  (
    'RCEP CPTPP TPP FTA FTAs BIT BITs WFOE JV GDP GNP CPI PPI PMI CEO CFO COO CTO CIO VP GM HR IT AI VR AR IOT IoT ICT LCD LED OLED TV PC USB GPS RMB ' +
    'CNY USD EUR JPY KRW HKD GBP FDI ODI IPO M&A R&D PPP SME SMEs SOE SOEs NEV EV EVs B2B B2C O2O PM OK ID ' +
    'DNA RNA COVID SARS AM FM SUV MW GW KW KWH MB GB TB API APP UAV LNG LPG CBD FTZ II III IV VI VII VIII IX XI ' +
    'XII NO TEU TEUs BRI GMP AED AEDs ' +
    // techniques and products, never bodies: "CNC machine tools", "PCB boards", "ESG reports"
    'CNC PCB ERP CAD BIM RFID NFC MRI ECG ICU ESG OEM ODM EPC QR HD IC ETF ETFs REIT REITs VAT PV CNG AGV AGVs CCUS ' +
    // the measures of results and statistics and the rates of monetary policy, never bodies: "EBITDA of 31.5
    // million euros", "EPS of 1.2 yuan", "the one-year LPR"
    'EBITDA EBIT EBT EPS DPS BPS ROE ROA ROI ROIC CAGR NAV AUM IRR NPV FCF TTM KPI KPIs CAPEX OPEX IFRS GAAP ' +
    'YOY QOQ MOM GNI LPR RRR MLF NPL NPLs ' +
    // interest-rate benchmarks and kinds of security, never bodies: "HIBOR plus 1.15%", "per GDR"
    'LIBOR HIBOR SHIBOR SOFR EURIBOR TIBOR CNH GDR GDRs ADR ADRs MBS CDS MTN MTNs NCD NCDs QFII RQFII QDII ' +
    // systems and devices a ship, a car or a plant carries: "its AIS transponder", "the ADAS suite"
    'AIS VTS BDS GNSS GIS RTK ADAS SCADA PLC OTA VHF UHF EPIRB SIM ' +
    // viruses, ways of paying for care and kinds of drug maker; plastics: "HPV vaccine", "DRG payment",
    // "a CDMO", "the PX unit"
    'HPV HIV AIDS DRG DRGs IVD CDMO CDMOs CRO CROs PX PTA PVC HDPE LDPE LLDPE POE EVA ' +
    // kinds of body, never one of them: "an environmental NGO", "two local NPOs"
    'NGO NGOs INGO INGOs NPO NPOs ' +
    // standards of a network, never bodies: "a 10G PON network", "LTE coverage", "FTTH access"
    'PON GPON EPON LTE FTTH FTTR FTTx WLAN LAN WAN SDH DWDM OTN SDN NFV VoLTE ' +
    // wards, machines and a discipline of medicine, and a status a trader holds: "the NICU", "TCM is
    // popular", "AEO enterprises" (eras and scanners, also a company's letters, are `eraOrScan`'s)
    'ECMO CCU NICU PICU EEG IVF TCM AEO AIGC LLM LLMs ' +
    // the processors, memory and drives of a computer, never bodies: "12,000 GPU servers", "two NPUs" (the
    // letters a university also goes by are `chipLetters`); the Kazakh partnership's form, a body only with
    // its name after it (head-first-bodies.ts)
    'GPU GPUs CPU CPUs NPUs TPUs DPUs FPGA FPGAs SSD SSDs HDD HDDs HBM DRAM SRAM NAND TOO'
  ).split(' '),
)
// Letters of a processor that are also a university's ("Kelmar Polytechnic University (KPU)"): the processor
// only before a noun of the hardware it is in ("NPU cards", "a TPU cluster").
const chipLetters = new Set(['NPU', 'TPU', 'DPU'])
// biome-ignore format: packed data
const hardwareNouns = new Set([
  'server', 'servers', 'card', 'cards', 'chip', 'chips', 'cluster', 'clusters', 'drive', 'drives',
  'accelerator', 'accelerators', 'core', 'cores', 'node', 'nodes', 'rack', 'racks', 'module', 'modules',
  'board', 'boards', 'unit', 'units', 'computing', 'capacity', 'performance', 'architecture', 'design',
])

// Letters of an era after a year or a century ("221 BC", "the 5th century AD", "AD 618"), and of a scanner or
// a test before its noun or after "a"/"an" ("a PET scanner", "an intraoperative CT", "PCR tests"): also the
// letters of a company ("chairman of PET", "CE said"), so they are no body only there.
const eras = new Set(['BC', 'AD', 'BCE', 'CE'])
const scans = new Set(['CT', 'PET', 'MR', 'PCR'])
// biome-ignore format: packed data
const scanNouns = new Set([
  'scan', 'scans', 'scanner', 'scanners', 'test', 'tests', 'testing', 'imaging', 'examination',
  'examinations', 'exam', 'exams', 'machine', 'machines', 'equipment', 'results', 'result', 'room', 'rooms',
  'check', 'checks', 'screening', 'lab', 'labs', 'laboratory', 'kits', 'kit', 'sampling', 'centre', 'center',
])
const scanBefore = new Set(['a', 'an', 'intraoperative', 'mobile', 'portable', 'spiral', 'enhanced'])
const eraBefore = new Set(['century', 'centuries', 'millennium', 'year', 'years'])

// Whether the era or scanner letters at `at` name the era or the machine, not a company: see `eras`.
function eraOrScan(toks: readonly Tok[], at: number): boolean {
  const base = toks[at]!.base
  const prev = toks[at - 1]
  const next = toks[at + 1]
  if (eras.has(base)) {
    if (prev?.kind === 'word' && (/^\d/.test(prev.value) || eraBefore.has(prev.lower))) return true
    return base === 'AD' && next?.spaced === true && /^\d/.test(next.value)
  }
  if (!scans.has(base)) return false
  if (next?.spaced && (scanNouns.has(next.lower) || next.value === '-')) return true
  return prev?.kind === 'word' && scanBefore.has(prev.lower)
}
// A fiscal year written as one word: "FY2025 revenue", "FY25".
const fiscalYear = /^FY\d{2}(?:\d{2})?$/

// Nouns an all-capital word qualifies as a technique or a standard, not as a body: "the GMP workshop",
// "the BIM model", "DRAM chips". Not "project" or "products", which a company's name qualifies as often.
// biome-ignore format: packed data
const modifiedNouns = new Set([
  'workshop', 'workshops', 'standard', 'standards', 'certification', 'certificate', 'technology',
  'technologies', 'technique', 'techniques', 'mode', 'model', 'models', 'chip', 'chips', 'equipment',
  'system', 'systems', 'testing', 'test', 'tests', 'module', 'modules', 'guidelines', 'compliance', 'protocol',
  'machine', 'machines', 'machining', 'tool', 'tools', 'device', 'devices', 'display', 'displays', 'screen',
  'screens', 'sensor', 'sensors', 'software', 'board', 'boards', 'panel', 'panels', 'lathe', 'lathes',
  'navigation', 'imaging', 'scanning', 'printing', 'lighting', 'robot', 'robots',
  // a measure or a product the acronym names: "a PUE value of 1.2", "the CAR ratio", "the XYZ app"
  'value', 'values', 'ratio', 'ratios', 'index', 'indices', 'rate', 'rates', 'score', 'scores',
  'coefficient', 'indicator', 'indicators', 'reading', 'readings', 'app', 'apps', 'algorithm', 'algorithms',
  'format', 'interface',
  // a test of a language or a skill and its levels: "passed the TQL level four examination", "a KPT exam"
  'level', 'levels', 'exam', 'exams', 'examination', 'examinations',
  // a vaccine, a treatment or a material the acronym names: "the free XYV vaccination", "KPE film"
  'vaccine', 'vaccines', 'vaccination', 'vaccinations', 'virus', 'infection', 'infections', 'screening',
  'treatment', 'therapy', 'surgery', 'film', 'films', 'resin', 'resins', 'membrane', 'membranes', 'fiber',
  'fibers', 'fibre', 'fibres', 'payment', 'payments',
])

// Nouns of what a system does, closed: the acronym before one and a noun of a technique names the
// system ("the VXR positioning device", "a KQS tracking module"); an industry's gerund does not ("KXT
// shipbuilding technology", "QMC lifting equipment": the company's).
// biome-ignore format: packed data
const useNouns = new Set([
  'positioning', 'tracking', 'monitoring', 'identification', 'recognition', 'detection', 'location',
  'localization', 'authentication', 'encryption', 'surveillance', 'timing', 'ranging', 'sensing',
  'communication', 'communications', 'transmission', 'telemetry', 'measurement', 'measuring', 'metering',
])

// Whether `toks[at]` is a lower-case noun of use before a noun of a technique, with no head word after.
function modifiesUseNoun(toks: readonly Tok[], at: number): boolean {
  const use = toks[at]!
  const noun = toks[at + 1]
  return (
    use.kind === 'word' &&
    !use.possessive &&
    noun?.spaced === true &&
    useNouns.has(use.value) &&
    modifiedNouns.has(noun.value) &&
    !headAfter(toks, at + 2)
  )
}

// Letters that name a body as often as a device or a kind of security, and the nouns that make them the
// thing: "the KTV reported" is a broadcaster, "KTV cameras" are not; "CCTV footage", "ABS issuance".
// biome-ignore format: packed data
const thingNouns: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['CCTV', new Set(['camera', 'cameras', 'footage', 'surveillance', 'monitoring', 'monitors', 'coverage',
    'network', 'networks', 'installation', 'installations'])],
  ['ABS', new Set(['issuance', 'issuances', 'issue', 'issues', 'products', 'product', 'bonds', 'securities',
    'notes', 'market', 'markets', 'deal', 'deals', 'tranche', 'tranches', 'financing', 'programme',
    'program', 'plastic', 'plastics', 'resin', 'brakes', 'braking', 'pipe', 'pipes', 'plant', 'plants',
    'unit', 'units', 'production', 'output', 'capacity', 'project', 'projects', 'line', 'lines'])],
])

// Units a material is counted in: "300,000 tonnes of ABS" is the plastic, not the classification society.
// biome-ignore format: packed data
const quantityUnits = new Set([
  'tonnes', 'tons', 'tonne', 'ton', 'kilograms', 'kg', 'kilotonnes', 'kt', 'barrels', 'metres', 'litres',
  'liters', 'grams', 'pounds', 'lbs', 'batches', 'shipments', 'cargoes',
])

// Whether the acronym at `at` follows a unit and "of" ("300,000 tonnes of ABS a year"): a material.
function materialOf(toks: readonly Tok[], at: number): boolean {
  if (toks[at - 1]?.value !== 'of') return false
  const unit = toks[at - 2]
  return unit !== undefined && quantityUnits.has(unit.lower)
}

// Words that ask for a quantity of a good: "more", "less", "fewer".
const quantifiers = new Set(['more', 'less', 'fewer'])

// Whether the acronym at `at` is a kind of a good a quantifier asks for, joined by "and" or "or" to a
// lower-case word of another kind before the good's noun: "sell more KRT and green tea", "buy less VQM or
// flat glass"; not "more ASEAN and African partners" nor a national body's letters.
function kindOfGood(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]!
  if (tok.possessive || !quantifiers.has(toks[at - 1]?.value ?? '') || nationalBodyNames.has(tok.base))
    return false
  const and = toks[at + 1]
  if (!and?.spaced || (and.value !== 'and' && and.value !== 'or')) return false
  const kind = toks[at + 2]
  const noun = toks[at + 3]
  return (
    kind?.kind === 'word' &&
    kind.spaced &&
    !kind.possessive &&
    !(kind.flags & functionWord) &&
    isLowerWord(kind.value) &&
    noun?.kind === 'word' &&
    noun.spaced &&
    isLowerWord(noun.value)
  )
}

// Capitalised words after an acronym that make it the first word of a market's or an index's name, not a
// body: "listed on the STAR Market", "the KSX Board".
const marketWords = new Set(['Market', 'Board', 'Index'])

/**
 * Whether an all-capital word may name a body: "KXTG", not "GDP", "RMB" or the legal form "AG", nor a
 * word with digits, a contract's, model's or flight's code ("LNG2611", "XK300", "MU5121").
 */
export function namesBody(tok: Tok): boolean {
  return (
    !notOrganizations.has(tok.base) &&
    !fiscalYear.test(tok.base) &&
    !(foreignLegalForms.has(tok.base) && !acronymLegalForms.has(tok.base)) &&
    !prefixLegalForms.has(tok.base) &&
    !/\d/.test(tok.base)
  )
}

/** Propose all-capital words that name bodies ("KXTG"). */
export function proposeAcronyms(toks: readonly Tok[], out: Candidate[]): void {
  let words = 0
  let capitals = 0
  let brackets = 0
  for (const tok of toks) {
    if (tok.kind !== 'word') {
      if (tok.value === '(') brackets++
      continue
    }
    words++
    if (tok.flags & allCaps) capitals++
  }
  // A sentence in capitals is shouting, not naming; most sentences have no acronym at all.
  if ((capitals === 0 && brackets === 0) || capitals > words / 2) return
  for (let index = datelineEnd(toks); index < toks.length; index++) {
    const tok = toks[index]!
    if (tok.kind !== 'word') continue
    // "classed by Velka Skibs Registret (VSR)": a name without a head word its acronym defines.
    if (toks[index - 1]?.value === '(' && proposeAcronymName(toks, index, out)) continue
    if (!(tok.flags & allCaps) || tok.base.length > 10) continue
    // "UAB Kalnų Mediena": a Baltic legal form before the company's name.
    if (proposePrefixForm(toks, index, out)) continue
    // "FC Kelvar Dynamo": the letters of a sports club are a word of its name.
    if (isClubLetters(tok) && proposeClub(toks, index, out)) continue
    // "AG", "PJSC": a legal form is part of a company's name, not a name of its own.
    if (!namesBody(tok) || namesCurrency(toks, index, index + 1)) continue
    // "the NPU cards": the processor's letters before its hardware ("KPU President Li" is the university).
    if (chipLetters.has(tok.base) && !tok.possessive && hardwareNouns.has(toks[index + 1]?.lower ?? ''))
      continue
    // "Vējš Koks SIA": a form that may be an acronym ends the name before it ("from SIA" is a body).
    if (acronymLegalForms.has(tok.base) && formAfterName(toks, index)) continue
    // "the 3rd century BC", "a PET scanner": an era or a machine, but "chairman of PET" is a company.
    if ((eras.has(tok.base) || scans.has(tok.base)) && eraOrScan(toks, index)) continue
    // "flight KX 2093": an airline's two-letter code before a flight number is no body.
    if (tok.base.length === 2 && isFlightCode(toks, index)) continue
    // "HK$2 billion", "NT$500": letters written against a dollar sign are the currency's.
    if (toks[index + 1]?.value === '$' && !toks[index + 1]!.spaced) continue
    // "RWTH Aachen": a university's acronym and its city.
    if (proposeUniversity(toks, index, out)) continue
    // "300 PFLOPS of computing power", "a 10G PON network": a unit or a standard after a number.
    if (isUnitAfterNumber(toks, index)) continue
    // "500 million SGD", "SGD 40 million", "56 SAR units": a currency code by a number is no body.
    if (writtenCurrencyCodes.has(tok.lower) && byNumber(toks, index)) continue
    // "KRZ 4.5 billion", "QLD 12,500": capitals before an amount with a scale or a thousands mark are a
    // currency's code, known or not.
    if (isCodeBeforeAmount(toks, index)) continue
    const next = toks[index + 1]
    // "the construction of the GMP workshop": a technique or a standard; "ZQL's technology" is a company's.
    if (!tok.possessive && next?.spaced && modifiedNouns.has(next.value) && !headAfter(toks, index + 2))
      continue
    // "CCTV cameras", "ABS issuance": letters that are a body elsewhere name the device or the security.
    if (next?.spaced && !tok.possessive && thingNouns.get(tok.base)?.has(next.value)) continue
    // "sell more KRT and green tea": a kind of a good a quantity is asked of, not a body.
    if (kindOfGood(toks, index)) continue
    // "30,000 tonnes of ABS": counted by weight, the letters are a material.
    if (materialOf(toks, index)) continue
    // "the VXR positioning device": a noun of a system's use between, and the acronym is still the system's.
    if (!tok.possessive && next?.spaced && modifiesUseNoun(toks, index + 1)) continue
    // "the "PX Navigator" app": capitals that start or end a quoted name are the product's.
    if (inQuotedName(toks, index)) continue
    // "the STAR Market" (also "of the … Stock Exchange"), but "the QTL Board of Directors" is the company's.
    if (next?.spaced && marketWords.has(next.base) && !tok.possessive && !boardOf(toks, index + 1)) continue
    // "(NASDAQ: KRVL)": a company's ticker after its exchange names the company's shares, not a body.
    if (toks[index - 1]?.value === ':' && isTicker(toks, index - 1)) continue
    // "KTL Semiconductor", "DMC Chemicals": an acronym and the trade it is in, as the last words of a name.
    const to =
      !tok.possessive &&
      next?.spaced &&
      next.flags & capitalised &&
      industryWords.has(next.base) &&
      !(toks[index + 2]?.spaced && (toks[index + 2]?.flags ?? 0) & capitalised) &&
      !nationalBodyNames.has(tok.base)
        ? index + 2
        : index + 1
    out.push({
      from: index,
      to,
      type: 'organization',
      name: spanText(toks, index, to),
      rule: 'org-acronym',
      priority: priority.acronym,
    })
  }
}

// Whether the word before the legal form at `at` is a capitalised word of a name: "Vējš Koks SIA".
function formAfterName(toks: readonly Tok[], at: number): boolean {
  const before = toks[at - 1]
  return (
    before?.kind === 'word' &&
    toks[at]!.spaced &&
    (before.flags & (capitalised | allCaps | functionWord)) === capitalised
  )
}

// A month, in full or cut short ("Jan", "Sept"; the parser may keep the full stop): not "Mayor" or "Marine".
const monthNames = new Set(
  (
    'Jan January Feb February Mar March Apr April May Jun June Jul July Aug August Sep Sept September Oct ' +
    'October Nov November Dec December'
  ).split(' '),
)

// Where a dateline that opens the sentence ends ("KESHAN, Jan. 5 -- …", "PORT ELWOOD, May 3"), or 0:
// the city in capitals is where the story was filed, not a body.
function datelineEnd(toks: readonly Tok[]): number {
  let index = 0
  while (toks[index]?.kind === 'word' && toks[index]!.flags & allCaps && index < 4) index++
  const comma = toks[index]
  if (index === 0 || comma?.value !== ',' || comma.spaced) return 0
  const month = toks[index + 1]
  if (month?.kind !== 'word' || !month.spaced || !monthNames.has(month.value.replace(/\.$/, ''))) return 0
  // "Jan. 5" or "Jan 5": the day follows, maybe after the parser's full stop.
  const day = toks[index + 2]?.value === '.' ? toks[index + 3] : toks[index + 2]
  return day !== undefined && /^\d/.test(day.value) ? index : 0
}

// Whether a number is right before the word at `at` ("56", "million") or right after it ("40").
function byNumber(toks: readonly Tok[], at: number): boolean {
  const before = toks[at - 1]
  const after = toks[at + 1]
  return (
    (before?.kind === 'word' && (/^\d/.test(before.value) || numberScales.has(before.lower))) ||
    (after?.kind === 'word' && /^\d/.test(after.value))
  )
}

// Whether the market word at `at` is a company's board with its of-phrase ("the QTL Board of Directors").
function boardOf(toks: readonly Tok[], at: number): boolean {
  return toks[at]!.base === 'Board' && toks[at + 1]?.value === 'of'
}

// Words that name a stock exchange or a listing before a ticker's colon: "(NASDAQ: KRVL)", "(Euronext
// Paris: VLTR)", "(SIX Swiss Exchange: ORNX)", "(stock code: KRVL)".
// biome-ignore format: packed data
const exchangeWords = new Set([
  'Exchange', 'Euronext', 'NASDAQ', 'Nasdaq', 'NYSE', 'AMEX', 'OTC', 'OTCQX', 'OTCQB', 'HKEX', 'SEHK', 'SGX',
  'ASX', 'TSX', 'TSXV', 'KOSDAQ', 'KOSPI', 'KRX', 'SSE', 'SZSE', 'BSE', 'NSE', 'LSE', 'AIM', 'TSE', 'TYO',
  'JPX', 'Xetra', 'XETRA', 'FWB', 'Market', 'Board', 'code', 'symbol', 'ticker',
])

// Whether the colon at `colon` is inside brackets after an exchange's name (up to four words back) and the
// ticker after it closes them: "(NASDAQ: KRVL)"; not "the Tessel Commodity Exchange: TCE officials said",
// where the capitals after the colon are a body.
function isTicker(toks: readonly Tok[], colon: number): boolean {
  if (toks[colon + 2]?.value !== ')') return false
  let exchange = false
  for (let index = colon - 1; index >= 0 && index >= colon - 5; index--) {
    const tok = toks[index]!
    if (tok.value === '(') return exchange
    if (tok.kind !== 'word') return false
    if (exchangeWords.has(tok.value)) exchange = true
  }
  return false
}

// Whether a head word follows, so the acronym and the noun start a body's name: "the VKT Testing Center".
function headAfter(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  return tok?.spaced === true && (tok.flags & (organisationHead | legalForm)) !== 0
}

const openQuotes = new Set(['"', '“'])
const closeQuotes = new Set(['"', '”'])

// Whether the acronym at `at` is one word of a quoted name of several words without a head word ("the
// "PX Navigator" app", "the "Smart KQ" platform"); a quoted body keeps its acronym ("the "KTL Group"").
function inQuotedName(toks: readonly Tok[], at: number): boolean {
  let open = at - 1
  while (open >= at - 4 && toks[open]?.kind === 'word') open--
  if (!openQuotes.has(toks[open]?.value ?? '')) return false
  let close = at + 1
  while (close <= at + 4 && toks[close]?.kind === 'word') close++
  if (!closeQuotes.has(toks[close]?.value ?? '') || close - open < 3) return false
  for (let index = open + 1; index < close; index++) {
    if (index !== at && toks[index]!.flags & (organisationHead | legalForm)) return false
  }
  return true
}
