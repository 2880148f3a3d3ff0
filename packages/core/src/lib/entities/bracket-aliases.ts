/**
 * Short forms an article defines in brackets right after a body's full name: "Dalian Qiaoxin Port Logistics
 * Co., Ltd. (Qiaoxin Logistics)", "(stock abbreviation: Qiaoxin Port, stock code: 601234)", "(English name:
 * Skyline Marine Technology; hereinafter referred to as "Qiaoxin Marine")".
 */
import { fitsWords, mixedCaseLetters, nameWords } from './acronym-letters.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { matchPlace } from './gazetteer.js'
import { isAllCaps, isCapitalised, type Tok } from './tokens.js'
import { allCaps, capitalised, functionWord, legalForm, organisationHead } from './word-classes.js'

// "(stock abbreviation: Qiaoxin Port, …)", "(hereinafter referred to as "Qiaoxin Port")", "(English name:
// Skyline Marine Technology; …)": what the article calls the company by, in English or on the market.
const labels =
  /^(?:(?:stock |securities |English )?(?:abbreviation|short name|abbreviated name)|(?:English|stock|securities) name|hereinafter(?: referred to as)?|referred to as|abbreviated as)$/i

// Fields of a bracket after a name are parted by these: "(English name: …; stock code: …)".
const fieldEnds = /^[,;)]$/

// The names in brackets right after a name, as the article defines short forms ("(Qiaoxin Logistics)",
// "(stock abbreviation: Qiaoxin Port, stock code: 601234)", "(大连…有限公司, English name: Skyline Marine
// Technology; …)"), as words joined by spaces. A bracket may hold several fields; a labelled one gives its
// name, and an unlabelled one only when it is all the bracket holds, shares a word with the name that is
// no place ("(Dalian)" is where the company is) or ends in an acronym ("(Xinbao Municipal SASAC)"); an
// acronym alone is left to the acronym rules.
export function bracketedAliases(toks: readonly Tok[], at: number, name: readonly Tok[]): string[] {
  if (toks[at]?.value !== '(') return []
  const aliases: string[] = []
  let index = at + 1
  for (let fields = 0; fields < 6 && index < toks.length; fields++) {
    let end = index
    while (end < toks.length && end < index + 16 && !fieldEnds.test(toks[end]!.value)) end++
    // "hereinafter referred to as "Qiaoxin Port", stock code: …": the field ends at the comma.
    const alias = fieldAlias(toks, index, end, fields === 0 && toks[end]?.value === ')', name)
    if (alias) aliases.push(alias)
    if (toks[end]?.value !== ',' && toks[end]?.value !== ';') break
    index = end + 1
  }
  return aliases
}

