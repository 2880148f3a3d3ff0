/**
 * Portfolios: of a post written after "for" ("Vice Mayor for Economic Affairs", "Secretary for Housing and
 * the Environment"), and a body's list of them after a comma ("Bureau of Culture, Tourism and Sports").
 */
import { organisationHeadWords } from '../data/organisations.js'
import { matchPlace } from '../entities/gazetteer.js'
import { isAllCaps, isCapitalised, type Tok } from '../entities/tokens.js'
import { endsRole, isCommonNoun, pastStop } from './role-bounds.js'
import type { Reading } from './role-reading.js'

/**
 * "Vice Mayor for Economic Affairs of …", "Commissioner for Trade": the end of the capitalised portfolio
 * after "for" at token `at` when the role goes on with an of-phrase or ends there, or `at`: a lower-case
 * word or a possessive after it is the sentence going on ("vice mayor for Fushun Port projects").
 */
export function portfolioEnd(reading: Reading, at: number): number {
  const toks = reading.toks
  let to = at + 1
  // Where the portfolio stood before an "and the" it took, to fall back on.
  let beforeThe = -1
  let limit = at + 6
  while (to < limit) {
    const tok = toks[to]
    if (tok?.kind !== 'word' || !isCapitalised(tok.value) || reading.personStarts.has(to)) break
    to++
    // "Commissioner for Trade, Industry and Tourism of …": a list of portfolios, past its "and".
    if (toks[to]?.value === ',') {
      const last = portfolioListEnd(reading, to)
      if (last === to || toks[last - 1]?.value !== 'and') break
      limit += last - to
      to = last
      continue
    }
    if (toks[to]?.value !== 'and') continue
    if (isCapitalised(toks[to + 1]?.value ?? '')) to++
    // "Secretary for Housing and the Environment", as some governments name their ministries: a "the"
    // after the "and" may still join a portfolio, when no title, name, place or body follows it
    // ("… and the Mayor of …", "… and the Board of Trade chairman …" end it).
    else if (toks[to + 1]?.value === 'the' && portfolioAfterThe(reading, to + 2)) {
      beforeThe = to
      to += 2
    }
  }
  if (to === at + 1) return lowerPortfolioEnd(toks, at)
  if (toks[to - 1]!.possessive) return at
  if (toks[to]?.value === 'of' || endsRole(reading, to)) return to
  // "Director for Export Promotion and the Customs officials met …": the sentence went on after the "and".
  return beforeThe === -1 ? at : beforeThe
}

// Nouns of time after "for": "director for ten years of …" gives how long, not a portfolio.
// biome-ignore format: packed list
const timeNouns = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'time', 'times',
])

// "deputy head for rural affairs of …": a lower-case portfolio of one to three nouns after "for" at token
// `at`, or a list of them ("commissioner for trade, industry and tourism of …"), ending where the of-phrase
// starts; else `at` ("manager for Hexi Port projects said", "manager for the past years of …").
function lowerPortfolioEnd(toks: readonly Tok[], at: number): number {
  let to = at + 1
  // Where the portfolio's last noun group started, and whether a comma went before without an "and" yet.
  let from = to
  let listed = false
  for (;;) {
    while (to < from + 3 && isCommonNoun(toks[to]) && !timeNouns.has(toks[to]!.value)) to++
    if (to === from) return at
    const mark = toks[to]?.value
    if (mark === 'of') return listed ? at : to
    if ((mark !== ',' && mark !== 'and') || to > at + 10) return at
    // "trade, industry and tourism": a comma goes on to another noun and only "and" closes the list.
    if (mark === ',' && toks[to + 1]?.value === 'and') to++
    listed = toks[to]!.value === ','
    from = ++to
  }
}

// Whether a portfolio's word stands at token `at`: capitalised, and no title, name, place or body.
function portfolioAfterThe(reading: Reading, at: number): boolean {
  const tok = reading.toks[at]
  if (tok?.kind !== 'word' || !isCapitalised(tok.value) || reading.personStarts.has(at)) return false
  if (reading.ends.has(at) || reading.titleEnd(at) !== undefined) return false
  if (matchPlace(reading.toks, at) !== undefined) return false
  return !namesBody(reading, at)
}

// Whether the capitalised words from token `at` end in a body's head word ("the Municipal Bureau", "the
// Board"): a body beside the post, not its portfolio.
function namesBody(reading: Reading, at: number): boolean {
  const toks = reading.toks
  for (let to = at; to < at + 5; to++) {
    const tok = toks[to]
    if (tok?.kind !== 'word' || !isCapitalised(tok.value)) return false
    if (tok.value === 'Board' || organisationHeadWords.has(tok.value)) return true
  }
  return false
}

/**
 * "of the Bureau of Culture, Tourism and Sports", "of the Agriculture, Forestry and Fisheries Department of
 * Oita Prefecture": where a body's name goes on past the comma at token `at`, a list of portfolios of one
 * capitalised word each, after a capitalised word and ending with "and" and another; past the "and". Else
 * what `pastStop` says. A name, a place, a title or a word of two ("…, Kim Minsu and …") is no portfolio.
 */
export function portfolioListEnd(reading: Reading, at: number): number {
  const toks = reading.toks
  if (!isPortfolio(reading, at - 1)) return pastStop(toks, at)
  for (let to = at + 1; to < at + 12; to += 2) {
    if (!isPortfolio(reading, to)) break
    const next = toks[to + 1]?.value
    if (next === 'and')
      return isPortfolio(reading, to + 2) && endsList(reading, to + 3) ? to + 2 : pastStop(toks, at)
    if (next !== ',') break
  }
  return pastStop(toks, at)
}

// Whether the capitalised words from token `at`, after a list's last portfolio, end where a body's name may:
// at once, after one word ("… and Labour Section") or with a head word ("… and Fisheries Development
// Center"). A headline goes on in capitals past a body's name ("Chairman of Hexin Foods Group, Dairy and
// Cold Chain Project Worth …"): no list.
function endsList(reading: Reading, at: number): boolean {
  const toks = reading.toks
  let to = at
  while (to < at + 6) {
    const tok = toks[to]
    if (tok?.kind !== 'word' || !isCapitalised(tok.value) || reading.personStarts.has(to)) break
    if (organisationHeadWords.has(tok.value)) return true
    to++
  }
  return to <= at + 1
}

// A capitalised word that may name a portfolio ("Tourism", "Urban-Rural"): not a person, a place or a title.
function isPortfolio(reading: Reading, at: number): boolean {
  const tok = reading.toks[at]
  if (tok?.kind !== 'word' || !isCapitalised(tok.value) || tok.possessive || isAllCaps(tok.value))
    return false
  return (
    !reading.personStarts.has(at) &&
    reading.titleEnd(at) === undefined &&
    matchPlace(reading.toks, at) === undefined
  )
}
