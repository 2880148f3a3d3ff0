/**
 * What follows an organization's head word and is still its name: "of …", "for …" and "on …" phrases
 * ("Bureau of Commerce", "Commission for Discipline Inspection", "Commission on Higher Education",
 * "Standing Committee of the Municipal People's Congress"), and the place it sits in (`body-seats.ts`).
 */
import { nationalBodies } from '../data/organisations.js'
import { namesBody } from './acronyms.js'
import { fieldListEnd, isTradeField } from './body-fields.js'
import { ltdAfter } from './body-heads.js'
import {
  bodyAt,
  fieldVerbNoun,
  headInRun,
  placeAfterField,
  placeNamedBodyAt,
  tradeAndHead,
} from './body-joins.js'
import { isOnPhrase } from './body-on-phrases.js'
import { academicHeads } from './body-origins.js'
import {
  chamberRegionAfter,
  chamberSeatAfter,
  extendSeat,
  jurisdictionAfter,
  officialFormLength,
  placeEndAt,
} from './body-seats.js'
import { leagueTier } from './club-names.js'
import { matchPlace } from './gazetteer.js'
import { placeOrPinyinWordAt } from './not-bodies.js'
import { nameAt } from './people.js'
import { isTitleWord } from './titles.js'
import { isCapitalised, type Tok } from './tokens.js'
import { allCaps, capitalised, functionWord, organisationHead } from './word-classes.js'

// Heads of bodies that take a "for" phrase ("Commission for Discipline Inspection"), as ministries and
// authorities abroad do ("the Federal Ministry for Digital Affairs", "the Bremen Authority for Ports").
// biome-ignore format: packed data
const forHeads = new Set([
  'Commission', 'Committee', 'Council', 'Office', 'Bureau', 'Center', 'Centre', 'Association', 'Society',
  'Federation', 'Foundation', 'Alliance', 'Institute', 'Academy', 'Agency', 'Administration', 'Department',
  'Chamber', 'Ministry', 'Authority', 'Organization', 'Organisation',
  // "the Secretariat for Coastal Cooperation", "the Joint Laboratory for Tidal Power"
  'Secretariat', 'Laboratory', 'Laboratories', 'Lab',
])
// Heads of state bodies, which keep the country they belong to in their name.
// biome-ignore format: packed data
const stateHeads = new Set([
  'Ministry', 'Administration', 'Commission', 'Bureau', 'Agency', 'Office', 'Department', 'Council',
  'Committee', 'Authority',
])
// A "for" phrase's noun that takes an object: "Council for the Promotion of International Trade",
// "Society for the Protection of Wetlands", "Centre for the Study of Coastal Cultures".
const actionNoun = /^(?:[A-Z][a-z]+(?:tion|sion|ment|ance|ence)|Study)$/

/**
 * Where the "of" or "for" phrase after the head ending at `end` ends, or `end` when there is none:
 * "Committee of Dalian", "Standing Committee of the Municipal People's Congress", "Bank of China".
 */
