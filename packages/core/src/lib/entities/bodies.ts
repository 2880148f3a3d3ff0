/**
 * Organizations found at a head word ("Group", "Committee", "Co., Ltd."), with the name in front
 * (`body-names.ts`) and the "of …" phrases after (`body-tails.ts`); legal forms written first ("PJSC …"),
 * national bodies with no head word ("NDRC"), and whether a body is generic ("the Municipal Government").
 */
import {
  headFirstWords,
  joinedLegalForms,
  legalFormStarts,
  nationalBodies,
  organisationHeadWords,
  portfolioWords,
  prefixLegalForms,
} from '../data/organisations.js'
import { splitPinyin } from '../data/pinyin.js'
import { boardOrChambersAt } from './boards-and-chambers.js'
import { foreignFieldListEnd, isPairedField } from './body-fields.js'
import { commaBefore, headAt, isFieldLab, isOfficeOnly, isServiceStation, ltdAfter } from './body-heads.js'
import { afterFieldList, foreignAndBefore } from './body-joins.js'
import { extendLeft, nameAfterPrefix, titleOfficeStart } from './body-names.js'
import { isCompanyOrigin } from './body-origins.js'
import { bracketedSeatEnd, extendSeat, servicePlaceEnd, specialRegionEnd } from './body-seats.js'
import { headlineNameStart, isMemberCount, termNumberBefore } from './body-starts.js'
import { extendOf, isDestinationFor, taskGroupWords } from './body-tails.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { inDocumentTitle, onlyKinds } from './document-titles.js'
import { matchPlace } from './gazetteer.js'
import { proposeHeadFirst } from './head-first-bodies.js'
import { legalBranchEnd } from './legal-branches.js'
import { isNoBody } from './not-bodies.js'
import { isQuotedName } from './quoted-bodies.js'
import { isRailwayLine } from './structure-names.js'
import { isTitleWord } from './titles.js'
import type { Tok } from './tokens.js'
import { allCaps, capitalised, organisationHead } from './word-classes.js'
import { proposeZoneParties } from './zone-parties.js'

export { proposeLowerCaseBodies } from './lower-case-bodies.js'

// Words that qualify a body without naming it: a body made only of these is generic.
const genericBodyWords = new Set(
  (
    "municipal provincial party committee government people's congress standing cpc communist central county " +
    'city district town township village administrative management commission bureau department office ' +
    'working group leading the of and state national council cppcc delegation governments committees ' +
    'supervisory discipline inspection for administration ' +
    // The standard departments every city and province has: "the Foreign Affairs Office", "the Bureau of Commerce".
    'foreign affairs commerce public security development reform finance financial education science ' +
    'technology industry information transport transportation agriculture rural natural resources ecology ' +
    'environment environmental protection housing urban construction culture tourism health civil human ' +
    'social emergency market regulation supervision statistics audit justice veterans water taxation customs ' +
    'planning publicity propaganda organization united front work overseas letters calls ' +
    // The teams a body sends: "the Provincial Inspection Team", "the Expert Team".
    'team survey expert branch ' +
    // Police and fire units: "the Traffic Police Detachment", "the Fire Rescue Brigade".
    'traffic police fire rescue detachment brigade ' +
    // Every city and country keeps archives: "the Municipal Archives", "the National Archives".
    'archives'
  ).split(' '),
)
const nationalBodyNames = new Set(nationalBodies)
// The first words of the heads of several words ("Consulate" of "Consulate General"): only after one is the
// pair joined and looked up.
const pairFirsts = new Set([...organisationHeadWords].filter((head) => head.includes(' ')).map(firstWord))
// The meetings of its members that a body holds, numbered by term: "the Eighth Congress of …".
const sessionHeads = new Set(['Congress', 'Assembly'])
const militaryHeads = new Set(['Command', 'Garrison', 'Sub-command', 'Sub-Command'])
// The posts written "<post> of Mission", a diplomat's rank: "Head of Mission", "Deputy Chief of Mission".
const postsOfMission = new Set(['Head', 'Chief', 'head', 'chief'])

