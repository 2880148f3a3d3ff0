/**
 * Where the words around a role begin and end: a legal form's full stop that ends no sentence ("Co.,
 * Ltd."), a sentence the parser did not end ("… Co., Ltd. Kenji Sato attended"), the place or nationality
 * before a title, an appositive that says what a person serves as, the words of a calling's field and
 * place of work.
 */
import { demonyms } from '../data/demonyms.js'
import { matchPlace } from '../entities/gazetteer.js'
import { isCapitalised, isDigits, type Tok } from '../entities/tokens.js'
import { capitalised, functionWord } from '../entities/word-classes.js'
import type { Reading } from './role-reading.js'

/** Marks that end a phrase. */
export const stops = new Set([',', ';', ':', '.', '。', '!', '?', '(', ')'])

// Legal forms written with a full stop ("Co.", "Pte."), and the words that follow one ("Co., Ltd.").
const abbreviatedForms = new Set(['Co', 'Corp', 'Inc', 'Ltd', 'Pte', 'Pty', 'Sdn', 'Bhd', 'Plc', 'Ltda'])

const secondForms = new Set(['Ltd', 'Limited', 'Bhd'])

/**
 * Where a phrase goes on past the stop at `at`, or `at` when the stop ends it: "Pte. Ltd. of Singapore",
 * "Co., Ltd.".
 */
export function pastStop(toks: readonly Tok[], at: number): number {
  const tok = toks[at]!
  const before = toks[at - 1]
  const next = toks[at + 1]
  if (tok.value === ',') {
    const form = before?.value === '.' ? toks[at - 2] : before
    return isLegalForm(form, abbreviatedForms) && isLegalForm(next, secondForms) ? at + 1 : at
  }
  return tok.value === '.' && !tok.spaced && isLegalForm(before, abbreviatedForms) ? at + 1 : at
}

// Whether `tok` is one of `forms`, with or without the full stop the parser may keep on it ("Co.").
function isLegalForm(tok: Tok | undefined, forms: ReadonlySet<string>): boolean {
  if (tok?.kind !== 'word') return false
  return forms.has(tok.value.endsWith('.') ? tok.value.slice(0, -1) : tok.value)
}

/**
 * "… Co., Ltd. Kenji Sato attended": after a full stop the parser left inside the sentence, a capitalised
 * word other than a second legal form starts a new one.
 */
export function startsSentence(toks: readonly Tok[], at: number): boolean {
  const next = toks[at]
  if (next?.kind !== 'word' || !isCapitalised(next.value) || isLegalForm(next, secondForms)) return false
  const stop = toks[at - 1]!
  return stop.value === '.' || (stop.value.endsWith('.') && isLegalForm(stop, abbreviatedForms))
}

/**
 * Words that go on a phrase after a capitalised name: "of the Ministry of Commerce", "of Japan in
 * Shenyang"; any other lower-case word is the sentence going on ("of Dalian attended the meeting").
 */
export function runsOn(toks: readonly Tok[], index: number): boolean {
  const value = toks[index]!.value
  if (value === 'of' || value === 'the' || value === 'and') return true
  return (value === 'in' || value === 'to') && matchPlace(toks, index + 1) !== undefined
}

/**
 * Where a role starts that has its title at `at`: "Anshan mayor Sun Baoguo", "Dutch Ambassador to Kenya":
 * a place or a nationality right before the title belongs to the role.
 */
export function placeBefore(toks: readonly Tok[], at: number): number {
  for (let from = Math.max(0, at - 3); from < at; from++) {
    const match = matchPlace(toks, from)
    if (match && from + match.length === at) return from
  }
  return at - demonymBefore(toks, at)
}

// Units a place's name ends in that also start a title ("District Mayor", "County Head").
// biome-ignore format: packed list
const units = new Set([
  'District', 'County', 'Township', 'Village', 'district', 'county', 'township', 'village',
])