export function extendOf(toks: readonly Tok[], end: number): number {
  if (toks[end - 1]!.possessive) return end
  const of = toks[end]
  if (of?.kind === 'word' && of.value.length === 1 && toks[end - 1]!.base === 'League')
    return leagueTier(toks, end)
  // "Commission for Discipline Inspection": only bodies take a "for" phrase; "Bank for …" is a purpose.
  const base = toks[end - 1]!.base
  // "the Leading Group for Coastal Renewal of the Xinbao Party Committee": a task group's aim, then its body.
  const taskGroup = base === 'Group' && taskGroupWords.has(toks[end - 2]?.value ?? '')
  const forHead = forHeads.has(base) || taskGroup
  if (of?.value !== 'of' && !(of?.value === 'for' && forHead) && !isOnPhrase(toks, end, base)) {
    return end
  }
  let at = end + 1
  if (toks[at]?.value === 'the') at++
  // "the Xinbao Laboratory for Kessel Group": a body after "for" is whom it serves, not its field.
  if (of?.value === 'for' && bodyAt(toks, at)) return end
  // "Standing Committee of the 16th Xinbao Municipal People's Congress": the term's number goes with it.
  if (termOrdinal.test(toks[at]?.value ?? '') && (toks[at + 1]?.flags ?? 0) & capitalised) at++
  let to = at
  while (to < toks.length) {
    const tok = toks[to]!
    // "… of the China (Hebei) Pilot Free Trade Zone": a place in brackets inside the name.
    if (tok.value === '(' && to > at) {
      const close = closeAfter(toks, to)
      if (close === -1) break
      to = close + 1
      continue
    }
    // "Bureau of Culture, Tourism and Sports": the fields a department is in charge of, one name.
    if (tok.value === ',' && to > at) {
      const fields = fieldListEnd(toks, to)
      if (fields !== -1) {
        to = fields
        continue
      }
    }
    if ((tok.kind !== 'word' && tok.value !== '&') || !tok.spaced) break
    if (
      (tok.flags & (capitalised | functionWord)) === capitalised ||
      (tok.flags & capitalised && fieldVerbNoun(toks, to))
    ) {
      // "Director of the Trade Department of the Bureau Gu Minghao spoke": the name is the person's.
      if (to > at && nameAt(toks, to)) break
      // "the Xinbao Branch of Orlin Trading Co., Ltd.": the company's legal form ends the name, whole.
      if (to > at && (tok.value === 'Co.' || tok.value === 'Co')) {
        const ltd = ltdAfter(toks, to)
        if (ltd !== -1) {
          to = ltd
          break
        }
      }
      // A place of several words is taken whole, its own "of" too: "… of the Republic of Korea", and so is
      // a country's official long form: "Embassy of the Kingdom of Norway in China".
      to += matchPlace(toks, to)?.length ?? officialFormLength(toks, to)
      if (tok.possessive && tok.value !== "People's" && tok.value !== 'People’s') break
      continue
    }
    // A state body's country, province or city after its field is its name too, and ends it: "General
    // Administration of Sport of China", as "Civil Aviation Administration of China" is, and "Department
    // of Commerce of Liaoning Province".
    if (tok.value === 'of' && to > at && (stateHeads.has(base) || nationalBody(toks, end - 1))) {
      const seat = jurisdictionAfter(toks, to + 1)
      if (seat) {
        // "Xinbao Office of the Consulate General of Kessland in Tavrin": a mission inside keeps its city.
        to = extendSeat(toks, missionHead(toks, to), seat)
        break
      }
    }
    // "Council for the Promotion of International Trade": the object of what a body is for.
    if (tok.value === 'of' && of?.value === 'for' && to === at + 1 && actionNoun.test(toks[at]!.value)) {
      const object = toks[to + 1]?.value === 'the' ? to + 2 : to + 1
      // "Association for the Development of Xinbao Port Group and …": a body is the object of none.
      if (nameFollows(toks, object - 1) && !bodyAt(toks, object) && !placeNamedBodyAt(toks, object)) {
        to = object
        continue
      }
    }
    // "Brazil-Andes Chamber of Commerce of Arequipa": the place a chamber is of ends its name.
    if (tok.value === 'of' && to > at && base === 'Chamber') {
      const seat = chamberSeatAfter(toks, to + 1)
      if (seat) {
        to = seat
        break
      }
    }
    // "Chamber of Commerce and Industry for Tavrin and Lower Vessia": the region a chamber serves ends it.
    if (tok.value === 'for' && to > at && base === 'Chamber' && of?.value === 'of') {
      const seat = chamberRegionAfter(toks, to + 1)
      if (seat) {
        to = seat
        break
      }
    }
    // "Chamber of Commerce for Import and Export": the trade a chamber serves is its name too, as its region is.
    if (tok.value === 'for' && to > at && base === 'Chamber' && of?.value === 'of' && tradeAt(toks, to + 1)) {
      to++
      continue
    }
    // "Association of Firms Trading in Kessland": where its members do what its name says ends the name.
    if (tok.value === 'in' && to > at + 1 && memberHeads.has(base) && membersDoing(toks, to)) {
      const place = placeEndAt(toks, to + 1)
      if (place) {
        to = place
        break
      }
    }
    // A body inside the of-phrase takes its own: "Party Group of the Ministry of Commerce",
    // "Department of Trade Administration of the Ministry of Finance", and its for-phrase: "Standing
    // Committee of the 9th Xinbao Commission for Discipline Inspection".
    if ((tok.value === 'of' || tok.value === 'for') && to > at && toks[to - 1]!.flags & organisationHead) {
      const inner = extendOf(toks, to)
      if (inner > to) {
        to = extendSeat(toks, toks[to - 1]!.base, inner)
        continue
      }
    }
    // A sub-body's field, then the body it belongs to: "Department of Museums and Relics of the National
    // Heritage Administration", "Department of Rural Research of the Ministry of Science and Technology",
    // "Institute of Aquaculture of the University of Rosshaven", "School of Geology of XNU" are one name
    // each, as "Bureau of Commerce of the Ministry …" is; not "Department of Ocean Affairs of the Fenghai
    // Harbour Group", a company's department.
    if (tok.value === 'of' && to > at && (subBodyHeads.has(base) || (taskGroup && of?.value === 'for'))) {
      const parent = parentBodyEnd(toks, to + 1, academicHeads.has(base))
      if (parent !== -1) {
        to = parent
        continue
      }
    }
    // "Association for Friendship with Coastal Towns": whom a body seeks ties with is its aim too.
    if (
      tok.value === 'with' &&
      of?.value === 'for' &&
      ties.has(toks[to - 1]!.base) &&
      nameFollows(toks, to)
    ) {
      to++
      continue
    }
    if ((tok.value === 'and' || tok.value === '&') && isCapitalised(toks[to + 1]?.value ?? '') && to > at) {
      // "Ministry of Industry and Information Technology", but not "Committee of Dalian and Dalian mayor"
      // nor "Commission of Commerce and China Merchants Group", "Bureau of Commerce and HKTDC".
      if (
        tradeAndHead(toks, to + 1) ||
        (!isTitleWord(toks[to + 2]?.value ?? '') &&
          !isTitleWord(toks[to + 1]!.value) &&
          !placeNamedBodyAt(toks, to + 1) &&
          !placeAfterField(toks, to) &&
          !bodyAt(toks, to + 1) &&
          // "Committee on Agriculture and Rural Affairs Bureau": the matter a committee deals with names
          // no body.
          !(of?.value === 'on' && headInRun(toks, to + 1)))
      ) {
        to++
        continue
      }
    }
    break
  }
  // "Yan Li of the Xinbao Institute of Optics and Wu Fan of …": an "and" before a person's name joins two
  // people, and the name stops before it.
  while (to > at && (toks[to - 1]!.value === 'and' || toks[to - 1]!.value === '&')) to--
  if (to > at && of?.value === 'of' && isWhereItIs(toks, end, at, to)) return end
  return to > at ? to : end
}