/** Propose every organization found at a head word, with its name and "of" phrases. */
export function proposeOrganizations(toks: readonly Tok[], out: Candidate[], heading: boolean): void {
  for (let index = 0; index < toks.length; index++) {
    const head = headAt(toks, index) ?? boardOrChambersAt(toks, index)
    if (!head) continue
    let end = head.text === 'Co.' ? possessiveLtdEnd(toks, head.end) : head.end
    let weak = head.weak
    // Two-word heads: "Consulate General", and "Party Branch", which unlike "Party" says it is a body.
    const lastWord = toks[end - 1]!.base
    if (
      pairFirsts.has(lastWord) &&
      toks[end]?.spaced &&
      organisationHeadWords.has(`${lastWord} ${toks[end]!.base}`)
    ) {
      end++
      weak = false
    }
    // "Osmund Inns International": a chain's name may end in "International" after its head.
    if (toks[end]?.value === 'International' && toks[end]!.spaced && !capitalisedAt(toks, end + 1)) end++
    const next = toks[end]
    // "Group President Yu" or "Group Co., Ltd.": a head followed by another capitalised word is not the end.
    // A legal form is, whatever follows ("… Co., Ltd. Kenji Sato attended"), but for a "Co." that goes on
    // ("Co. KG"); so is a head before a "Pte" whose "Ltd." the parser put in the next sentence.
    if (
      next?.spaced &&
      next.kind === 'word' &&
      next.flags & capitalised &&
      !toks[end - 1]!.possessive &&
      !(head.legal && head.text !== 'Co.') &&
      !(legalFormStarts.has(next.value) && ltdAfter(toks, end) === -1) &&
      // "Kelmar University Faculty members": a faculty without its of-phrase is the body's teachers.
      !(next.value === 'Faculty' && toks[end + 1]?.value !== 'of' && !capitalisedAt(toks, end + 1))
    ) {
      continue
    }
    if (isPairedField(toks, index)) continue
    // "the Xinbao-Macao Investment and Trade Fair was held": a weak head inside an event's name.
    const joined = next?.spaced && (next.value === 'and' || next.value === '&')
    // "the Xinbao Harbour Port and Shipping Expo": a field head paired with another field names the event's
    // theme too.
    const themed =
      weak || (portfolioWords.has(toks[end - 1]!.base) && portfolioWords.has(toks[end + 1]?.base ?? ''))
    if (themed && joined && eventAfter(toks, end + 1)) continue
    // "Verdane Agritech, Inc.": a legal form set off by a comma still ends the name before the comma.
    let left = extendLeft(toks, head.legal && commaBefore(toks, index) ? index - 2 : index)
    left = afterFieldList(toks, left, index)
    // "Rhône Vins et Spiritueux SAS": a foreign "and" inside a company's name before its legal form.
    while (head.legal && foreignAndBefore(toks, left)) left = extendLeft(toks, left - 1)
    const start = heading ? headlineNameStart(toks, left, index) : left
    let from = start < index && isMemberCount(toks, start, end) ? start + 1 : start
    let words = index - from
    // "the Xinbao-Gaoling Intercity Railway" is a line, a structure (structure-names.ts), no body.
    if (isRailwayLine(toks, from, index)) continue
    if (head.text === 'Station' && !isServiceStation(toks, index)) {
      proposeStation(toks, from, index, out)
      continue
    }
    // A legal form ends the name: "Rotor GmbH of Austria" is a company of a country.
    if (head.legal && words === 0) continue
    let to = head.legal ? legalBranchEnd(toks, end) : extendSeat(toks, head.text, extendOf(toks, end))
    // "left the Kessel Freight Center for Tavrin": the place a train or a ship leaves for, no field.
    if (!head.legal && to > end && isDestinationFor(toks, from, index, end, to)) to = end
    // "Brekkvik Trading Group of Sweden": the country is where the company is from, as after a legal form.
    if (!head.legal && isCompanyOrigin(toks, head.text, from, index, to)) to = end
    // "the Liaison Office of the Central Government in the Xinbao SAR": the region a state body's office
    // sits in is in its name (not the region "the Office of Tavrin Port Group" is in).
    if (!head.legal && to > end && toks[end - 1]!.base === 'Office' && publicBodyInside(toks, end + 1, to))
      to = specialRegionEnd(toks, to)
    // "the Visa Application Centre in Tavrin": an agency named only by what it does is named by its place.
    if (!head.legal && to === end) to = servicePlaceEnd(toks, from, index, end)
    // "the Tavrin Technology Transfer Center (Gdynia)": a city in brackets after the head is in the name.
    if (!head.legal && to === end && words > 0 && toks[end]?.value === '(')
      to = bracketedSeatEnd(toks, head.text, end)
    // "the Voivode's Office of Tavrinsk Oblast": an official's office named by its of-phrase is a body.
    if (words === 0 && to > end && head.text === 'Office') {
      const title = titleOfficeStart(toks, index)
      if (title !== -1) {
        from = title
        words = index - from
      }
    }
    // "the Fifth Congress of the Xinbao Writers' Association": a body's numbered congress is an event, and
    // the body its of-phrase names is found at its own head.
    if (words === 0 && to > end && sessionHeads.has(head.text) && termNumberBefore(toks, index)) continue
    // "Ministry of Commerce", "Bank of China": a name that starts with its head word needs its of-phrase.
    if (words === 0 && to === end && !nationalBodyNames.has(head.text)) continue
    // "Deputy Head of Mission of the Kessland Embassy": "Head of Mission" is a post, and the body its
    // of-phrase names is found at its own head.
    if (
      words === 0 &&
      head.text === 'Mission' &&
      toks[index - 1]?.value === 'of' &&
      postsOfMission.has(toks[index - 2]?.value ?? '')
    )
      continue
    // "under the Command of the Party" is no body: a command is named in front ("the Xinbao Garrison Command").
    if (words === 0 && militaryHeads.has(head.text)) continue
    // "the Key Laboratory of Tidal Acoustics": a lab or a research center named by the field of its
    // of-phrase is a body, though "Key" alone says no more than "Key Enterprises" does.
    if (weak && to > end && isFieldLab(toks, index)) weak = false
    // "the Office of the Steering Group for Wetland Protection of the … Committee": an office named by
    // the party or state body its of-phrase holds (not "the Governor's Office", whose holder is a person,
    // nor "the Office of Xinbao Harbour Group", a company's office somewhere).
    if (weak && words === 0 && head.text === 'Office' && to > end && !toks[index - 1]?.possessive)
      if (publicBodyInside(toks, end + 1, to)) weak = false
    if (weak && (words < 1 || heading || onlyKinds(toks, from, index) || inDocumentTitle(toks, from)))
      continue
    if (isOfficeOnly(toks, head.text, from, index, to > end)) continue
    // "Photo Gallery", "the 2026 International Summer School", "Township Party secretaries".
    if (isNoBody(toks, head.text, from, index)) continue
    if (isQuotedName(toks, head.text, from, to)) continue
    // "the Russian Federation" is a country's official name (places.ts reads it), not a federation.
    if (matchPlace(toks, from)?.length === to - from) continue
    // "Kestrel Marine Pte.Ltd." is the "Kestrel Marine Pte. Ltd." the article names in full.
    const spaced = head.legal ? joinedLegalForms.get(toks[to - 1]!.value) : undefined
    const name = spaced ? `${spanText(toks, from, to - 1)} ${spaced}` : spanText(toks, from, to)
    // The word test first: most bodies have a word of their own, and the lookup would hash the new name.
    const generic = isGenericBody(toks, from, to) && !nationalBodyNames.has(name)
    // "Regulations on the Appointment of Cadres of the Party and Government": a generic body inside a
    // document's title names the document's subject, not a body.
    if (generic && inDocumentTitle(toks, from)) continue
    out.push({
      from,
      to,
      type: 'organization',
      name,
      rule: head.legal ? 'org-legal-form' : 'org-head-word',
      priority: priority.organization,
      generic,
    })
    index = end - 1
  }
  proposeZoneParties(toks, out)
  // National bodies with no head word of their own ("State Council" has one; "NDRC" and "Federal Reserve"
  // do not).
  for (let index = 0; index < toks.length; index++) {
    const tok = toks[index]!
    if (tok.kind !== 'word' || !(tok.flags & (allCaps | capitalised))) continue
    const listed = headlessBodies.get(tok.value)
    if (listed) proposeHeadless(toks, index, listed, out)
    if (!(tok.flags & allCaps)) {
      const before = out.length
      proposeHeadFirst(toks, index, out)
      if (out.length > before && headFirstWords.has(tok.value)) withForeignFields(toks, out)
      continue
    }
    if (prefixLegalForms.has(tok.value)) {
      const to = nameAfterPrefix(toks, index + 1, heading)
      if (to > index + 1) {
        out.push({
          from: index,
          to,
          type: 'organization',
          name: spanText(toks, index, to),
          rule: 'org-legal-form',
          priority: priority.organization,
        })
      }
    }
    if (nationalBodyNames.has(tok.base)) {
      out.push({
        from: index,
        to: index + 1,
        type: 'organization',
        name: tok.base,
        rule: 'org-national-body',
        priority: priority.organization,
      })
    }
  }
}

