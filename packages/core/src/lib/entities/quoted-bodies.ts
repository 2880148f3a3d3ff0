/**
 * Names in quotation marks that look like bodies but are not: a city's goal ("build Yantai into a "Regional
 * Finance Centre""), an honorary title a body is given ("named a "National Demonstration Cooperative"") and
 * a place's nickname ("known as the "Kelp Capital of China""). Each needs a cue besides the quotation marks
 * (a verb of building, a level and an honour word, a verb of naming or "Capital of").
 */
import { industryWords, portfolioWords } from '../data/organisations.js'
import { splitPinyin } from '../data/pinyin.js'
import { companyHeads } from './body-origins.js'
import { inQuotedWork } from './document-titles.js'
import { matchPlace } from './gazetteer.js'
import type { Tok } from './tokens.js'
import { legalForm } from './word-classes.js'

/**
 * Whether the body with head word `head` named by tokens `[from, to)` is a quoted goal or honorary title.
 */
export function isQuotedName(toks: readonly Tok[], head: string, from: number, to: number): boolean {
  return (
    quotedGoal(toks, head, from, to) ||
    quotedHonour(toks, from, to) ||
    quotedNickname(toks, head, from, to) ||
    inQuotedWork(toks, from, to) ||
    quotedSubject(toks, from, to) ||
    quotedProduct(toks, head, from, to) ||
    quotedTopic(toks, head, from, to)
  )
}

const goalHeads = new Set(['Center', 'Centre'])
const openQuotes = new Set(['"', '“', '‘'])
const closeQuotes = new Set(['"', '”', '’'])
const buildWords = new Set(['build', 'builds', 'building', 'built', 'into'])

// Whether the center named by tokens `[from, to)` is a city's goal in quotation marks, not a body: "speed up
// the construction of the "Bohai Rim Trade Center"", "build Yantai into a "Regional Finance Centre"".
// A body is written without quotation marks; only a slogan is quoted after "build" or "construction of".
function quotedGoal(toks: readonly Tok[], head: string, from: number, to: number): boolean {
  if (!goalHeads.has(head) || !openQuotes.has(toks[from - 1]?.value ?? '')) return false
  if (!closeQuotes.has(toks[to]?.value ?? '')) return false
  let at = articleBefore(toks, from - 2)
  // "… of the "A Center" and the "B Center"": the cue is before the first of the quoted goals.
  while (
    (toks[at]?.value === 'and' || toks[at]?.value === ',') &&
    closeQuotes.has(toks[at - 1]?.value ?? '')
  ) {
    let open = at - 2
    while (open > at - 12 && open >= 0 && !openQuotes.has(toks[open]!.value)) open--
    if (!openQuotes.has(toks[open]?.value ?? '')) return false
    at = articleBefore(toks, open - 1)
  }
  const cue = toks[at]?.value ?? ''
  return buildWords.has(cue) || (cue === 'of' && toks[at - 1]?.value === 'construction')
}

// Words that make a name in quotation marks an honour a body is given: "named a "National Demonstration
// Cooperative"", "the title of "Provincial Model Family Farm"".
// biome-ignore format: packed data
const honourWords = new Set([
  'Demonstration', 'Model', 'Pilot', 'Exemplary', 'Advanced', 'Civilized', 'Civilised', 'Excellent',
  'Outstanding', 'Benchmark',
])
// The level an honour is given at, the first word of its title.
// biome-ignore format: packed data
const honourLevels = new Set([
  'National', 'Provincial', 'Municipal', 'National-level', 'Provincial-level', 'Municipal-level',
  'City-level', 'County-level', 'State-level',
])

// Whether the body named by tokens `[from, to)` lies inside a quoted honorary title that starts with its
// level and has an honour word: "the title of "National Growers' Cooperative Model Cooperative""
// is the list a cooperative is put on, not a body.
function quotedHonour(toks: readonly Tok[], from: number, to: number): boolean {
  // The quoted title may start before the name the head word took: a plural's apostrophe parts it.
  let open = from - 1
  while (open > from - 7 && (toks[open]?.kind === 'word' || isApostrophe(toks[open]))) open--
  if (!openQuotes.has(toks[open]?.value ?? '') || !honourLevels.has(toks[open + 1]?.value ?? '')) return false
  let close = to
  while (close < to + 3 && toks[close]?.kind === 'word') close++
  if (!closeQuotes.has(toks[close]?.value ?? '')) return false
  for (let index = open + 1; index < close; index++) if (honourWords.has(toks[index]!.value)) return true
  return false
}

