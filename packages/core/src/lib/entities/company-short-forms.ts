/**
 * Short forms of companies and bodies that do not start the way the full name does: a form the article
 * defines in brackets right after the name ("Dalian Luoxin Port Logistics Co., Ltd. (Luoxin Logistics)",
 * "(stock abbreviation: Luoxin Port, stock code: …)", "… Commission of the Xinbao Municipal People's
 * Government (Xinbao Municipal SASAC)"), and a company's trade name with the words of its name that say
 * what it is ("Luoxin Bank" for "Dalian Luoxin Commercial Bank Co., Ltd."), as Chinese companies are
 * called once named in full.
 */
import { isPinyinName } from '../data/pinyin.js'
import { placeSuffixSense } from '../data/place-suffixes.js'
import type { MentionFinding } from '../findings.js'
import { bracketedAliases } from './bracket-aliases.js'
import { restLocatives, type SentenceMentions } from './brands.js'
import {
  aloneAt,
  type Company,
  endsShortForm,
  isTradeName,
  tradeNameStandsAlone,
} from './company-trade-names.js'
import { matchPlace } from './gazetteer.js'
import { isNameWord } from './name-words.js'
import { isCapitalised, type Tok } from './tokens.js'
import { capitalised, functionWord, legalForm, legalForms, organisationHead } from './word-classes.js'
import { wordCount } from './word-shape.js'

// A name ending in one of these is a company's, which is called by its trade name and kind; a farmers'
// cooperative too ("Yuhai Cooperative" for "Yingkou Yuhai Sea Cucumber Professional Cooperative").
const companyEnds =
  /^(?:Co\.|Co|Ltd\.?|LTD\.?|Limited|Inc\.?|Corp\.?|Corporation|Company|Group|Holdings|Cooperative|Co-operative)$/

/** Add organization mentions for the short forms of the companies and bodies the article names. */
export function findCompanyShortForms(sentences: readonly SentenceMentions[]): void {
  const companies = new Map<string, Firm[]>()
  const defined = new Map<string, string | null>()
  const places = placeWords(sentences)
  const others = otherNameStarts(sentences)
  for (const { toks, mentions, heading } of sentences) {
    // Names are learnt from the body: a heading's capitals make poor evidence.
    if (heading) continue
    for (const mention of mentions) {
      if (mention.type !== 'organization' || mention.generic) continue
      const from = toks.findIndex((tok) => tok.start === mention.start)
      const to = toks.findIndex((tok) => tok.start >= mention.end)
      if (from === -1) continue
      const end = to === -1 ? toks.length : to
      const company = companyAt(toks, from, end, mention.name, places, others)
      if (company) {
        for (const key of new Set([company.words[0]!, company.words[company.trade]!])) {
          const list = companies.get(key)
          if (list) list.push(company)
          else companies.set(key, [company])
        }
      }
      for (const alias of bracketedAliases(toks, end, toks.slice(from, end))) {
        const known = defined.get(alias)
        defined.set(alias, known === undefined || known === mention.name ? mention.name : null)
      }
    }
  }
  if (companies.size === 0 && defined.size === 0) return
  const aliases = aliasWords(defined)
  for (const sentence of sentences) {
    const { toks, heading } = sentence
    let found = false
    for (let index = 0; index < toks.length; index++) {
      const tok = toks[index]!
      // A short form starts with a capital, as an acronym does too: the word's class bit says so.
      if (tok.kind !== 'word' || !(tok.flags & capitalised)) continue
      // "Fengrui's second plant": the trade name alone may carry a possessive.
      const match =
        definedAt(toks, index, aliases) ?? tradeNameAt(toks, index, companies.get(tok.base), heading)
      if (match === undefined || isNameWord(toks[index - 1])) continue
      // A short form ends where the name does: "Luoxin Bank will", not "Luoxin Bank Tower".
      const next = toks[match.to]
      if (!heading && next?.kind === 'word' && next.spaced && isCapitalised(next.value)) continue
      if (!replace(sentence, toks, index, match)) continue
      found = true
      index = match.to - 1
    }
    if (found) sentence.mentions.sort((a, b) => a.start - b.start)
  }
}

// A company named in full, and whether it is a subsidiary named with its place in brackets ("(Dalian)").
interface Firm extends Company {
  readonly subsidiary: boolean
}

