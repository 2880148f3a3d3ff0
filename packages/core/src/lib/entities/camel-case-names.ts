/**
 * Start-up and platform names written in camel case ("NovaKite", "TerraPulse Robotics", "iBayLink"): a
 * word with a capital inside it is a brand, which names a company or a product. It is read as a company
 * where the article shows one: a trade after it ("NovaKite Semiconductor"), a company verb ("TerraPulse
 * signed …"), an appositive ("NovaKite, a robotics start-up, …") or a list with other bodies ("with
 * Qiaolan Group and NovaKite"); never inside quotes ("the \"PixelMind 2.0\" model"), which name products.
 */
import { industryWords, organisationHeadWords } from '../data/organisations.js'
import type { MentionFinding } from '../findings.js'
import type { SentenceMentions } from './brands.js'
import { isBrandSubject, isCompanyAppositive } from './company-cues.js'
import type { Tok } from './tokens.js'
import { functionWord } from './word-classes.js'

// A capital inside a word after a first part of three letters or more ("DeepSail", "NeoGrid"), or after
// one or two lower-case letters ("iSoftBay", "eCargo"); not a surname's "Mc"/"Mac" ("McLaren", "MacLeod")
// nor a plural acronym ("SaaS", "IoT").
const camelCase = /^(?:\p{Lu}\p{Ll}{2,}|\p{Ll}{1,2})(?:\p{Lu}\p{Ll}+)+$/u

/** Whether `value` is a camel-case brand word ("NovaKite", "iBayLink"). */
export function isCamelCase(value: string): boolean {
  // Most words have no capital after the first letter: one scan rules them out before the expression.
  let inner = false
  for (let index = 1; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 65 && code <= 90) {
      inner = true
      break
    }
  }
  return inner && camelCase.test(value) && !/^Mac\p{Lu}/u.test(value)
}

// A camel-case name's place in a sentence: the brand word and the trade words after it.
interface Run {
  readonly sentence: SentenceMentions
  readonly from: number
  readonly to: number
  readonly name: string
}

/** Add organization mentions for the camel-case brand names the article shows to be companies. */
export function findCamelCaseNames(sentences: readonly SentenceMentions[]): void {
  let runs: Run[] | undefined
  for (const sentence of sentences) {
    if (sentence.heading) continue
    const { toks } = sentence
    let quoted = false
    for (let index = 0; index < toks.length; index++) {
      const tok = toks[index]!
      if (tok.kind !== 'word') {
        if (tok.value === '"') quoted = !quoted
        else if (tok.value === '“' || tok.value === '”') quoted = tok.value === '“'
        continue
      }
      // A word whose lower-case form is itself has no capital to be camel case: most words.
      if (quoted || tok.lower === tok.value || !isCamelCase(tok.base) || covered(sentence, tok)) continue
      let to = index + 1
      // "NovaKite Semiconductor", "NovaKite Robotics Technology": the trade that goes with the brand.
      while (
        toks[to]?.spaced &&
        !toks[to - 1]!.possessive &&
        isTradeWord(toks[to]!) &&
        !covered(sentence, toks[to]!)
      )
        to++
      const name = toks
        .slice(index, to)
        .map((word) => word.base)
        .join(' ')
      runs ??= []
      runs.push({ sentence, from: index, to, name })
      index = to - 1
    }
  }
  if (runs === undefined) return
  // The brand of the run each run's first and last word belongs to, for lists of brands.
  const brands = new Map<Tok, string>()
  for (const { sentence, from, to } of runs) {
    const brand = sentence.toks[from]!.base
    brands.set(sentence.toks[from]!, brand)
    brands.set(sentence.toks[to - 1]!, brand)
  }
  // The brand word's full name, from a run that shows it is a company: "NovaKite" is "NovaKite Robotics";
  // or from a body the sentence rules named with it: "NovaKite" is "NovaKite Robotics Co., Ltd.".
  const companies = namedBrands(sentences)
  for (let pass = 0; pass < 2; pass++) {
    for (const run of runs) {
      const brand = run.sentence.toks[run.from]!.base
      if (companies.has(brand) || !isCompany(run, (tok) => isBody(run.sentence, tok, brands, companies)))
        continue
      companies.set(brand, run.name)
    }
  }
  for (const { sentence, from, to, name } of runs) {
    const brand = sentence.toks[from]!.base
    const company = companies.get(brand)
    if (company === undefined) continue
    // A trade name may be followed by its version or model: "NovaKite X2" is a product; before a noun it
    // qualifies the noun: "the NovaKite app".
    if (nextIsModel(sentence.toks, to) || qualifiesNoun(sentence.toks, from, to)) continue
    const last = sentence.toks[to - 1]!
    sentence.mentions.push({
      start: sentence.toks[from]!.start,
      end: last.possessive ? last.start + last.base.length : last.end,
      type: 'organization',
      name: to - from > 1 ? name : company,
      rule: 'org-camel-case',
    })
    sentence.mentions.sort((a, b) => a.start - b.start)
  }
}

