/**
 * The head of an organization's name: a legal form ("Co., Ltd.", "Inc.", "GmbH") or a head word ("Group",
 * "Committee", "Consulate General"), and which heads name a body only with a distinctive name in front.
 */
import { legalFormStarts } from '../data/organisations.js'
import type { Tok } from './tokens.js'
import { allCaps, capitalised, legalForm, organisationHead } from './word-classes.js'

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
  'Chapter',
  // "the Dalian Survey Team of the National Bureau of Statistics"; "Team" alone is a title's ("Team Leader").
  'Team',
])

/** The head of a name found at a token. */
export interface Head {
  /** Index after the head's last token ("Co., Ltd." is three tokens). */
  readonly end: number
  /** The head as one string ("Co., Ltd.", "Group"). */
  readonly text: string
  /** Whether the head is a legal form, which ends the name. */
  readonly legal: boolean
  /** Whether the head names a body only after a distinctive name ("Electric"). */
  readonly weak: boolean
}

/** The head at `index`: a legal form ("Co., Ltd.", "Inc.", "GmbH") or an organisation head word. */
export function headAt(toks: readonly Tok[], index: number): Head | undefined {
  const tok = toks[index]!
  if (tok.kind !== 'word') return undefined
  // A legal form may be in lower case ("Harwick Holdings plc"); every other head is capitalised. Most
  // capitalised words are neither a head word nor a legal form: the bits turn them down.
  if (!(tok.flags & (capitalised | legalForm))) return undefined
  if (tok.flags & legalForm) {
    if (tok.value === 'AS' && !namedBefore(toks, index)) return undefined
    return { end: index + 1, text: tok.value, legal: true, weak: false }
  }
  if (tok.flags & organisationHead) {
    return { end: index + 1, text: tok.base, legal: false, weak: weakHeads.has(tok.base) }
  }
  if (tok.value.length > 4) return undefined
  if (tok.value === 'Co.' || tok.value === 'Co' || legalFormStarts.has(tok.value)) {
    // "Co., Ltd." / "Co. Ltd" / "Co.,Ltd" / "Pte Ltd": the legal form runs to the "Ltd".
    const end = ltdAfter(toks, index)
    const company = tok.value.startsWith('Co')
    if (end !== -1) return { end, text: company ? 'Co., Ltd.' : 'Pte. Ltd.', legal: true, weak: false }
    return company ? { end: index + 1, text: 'Co.', legal: true, weak: false } : undefined
  }
  // The Polish limited company, "Baltyk Sp. z o.o.".
  if (tok.value === 'Sp.' && toks[index + 1]?.value === 'z' && toks[index + 2]?.value === 'o.o.') {
    return { end: index + 3, text: 'Sp. z o.o.', legal: true, weak: false }
  }
  return undefined
}

// Whether a name in mixed case comes right before the word at `index`. The Norwegian and Danish "AS"
// ("Fjordlys Seafood AS") is also the English "as" written in capitals in a heading ("DALIAN PORT
// GROWS AS TRADE RISES"), where the word before is in capitals too, and it never starts a sentence.
function namedBefore(toks: readonly Tok[], index: number): boolean {
  const before = toks[index - 1]
  return (
    before?.kind === 'word' && toks[index]!.spaced && (before.flags & (capitalised | allCaps)) === capitalised
  )
}

/** Where the "Ltd" ("Limited", "Bhd") of a two-word legal form starting at `index` ends, or -1. */
export function ltdAfter(toks: readonly Tok[], index: number): number {
  let at = index + 1
  if (toks[at]?.value === ',' || toks[at]?.value === '.') at++
  const ltd = toks[at]
  return ltd && /^(?:Ltd\.?|LTD\.?|Limited|Bhd\.?)$/.test(ltd.value) ? at + 1 : -1
}

/** Whether a token is a legal form, which ends one company's name: "… Kessel KG and Rotor GmbH" are two. */
export function isLegalForm(tok: Tok): boolean {
  return (tok.flags & legalForm) !== 0 || /^Co\.?$/.test(tok.value)
}
