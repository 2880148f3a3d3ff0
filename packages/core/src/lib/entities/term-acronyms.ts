/**
 * Acronyms an article defines as terms, not bodies: in brackets after lower-case words ("contract
 * manufacturing and packaging (CMPO)", "thermoplastic polyamide (TPA)") or after a Title Case term with no
 * head word ("Value-Based Care Bundle (VCB)"). Every mention of such an acronym is the term's, so none of
 * them is a body; an acronym after a body's name ("the Kelvar Rowing Association (KRA)") stays the body's,
 * and so does one the article uses as a body: a speaker ("TSN said"), a possessor ("TSN's") or the body of
 * a spokesman or an official ("a TSN spokesman").
 */
import { splitPinyin } from '../data/pinyin.js'
import type { MentionFinding } from '../findings.js'
import { fitsWords, nameWords } from './acronym-letters.js'
import { termNounAfter } from './bracket-aliases.js'
import type { SentenceMentions } from './brands.js'
import { speechFollows } from './context-names.js'
import { isAllCaps, type Tok } from './tokens.js'
import {
  allCaps,
  capitalised,
  functionWord,
  legalForm,
  organisationHead,
  placeFirst,
} from './word-classes.js'

// Lower-case words that make the words before a bracket a body's name, not a term: "the city's port
// authority (XPA)", "the provincial testing center (PTC)".
// biome-ignore format: packed data
const lowerHeads = new Set([
  'group', 'company', 'corporation', 'enterprise', 'bank', 'association', 'federation', 'society',
  'foundation', 'alliance', 'league', 'union', 'club', 'chamber', 'organization', 'organisation', 'council',
  'consortium', 'cooperative', 'committee', 'commission', 'bureau', 'department', 'ministry',
  'administration', 'office', 'agency', 'authority', 'government', 'congress', 'court', 'center', 'centre',
  'institute', 'academy', 'university', 'college', 'school', 'laboratory', 'lab', 'hospital', 'museum',
  'station', 'team', 'exchange', 'fund',
])

// The most words a term before its bracketed acronym is read back over.
const maxWords = 6

// Nouns for a body's people: a term has none ("a TSN spokesman" makes TSN a body).
// biome-ignore format: packed data
const bodyPeople = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials',
])

/** Drop every mention of an acronym the article defines as a term rather than as a body. */
export function dropTermAcronyms(sentences: readonly SentenceMentions[]): void {
  let terms: Set<string> | undefined
  let acronyms: Set<string> | undefined
  for (const { toks, mentions } of sentences) {
    for (let index = 0; index < mentions.length; index++) {
      const mention = mentions[index]!
      // The cheap test first: a mention the acronym rule found, one bracket before it.
      if (mention.rule !== 'org-acronym') continue
      acronyms ??= new Set()
      acronyms.add(mention.name)
      if (!definesTerm(toks, mention, mentions[index - 1]?.end ?? 0)) continue
      terms ??= new Set()
      terms.add(mention.name)
    }
  }
  if (acronyms === undefined) return
  // "global depositary receipts (GDRs) … US$14.60 per GDR": the plural defines the term the singular is.
  for (const { toks, mentions } of sentences) {
    for (const acronym of pluralTerms(toks, mentions, acronyms)) {
      terms ??= new Set()
      terms.add(acronym)
    }
  }
  if (terms === undefined) return
  for (const { toks, mentions } of sentences) {
    for (const mention of mentions)
      if (isTerm(mention, terms) && usedAsBody(toks, mention)) terms.delete(mention.name)
  }
  if (terms.size === 0) return
  for (const sentence of sentences) {
    const { mentions } = sentence
    if (!mentions.some((mention) => isTerm(mention, terms))) continue
    sentence.mentions = mentions.filter((mention) => !isTerm(mention, terms))
  }
}

function isTerm(mention: MentionFinding, terms: ReadonlySet<string>): boolean {
  return mention.type === 'organization' && terms.has(mention.name) && isAllCaps(mention.name)
}

// Whether the article uses the acronym as only a body is used: the subject of a verb of speech ("TSN
// said"), a possessor ("TSN's plan") or before a spokesman or an official.
function usedAsBody(toks: readonly Tok[], mention: MentionFinding): boolean {
  let at = 0
  while (at < toks.length && toks[at]!.end < mention.end) at++
  const last = toks[at]
  if (last === undefined || last.end !== mention.end) return false
  return last.possessive || speechFollows(toks, at + 1) || bodyPeople.has(toks[at + 1]?.lower ?? '')
}