// The bodies whose names start with a brand word, by that word; a word two bodies start with names neither.
function namedBrands(sentences: readonly SentenceMentions[]): Map<string, string> {
  const named = new Map<string, string | null>()
  for (const { toks, mentions, heading } of sentences) {
    if (heading) continue
    for (const mention of mentions) {
      if (mention.type !== 'organization' || mention.generic) continue
      const first = toks.find((tok) => tok.start === mention.start)
      if (first === undefined || first.end >= mention.end || !isCamelCase(first.base)) continue
      const known = named.get(first.base)
      named.set(first.base, known === undefined || known === mention.name ? mention.name : null)
    }
  }
  const companies = new Map<string, string>()
  for (const [brand, name] of named) if (name !== null) companies.set(brand, name)
  return companies
}

function isTradeWord(tok: Tok): boolean {
  return tok.kind === 'word' && (industryWords.has(tok.base) || organisationHeadWords.has(tok.base))
}

// Whether a run names a company: with its trade, as a company's subject or appositive, or listed with
// another body or a brand already read as one (`body`); not a product's name ("the NovaKite app").
function isCompany(run: Run, body: (tok: Tok) => boolean): boolean {
  const { toks } = run.sentence
  const { from, to } = run
  if (nextIsModel(toks, to) || qualifiesNoun(toks, from, to)) return false
  if (to - from > 1 || isBrandSubject(toks, to - 1) || isCompanyAppositive(toks, to)) return true
  const before = toks[from - 2]
  const after = toks[to + 1]
  return (
    (isListMark(toks[from - 1]) && before !== undefined && body(before)) ||
    (isListMark(toks[to]) && after !== undefined && body(after))
  )
}

// "and", "or", "&" or a comma between two items of a list.
function isListMark(tok: Tok | undefined): boolean {
  return (
    tok !== undefined && (tok.value === ',' || tok.value === 'and' || tok.value === 'or' || tok.value === '&')
  )
}

// Whether `tok` is the first or last word of an organization mention, or of a brand's run read as a company.
function isBody(
  sentence: SentenceMentions,
  tok: Tok,
  brands: ReadonlyMap<Tok, string>,
  companies: ReadonlyMap<string, string>,
): boolean {
  const brand = brands.get(tok)
  if (brand !== undefined && companies.has(brand)) return true
  return sentence.mentions.some(
    (mention) =>
      mention.type === 'organization' &&
      !mention.generic &&
      (mention.start === tok.start || mention.end === tok.end || mention.end === tok.start + tok.base.length),
  )
}

// A version or model number after the name ("2.0", "X2", "V3"): the name is a product's.
function nextIsModel(toks: readonly Tok[], to: number): boolean {
  const next = toks[to]
  return next?.spaced === true && next.kind === 'word' && /\d/.test(next.value)
}

// "the NovaKite app", "its TerraPulse platform": a brand between a determiner and a lower-case noun.
function qualifiesNoun(toks: readonly Tok[], from: number, to: number): boolean {
  const next = toks[to]
  return (
    next?.kind === 'word' &&
    /^\p{Ll}+$/u.test(next.value) &&
    !(next.flags & functionWord) &&
    /^(?:the|its|their|our|a|an)$/i.test(toks[from - 1]?.value ?? '')
  )
}

function covered(sentence: SentenceMentions, tok: Tok): boolean {
  return sentence.mentions.some(
    (mention: MentionFinding) => mention.start < tok.end && tok.start < mention.end,
  )
}