// "Chambre de Commerce, d'Industrie et d'Artisanat de Velmont": the last body proposed, which a foreign
// name's head-first reading ends at the first comma, goes on through the list of its fields.
function withForeignFields(toks: readonly Tok[], out: Candidate[]): void {
  const last = out.at(-1)!
  if (toks[last.to]?.value !== ',') return
  const to = foreignFieldListEnd(toks, last.to)
  if (to !== -1) out[out.length - 1] = { ...last, to, name: spanText(toks, last.from, to) }
}

// National bodies of several words whose last is no head word ("United Nations", "Federal Reserve"), by
// their first word, longest first: the head-word rule cannot find them.
const headlessBodies = new Map<string, string[][]>()
for (const name of [...nationalBodies].sort((a, b) => b.length - a.length)) {
  const words = name.split(' ')
  if (words.length < 2 || organisationHeadWords.has(words.at(-1)!)) continue
  const list = headlessBodies.get(words[0]!)
  if (list) list.push(words)
  else headlessBodies.set(words[0]!, [words])
}

// Propose the longest of the listed national bodies written at `at` that ends the name there ("the
// Federal Reserve cut rates", not "the World Economic Forum Annual Meeting"), before a title too
// ("US Federal Reserve Chair").
function proposeHeadless(
  toks: readonly Tok[],
  at: number,
  listed: readonly string[][],
  out: Candidate[],
): void {
  for (const words of listed) {
    const to = at + words.length
    if (!writtenAt(toks, at, words)) continue
    const next = toks[to]
    const last = toks[to - 1]!
    if (!last.possessive && next?.spaced && next.flags & capitalised && !isTitleWord(next.value)) return
    out.push({
      from: at,
      to,
      type: 'organization',
      name: spanText(toks, at, to),
      rule: 'org-national-body',
      priority: priority.organization,
    })
    return
  }
}