// Heads a place's nickname is built on: "the "Kelp Capital of China"", "the "Seafood Center of the North"".
const nicknameHeads = new Set(['Capital', 'Center', 'Centre'])
// Words before "as" that name a place by its nickname ("known as", "hailed as"), and the ones before "of"
// ("the reputation of", "the title of").
// biome-ignore format: packed data
const namedAs = new Set([
  'known', 'hailed', 'praised', 'regarded', 'honored', 'honoured', 'renowned', 'famed', 'reputation',
  'acclaimed', 'titled', 'billed',
])
const namedOf = new Set(['reputation', 'title', 'name'])
const namingVerbs = new Set(['dubbed', 'nicknamed', 'crowned', 'called'])

// Whether the body named by tokens `[from, to)` is a place's nickname in quotation marks, not a body: 'known
// as the "Kelp Capital of China"', 'hailed as "Xinbao's Seafood Center"'. A quoted "Capital of" needs no
// verb; a company called "… Capital" is named without "of" ('the fund "Haiyan Capital"').
function quotedNickname(toks: readonly Tok[], head: string, from: number, to: number): boolean {
  if (!nicknameHeads.has(head) || !closeQuotes.has(toks[to]?.value ?? '')) return false
  // The quotation may open before the name the head word took: "Xinbao's" is no word of it.
  let open = from - 1
  while (open > from - 4 && toks[open]?.kind === 'word') open--
  if (!openQuotes.has(toks[open]?.value ?? '')) return false
  for (let index = from; index < to - 1; index++) {
    if (toks[index]!.value === 'Capital' && toks[index + 1]!.value === 'of') return true
  }
  const at = articleBefore(toks, open - 1)
  const cue = toks[at]?.value ?? ''
  if (namingVerbs.has(cue)) return true
  const before = toks[at - 1]?.value ?? ''
  return (cue === 'as' && namedAs.has(before)) || (cue === 'of' && namedOf.has(before))
}

// The nouns of the agreements and documents whose quoted titles end in their subject: "Framework Agreement
// on Green Aviation", "Memorandum on Smart Logistics", "Action Plan for Marine Shipping".
// biome-ignore format: packed data
const agreementNouns = new Set([
  'Agreement', 'Agreements', 'Memorandum', 'Protocol', 'Declaration', 'Initiative', 'Convention', 'Charter',
  'Treaty', 'Contract', 'Plan', 'Programme', 'Program', 'Opinions', 'Measures', 'Guidelines', 'Statement',
])

// Whether the body named by tokens `[from, to)` ends a quoted agreement's title as its subject, after an
// "on" or "for": 'signed the "Cooperation Agreement on Green Aviation"' names a deal, not the body "Green
// Aviation". Not 'the "Agreement between Kessel Aviation and …"', whose parties are bodies, nor a company
// named by its city or a pinyin word and its head ('the "Action Plan for Varno Port Group"'): a topic is
// a common phrase, a company is named.
function quotedSubject(toks: readonly Tok[], from: number, to: number): boolean {
  const link = toks[from - 1]?.value
  if ((link !== 'on' && link !== 'for') || !closeQuotes.has(toks[to]?.value ?? '')) return false
  if (namedCompany(toks, from, to)) return false
  for (let index = from - 2; index >= 0 && index > from - 12; index--) {
    const tok = toks[index]!
    if (openQuotes.has(tok.value)) return false
    if (tok.kind !== 'word') return false
    if (agreementNouns.has(tok.value)) return quoteOpensBefore(toks, index)
  }
  return false
}

// Whether tokens `[from, to)` name a company: a place or a pinyin word first, a company's head or legal
// form last ("Varno Shipbuilding Group", "Haixin Marine Co., Ltd."), as no topic is.
function namedCompany(toks: readonly Tok[], from: number, to: number): boolean {
  const last = toks[to - 1]!
  if (!(last.flags & legalForm) && !companyHeads.has(last.base)) return false
  return matchPlace(toks, from) !== undefined || splitPinyin(toks[from]!.baseLower) !== undefined
}

