/**
 * The extent of a role: its title, the place or nationality before it, its of-phrase ("of the Board of
 * Directors of Jinseong Steel Co., Ltd."), its place of work and the place of its post ("in Shenyang").
 */
import { occupations } from '../data/titles.js'
import { matchPlace } from '../entities/gazetteer.js'
import { titleAt } from '../entities/titles.js'
import { isAllCaps, isCapitalised, shapedTok, type Tok } from '../entities/tokens.js'
import { capitalised, functionWord, titleFirstWords } from '../entities/word-classes.js'
import {
  bracketedFieldEnd,
  clauseVerbs,
  clauseWords,
  demonymAt,
  endsRole,
  fieldEnd,
  keptBeforeCalling,
  lowerAfterName,
  namedWorkplaceEnd,
  pastStop,
  placeAfterRole,
  regionAfterPlace,
  runsOn,
  startsSentence,
  stops,
  workplaceEnd,
  workplaceWords,
} from './role-bounds.js'
import {
  acronymDescribes,
  afterOwner,
  callingAfterTitle,
  degrees,
  deputyToEnd,
  describesCapitalTitle,
  describesTitle,
  isArticle,
  isOrdinal,
  occupationAt,
  pluralOccupationAt,
} from './role-heads.js'
import { portfolioEnd, portfolioListEnd } from './role-portfolios.js'
import type { Reading } from './role-reading.js'

/** Words that narrow a title without being one: "municipal party secretary", "county head". */
export const qualifiers: ReadonlySet<string> = new Set([
  'municipal',
  'provincial',
  'party',
  'county',
  'district',
  'city',
  'township',
  'village',
  'group',
  'company',
  'executive',
  'standing',
  'general',
])

// Possessive pronouns before a role in an appositive ("its chief engineer", "their legal adviser").
const ownerPronouns: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their'])

// Words that give the reason or the manner of an appointment after its post ("director of the bureau due
// to age", "head of the district by show of hands"): never in the body's name.
const reasonWords: ReadonlySet<string> = new Set(['due', 'by'])

const noEnds: ReadonlyMap<number, number> = new Map()

/**
 * The role starting at token `at`. `withNames` says whether a name found inside it is taken whole (see
 * `ofPhraseEnd`); the names are worked out only when a role goes on past its title.
 */
export function roleAt(
  reading: Reading,
  at: number,
  maxOfPhrase: number,
  withNames: boolean,
): { from: number; to: number; plural: boolean } | undefined {
  const toks = reading.toks
  let index = at
  // "Ada Lin, its chief engineer": an owner's pronoun stands where an article would.
  if (isArticle(toks[index]) || ownerPronouns.has(toks[index]?.lower ?? '')) index++
  // "the company's deputy general manager" is the role "deputy general manager" (the owner is not a place).
  index = afterOwner(toks, index)
  const from = index
  const place = matchPlace(toks, index)
  index += place ? place.length : demonymAt(toks, index)
  let head: number | undefined
  let plural = false
  for (let scan = index; scan < index + 4 && scan < toks.length; scan++) {
    // "deputy to the … People's Congress", "member from the economic sector": before the title "member".
    const deputy = deputyToEnd(reading, scan)
    if (deputy !== undefined) return { from, to: deputy, plural: toks[scan]!.lower.endsWith('s') }
    const single = reading.titleEnd(scan)
    const title = single ?? pluralTitleAt(toks, scan)
    if (title) {
      head = single === undefined ? title : callingAfterTitle(toks, title)
      plural = single === undefined
      break
    }
    const word = toks[scan]!
    // "Li Na, a pediatrician from …", "a South Korean student": a calling in an appositive is the person's
    // post, though before a name it only describes ("Austrian pianist …").
    if (occupationAt(toks, scan) || pluralOccupationAt(toks, scan)) {
      head = scan + 1
      plural = !occupations.has(word.value)
      break
    }
    if (qualifiers.has(word.lower) || word.lower === 'vice' || word.lower === 'deputy') continue
    // "the first chairman of the alliance": a rank before the title.
    if (scan === index && word.value === 'first') continue
    if (word.possessive && degrees.has(word.baseLower)) continue
    // "music director of …", "a young researcher at …", "senior nuclear safety inspector": a noun or
    // adjective or up to three before the title.
    if (scan - index < 3 && (describesTitle(word) || keptBeforeCalling(word) || acronymDescribes(toks, scan)))
      continue
    // "Medical Director of …": in an appositive, a capitalised one before a capitalised title.
    if (withNames && scan === index && describesCapitalTitle(reading, scan)) continue
    break
  }
  if (head === undefined) return undefined
  const to = roleEnd(reading, head, maxOfPhrase, withNames)
  // "and principal officials of the bureau attended": the title word is an adjective of a group of people,
  // which is no role.
  if (groupNouns.has(toks[to]?.value ?? '')) return undefined
  // "a partner of Li Ming's team": the of-phrase runs into another person's name, and the role cut before it
  // ("partner") would not say whose; so no role.
  if (toks[to]?.value === 'of' && reading.personStarts.has(to + 1) && possessiveName(reading, to + 1)) {
    return undefined
  }
  return { from, to, plural }
}