interface Match {
  readonly to: number
  readonly name: string
  /** The "(place)" subsidiaries the short form fits as well, which the parent (`name`) wins over. */
  readonly over?: readonly string[]
}

// The words the article's places are named by: "Dongluo" of "Dongluo Town", "Xinbao".
function placeWords(sentences: readonly SentenceMentions[]): Set<string> {
  const words = new Set<string>()
  for (const { mentions } of sentences) {
    for (const mention of mentions) {
      if (mention.type !== 'place') continue
      const space = mention.name.indexOf(' ')
      if (space === -1) words.add(mention.name)
      else if (placeSuffixSense.has(mention.name.slice(space + 1))) words.add(mention.name.slice(0, space))
    }
  }
  return words
}

// The first words of the article's places and bodies that are no companies ("Qiluan" of "Qiluan Nuclear
// Power Plant"), or a word the article places after a locative of rest ("Hotels in Shibei") or lists with
// a place ("Futian District, Shibei and …"): a company's trade name that is one of them is no name of the
// company alone, there or anywhere in the article. Not after "from" or "to", which a company is as often
// as a place ("a delegation from Shibei").
function otherNameStarts(sentences: readonly SentenceMentions[]): Set<string> {
  const words = new Set<string>()
  for (const { toks, mentions } of sentences) {
    let listed: Set<number> | undefined
    for (let index = 1; index < toks.length; index++) {
      const tok = toks[index]!
      // A word alone after it, not the first of a longer name ("in Fenqiao Semiconductor").
      if (!(tok.flags & capitalised)) continue
      const next = toks[index + 1]
      if (next?.kind === 'word' && next.spaced && next.flags & capitalised) continue
      if (restLocatives.has(toks[index - 1]!.lower)) words.add(tok.value)
      else if (listJoins.has(toks[index - 1]!.lower) || listJoins.has(next?.value ?? '')) {
        listed ??= placeEdges(mentions)
        if (listed.has(toks[index - 2]?.end ?? -1) || listed.has(toks[index + 2]?.start ?? -1))
          words.add(tok.value)
      }
    }
    for (const mention of mentions) {
      if (mention.type === 'person' || mention.generic) continue
      const space = mention.name.indexOf(' ')
      if (mention.type === 'place') {
        words.add(space === -1 ? mention.name : mention.name.slice(0, space))
        continue
      }
      // A body's name of one word is the company's own ("Tongfeng signed …"), as a company's full name is.
      const last = mention.name.slice(mention.name.lastIndexOf(' ') + 1)
      if (space === -1 || companyEnds.test(last) || legalForms.has(last)) continue
      words.add(mention.name.slice(0, space))
    }
  }
  return words
}

// The words that join the items of a list: "Futian District, Shibei and Longgang District".
const listJoins: ReadonlySet<string> = new Set([',', 'and'])

// The offsets the places of a sentence start and end at, to find a word listed with one of them.
function placeEdges(mentions: readonly MentionFinding[]): Set<number> {
  const edges = new Set<number>()
  for (const mention of mentions) {
    if (mention.type !== 'place') continue
    edges.add(mention.start)
    edges.add(mention.end)
  }
  return edges
}

