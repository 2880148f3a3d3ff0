/**
 * The name in front of an organization's head word: capitalised words, acronyms, "(Dalian)", the
 * particles of a family name, and "and"/"&"/"for" between capitalised words, read leftwards from the head.
 */
import { industryWords, organisationHeadWords } from '../data/organisations.js'
import { placeSuffixSense } from '../data/place-suffixes.js'
import { canonicalTitle, honorifics } from '../data/titles.js'
import { fieldEnd, fieldListStart, isPairedField } from './body-fields.js'
import { isLegalForm } from './body-heads.js'
import { companiesJoined, fieldVerbNoun } from './body-joins.js'
import { nameStart } from './body-starts.js'
import { isCamelCase } from './camel-case-names.js'
import { matchPlace, placeEndingAt } from './gazetteer.js'
import { jointPartners } from './joint-partners.js'
import { kindHeadAt } from './kind-heads.js'
import { isTitleWord, titleAt } from './titles.js'
import { isAllCaps, isCapitalised, shapedTok, type Tok } from './tokens.js'
import { tradeHeadAt } from './trade-heads.js'
import { allCaps, capitalised, functionWord, legalForm, organisationHead } from './word-classes.js'
import { isYearWord } from './word-shape.js'

// Lower-case particles inside a family name a company is named after ("Van der Berg", "De la Cruz").
// biome-ignore format: packed data
const nameParticles = new Set([
  'van', 'der', 'den', 'de', 'von', 'di', 'da', 'del', 'della', 'du', 'des', 'la', 'le',
])
// The people a cooperative or an association is of, whose plural possessive stands inside its name: "the
// Qinghe Farmers' Professional Cooperative", "the Xinbao Writers' Association".
// biome-ignore format: packed data
const groupNouns = new Set([
  'Farmers', 'Peasants', 'Fishermen', 'Herdsmen', 'Growers', 'Workers', 'Writers', 'Artists', 'Entrepreneurs',
  'Consumers', 'Veterans', 'Teachers', 'Journalists', 'Lawyers', 'Scientists', 'Doctors',
])
// Capitalised ordinals that are function words elsewhere ("first", "second"), but number a body here.
const ordinalWord = /^(?:First|Second|Third)$/
// Titles that also qualify an office: "Representative Office", "Executive Committee".
const officeTitles = new Set(['Representative', 'Executive', 'Secretary'])

/**
 * Where the name of the head at `head` starts: walks left over capitalised words, acronyms, "(Dalian)",
 * and "and"/"&"/"for" between capitalised words — but not across a word that itself ends a body
 * ("X Group and Y Government").
 */
