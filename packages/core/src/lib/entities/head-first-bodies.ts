/**
 * Bodies whose kind is written before their name, where English writes it after: Japanese legal persons
 * ("Medical Corporation Sakurai-kai", "Social Welfare Corporation Midori") and the names of French,
 * Italian, Spanish, Portuguese and German museums, theatres, universities and foundations ("Musée Verlaine
 * des Arts d'Orient", "Museo Civico di Brenta", "Universität Kellstadt"), companies whose legal form comes
 * first ("UAB Kalnų Mediena") and trade agencies named by what they promote ("Business Norway", "Enterprise
 * Latvia", "Trade and Investment Tasmania"). The head-word rule reads the name in front of "Museum" or
 * "Corporation" and finds none of these.
 */
import { countries } from '../data/countries.js'
import { demonyms } from '../data/demonyms.js'
import { headFirstEnglish, headFirstParticles, headFirstWords } from '../data/organisations.js'
import { isPrefixForm } from './body-heads.js'
import { nameAfterPrefix } from './body-names.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { regionalDivisionAt } from './company-cues.js'
import { matchPlace } from './gazetteer.js'
import { isTitleWord } from './titles.js'
import type { Tok } from './tokens.js'
import {
  allCaps,
  capitalised,
  functionWord,
  organisationHead,
  placeFirst,
  titleFirst,
} from './word-classes.js'

// One-word country names without their accents, as a country's trade agency joins them to "Pro".
const countryWords = new Set(
  countries.flatMap(({ name, aliases }) => [name, ...aliases]).filter((name) => !name.includes(' ')),
)
countryWords.add('Brasil')
// A country promotes itself abroad under its own name; these articles are written in China, whose trade
// promotion bodies have English names of their own (CCPIT), so "ProChina" is a brand or a firm, not one.
countryWords.delete('China')
countryWords.delete('PRC')

/**
 * Whether `word` is "Pro" joined to a country's name, as Latin America names its agencies that promote
 * exports, investment and tourism ("ProSurinam", "ProMéxico"); not "ProMax" or "ProFarm".
 */
function isTradeAgency(word: string): boolean {
  if (word.length < 7 || !word.startsWith('Pro')) return false
  const code = word.charCodeAt(3)
  if (code < 65 || code > 90) return false
  return countryWords.has(word.slice(3).normalize('NFD').replace(/\p{M}/gu, ''))
}

/**
 * Where the trade agency that starts at "Business", "Enterprise" or "Trade" at `index` ends, or -1: a
 * country's named "Business" or "Enterprise" and the country ("Business Norway", "Enterprise Latvia"), a
 * state's "Trade and Investment" and the state ("Trade and Investment Tasmania"), the whole name, not a word
 * of a longer one ("the Business Norway Award") nor a ministry's field ("Ministry of Trade and Investment
 * Tasmania" is no name, "Trade and Investment Commissioner" a title).
 */
function agencyEnd(toks: readonly Tok[], index: number): number {
  const before = toks[index - 1]
  if (before?.kind === 'word' && (before.flags & (capitalised | functionWord)) === capitalised) return -1
  let at = index + 1
  if (toks[index]!.value === 'Trade') {
    const and = toks[at]?.value
    if ((and !== 'and' && and !== '&') || toks[at + 1]?.value !== 'Investment') return -1
    const ofBody = toks[index - 2]
    if (
      (before?.value === 'of' || before?.value === 'for') &&
      ofBody?.kind === 'word' &&
      ofBody.flags & (organisationHead | titleFirst)
    )
      return -1
    at += 2
  }
  const place = toks[at]
  if (place?.kind !== 'word' || !place.spaced) return -1
  let end = -1
  if (toks[index]!.value !== 'Trade') end = countryWords.has(place.base) ? at + 1 : -1
  // A state by its letters ("Trade and Investment WA") as well as by its name.
  else if (place.flags & allCaps && place.base.length < 5) end = at + 1
  else {
    const known = matchPlace(toks, at)
    if (known) end = at + known.length
  }
  if (end === -1) return -1
  const next = toks[end]
  if (!toks[end - 1]!.possessive && next?.kind === 'word' && next.spaced && next.flags & capitalised)
    return -1
  return end
}

// Japanese legal-person forms (医療法人, 社会福祉法人, 学校法人, 宗教法人), by their first word and the
// words after it: "Medical Corporation", "Social Welfare Corporation".
const legalPersons = new Map([
  ['Medical', ['Corporation']],
  ['Social', ['Welfare', 'Corporation']],
  ['School', ['Corporation']],
  ['Educational', ['Corporation']],
  ['Religious', ['Corporation']],
])