// Whether the acronym `mention`, alone in brackets, follows a term it spells: lower-case words with a word
// that starts on its first letter and no body's head word last ("polyamide resin (PAR)"), or Title Case
// words it spells with no head word or pinyin among them ("Value-Based Care Bundle (VCB)"). Words before
// `after`, the end of the mention before it, are a name some rule found, not a term.
function definesTerm(toks: readonly Tok[], mention: MentionFinding, after: number): boolean {
  let at = 0
  while (at < toks.length && toks[at]!.start < mention.start) at++
  if (toks[at - 1]?.value !== '(' || toks[at + 1]?.value !== ')' || toks[at]!.end !== mention.end)
    return false
  // "the Qualified Offshore Limited Partner (QOLP) policy": a policy's or a programme's name.
  if (termNounAfter(toks, at + 1) && toks[at - 2]!.start >= after) return true
  return termBefore(toks, at - 2, mention.name, after)
}

// Whether the words ending at `toks[last]`, all after offset `after`, are a term `acronym` spells.
function termBefore(toks: readonly Tok[], last: number, acronym: string, after: number): boolean {
  const tok = toks[last]
  if (tok?.kind !== 'word' || tok.start < after) return false
  if (!(tok.flags & (capitalised | allCaps))) return lowerCaseTerm(toks, last, acronym, after)
  return titleCaseTerm(toks, last, acronym, after)
}

// A plural acronym alone in brackets ("(GDRs)", "(SMEs)"), which no rule reads as a body.
const pluralAcronym = /^[A-Z]{2,}s$/

// The acronyms of `acronyms` whose plural the sentence defines in brackets after a term ("global depositary
// receipts (GDRs)"); a plural after a body's name stays a body's ("the port authorities (PAs)" does not
// spell a term, as "authorities" is no head word here but the body rule found the name before it).
function pluralTerms(
  toks: readonly Tok[],
  mentions: readonly MentionFinding[],
  acronyms: ReadonlySet<string>,
) {
  const found: string[] = []
  for (let index = 2; index < toks.length - 1; index++) {
    if (toks[index]!.value !== '(' || toks[index + 2]?.value !== ')') continue
    const word = toks[index + 1]!
    if (word.kind !== 'word' || !pluralAcronym.test(word.value)) continue
    const acronym = word.value.slice(0, -1)
    if (!acronyms.has(acronym)) continue
    let after = 0
    for (const mention of mentions) if (mention.end <= toks[index]!.start) after = mention.end
    if (termBefore(toks, index - 1, acronym, after)) found.push(acronym)
  }
  return found
}

function lowerCaseTerm(toks: readonly Tok[], last: number, acronym: string, after: number): boolean {
  if (lowerHeads.has(toks[last]!.baseLower) || toks[last]!.flags & functionWord) return false
  if (headFirst(toks, last, after)) return false
  const first = acronym.charAt(0).toLowerCase()
  for (let index = last; index > last - maxWords && index >= 0; index--) {
    const tok = toks[index]!
    if (tok.kind !== 'word' || tok.start < after || tok.flags & (capitalised | allCaps)) return false
    if (!(tok.flags & functionWord) && tok.baseLower.startsWith(first)) return true
  }
  return false
}

// Whether the lower-case words before the bracket name a body by a head word that comes first, an of-
// or for-phrase after it: "the general administration of plant quarantine (GAPQ)", "the council for
// the promotion of coastal trade (CPCT)". The whole run is read, as such a name is often longer than a term.
function headFirst(toks: readonly Tok[], last: number, after: number): boolean {
  for (let index = last - 1; index >= 0; index--) {
    const tok = toks[index]!
    if (tok.kind !== 'word' || tok.start < after || tok.flags & (capitalised | allCaps)) return false
    if (lowerHeads.has(tok.baseLower) && toks[index + 1]!.flags & functionWord) return true
  }
  return false
}

function titleCaseTerm(toks: readonly Tok[], last: number, acronym: string, after: number): boolean {
  let from = last + 1
  while (from > last + 1 - maxWords && from > 0) {
    const tok = toks[from - 1]!
    if (tok.kind !== 'word' || tok.start < after) break
    if (!(tok.flags & (capitalised | functionWord))) break
    if (tok.flags & (organisationHead | legalForm)) return false
    if (tok.flags & placeFirst || (!(tok.flags & functionWord) && pinyinName(tok))) return false
    from--
  }
  // Longest first: "the Value-Based Care Bundle" is spelt from "Value".
  for (let start = from; start <= last; start++) {
    if (!(toks[start]!.flags & capitalised)) continue
    if (fitsWords(acronym, nameWords(toks, toks[start]!.start, toks[last]!.end))) return true
  }
  return false
}

// Whether a word may be a Chinese name of two syllables or more ("Hengyun"): a brand named so ("Hengyun
// Xinbao (HYXB)") is a body some rule missed, not a term. "Long" is one syllable; "Care" reads as two, so
// a term with it keeps its acronym a body, as before.
function pinyinName(tok: Tok): boolean {
  return (splitPinyin(tok.baseLower)?.length ?? 0) >= 2
}