// Plural nouns for a group of people, which a title word before them describes.
const groupNouns = new Set(['officials', 'leaders', 'persons', 'cadres', 'representatives'])

// Whether the name of the person starting at token `at` ends in a possessive ("Li Ming's").
function possessiveName(reading: Reading, at: number): boolean {
  const end = personEnd(reading, at)
  return end !== -1 && (reading.toks[end - 1]!.possessive || /^['’]/.test(reading.toks[end]?.value ?? ''))
}

/**
 * The end of a role whose title ends at token `head`: with its of-phrase, its place of work and its post.
 */
export function roleEnd(reading: Reading, head: number, maxOfPhrase: number, withNames: boolean): number {
  const toks = reading.toks
  let to = bracketedFieldEnd(toks, head)
  // "sales director Europe of Tarnholm Pumps AB": the region of the post written right after the title,
  // when an of-phrase follows it.
  if (to === head && toks[to]?.flags && toks[to]!.flags & capitalised) {
    const region = matchPlace(toks, to)
    if (region && toks[to + region.length]?.value === 'of') to += region.length
  }
  // "chief representative in Dalian of the Korea Trade Agency", "vice president for Asia-Pacific of …": the
  // place or region of the post before the of-phrase.
  if (toks[to]?.value === 'in' || toks[to]?.value === 'for') {
    const place = matchPlace(toks, to + 1)
    if (place && toks[to + 1 + place.length]?.value === 'of') to += 1 + place.length
    else if (toks[to]!.value === 'for') to = portfolioEnd(reading, to)
    else if (withNames) to = fieldEnd(reading, to)
  }
  // "an expert on wetland birds at Hexi University": the field of a calling before its place of work.
  else if (toks[to]?.value === 'on' && withNames) to = fieldEnd(reading, to)
  if (toks[to]?.value === 'of') {
    to = ofPhraseEnd(reading, to + 1, maxOfPhrase, withNames ? reading.ends : noEnds) ?? to
    // "member of the Hexi Municipal Committee from the Macao Special Administrative Region and …": where the
    // member comes from, a name found that ends the role.
    if (withNames && toks[to]?.value === 'from') {
      const named = namedWorkplaceEnd(reading, to)
      if (named !== undefined && endsRole(reading, named)) to = named
    }
  }
  // "a professor at Liaoning University", "a pediatrician from the Yili Hospital", "a driver with Kesong
  // Bus Group": a place of work is part of the role when it is a name found.
  else if (withNames && workplaceWords.has(toks[to]?.value ?? '')) {
    const named = namedWorkplaceEnd(reading, to)
    // "a breeder from Otaru, Japan": the country of the place goes with it.
    if (named !== undefined) to = regionAfterPlace(reading, named)
    else if (toks[to]!.value === 'at') return workplaceEnd(reading, to)
  }
  // "a grower in Shuangta Town": the place of the post when a name found ends the role, as in
  // `placeAfterRole`.
  else if (toks[to]?.value === 'in' && withNames && reading.ends.has(to + 1)) {
    const end = reading.ends.get(to + 1)!
    if (endsRole(reading, end)) to = end
  }
  return placeAfterRole(reading, to)
}

// The index after the name of the person starting at token `at`, or -1.
function personEnd(reading: Reading, at: number): number {
  const start = reading.toks[at]!.start
  for (const mention of reading.mentions) {
    if (mention.type === 'person' && mention.start === start) return reading.lastBefore(mention.end) + 1
  }
  return -1
}

function pluralTitleAt(toks: readonly Tok[], at: number): number | undefined {
  const tok = toks[at]
  const word = tok === undefined ? undefined : singularTitle(tok.value)
  if (tok === undefined || word === undefined) return undefined
  // `titleAt` turns away a word that starts no title (`titleFirst`, see `word-classes.ts`): asking the set
  // first spares most plurals a token of their own, whose classes cost more than the rest of the rule.
  if (!titleFirstWords.has(word)) return undefined
  return titleAt([shapedTok(tok, word)], 0) ? at + 1 : undefined
}

/**
 * The singular of a plural title word ("mayors" → "mayor", "chairmen" → "chairman"), or undefined for a
 * word that is no plural.
 */
export function singularTitle(word: string): string | undefined {
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`
  return word.endsWith('s') ? word.slice(0, -1) : undefined
}

/**
 * The end of "of the Board of Directors of CMIG", "of the company's South Korean side": up to a comma or a
 * new role after "and". Without a comma in reach the phrase is a run-on ("… of Dalian and Dalian mayor
 * attend the meeting"), so it ends at the first lower-case word after a capitalised name.
 */
export function ofPhraseEnd(
  reading: Reading,
  at: number,
  maxOfPhrase: number,
  ends: ReadonlyMap<number, number>,
): number | undefined {
  const toks = reading.toks
  let to = at
  let ended = false
  // Steps, not tokens, count towards `maxOfPhrase`: a name found is one step however many words and marks
  // it has ("of Jinseong Trading Co., Ltd. of South Korea" is four).
  for (let steps = 0; to < toks.length && steps < maxOfPhrase; steps++) {
    // A person's name ends the phrase: "secretary-general of the municipal government Li Ming". Right
    // after the "of", and ending the appositive, it is whose the post is: "defence counsel of Li Ming,".
    if (reading.personStarts.has(to)) {
      const name = to === at && ends !== noEnds ? personEnd(reading, to) : -1
      if (name !== -1 && stops.has(toks[name]?.value ?? '.')) to = name
      break
    }
    // A name inside the phrase is taken whole: "of Jinseong Steel Co., Ltd.", "of Kessler (Shenyang) Co., Ltd.".
    const mentionEnd = ends.get(to)
    if (mentionEnd !== undefined) {
      to = mentionEnd
      if (startsSentence(toks, to)) {
        ended = true
        break
      }
      continue
    }
    const tok = toks[to]!
    if (stops.has(tok.value)) {
      const past = tok.value === ',' ? portfolioListEnd(reading, to) : pastStop(toks, to)
      if (past === to) {
        ended = true
        break
      }
      to = past
      if (startsSentence(toks, to)) {
        ended = true
        break
      }
      continue
    }
    if (
      tok.value === 'and' &&
      (roleAt(reading, to + 1, 0, false) ||
        (isCapitalised(toks[to + 1]?.value ?? '') && !insideName(reading, to)) ||
        lowerAfterName(toks, to) ||
        ranksAfterAnd(toks, to))
    )
      break
    // "heads of relevant departments attended the meeting", "The chairman of the group is new, Li Na said":
    // the verb of the sentence or a word that starts a clause ends the phrase, even where no capital shows
    // where the names end.
    if (to > at && (clauseVerbs.has(tok.value) || clauseWords.has(tok.value) || reasonWords.has(tok.value)))
      break
    to++
  }
  to = pastQuote(toks, at, to)
  // "of the Korea Trade Agency (KOTRA)": the short name of a body belongs to it.
  if (toks[to]?.value === '(') {
    ended = true
    const short = toks[to + 1]
    if (
      short?.kind === 'word' &&
      short.value.length > 1 &&
      isAllCaps(short.value) &&
      toks[to + 2]?.value === ')'
    )
      to += 3
  }
  if (ended || to === toks.length) return to > at ? to : undefined
  let sawName = false
  for (let index = at; index < to; index++) {
    // "of the Hexi Commission for Water Affairs and …": a name found is taken whole, its lower-case words too.
    const named = ends.get(index)
    if (named !== undefined && named <= to) {
      sawName = true
      index = named - 1
      continue
    }
    const tok = toks[index]!
    if (tok.kind !== 'word') continue
    if (isCapitalised(tok.value)) sawName = true
    // "of the 17th Hexi Municipal People's Congress and accepted …": an ordinal goes on the name.
    else if (sawName && !runsOn(toks, index) && !isOrdinal(tok.value) && !lowerHeadAfterName(toks, index)) {
      const end = pastQuote(toks, at, index)
      return end > at ? end : undefined
    }
  }
  return to > at ? to : undefined
}

// Most tokens a quoted term in a role may go on past where the role would end.
const maxQuoteRest = 6

// "of the project on " blue carbon "": where a phrase from token `at` that would end at token `to` inside a
// quoted term ends instead, past its closing mark when one follows soon, else before its opening mark.
function pastQuote(toks: readonly Tok[], at: number, to: number): number {
  let open = -1
  for (let index = at; index < to; index++) {
    const value = toks[index]!.value
    if (value === '“' || (value === '"' && open === -1)) open = index
    else if (value === '”' || value === '"') open = -1
  }
  if (open === -1) return to
  for (let index = to; index < to + maxQuoteRest && index < toks.length; index++) {
    const value = toks[index]!.value
    if (value === '”' || value === '"') return index + 1
    if (stops.has(value)) break
  }
  // "… project on the": the function words before the mark go with the quote.
  while (open > at && toks[open - 1]!.flags & functionWord) open--
  return open
}

// Ranks that make a description of what follows them: "the first woman in …", "the only foreigner on …".
// biome-ignore format: packed list
const ranks: ReadonlySet<string> = new Set([
  'first', 'only', 'youngest', 'oldest',
])

// "head of the sales department and the first woman to …": whether the "and" at token `at` starts a
// description of the person with a rank, which is no part of the post.
function ranksAfterAnd(toks: readonly Tok[], at: number): boolean {
  return isArticle(toks[at + 1]) && ranks.has(toks[at + 2]?.value ?? '')
}

// Heads of bodies a translation writes in lower case after a capitalised word: "of the county Party
// committee", "of the Party branch of Xishan Village".
const lowerBodyHeads = new Set(['committee', 'branch', 'group', 'government', 'commission', 'congress'])

// Whether token `index` is such a head right after a capitalised word, which goes on the body's name.
function lowerHeadAfterName(toks: readonly Tok[], index: number): boolean {
  return lowerBodyHeads.has(toks[index]!.value) && isCapitalised(toks[index - 1]?.value ?? '')
}

/**
 * "of the Yinghai Flood Control and Drought Relief Headquarters": whether the "and" at token `at` joins
 * two parts of one capitalised name the rules found no body for. It does when capitalised words stand on
 * both sides and those after it run to a stop without a person, a place of their own or a role, so "of
 * Dalian and Mayor Li Hua" and "of Dalian and Shenyang" end at the "and". A name found after an "of" there
 * is one step, however long: "of the Soil and Water Tribunal of the Hexi Intermediate People's Court".
 */
function insideName(reading: Reading, at: number): boolean {
  const toks = reading.toks
  const before = toks[at - 1]
  if (before?.kind !== 'word' || !isCapitalised(before.value) || matchPlace(toks, at + 1)) return false
  let to = at + 1
  for (let steps = 0; to < toks.length && steps < 8; steps++) {
    const tok = toks[to]!
    if (reading.personStarts.has(to)) return false
    if (tok.kind !== 'word' || !(isCapitalised(tok.value) || tok.value === 'of' || tok.value === 'the')) break
    const found = to > at + 2 && reading.ends.get(to)
    to = found || to + 1
  }
  return to > at + 1 && stops.has(toks[to]?.value ?? '.') && isCapitalised(toks[to - 1]!.value)
}