/**
 * `placeBefore`, and a place found that ends in the title's first word, the unit it heads: "Lanshan District
 * Mayor" is the district's mayor (the title "District Mayor" overlaps the place "Lanshan District").
 */
export function placeBeforeTitle(reading: Reading, at: number): number {
  const toks = reading.toks
  const unit = toks[at]!
  // "Hexi Village party secretary": a place found right before the title, which the gazetteer may not know.
  const before = toks[at - 1]
  const end = units.has(unit.value) ? unit.end : before?.kind === 'word' ? before.end : -1
  if (end !== -1 && (end === unit.end || before!.flags & capitalised)) {
    for (const mention of reading.mentions) {
      if (mention.type !== 'place' || mention.end !== end || mention.start >= unit.start) continue
      const from = reading.startingAt(mention.start)
      if (from >= at - 3) return from
    }
  }
  return placeBefore(toks, at)
}

// Words of the nationality ("Swedish", "South Korean") ending right before token `at`, or 0.
function demonymBefore(toks: readonly Tok[], at: number): number {
  const last = toks[at - 1]
  if (last?.kind !== 'word' || !isCapitalised(last.value)) return 0
  if (demonyms.has(last.value)) {
    const two = toks[at - 2]
    return two?.kind === 'word' && demonyms.has(`${two.value} ${last.value}`) ? 2 : 1
  }
  return 0
}

/**
 * Words of the nationality starting at token `at` ("Swedish Ambassador", "South Korean Consul",
 * "Chinese-American scientist"), or 0.
 */
export function demonymAt(toks: readonly Tok[], at: number): number {
  const first = toks[at]
  if (first?.kind !== 'word' || !isCapitalised(first.value)) return 0
  const second = toks[at + 1]
  if (second?.kind === 'word' && demonyms.has(`${first.value} ${second.value}`)) return 2
  if (demonyms.has(first.value)) return 1
  const hyphen = first.value.indexOf('-')
  return hyphen > 0 &&
    demonyms.has(first.value.slice(0, hyphen)) &&
    demonyms.has(first.value.slice(hyphen + 1))
    ? 1
    : 0
}

/**
 * "Li Na, a Dalian cadre serving as deputy head of …": where the post starts after an appositive that
 * says what a person is and then what they serve as, or `at` when the appositive at token `at` is no such
 * one. The description before "serving as" is no post of its own; so is "who is (also)" before a post.
 */
export function pastServingAs(toks: readonly Tok[], at: number): number {
  const article = toks[at]?.lower
  if (article === 'who') return pastWhoIs(toks, at)
  if (article !== 'a' && article !== 'an') return at
  for (let index = at + 2; index < at + 6; index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word') return at
    if ((tok.value === 'serving' || tok.value === 'working') && toks[index + 1]?.value === 'as')
      return index + 2
  }
  return at
}

// "now", "also", "currently" around the verb of a clause that gives a post held now.
const nowWords: ReadonlySet<string> = new Set(['also', 'now', 'currently'])

// "Lena Brook, who is also general manager of …, said", "…, who now serves as head of …": where the post
// starts in a relative clause at token `at` ("who"), or `at` for any other clause ("who was born in …",
// "who is in charge of …", whose words then start no role). Not "was": a post held once is no role now.
function pastWhoIs(toks: readonly Tok[], at: number): number {
  let index = at + 1
  if (nowWords.has(toks[index]?.value ?? '')) index++
  const verb = toks[index]?.value
  if (verb === 'is') index++
  else if (verb === 'serves' && toks[index + 1]?.value === 'as') index += 2
  else return at
  if (nowWords.has(toks[index]?.value ?? '')) index++
  return index
}

/**
 * "Ana Reis, a Lisbon entrepreneur raised in Porto and chief executive of …": where the post starts after
 * the "and" that ends a description at token `at` ("a"/"an", with no mark, name or clause inside), or -1.
 * A post with an article after the "and" is no such one ("a mother of two and a nurse").
 */