// A company's name with three words or more (two for a subsidiary) before its legal form ("Dalian Luoxin
// Commercial Bank Co., Ltd."), without the legal form and a bracketed place ("(China)"). Its trade name is
// the first word that is no place: no known place, nor a place of the article (`places`) before another
// pinyin name, as a town comes before the trade name ("Yingkou Dongluo Yuhai Sea Cucumber … Cooperative",
// where the article names "Dongluo Town").
function companyAt(
  toks: readonly Tok[],
  from: number,
  to: number,
  name: string,
  places: ReadonlySet<string>,
  others: ReadonlySet<string>,
): Firm | undefined {
  // A name that ends the sentence takes in its full stop ("… Co., Ltd."), which the name ends before.
  const stop = toks[to - 1]?.value === '.' && toks[to - 2]?.kind === 'word' ? 1 : 0
  const last = toks[to - 1 - stop]
  // "… Co., Ltd.'s new plant": the legal form may carry a possessive.
  if (last?.kind !== 'word' || !companyEnds.test(last.base)) return undefined
  const words: string[] = []
  let trade = -1
  let bracketed = false
  let subsidiary = false
  for (let index = from; index < to; index++) {
    const tok = toks[index]!
    if (tok.value === '(' || tok.value === ')') bracketed = tok.value === '('
    if (tok.value === '(' && matchPlace(toks, index + 1)) subsidiary = true
    if (tok.kind !== 'word' || bracketed || tok.flags & legalForm || /^Co\.?$/.test(tok.value)) continue
    if (
      trade === -1 &&
      !(tok.flags & functionWord) &&
      (!matchPlace(toks, index) || placeAsTrade(toks, from, index)) &&
      !(places.has(tok.base) && isPinyinNameTok(toks[index + 1]))
    ) {
      // A trade name is a name of its own: "Yingkou Port Group" has none ("Yingkou Port" is the port).
      if (tok.flags & organisationHead || placeSuffixSense.has(tok.base)) return undefined
      trade = words.length
    }
    words.push(tok.base)
  }
  // "Eichwald Maschinenbau (Dalian) Co., Ltd.": a foreign firm's subsidiary has a two-word name too.
  if (words.length < (subsidiary ? 2 : 3) || trade === -1 || trade >= words.length - 1) return undefined
  const word = words[trade]!
  return { words, trade, name, alone: !others.has(word) && tradeNameStandsAlone(word), subsidiary }
}

// Whether the known place at `index`, second in a company's name after its city, is its trade name: before
// a word that is no name nor place ("Xinbao Yingkou Pearl Textiles Co., Ltd.", not "Xinbao Yingkou Yuhai
// Foods …" nor "… Yingkou Port Group").
function placeAsTrade(toks: readonly Tok[], from: number, index: number): boolean {
  if (index === from || matchPlace(toks, from)?.length !== index - from) return false
  const next = toks[index + 1]
  if (next?.kind !== 'word' || !next.spaced || !(next.flags & capitalised)) return false
  return !placeSuffixSense.has(next.base) && !isPinyinNameTok(next) && !matchPlace(toks, index + 1)
}

// Whether a token is a pinyin name that is no English word ("Yuhai", not "Sea").
function isPinyinNameTok(tok: Tok | undefined): boolean {
  return tok?.kind === 'word' && isCapitalised(tok.value) && isPinyinName(tok.baseLower)
}

// A bracket-defined short form's words and the name it stands for.
interface Alias {
  readonly words: readonly string[]
  readonly name: string
}

// The short forms defined as one name (two names leave a form to neither), in the order defined.
function aliasWords(defined: ReadonlyMap<string, string | null>): Alias[] {
  const aliases: Alias[] = []
  for (const [alias, name] of defined) if (name !== null) aliases.push({ words: alias.split(' '), name })
  return aliases
}

// A bracket-defined short form starting at `toks[index]`: every word as defined, in order.
function definedAt(toks: readonly Tok[], index: number, aliases: readonly Alias[]): Match | undefined {
  for (const { words, name } of aliases) {
    if (words[0] !== toks[index]!.base && words[0] !== toks[index]!.value) continue
    let offset = 0
    while (
      offset < words.length &&
      toks[index + offset]?.kind === 'word' &&
      toks[index + offset]!.base === words[offset]
    ) {
      if (offset > 0 && !toks[index + offset]!.spaced) break
      offset++
    }
    if (offset === words.length) return { to: index + offset, name }
  }
  return undefined
}