// Whether a trade is named at `at`, after a chamber's "for": a field, on the line, that is no possessive,
// place, person's name or body ("… for Import and Export", not "… for Orla Penn's visit" nor "… for
// Kessel Group").
function tradeAt(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  if (tok?.kind !== 'word' || !tok.spaced || tok.possessive) return false
  if (!isTradeField(toks, at)) return false
  return !matchPlace(toks, at) && !nameAt(toks, at) && !bodyAt(toks, at)
}

// The verbs of leaving a place for another: "the train left the Kessel Freight Center for Tavrin".
// biome-ignore format: packed data
const leavingVerbs = new Set([
  'left', 'leave', 'leaves', 'leaving', 'departed', 'depart', 'departs', 'departing',
])

/**
 * Whether the for-phrase `[end, to)` after a head at `head`, whose name starts at `from`, is only the city
 * or country a body is left for: "departed the Kessel Freight Center for Tavrin, Kessland"; not "the
 * Regional Office for Tavrin", nor "the Center for Tavrin Studies", nor "left the Regional Office for Asia"
 * (a continent or region is what the office serves), nor "left the Representative Office for Tavrin" (a
 * name of one word before its head is an office's for its place).
 */
export function isDestinationFor(
  toks: readonly Tok[],
  from: number,
  head: number,
  end: number,
  to: number,
): boolean {
  if (head - from < 2 || toks[end]?.value !== 'for' || placeEndAt(toks, end + 1) !== to) return false
  const verb = toks[toks[from - 1]?.value === 'the' ? from - 2 : from - 1]
  if (verb === undefined || !leavingVerbs.has(verb.lower)) return false
  const kind = matchPlace(toks, toks[end + 1]!.value === 'the' ? end + 2 : end + 1)?.place.kind
  return kind !== 'continent' && kind !== 'region'
}