export function postAfterDescription(reading: Reading, at: number): number {
  const toks = reading.toks
  const article = toks[at]?.lower
  if (article !== 'a' && article !== 'an') return -1
  for (let index = at + 2; index < at + 10; index++) {
    const tok = toks[index]
    if (tok === undefined || stops.has(tok.value) || reading.personStarts.has(index)) return -1
    if (clauseWords.has(tok.value) || clauseVerbs.has(tok.value)) return -1
    if (tok.value === 'and') {
      const next = toks[index + 1]
      return next?.kind === 'word' && next.value !== 'a' && next.value !== 'an' && next.value !== 'the'
        ? index + 1
        : -1
    }
  }
  return -1
}

/**
 * "a master's student in food science at Haibin University": past the field of a calling after "in" at
 * token `at`, when a place of work found follows it; else `at` ("a teacher in the town said").
 */
export function fieldEnd(reading: Reading, at: number): number {
  const toks = reading.toks
  let to = at + 1
  while (to < at + 5 && (isCommonNoun(toks[to]) || (to > at + 1 && toks[to]?.value === 'and'))) to++
  const next = toks[to]?.value
  return to > at + 1 && (next === 'at' || next === 'from') && reading.ends.has(to + 1) ? to : at
}

/** Words before a place of work: "a professor at …", "a pediatrician from …", "a driver with …". */
export const workplaceWords: ReadonlySet<string> = new Set(['at', 'from', 'with'])

/**
 * The end of the name found after "at", "from" or "with" at token `at`, past a "the" before it ("at the
 * Heshan Fisheries Research Institute"); undefined when none follows. After "with" only a body is a place of
 * work: "a teacher with Harbin roots" names none.
 */
export function namedWorkplaceEnd(reading: Reading, at: number): number | undefined {
  const toks = reading.toks
  const body = toks[at + 1]?.lower === 'the' ? at + 2 : at + 1
  const end = reading.ends.get(body)
  if (end === undefined || toks[at]!.value !== 'with') return end
  const start = toks[body]!.start
  return reading.mentions.some((mention) => mention.start === start && mention.type === 'organization')
    ? end
    : undefined
}

/**
 * "a teacher at a middle school in Jinzhou": the end of a place of work described by common nouns after "at"
 * at token `at`, with the place after it, when the role ends there; else `at` ("a farmer at a time of …").
 * Not after "the": "a researcher at the institute" points back to a body named before, and the role stays
 * "researcher".
 */
export function workplaceEnd(reading: Reading, at: number): number {
  const toks = reading.toks
  const article = toks[at + 1]?.lower
  if (article !== 'a' && article !== 'an') return at
  let to = at + 2
  while (to < at + 5 && isCommonNoun(toks[to])) to++
  if (to === at + 2) return at
  const end = placeAfterRole(reading, to)
  return end > to || endsRole(reading, to) ? end : at
}

/**
 * A lower-case word that may be part of a noun phrase: not a function word, a clause word or a verb of the
 * sentence ("a teacher at a school said").
 */
export function isCommonNoun(tok: Tok | undefined): boolean {
  if (tok?.kind !== 'word' || tok.flags & (capitalised | functionWord) || tok.possessive) return false
  return tok.value === tok.lower && !clauseWords.has(tok.value) && !clauseVerbs.has(tok.value)
}

/**
 * Whether a role may end at token `at`: a stop, "and", a person's name or the end of the sentence follows.
 */
export function endsRole(reading: Reading, at: number): boolean {
  const next = reading.toks[at]
  return next === undefined || stops.has(next.value) || next.value === 'and' || reading.personStarts.has(at)
}

/**
 * "Consul General in Shenyang", "Ambassador to Mongolia": the place of a post, when the role ends with it
 * (a stop, "and" or a name follows); "the mayor visited Dalian to Shenyang" keeps no place.
 */