// Whether `words` are written from `at`, the last maybe with a possessive ending.
function writtenAt(toks: readonly Tok[], at: number, words: readonly string[]): boolean {
  for (let offset = 0; offset < words.length; offset++) {
    const tok = toks[at + offset]
    if (tok?.kind !== 'word' || (offset > 0 && !tok.spaced)) return false
    if (offset < words.length - 1 ? tok.value !== words[offset] : tok.base !== words[offset]) return false
  }
  return true
}

// "left Gaoling Station", "Xinyu West Railway Station": a station one travels to is a place, named by the
// place it serves; "Metro Station" names none.
function proposeStation(toks: readonly Tok[], from: number, head: number, out: Candidate[]): void {
  if (from === head || !(matchPlace(toks, from) || splitPinyin(toks[from]!.baseLower))) return
  out.push({
    from,
    to: head + 1,
    type: 'place',
    name: spanText(toks, from, head + 1),
    rule: 'place-suffix',
    priority: priority.placeLong,
  })
}

// The last words of events, which are not bodies (a fair, a forum, a week of exchanges).
// biome-ignore format: packed data
const eventNouns = new Set([
  'Conference', 'Fair', 'Forum', 'Expo', 'Exposition', 'Festival', 'Summit', 'Symposium', 'Seminar',
  'Exhibition', 'Week', 'Ceremony', 'Meeting', 'Convention', 'Games', 'Marathon', 'Competition', 'Contest',
  'Championship', 'Championships', 'Carnival', 'Gala', 'Roadshow', 'Dialogue', 'Talks', 'Tournament',
])

// Whether the capitalised words from `at` end in an event's last word ("… and Trade Cooperation Conference").
function eventAfter(toks: readonly Tok[], at: number): boolean {
  let last: Tok | undefined
  for (let index = at; index < at + 8; index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word' || !tok.spaced) break
    if (!(tok.flags & capitalised)) {
      if (tok.value === 'and' && last) continue
      break
    }
    last = tok
    if (tok.possessive) break
  }
  return last !== undefined && eventNouns.has(last.base)
}

// Whether every word of the body is one that qualifies a body without naming it ("the Municipal Government").
function isGenericBody(toks: readonly Tok[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const tok = toks[index]!
    if (tok.kind !== 'word') continue
    if (!genericBodyWords.has(tok.baseLower)) return false
  }
  return true
}

// Where a "Co." head ends whose "Ltd." after it carries a possessive the legal form's reader leaves out:
// "Fengrui Chemical Co., Ltd.'s new plant".
function possessiveLtdEnd(toks: readonly Tok[], end: number): number {
  const at = toks[end]?.value === ',' ? end + 1 : end
  const ltd = toks[at]
  return ltd?.possessive && ltd.spaced && /^Ltd\.?$/.test(ltd.base) ? at + 1 : end
}

// Whether a capitalised word is written at `at`, on the same line.
function capitalisedAt(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  return tok?.kind === 'word' && tok.spaced && (tok.flags & capitalised) !== 0
}

function firstWord(words: string): string {
  return words.slice(0, words.indexOf(' '))
}

// Heads of the party's and the state's bodies an office may serve: "the Office of the Xinbao Municipal
// Party Committee"; a "Group" only as a task group ("the Leading Group for …", "the Working Group").
// biome-ignore format: packed data
const publicHeads = new Set([
  'Committee', 'Commission', 'Government', 'Bureau', 'Ministry', 'Administration', 'Council', 'Congress',
  'CPPCC', 'Procuratorate', 'Court',
])

// Whether a token in [from, to) is the head word of a party or state body, or of a task group.
function publicBodyInside(toks: readonly Tok[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const tok = toks[index]!
    if (!(tok.flags & organisationHead)) continue
    if (publicHeads.has(tok.base)) return true
    if (tok.base === 'Group' && taskGroupWords.has(toks[index - 1]?.value ?? '')) return true
  }
  return false
}