/**
 * The words before "Group" that make it a task group named by its aim: "the Leading Group for Flood
 * Relief" (and an office of one a public body, bodies.ts).
 */
// biome-ignore format: packed data
export const taskGroupWords: ReadonlySet<string> = new Set([
  'Leading', 'Working', 'Steering', 'Coordinating', 'Coordination',
])

// The head of a mission ending before the "of" at `of`: "Consulate General", "Embassy" (for `extendSeat`).
function missionHead(toks: readonly Tok[], of: number): string {
  const last = toks[of - 1]!.base
  return last === 'General' && toks[of - 2]?.base === 'Consulate' ? 'Consulate General' : last
}

// Heads of bodies of members, named by what the members do and where: "Association of Firms Trading in …".
// biome-ignore format: packed data
const memberHeads = new Set([
  'Association', 'Federation', 'Alliance', 'Society', 'Union', 'League', 'Club', 'Chamber',
])
// Nouns in "-ing" that name an event a body holds, no members' doing: "the Union of Port Cities Meeting in
// Tavrin" is a meeting held there.
// biome-ignore format: packed data
const eventNouns = new Set([
  'Meeting', 'Gathering', 'Hearing', 'Briefing', 'Sitting', 'Opening', 'Signing', 'Building', 'Screening',
  'Training',
])

// Whether the words before the "in" at `at` are members and what they do: "Firms Trading", "Scholars
// Working"; a plural, then a capitalised "-ing" verb; not "Bureau of Mining in …" nor an event ("Ministers
// Meeting in …").
function membersDoing(toks: readonly Tok[], at: number): boolean {
  const verb = toks[at - 1]!
  const members = toks[at - 2]
  if (!/^[A-Z][a-z]+ing$/.test(verb.value) || !verb.spaced || !toks[at]!.spaced) return false
  if (eventNouns.has(verb.value)) return false
  return members?.kind === 'word' && !!(members.flags & capitalised) && /[a-z]s$/.test(members.value)
}

// The words that make a centre or an institute a country's own: "the National Center for Maternal Care".
const nationalWords = new Set(['National', 'State', 'Federal', 'Central', 'Republican'])

// Whether the public head at `head` is a country's body by a national word in front of it: "the National
// Center for Rural Health of Kessland" keeps its country as a ministry does; "the Xinbao Center for Rural
// Health of Kessland" is a center in that country.
function nationalBody(toks: readonly Tok[], head: number): boolean {
  if (!forHeads.has(toks[head]!.base) && !subBodyHeads.has(toks[head]!.base)) return false
  for (let index = head - 1; index >= 0 && index > head - 5; index--) {
    const tok = toks[index]!
    if (nationalWords.has(tok.value)) return true
    if (tok.kind !== 'word' || !(tok.flags & capitalised) || !toks[index + 1]!.spaced) return false
  }
  return false
}

// The grassroots units a body may say it is in: a sub-district ("street"), a community, a village.
const grassroots = new Set(['Street', 'Subdistrict', 'Sub-district', 'Community', 'Village'])

// Whether the of-phrase `[at, to)` after a head ending at `end` is only the sub-district, community or
// village the body is in, when its name in front already names its own unit: "the Hexi Community Volunteer
// Service Team of Bailutan Street" is the community's team, in that street; not "the Party Working Committee
// of Bailutan Street", whose of-phrase is all that says which committee it is. The unit in front must be
// named (a pinyin word or a known place before it): "the Community Health Service Center of Bayu Street"
// and "the Village Committee of Xiaoshi Village" only say what kind of body they are.
function isWhereItIs(toks: readonly Tok[], end: number, at: number, to: number): boolean {
  if (!grassroots.has(toks[to - 1]!.value) || to - at > 3) return false
  for (let index = end - 2; index >= 0 && index > end - 8; index--) {
    const tok = toks[index]!
    if (tok.kind !== 'word' || !(tok.flags & capitalised) || !toks[index + 1]!.spaced) return false
    if (grassroots.has(tok.value)) return placeOrPinyinWordAt(toks, index - 1)
  }
  return false
}