// What a quoted name that is an app, a platform or an account is followed by: 'the "Velmora Savings Fund"
// mobile app', 'the "Tavrin Jobs" WeChat mini program', 'the "Xinbao Civil Affairs" official account'.
// biome-ignore format: packed data
const productNouns = new Set([
  'app', 'apps', 'App', 'APP', 'APPs', 'applet', 'platform', 'account', 'website', 'portal', 'program',
  'programme',
])
// Words between the quoted name and the product's noun ("mobile", "WeChat", "mini", "official").
// biome-ignore format: packed data
const productQualifiers = new Set([
  'mobile', 'WeChat', 'Wechat', 'official', 'public', 'online', 'mini', 'mini-program', 'service',
  'government', 'smart', 'Weibo', 'Douyin', 'Alipay',
])

// Heads of a government body, whose quoted full name before an account or a website names the body that
// runs it: 'the "Xinbao Municipal Bureau of Commerce" website', 'the "Tavrin Customs Office" account'.
// biome-ignore format: packed data
const runnerHeads = new Set([
  'Bureau', 'Committee', 'Commission', 'Government', 'Ministry', 'Administration', 'Department', 'Office',
  'Agency', 'Authority', 'Council', 'Court', 'Procuratorate',
])

// Whether the body with head word `head` named by tokens `[from, to)` is a quoted app, platform or
// account, not a body: 'on the "Velmora Savings Fund" mobile app' names a product a body runs. A "program"
// is one only as a "mini program", not a scheme ('the "Xinbao Youth Foundation" program'). Not a
// government body's name, which is the account's owner.
function quotedProduct(toks: readonly Tok[], head: string, from: number, to: number): boolean {
  if (runnerHeads.has(head) || !closeQuotes.has(toks[to]?.value ?? '')) return false
  if (!quoteOpensBefore(toks, from)) return false
  let at = to + 1
  while (at < to + 3 && productQualifiers.has(toks[at]?.value ?? '')) at++
  const noun = toks[at]?.value ?? ''
  if (!productNouns.has(noun)) return false
  return !noun.startsWith('program') || toks[at - 1]?.value === 'mini'
}

// The words besides the fields (`portfolioWords`, `industryWords`) a quoted topic starts with: '"Green
// Ports and Shipping"', '"Digital Trade and Logistics"'.
// biome-ignore format: packed data
const topicFirstWords = new Set([
  'Green', 'Clean', 'Blue', 'Digital', 'Smart', 'Intelligent', 'Sustainable', 'Low-carbon', 'Low-Carbon',
  'Circular', 'Renewable', 'Modern', 'Future', 'New', 'Global', 'International', 'Regional', 'Urban', 'Rural',
  'Marine', 'Maritime', 'Ocean', 'Coastal', 'Port', 'Ports', 'Shipping', 'Cross-border', 'Cross-Border',
  'Creative', 'Cultural', 'Open', 'Innovation', 'Innovative', 'Advanced', 'High-tech', 'High-Tech',
])

// Whether the body with head word `head` named by tokens `[from, to)` is a quoted topic, the title of a
// session or a chapter: '"Digital Trade and Logistics"', '"Blue Ports and Shipping"' join two fields with
// "and", the head last; no body is named by its fields alone, and a company's name starts with a word of
// its own, a name, a place or a pinyin word ('"Hanvik Trade and Logistics"', '"Xinbao Ports and Shipping"').
function quotedTopic(toks: readonly Tok[], head: string, from: number, to: number): boolean {
  if (toks[to - 1]!.base !== head || !openQuotes.has(toks[from - 1]?.value ?? '')) return false
  if (!closeQuotes.has(toks[to]?.value ?? '')) return false
  const and = toks[to - 2]?.value
  if ((and !== 'and' && and !== '&') || to - 3 < from || !portfolioWords.has(toks[to - 3]!.base)) return false
  const first = toks[from]!.base
  return topicFirstWords.has(first) || portfolioWords.has(first) || industryWords.has(first)
}

// Whether an opening quotation mark stands before the title word at `at`, with only words between.
function quoteOpensBefore(toks: readonly Tok[], at: number): boolean {
  for (let index = at - 1; index >= 0 && index > at - 8; index--) {
    if (openQuotes.has(toks[index]!.value)) return true
    if (toks[index]!.kind !== 'word') return false
  }
  return false
}

// Whether a token is an apostrophe written against the word before it ("Farmers'").
function isApostrophe(tok: Tok | undefined): boolean {
  return tok !== undefined && !tok.spaced && (tok.value === "'" || tok.value === '’')
}

// The index before an article at `at` ("the", "a", "an"), or `at`.
function articleBefore(toks: readonly Tok[], at: number): number {
  return /^(?:the|a|an)$/.test(toks[at]?.value ?? '') ? at - 1 : at
}