// "d'Orient", "l'Homme": an elided article on a capitalised word.
const elided = /^[dl]['’]\p{Lu}/u
const maxNameTokens = 8

/**
 * Propose the body whose kind starts at `toks[index]`, a capitalised word: "Medical Corporation
 * Sakurai-kai", "Musée Verlaine des Arts d'Orient", or a Japanese association's own name ("Sakurai-kai").
 */
export function proposeHeadFirst(toks: readonly Tok[], index: number, out: Candidate[]): void {
  const tok = toks[index]!
  if (legalPersons.has(tok.value)) {
    proposeLegalPerson(toks, index, out)
    return
  }
  if (headFirstWords.has(tok.value)) {
    proposeForeign(toks, index, out)
    return
  }
  if (tok.value === 'Business' || tok.value === 'Enterprise' || tok.value === 'Trade') {
    const end = agencyEnd(toks, index)
    if (end !== -1) {
      out.push(body(toks, index, end, 'org-head-word'))
      return
    }
  }
  if (isTradeAgency(tok.base)) {
    out.push(body(toks, index, index + 1, 'org-head-word'))
    return
  }
  if (proposePrefixForm(toks, index, out)) return
  // A company's division named after its head, by a region, in a job title ("… of Varnell Asia-Pacific").
  const division = regionalDivisionAt(toks, index)
  if (division !== -1) {
    out.push(body(toks, division, index + 1, 'org-head-word'))
    return
  }
  // "Sakurai-kai operates three hospitals": 会, an association, written as a hyphenated suffix.
  if (tok.value.endsWith('-kai') && tok.value.length > 6 && !tok.possessive) {
    out.push(body(toks, index, index + 1, 'org-head-word'))
  }
}

/**
 * Propose the company whose legal form stands before its name at `index` ("UAB Kalnų Mediena", "SIA Vējš
 * Koks", "Oy Lumitalo"; see `isPrefixForm`), and say whether there was one.
 */
export function proposePrefixForm(toks: readonly Tok[], index: number, out: Candidate[]): boolean {
  if (!isPrefixForm(toks, index)) return false
  const to = nameAfterPrefix(toks, index + 1)
  if (to === index + 1) return false
  out.push(body(toks, index, to, 'org-legal-form'))
  return true
}

/**
 * How many words of `words` from `at` (default 0) form a Japanese legal-person form ("Medical Corporation",
 * "Social Welfare Corporation"), or 0.
 */
export function legalPersonLength(words: readonly Tok[], at = 0): number {
  const rest = legalPersons.get(words[at]?.value ?? '')
  if (!rest) return 0
  for (let offset = 0; offset < rest.length; offset++) {
    const tok = words[at + offset + 1]
    if (!tok?.spaced || tok.value !== rest[offset]) return 0
  }
  return rest.length + 1
}

// "Medical Corporation Sakurai-kai of Sendai": the form, then up to five capitalised words. Not "Hanaoka
// Medical Corporation", which the head-word rule reads, and not "the Social Welfare Corporation" of no name.
function proposeLegalPerson(toks: readonly Tok[], index: number, out: Candidate[]): void {
  const before = toks[index - 1]
  if (before?.kind === 'word' && (before.flags & (capitalised | functionWord)) === capitalised) return
  const length = legalPersonLength(toks, index)
  if (length === 0) return
  const at = index + length
  const to = nameAfterPrefix(toks, at)
  if (to > at) out.push(body(toks, index, to, 'org-legal-form'))
}

// "the Musée Verlaine des Arts d'Orient in Lyon": the head, then capitalised words and particles, ending on
// a capitalised word; with a capitalised word in front that is no place, title, nationality or function
// word ("Technische Universität Kellstadt", not "the French Musée …").
function proposeForeign(toks: readonly Tok[], index: number, out: Candidate[]): void {
  let to = index + 1
  let end = index + 1
  while (to < index + maxNameTokens) {
    const tok = toks[to]
    if (tok?.kind !== 'word' || !tok.spaced) break
    if (tok.flags & capitalised || elided.test(tok.value)) {
      if (tok.flags & functionWord || isTitleWord(tok.value)) break
      end = ++to
      if (tok.possessive) break
    } else if (headFirstParticles.has(tok.value)) to++
    else break
  }
  if (end === index + 1) return
  if (headFirstEnglish.has(toks[index]!.value) && !placeOrParticle(toks, index + 1, end)) return
  const before = toks[index - 1]
  const from =
    before?.kind === 'word' &&
    toks[index]!.spaced &&
    !before.possessive &&
    (before.flags & (capitalised | functionWord | placeFirst)) === capitalised &&
    !isTitleWord(before.value) &&
    !demonyms.has(before.value)
      ? index - 1
      : index
  out.push(body(toks, from, end, 'org-head-word'))
}

// Whether the name's words `[from, to)` start with a known place or hold a particle.
function placeOrParticle(toks: readonly Tok[], from: number, to: number): boolean {
  if (toks[from]!.flags & placeFirst) return true
  // The particle may come first: "Cantina di Brenta", "Academia de Remo Vila Nova".
  for (let index = from; index < to; index++) if (headFirstParticles.has(toks[index]!.value)) return true
  return false
}

function body(toks: readonly Tok[], from: number, to: number, rule: string): Candidate {
  return {
    from,
    to,
    type: 'organization',
    name: spanText(toks, from, to),
    rule,
    priority: priority.organization,
  }
}