export function extendLeft(toks: readonly Tok[], head: number): number {
  let from = head
  while (from > 0) {
    const tok = toks[from - 1]!
    // "Koval Robotics(Dalian)Co., Ltd.": a bracketed place may be written against the name, as a
    // full-width bracket is.
    if (!toks[from]!.spaced && tok.kind !== 'punctuation' && toks[from]!.value !== '(') break
    if (tok.value === ')') {
      const open = findOpen(toks, from - 1)
      if (open === -1) break
      from = open
      continue
    }
    // "Qinghe Farmers' Professional Cooperative": the parser may part a plural's apostrophe from its word.
    if ((tok.value === "'" || tok.value === '’') && !tok.spaced && toks[from]!.spaced) {
      if (!groupOf(toks, from - 2) && !citizensOf(toks, from - 2, head)) break
      from -= 2
      continue
    }
    // "the Kessel Partners - Tavrin Joint Operation Office": a joint office is named by its two partners,
    // set apart by a spaced dash; a dash before any other name parts two things ("Xinbao - Tavrin Port").
    if (tok.kind === 'punctuation' && jointPartners(toks, from, head)) {
      from -= 1
      continue
    }
    // "&" is a symbol to the parser: "Kessel & Sohn KG".
    if (tok.kind !== 'word' && tok.value !== '&') break
    if (tok.possessive && tok.value !== "People's" && tok.value !== 'People’s' && !groupOf(toks, from - 1)) {
      break
    }
    if (tok.value === 'and' || tok.value === '&' || tok.value === 'for') {
      const before = toks[from - 2]
      if (before?.kind !== 'word' || !isCapitalised(before.value)) break
      // "flights between Xinbao and Tavrin Airport": a place after "between" is the other end, no name.
      if (tok.value === 'and' && betweenPlace(toks, from - 1)) break
      // "the Commerce, Industry and Tourism Department": the fields a department is in charge of, one
      // name though "Industry" can end one; not the fields after another body's "of".
      // Not "Xinbao Port and Corvid Port": a field is named in front of the head, never by it.
      const fields = tok.value === 'and' && fieldEnd(toks, from) <= head ? fieldListStart(toks, from - 1) : -1
      if (fields !== -1 && !afterOf(toks, fields)) {
        from = fields
        continue
      }
      // "Rotor GmbH & Co. KG" is one company, a limited partnership with a GmbH as its partner.
      const partnership = tok.value === '&' && /^Co\.?$/.test(toks[from]!.value)
      // "Hengda Law Firm and …": a head named after its kind (kind-heads.ts) ends a name too.
      // "Qinbo Sportswear and …": so does a trade after a pinyin name (trade-heads.ts).
      const headed =
        organisationHeadWords.has(before.base) ||
        kindHeadAt(toks, from - 2) !== undefined ||
        tradeHeadAt(toks, from - 2) !== undefined
      const ends = headed && !isPairedField(toks, from - 2)
      if (ends || (isLegalForm(before) && !partnership)) break
      // "KTL Semiconductor and Ostrova Optics Corporation": an acronym and its trade end a name.
      if (industryWords.has(before.base) && (toks[from - 3]?.flags ?? 0) & allCaps) break
      // "the Hong Kong, Macao and Taiwan Affairs Office": places named together in front of "Affairs".
      const places = placesAffairs(toks, from - 1)
      if (places !== -1) {
        from = places
        continue
      }
      // "… Industrial Park and Jinzhou Sunshine Co., Ltd": a name does not go on across a place suffix
      // or into a new name that starts with a place.
      if (placeSuffixSense.has(before.base) || matchPlace(toks, from)) break
      if (before.flags & functionWord) break
      // "the Bureau of Commerce and Hailan Foods Group": words after an "of" are another body's.
      if (afterOf(toks, from - 2)) break
      // "Fenghai Real Estate and Zhenmu Group both bid": two companies by their short forms.
      if (tok.value === 'and' && companiesJoined(toks, from - 1)) break
      from -= 1
      continue
    }
    // "Van der Berg Foods B.V.": the particles of a Dutch, German or Italian family name.
    if (nameParticles.has(tok.value)) {
      let start = from - 1
      while (start > 0 && nameParticles.has(toks[start - 1]!.value) && toks[start]!.spaced) start--
      const before = toks[start - 1]
      if (before?.kind !== 'word' || !toks[start]!.spaced || !(before.flags & capitalised)) break
      if (before.flags & functionWord) break
      from = start
      continue
    }
    // "the Freeport of Gdynia Authority": a port's authority is named by the port, "of" and all.
    if (tok.value === 'of' && portOf(toks, from - 1, head)) {
      from -= 2
      continue
    }
    // The word's bits, not its text, say whether it is capitalised or a function word: this runs for every
    // word in front of every head.
    if (!(tok.flags & capitalised)) {
      // "iSoftBay Data Co., Ltd.": a brand in lower-case camel case starts the name.
      if (isCamelCase(tok.value)) {
        from -= 1
        break
      }
      // Not digits after a thousands comma or a point: "2,000 English Books" starts no name at "000".
      if (!/^\d/.test(tok.value) || (!tok.spaced && /^\d/.test(toks[from - 3]?.value ?? ''))) break
      // "In 2024 Qinbo Certified Public Accountants audited …": a year starts no name; "Expo 2010 …" has one.
      if (isYearWord(tok.value) && !nameWordBefore(toks, from - 1)) break
    }
    // "HvK The Fjellby University College": a capital "The" after a university's acronym in mixed case is
    // inside its name; not "CPC The Central Committee", a headline's run of capitals.
    if (tok.value === 'The' && academicHeads.has(toks[head]!.base) && acronymBefore(toks, from - 1)) {
      from -= 1
      continue
    }
    // "the Second Affiliated Hospital of …", "Dalian Third People's Hospital": an ordinal numbers the body.
    // "the Xinbao Letters and Visits Bureau": a headline verb that is a field's plural noun.
    const stops = tok.flags & functionWord && !isAllCaps(tok.value) && !ordinalWord.test(tok.value)
    if (stops && !fieldVerbNoun(toks, from - 1)) break
    // "Mayor Dalian Port Group" is a title and a name; "Group" or "Executive" inside a name is not a title,
    // nor is one that qualifies the head word: "KOTRA Harbin Representative Office".
    // "the Xinbao River and Lake Chief Office": the office of a chief system, whose "Chief" is no title.
    if (tok.value === 'Chief') {
      const features = chiefFeaturesStart(toks, from - 1)
      if (features !== -1) {
        from = features
        continue
      }
    }
    if (honorifics.has(tok.value)) break
    if (canonicalTitle.has(tok.value) && !(from === head && officeTitles.has(tok.value))) break
    from -= 1
  }
  // "Kelvara-based Orlin Holdings", "the 17th Xinbao Municipal People's Congress": words not of the name.
  from = nameStart(toks, from, head)
  // A name never starts with a connector.
  while (from < head && isConnector(toks[from]!.value)) from++
  return from
}