// The name a field `[from, to)` of the bracket defines, or undefined; `whole` when the field is all
// the bracket holds.
function fieldAlias(
  toks: readonly Tok[],
  from: number,
  to: number,
  whole: boolean,
  name: readonly Tok[],
): string | undefined {
  let index = from
  const colon = toks.findIndex((tok, position) => position > from && position < to && tok.value === ':')
  const labelled = colon !== -1 && labels.test(wordsText(toks, index, colon))
  if (labelled) index = colon + 1
  else if (labels.test(wordsText(toks, index, index + 4))) index += 4
  else if (/^hereinafter$/i.test(toks[index]?.value ?? '')) index += 1
  const label = labelled || index > from
  if (!label && !whole) return undefined
  if (/^["“]$/.test(toks[index]?.value ?? '')) index++
  const words: Tok[] = []
  for (; index < to && words.length < 6; index++) {
    const tok = toks[index]!
    if (tok.kind !== 'word') break
    if (!isCapitalised(tok.value) && !isAllCaps(tok.value) && !(tok.flags & functionWord)) return undefined
    words.push(tok)
  }
  if (words.length === 0 || !(index === to || (label && /^["”]$/.test(toks[index]!.value)))) return undefined
  if (words.at(-1)!.flags & functionWord || words[0]!.flags & functionWord) return undefined
  if (!label && words.length === 1 && isAllCaps(words[0]!.value)) return undefined
  const named = new Set(name.map((tok) => tok.base))
  const shared = words.some((tok, offset) => named.has(tok.base) && !matchPlace(words, offset))
  if (!label && !shared && !(isAllCaps(words.at(-1)!.value) && words.length > 1)) return undefined
  return words.map((tok) => tok.base).join(' ')
}

function wordsText(toks: readonly Tok[], from: number, to: number): string {
  const words: string[] = []
  for (let index = from; index < to && index < toks.length; index++) words.push(toks[index]!.value)
  return words.join(' ')
}

// Nouns after a bracketed acronym that make the words before it a document's, a programme's or a policy's
// name, not a body's: "the Qualified Offshore Limited Partner (QOLP) policy", "the Smart Port Pilot (SPP)
// scheme".
// biome-ignore format: packed data
const termNouns = new Set([
  'policy', 'policies', 'pilot', 'pilots', 'programme', 'programmes', 'program', 'programs', 'scheme',
  'schemes', 'mechanism', 'mechanisms', 'model', 'models', 'standard', 'standards', 'mode', 'framework',
  'initiative', 'plan', 'plans', 'project', 'projects', 'system', 'systems', 'certification', 'regime',
  // nouns a term's own name ends in: "payment by Diagnosis-Related Bundle (DRB)", "the Green Lane Card (GLC)"
  'packet', 'packets', 'voucher', 'vouchers', 'bundle', 'bundles', 'card', 'cards', 'payment', 'index',
  'method', 'code', 'certificate', 'licence', 'license', 'protocol', 'agreement', 'treaty', 'act', 'law',
  'regulations', 'rules', 'guidelines', 'strategy', 'partnership', 'partner', 'network', 'platform',
])

// Nouns after the bracket that make the name a good's, a fuel's or a technology's, traded or made: "Liquefied
// Natural Gas (LNG) imports", "Floating Offshore Wind (FOW) market".
// biome-ignore format: packed data
const tradeNouns = new Set([
  'import', 'imports', 'export', 'exports', 'price', 'prices', 'output', 'industry', 'industries', 'sector',
  'market', 'markets', 'demand', 'supply', 'supplies', 'production', 'consumption', 'trade', 'volume',
  'volumes', 'capacity', 'equipment', 'products', 'carrier', 'carriers', 'tanker', 'tankers', 'terminal',
  'terminals', 'technology', 'technologies', 'sales', 'reserves', 'shipments', 'storage',
])

/** Whether the word after the bracket that closes at `close` makes the name before it a term's. */
export function termNounAfter(toks: readonly Tok[], close: number): boolean {
  const next = toks[close + 1]
  return next?.kind === 'word' && next.spaced && (termNouns.has(next.lower) || tradeNouns.has(next.lower))
}

// Words right before a name with no head word that make it a body's: "classed by …", "doctors from …",
// "signed with …". Without one, Title Case words an acronym spells are a good's or a technology's
// ("Liquefied Natural Gas (LNG)", "Carbon Capture and Storage (CCS)"), not a body's.
const bodyCues = new Set(['by', 'from', 'with'])

// Words before a name that make it a term's: a body without a head word is named bare ("classed by Velka
// Skibs Registret (VSR)"), a term with an article ("adopted the Bundled Treatment Voucher (BTV)").
const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our', 'his', 'her'])

// The most words a name before its bracketed acronym is read back over.
const maxNameWords = 6

// The letters of the word at `at` as an acronym, alone in brackets: "VSR", or the capitals at one end of a
// word ("ClassVS" → "VS"); undefined when it is no such word.
function bracketedAcronym(toks: readonly Tok[], at: number): string | undefined {
  const tok = toks[at]!
  if (toks[at - 1]?.value !== '(' || toks[at + 1]?.value !== ')' || tok.possessive) return undefined
  if (tok.flags & allCaps) return tok.base
  return mixedCaseLetters(tok.value)
}

// Whether a word of the name `[start, to)` is a body's head or a legal form ("Bureau Valmont", "Velsk AS").
function bodyWordIn(toks: readonly Tok[], start: number, to: number): boolean {
  for (let index = start; index < to; index++)
    if (toks[index]!.flags & (organisationHead | legalForm)) return true
  return false
}

/**
 * Propose the Title Case words right before the bracketed acronym at `at` as a body when the acronym spells
 * them and no rule named them ("classed by Velka Skibs Registret (VSR)", "by Vordal Skipsrad Kontroll
 * (SeaVSK)"), and the acronym as its alias (`rule` 'org-acronym'), even when its letters are a legal form's
 * ("(BV)"); without a head word or a legal form in it, only after "by", "from" or "with".
 * Not a term's name (an article before it, a policy or a programme after it; then a body some rule read in
 * it, as "… Limited" of "the Qualified Offshore Limited Partner (QOLP) policy", is dropped), nor a person's
 * or a place's ("Inner Kelvar (IK)", whose acronym then names no body either). Returns whether the acronym
 * is settled here.
 */
export function proposeAcronymName(toks: readonly Tok[], at: number, out: Candidate[]): boolean {
  const acronym = bracketedAcronym(toks, at)
  const last = at - 2
  if (acronym === undefined || toks[last]?.kind !== 'word') return false
  let from = last + 1
  while (from > last + 1 - maxNameWords && from > 0) {
    const tok = toks[from - 1]!
    if (tok.kind !== 'word' || !(tok.flags & capitalised) || (from <= last && !toks[from]!.spaced)) break
    from--
  }
  // Longest first, two words at least: "Velka Skibs Registret" is spelt from "Velka".
  let start = from
  while (start < last && !fitsWords(acronym, nameWords(toks, toks[start]!.start, toks[last]!.end))) start++
  if (start >= last) return false
  const to = last + 1
  if (termNounAfter(toks, at + 1)) {
    // "Limited" in a policy's name is no legal form.
    for (let index = out.length - 1; index >= 0; index--) {
      const candidate = out[index]!
      if (candidate.type === 'organization' && candidate.from >= start && candidate.to <= to)
        out.splice(index, 1)
    }
    return false
  }
  if (determiners.has(toks[start - 1]?.lower ?? '') || termNouns.has(toks[last]!.baseLower)) return false
  if (!bodyCues.has(toks[start - 1]?.lower ?? '') && !bodyWordIn(toks, start, to)) return false
  for (const candidate of out) {
    if (candidate.from >= to || candidate.to <= start) continue
    // A body some rule named is left to the acronym rules; a person or a place defines no body.
    if (candidate.type === 'organization') return false
    if (candidate.from === start && candidate.to === to) return true
  }
  out.push({
    from: start,
    to,
    type: 'organization',
    name: spanText(toks, start, to),
    rule: 'org-acronym-name',
    priority: priority.organization,
  })
  const name = toks[at]!.base
  out.push({
    from: at,
    to: at + 1,
    type: 'organization',
    name,
    rule: 'org-acronym',
    priority: priority.acronym,
  })
  return true
}
