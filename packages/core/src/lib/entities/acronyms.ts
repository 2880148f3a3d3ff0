/**
 * Acronyms: all-capital words that name a body ("CMIG"), except those that name something else.
 */
import { type Candidate, priority } from './candidate.js'
import { namesCurrency } from './places.js'
import type { Tok } from './tokens.js'
import { allCaps } from './word-classes.js'

const notOrganizations = new Set(
  (
    'RCEP CPTPP TPP FTA FTAs BIT BITs WFOE JV GDP GNP CPI PPI PMI CEO CFO COO CTO CIO VP GM HR IT AI VR AR IOT IoT ICT LCD LED OLED TV PC USB GPS RMB ' +
    'CNY USD EUR JPY KRW HKD GBP FDI ODI IPO M&A R&D PPP SME SMEs SOE SOEs NEV EV EVs B2B B2C O2O PM OK ID ' +
    'DNA RNA COVID SARS AM FM SUV MW GW KW KWH MB GB TB API APP UAV LNG LPG CBD FTZ II III IV VI VII VIII IX XI ' +
    'XII NO TEU TEUs BRI'
  ).split(' '),
)

/** Propose all-capital words that name bodies ("CMIG"). */
export function proposeAcronyms(toks: readonly Tok[], out: Candidate[]): void {
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