// "Luoxin Bank", "Dalian Luoxin Bank Group": words of one company's name in their order, from its first
// word or its trade name, with the trade name, ending on one of the last two words (what the company is).
// Two companies that fit leave the words to neither.
function tradeNameAt(
  toks: readonly Tok[],
  index: number,
  companies: readonly Firm[] | undefined,
  heading: boolean,
): Match | undefined {
  if (companies === undefined) return undefined
  let best: Match | undefined
  // The companies that fit as many words as `best`.
  let fits: Firm[] = []
  // The one company whose trade name alone this is, or null for two.
  let alone: string | null | undefined
  for (const company of companies) {
    const { words, trade } = company
    const word = toks[index]!.base
    const first = words[0] === word ? 0 : words.indexOf(word, 1)
    if (first !== 0 && first !== trade) continue
    // "The city will promote Green Development": from its trade name, only a name reads as the company.
    if (first === trade && !isTradeName(words[trade]!)) continue
    let position = first
    let to = index + 1
    let hasTrade = first === trade
    while (to < toks.length) {
      const tok = toks[to]!
      if (tok.kind !== 'word' || !tok.spaced || toks[to - 1]!.possessive) break
      const found = words.indexOf(tok.base, position + 1)
      if (found === -1) break
      // The trade name is skipped only with the place before it: "Dalian Port" is not "Dalian Luoxin Port".
      if (position < trade && found > trade) break
      if (found === trade) hasTrade = true
      position = found
      to++
    }
    // "voted to dismiss Tongfeng": the trade name alone, where it can be no place of the article; a longer
    // short form of another company goes first ("Tongfeng Group").
    if (to - index === 1) {
      if (first !== trade || !company.alone || heading || !aloneAt(toks, index)) continue
      alone = alone === undefined || alone === company.name ? company.name : null
      continue
    }
    if (!hasTrade || !endsShortForm(company, position)) continue
    // "Lanhe Kaitong Group" of "Lanhe Kaitong Marine Works Group", not of "Lanhe Kaitong (Dalian) …": the
    // company that fits more words.
    if (best === undefined || to > best.to) {
      best = { to, name: company.name }
      fits = [company]
    } else if (to === best.to) fits.push(company)
  }
  if (best !== undefined) return fitting(best, best.to - index, fits)
  return alone ? { to: index + 1, name: alone } : undefined
}

// The one company of those that fit a short form as far (`fits`), or undefined for two. A name with no
// legal form that is all the short form says is that short form, and yields to a longer name ("Lanhe
// Kaitong Group" to "Lanhe Kaitong Marine Works Group Co., Ltd."); of a parent and its "(place)"
// subsidiary, the parent ("Lanhe Kaitong will" is "Lanhe Kaitong Petrochemical Group Co., Ltd.", not
// "Lanhe Kaitong (Dalian) Refining Co., Ltd.").
function fitting(best: Match, length: number, fits: readonly Firm[]): Match | undefined {
  let name: string | undefined
  let parent: string | null | undefined
  for (const company of fits) {
    if (company.words.length === length && company.name === company.words.join(' ')) continue
    if (name !== undefined && company.name !== name) name = ''
    else name ??= company.name
    if (!company.subsidiary) parent = parent === undefined || parent === company.name ? company.name : null
  }
  if (name === undefined) return best
  if (name !== '') return { to: best.to, name }
  if (!parent) return undefined
  const over = fits.filter((company) => company.subsidiary).map((company) => company.name)
  return { to: best.to, name: parent, over }
}

// Put the short form in place of what the sentence rules made of its words (a place it starts with, a
// guess at a body of its own), unless a mention of the same body already covers it or a person or a
// mention reaching outside it overlaps.
function replace(sentence: SentenceMentions, toks: readonly Tok[], index: number, match: Match): boolean {
  const start = toks[index]!.start
  const last = toks[match.to - 1]!
  const end = last.possessive ? last.start + last.base.length : last.end
  const overlapping: MentionFinding[] = []
  for (const mention of sentence.mentions) {
    if (mention.start >= end || start >= mention.end) continue
    if (mention.start < start || mention.end > end || mention.type === 'person') return false
    if (mention.start === start && mention.end === end && keepsShortForm(mention, match)) return false
    overlapping.push(mention)
  }
  const mentions = sentence.mentions.filter((mention) => !overlapping.includes(mention))
  mentions.push({ start, end, type: 'organization', name: match.name, rule: 'org-short-form' })
  sentence.mentions = mentions
  return true
}

// Whether the mention already on a short form's words stays: the same body's, or another company's short
// form whose name has no more words ("Corrigan Vale" is "Corrigan Vale & Co.", not "Corrigan Vale (Singapore)
// Pte. Ltd.": a subsidiary adds words to its parent's name), unless it is a subsidiary the parent wins over.
function keepsShortForm(mention: MentionFinding, { name, over }: Match): boolean {
  if (mention.name === name) return true
  return (
    mention.rule === 'org-short-form' &&
    !name.startsWith(mention.name) &&
    wordCount(mention.name) <= wordCount(name) &&
    !over?.includes(mention.name)
  )
}