// The officials whose own office is a body of the state, named by the title's possessive: "the Governor's
// Office of Tavrinsk Oblast", "the Prime Minister's Office of the Kessel Republic".
// biome-ignore format: packed data
const officeHolders = new Set([
  'Marshal', 'Governor', 'Mayor', 'President', 'Premier', 'Minister', 'Chancellor', 'Prefect', 'Voivode',
  'Speaker', 'Ombudsman', 'Commissioner', 'Prosecutor', 'General', 'Executive', 'Sheriff', 'Secretary-General',
])
/**
 * Where an official's title in the possessive starts right before the "Office" at `head` ("the Voivode's
 * Office", "the Prime Minister's Office", "the Deputy Secretary General's Office"), or -1, also when a
 * capitalised word the title reader does not take stands before it ("Kessel General's Office").
 */
export function titleOfficeStart(toks: readonly Tok[], head: number): number {
  const title = toks[head - 1]
  if (title?.kind !== 'word' || !title.possessive || !toks[head]!.spaced || !officeHolders.has(title.base))
    return -1
  // The title reader reads the words up to the possessive's, that word without its "'s".
  const from = Math.max(0, head - 5)
  const words = [...toks.slice(from, head - 1), shapedTok(title, title.base)]
  let start = head - 1
  for (let at = 0; at < words.length - 1; at++) {
    const match = titleAt(words, at)
    if (match && !match.honorific && match.end === words.length) {
      start = from + at
      break
    }
  }
  const before = toks[start - 1]
  const named = before?.kind === 'word' && before.flags & capitalised && !(before.flags & functionWord)
  return named && toks[start]!.spaced ? -1 : start
}

// The words of a port that a port's own body is named after: "the Port of Gdynia Authority".
const portWords = new Set(['Port', 'Freeport', 'Seaport', 'Harbour', 'Harbor'])

// Whether the "of" at `of` follows a port's word and is followed by a place alone up to the head at
// `head`: "Freeport of Gdynia Authority", not "Director of Gdynia Port Authority".
function portOf(toks: readonly Tok[], of: number, head: number): boolean {
  const port = toks[of - 1]
  if (port?.kind !== 'word' || !portWords.has(port.value) || !toks[of]!.spaced) return false
  return matchPlace(toks, of + 1)?.length === head - of - 1
}

// Whether the "and" at `and` follows "between" and a place ("between Xinbao and …"): the two ends of a
// route or a link, not one name.
function betweenPlace(toks: readonly Tok[], and: number): boolean {
  for (let index = and - 2; index >= 0 && index > and - 6; index--) {
    if (toks[index]!.value !== 'between') continue
    return matchPlace(toks, index + 1)?.length === and - index - 1
  }
  return false
}

// What a chief of the Chinese chief systems is in charge of: "river chief", "bay chief", "forest chief".
// biome-ignore format: packed data
const chiefFeatures = new Set([
  'River', 'Rivers', 'Lake', 'Lakes', 'Bay', 'Bays', 'Forest', 'Forests', 'Field', 'Fields', 'Road', 'Roads',
  'Wetland', 'Wetlands', 'Grassland', 'Beach', 'Sea', 'Chain', 'Grid',
])

// Where the things a "Chief" at `chief` is in charge of start ("River and Bay" in "River and Bay Chief
// Office"), or -1 when the word before it is none ("Executive Chief").
function chiefFeaturesStart(toks: readonly Tok[], chief: number): number {
  let start = chief
  while (chiefFeatures.has(toks[start - 1]?.value ?? '') && toks[start]!.spaced) {
    start--
    const joint = toks[start - 1]?.value
    if ((joint !== 'and' && joint !== ',') || !chiefFeatures.has(toks[start - 2]?.value ?? '')) break
    start--
  }
  return start === chief ? -1 : start
}

// Whether the word before the "The" at `at` is an acronym in mixed case ("HvK": two capitals or more and a
// small letter, up to five letters) on the same line; not "said The", nor a place ("in the UK The …").
function acronymBefore(toks: readonly Tok[], at: number): boolean {
  const before = toks[at - 1]
  return (
    before?.kind === 'word' && toks[at]!.spaced && acronymLike.test(before.value) && !matchPlace(toks, at - 1)
  )
}

const acronymLike = /^(?=(?:[a-z]*[A-Z]){2})(?=[A-Z]*[a-z])[A-Za-z]{3,5}$/
// The heads of a university's or an academy's name, which may follow its acronym and a "The".
const academicHeads = new Set(['University', 'College', 'Institute', 'Academy', 'School', 'Polytechnic'])

// Whether a capitalised word that is no function word is right before `at`.
function nameWordBefore(toks: readonly Tok[], at: number): boolean {
  const before = toks[at - 1]
  return before?.kind === 'word' && (before.flags & (capitalised | functionWord)) === capitalised
}

