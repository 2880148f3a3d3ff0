/**
 * A branch named after its company's legal form: "Kelvar Bank Co., Ltd. Xinbao Branch" and "Orlin
 * Insurance Limited Tavrin Sub-branch" are the branch, one body, though a legal form otherwise ends a name;
 * and a branch a person serves in ("officers of the Xinbao Branch").
 */
import { chineseSurnames } from '../data/chinese-surnames.js'
import { nameAt } from './people.js'
import type { Tok } from './tokens.js'
import { allCaps, capitalised, functionWord, organisationHead } from './word-classes.js'

// The words that name a company's office in a city after its full name.
const branchWords = new Set(['Branch', 'Sub-branch', 'Sub-Branch'])
// The words of a party's or a league's cell in a company, which is no office in a city: "… Co., Ltd.
// Party Branch", "… Ltd. Youth League Branch".
const cellWords = new Set(['Party', 'League', 'Communist', 'Youth', 'Committee'])

/**
 * Where the branch written after the legal form ending at `end` ends, or `end` when none is: one to three
 * capitalised words that are no function word, head word or person's name, then "Branch" or
 * "Sub-branch" ("… Co., Ltd. Xinbao Branch"). Not "… Co., Ltd. Party Branch", the company's party cell,
 * nor "… Ltd. CPC Branch" (no place is written in capitals), nor "… Ltd. Branch managers", which names no
 * branch.
 */
export function legalBranchEnd(toks: readonly Tok[], end: number): number {
  // The cheap test first: most legal forms are followed by a lower-case word or a stop.
  const first = toks[end]
  if (first?.kind !== 'word' || !first.spaced || !(first.flags & capitalised)) return end
  for (let index = end; index < end + 4; index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word' || !tok.spaced || tok.possessive) return end
    if (branchWords.has(tok.value)) return index > end ? index + 1 : end
    if ((tok.flags & (capitalised | allCaps | functionWord | organisationHead)) !== capitalised) return end
    if (cellWords.has(tok.value)) return end
    if (index === end && nameAt(toks, index)) return end
  }
  return end
}

// Words for a police officer before "of the … Branch".
const officerWords = new Set(['officer', 'officers', 'police', 'policeman', 'policemen', 'policewoman'])

/**
 * Whether the place starting at `from` names, with the "Branch" after it, the unit a person serves in:
 * "Wu Kai of the Xinbao Branch" (a Chinese name), "officers of the Xinbao Branch" (a police branch, a body,
 * so the place gives way to it); "the deposits of the Xinbao Branch" may be any bank's office: the place.
 */
export function servesInBranch(toks: readonly Tok[], from: number): boolean {
  if (toks[from - 1]?.lower !== 'the' || toks[from - 2]?.value !== 'of') return false
  const member = toks[from - 3]
  if (member?.kind !== 'word') return false
  if (officerWords.has(member.lower)) return true
  // A Chinese name: "Wu Kai of the …", not "the Department of Retail Banking of the …".
  const surname = toks[from - 4]
  return (
    (member.flags & (capitalised | functionWord)) === capitalised &&
    surname?.kind === 'word' &&
    chineseSurnames.has(surname.lower)
  )
}