export function placeAfterRole(reading: Reading, to: number): number {
  const toks = reading.toks
  const word = toks[to]?.value
  if (word !== 'in' && word !== 'to') return to
  const place = matchPlace(toks, to + 1)
  if (!place) return to
  const end = to + 1 + place.length
  return endsRole(reading, end) ? end : to
}

/**
 * "a breeder from Otaru, Japan", "a grower from Hexi Town, Jilin Province": past the country or province
 * after a comma that places the place of origin the role at token `to` ends with, when a stop follows it
 * and no further place does ("from Otaru, Japan, Korea and …" is a list); else `to`. Not after an
 * of-phrase: "Mayor of Otaru, Japan" is the post "Mayor of Otaru".
 */
export function regionAfterPlace(reading: Reading, to: number): number {
  const toks = reading.toks
  if (toks[to]?.value !== ',') return to
  const region = matchPlace(toks, to + 1)
  const kind = region?.place.kind
  if (kind !== 'country' && kind !== 'provincial-level division') return to
  const end = to + 1 + region!.length
  const next = toks[end]
  if (next !== undefined && (!stops.has(next.value) || (next.value === ',' && matchPlace(toks, end + 1))))
    return to
  const place = toks[to - 1]!.end
  return reading.mentions.some((mention) => mention.type === 'place' && mention.end === place) ? end : to
}

/**
 * "a 23-year-old teacher", "a retired engineer": an age, or having retired, before a calling, which the
 * role keeps. "Retired" is the one participle that says what a person is now, unlike "newly appointed".
 */
export function keptBeforeCalling(tok: Tok): boolean {
  if (tok.kind !== 'word') return false
  return tok.value === 'retired' || (isDigits(tok.value.charAt(0)) && tok.value.endsWith('-year-old'))
}

/** Verbs a subject with its role comes before ("…, director of the bureau, attended"): never in a role. */
export const clauseVerbs = new Set(
  'attended said met visited presided inspected stressed pointed spoke delivered accompanied'.split(' '),
)

/** Lower-case words that start a clause or a verb phrase, not a description. */
export const clauseWords = new Set(
  'who whose which what said says is are was were has had will because'.split(' '),
)

// The terms of a post written in brackets after its title, as one string ("part-time", "acting").
// biome-ignore format: packed list
const postTerms = new Set([
  'part-time', 'parttime', 'full-time', 'acting', 'interim', 'concurrent', 'honorary',
])

/**
 * "Minister Counsellor (Economic) of the Embassy …", "Consul (Science and Technology) of …": past the field
 * of a post written in brackets after its title at token `at`, when an of-phrase follows; else `at` ("Li
 * Na (Commerce Bureau) said" keeps none).
 */
export function bracketedFieldEnd(toks: readonly Tok[], at: number): number {
  if (toks[at]?.value !== '(') return at
  // "deputy director (part-time) of …", "chairman (acting) of …": the terms of a post, as a notice gives
  // them.
  let note = ''
  for (let to = at + 1; to < at + 5 && toks[to] !== undefined; to++) {
    if (toks[to]!.value === ')') {
      if (postTerms.has(note) && toks[to + 1]?.value === 'of') return to + 1
      break
    }
    note += toks[to]!.lower
  }
  let to = at + 1
  while (to < at + 6 && (isCapitalised(toks[to]?.value ?? '') || (to > at + 1 && toks[to]!.value === 'and')))
    to++
  return to > at + 1 && toks[to]?.value === ')' && toks[to + 1]?.value === 'of' ? to + 1 : at
}

/**
 * "director of the Haiming Institute of Optics and one of his students": the "and" at token `at` joins no
 * more of a capitalised name when a lower-case word follows it: what comes after is no part of the post.
 */
export function lowerAfterName(toks: readonly Tok[], at: number): boolean {
  const before = toks[at - 1]
  const next = toks[at + 1]
  return (
    before?.kind === 'word' &&
    isCapitalised(before.value) &&
    next?.kind === 'word' &&
    next.value === next.lower &&
    !isDigits(next.value.charAt(0))
  )
}