// The ties a body's for-phrase seeks "with" someone: "Society for Cooperation with Southern Countries".
// biome-ignore format: packed data
const ties = new Set([
  'Friendship', 'Cooperation', 'Exchange', 'Exchanges', 'Relations', 'Contacts', 'Ties', 'Solidarity',
  'Partnership', 'Dialogue',
])

// Whether a capitalised word that is no function word follows the "with" at `at`, on the same line.
function nameFollows(toks: readonly Tok[], at: number): boolean {
  const next = toks[at + 1]
  return next?.kind === 'word' && next.spaced && (next.flags & (capitalised | functionWord)) === capitalised
}

// Heads of bodies that belong to another body and are named by their field and then it.
// biome-ignore format: packed data
const subBodyHeads = new Set([
  ...stateHeads, 'University', 'College', 'Institute', 'Academy', 'School', 'Laboratory', 'Center', 'Centre',
  'Hospital', 'Faculty',
])
// Heads of the state, academic and public bodies a sub-body belongs to; not a company's.
// biome-ignore format: packed data
const parentHeads = new Set([
  ...stateHeads, 'Government', 'Congress', 'Court', 'Procuratorate', 'University', 'College', 'Institute',
  'Academy', 'School', 'Hospital', 'Association', 'Federation', 'Society', 'Branch',
])
const nationalBodyNames = new Set(nationalBodies)
// "the First Affiliated Hospital": an ordinal numbers the body, though it is a function word elsewhere.
const ordinalWord = /^(?:First|Second|Third|Fourth|Fifth|Sixth)$/

// Where the body a sub-body belongs to, named at `at` after its field, ends, or -1: capitalised words
// up to a state, academic or public head, none of them a person's name, with that head's own of-phrase
// ("the Chinese Academy of Sciences", "the Ministry of Commerce", "the National Heritage
// Administration"), but not a bare "the Bureau"; or a national body's acronym ("NDRC"), and after a
// school or an institute any body's acronym ("School of Geology of XNU"), which names its university.
function parentBodyEnd(toks: readonly Tok[], at: number, academic: boolean): number {
  const start = toks[at]?.value === 'the' ? at + 1 : at
  const first = toks[start]
  if (first?.kind !== 'word' || !first.spaced || !(first.flags & capitalised)) return -1
  if (first.flags & allCaps && !((toks[start + 1]?.flags ?? 0) & capitalised)) {
    if (nationalBodyNames.has(first.base)) return start + 1
    return academic && namesBody(first) && !matchPlace(toks, start) ? start + 1 : -1
  }
  for (let index = start; index < start + 7; index++) {
    const tok = toks[index]
    // "… of the National Development and Reform Commission": an "and" inside the parent's name.
    if (tok?.value === 'and' && index > start && tok.spaced && nameFollows(toks, index)) continue
    if (tok?.kind !== 'word' || !tok.spaced || !(tok.flags & capitalised)) return -1
    if (tok.possessive && tok.value !== "People's" && tok.value !== 'People’s') return -1
    if (tok.flags & functionWord && !ordinalWord.test(tok.value)) return -1
    if (nameAt(toks, index)) return -1
    if (!(tok.flags & organisationHead)) continue
    // "the Dalian Port Authority": a head followed by another capitalised word is not the end.
    const next = toks[index + 1]
    if (next?.kind === 'word' && next.spaced && next.flags & capitalised) continue
    if (!parentHeads.has(tok.base)) return -1
    const to = extendOf(toks, index + 1)
    // "… of the Tavrin Branch of the Northland Academy of Sciences": a branch is a parent only as a part of
    // the body its own of-phrase names; "… of the Velsk Branch" alone may be any firm's.
    if (tok.base === 'Branch' && to === index + 1) return -1
    return index > start || to > index + 1 ? to : -1
  }
  return -1
}

const termOrdinal = /^\d{1,2}(?:st|nd|rd|th)$/

// The ")" of a place in brackets at `open` that the name goes on after, or -1; "(MOFCOM)" after a name
// is its abbreviation, not a part of it.
function closeAfter(toks: readonly Tok[], open: number): number {
  const place = matchPlace(toks, open + 1)
  if (!place) return -1
  const close = open + 1 + place.length
  const next = toks[close + 1]
  return toks[close]?.value === ')' && next?.spaced && next.flags & capitalised ? close : -1
}