function isConnector(value: string): boolean {
  return value === 'and' || value === '&' || value === 'for'
}

// Whether the word at `at` is a group of people a body is of, after a name ("Qinghe Farmers'"); not "the
// Farmers' Cooperative", which names none.
function groupOf(toks: readonly Tok[], at: number): boolean {
  const before = toks[at - 1]
  return (
    groupNouns.has(toks[at]?.base ?? '') &&
    before?.kind === 'word' &&
    (before.flags & (capitalised | functionWord)) === capitalised
  )
}

// Assemblies that the citizens of a place elect, named after them: "the Citizens' Assembly of Varn County".
const assemblyHeads = new Set(['Khural', 'Hural', 'Assembly', 'Congress', 'Council'])

// Whether the word at `at` is "Citizens'" before an assembly's head, which starts its name after "the" too;
// not "the Citizens' Hotline".
function citizensOf(toks: readonly Tok[], at: number, head: number): boolean {
  return toks[at]?.value === 'Citizens' && assemblyHeads.has(toks[head]!.base)
}

// Where a list of places starts whose last is after the "and" at `and` and is followed by "Affairs"
// ("Hong Kong, Macao and Taiwan Affairs Office", "Jiangsu and Zhejiang Affairs Bureau"), or -1.
function placesAffairs(toks: readonly Tok[], and: number): number {
  const last = matchPlace(toks, and + 1)
  if (!last || toks[and + 1 + last.length]?.value !== 'Affairs') return -1
  let start = placeEndingAt(toks, and)
  if (start === undefined) return -1
  for (;;) {
    const comma = toks[start - 1]
    if (comma?.value !== ',' || !toks[start]!.spaced) return start
    const before = placeEndingAt(toks, start - 1)
    if (before === undefined) return start
    start = before
  }
}

// Whether the capitalised words ending at `at` are a body's of-phrase ("Bureau of Foreign Trade") or the
// country of a company ("Tejidos Nava S.A. of Spain and …"), not a name after a role ("chief engineer of
// Anshan Iron and Steel Group").
function afterOf(toks: readonly Tok[], at: number): boolean {
  let index = at
  while (index > at - 5 && toks[index]?.kind === 'word' && toks[index]!.flags & capitalised) index--
  // "Kessel Robotics N.V. of the Netherlands and Lumen Optics Inc.": a country written with "the" is still
  // the first company's; not "the Xinbao Iron", a name.
  if (toks[index]?.value === 'the' && index < at && matchPlace(toks, index + 1)?.length === at - index)
    index--
  const tok = toks[index]
  if (tok?.value !== 'of' && tok?.value !== 'for') return false
  if (((toks[index - 1]?.flags ?? 0) & (organisationHead | legalForm)) !== 0) return true
  // "Varno University of Applied Sciences of Austria and Kessel GmbH": a place after a second "of" is where
  // the first body is from, whatever its name ends in.
  return tok.value === 'of' && index < at && matchPlace(toks, index + 1)?.length === at - index
}

// The "(" of the bracketed place that ends at the ")" at `close` ("(Dalian)"), or -1.
function findOpen(toks: readonly Tok[], close: number): number {
  for (let index = close - 1; index >= Math.max(0, close - 5); index--) {
    const tok = toks[index]!
    if (tok.value === '(') return index
    if (tok.kind !== 'word' || !isCapitalised(tok.value)) return -1
  }
  return -1
}

/**
 * The end of the name after a legal form written first, "PJSC Volna Port Terminal": up to five
 * capitalised words, not a title after it ("PJSC Sever CEO Ivan Petrov"). `heading` (default false) says
 * the sentence is a Title Case heading.
 */
export function nameAfterPrefix(toks: readonly Tok[], at: number, heading = false): number {
  let to = at
  while (to < at + 5) {
    const tok = toks[to]
    if (tok?.kind !== 'word' || !tok.spaced || !(tok.flags & capitalised) || tok.flags & functionWord) break
    if (isTitleWord(tok.value)) break
    to++
    if (tok.possessive) break
  }
  // "PT" is also a person's initials ("sprint legend PT Usha") and personal training ("PT Sessions
  // Offered"): an Indonesian company only with two name words outside a heading, or beside an Indonesian cue.
  if (toks[at - 1]?.value === 'PT' && (heading || to - at < 2) && !toks.some(isIndonesianCue)) return at
  return to
}

// Words that place a sentence in Indonesia, where "PT" starts company names.
const indonesianCues = new Set(['Indonesia', 'Indonesian', 'Jakarta', 'Tbk', 'Tbk.', 'Persero'])

function isIndonesianCue(tok: Tok): boolean {
  return indonesianCues.has(tok.value)
}
