/**
 * People no name list knows, told by their context: a role after the name ("…, general manager of"), a
 * reporting cue after a quotation ("'…,' said …") or a nationality and a calling before it ("Kenyan
 * runner …"); and names written all in lower case ("vice mayor zhou hanlin"), which only their context
 * tells from English words.
 */
import { chineseSurnames, compoundChineseSurnames, englishWordSurnames } from '../data/chinese-surnames.js'
import { demonyms } from '../data/demonyms.js'
import { industryWords } from '../data/organisations.js'
import {
  foreignNameShape,
  japaneseSurnames,
  westernGivenNames,
  worldSurnames,
} from '../data/other-surnames.js'
import { englishPinyinWords, splitPinyin } from '../data/pinyin.js'
import { placeSuffixSense } from '../data/place-suffixes.js'
import { callingFollows, callingOfFollows, isOwnerCalling, roleFollows } from './callings.js'
import { spanText } from './candidate.js'
import { pinyinOf } from './chinese-names.js'
import {
  describedBefore,
  describedJapaneseName,
  japaneseNameShape,
  lowerGivenName,
} from './described-names.js'
import { matchPlace } from './gazetteer.js'
import { afterKindNoun, afterTimeAdverb, ageEnd } from './name-appositives.js'
import { nameCanStartAfter } from './name-starts.js'
import {
  followedByHead,
  germanicParticles,
  isNameWord,
  type NameMatch,
  properWord,
  surnameParticlesEnd,
} from './name-words.js'
import { namedAfterGivenName } from './named-after-names.js'
import { isTitleTok } from './titles.js'
import { isCapitalised, type Tok } from './tokens.js'
import { capitalised, functionWord, legalForm, placeFirst, suffixFirst } from './word-classes.js'
import { WordList } from './word-list.js'

// Words a person's name does not follow: "in Lower Saxony, the state's minister …" and "at the Annual
// Meeting, the vice mayor …" are no one.
// biome-ignore format: packed data
const notBeforeNames = new WordList([
  'in', 'at', 'from', 'of', 'to', 'into', 'near', 'across', 'throughout', 'the', 'a', 'an', 'this', 'that',
  'during', 'on', 'after', 'before', 'since', 'under', 'for',
])

/**
 * A name no list knows, told by where it stands: two or three proper words followed by a role ("Katharina
 * Vogel, the company's chief representative"), after a cue that follows a quotation ("'…,' said Bjorn
 * Lindqvist") or after a nationality and a calling ("Ethiopian runner Tsehay Bekele won").
 */
export function nameByContext(toks: readonly Tok[], index: number): NameMatch | undefined {
  // Such a name goes on to a second word right after the first, capitalised or a surname particle ("van
  // Dijk"); most words are followed by a lower-case word or a mark, so this turns them down first.
  const next = toks[index + 1]
  if (next?.kind !== 'word' || !next.spaced) return undefined
  const lower = !(toks[index]!.flags & capitalised)
  if (!(next.flags & capitalised) && (lower || surnameParticlesEnd(toks, index + 1) === index + 1))
    return undefined
  if (lower && !lowerGivenName(toks, index)) return undefined
  const before = toks[index - 1]
  // "… Trading Co., Ltd. Erik Solberg, general manager of …": a legal form with its full stop ends the
  // company, so a name may start after it; other capitalised words before would make the name longer.
  const afterCompany = before !== undefined && before.flags & legalForm && before.value.endsWith('.')
  if (
    before?.kind === 'word' &&
    !afterCompany &&
    (isCapitalised(before.value) || notBeforeNames.has(before.lower))
  )
    return undefined
  let to = lower ? index + 1 : index
  // "Femke van der Linde": a surname's particles do not count among the name's words.
  let particles = 0
  // "Brazilian striker Lisboa Ramos Quintela": after a nationality and a calling a word that is also a
  // place's name is a name's when two other words are (Portuguese given names and surnames are often
  // towns); "Kenyan runner Nairobi Marathon" is no one.
  const describedFirst = describedBefore(toks, index)
  const placeMayJoin = !lower && describedFirst
  let places = 0
  while (to < index + 3 + particles && (to === index || toks[to]?.spaced)) {
    const nameWord = isContextNameWord(toks[to])
    if (!nameWord && !(placeMayJoin && placeInName(toks[to]))) break
    if (!nameWord) places++
    to++
    if (toks[to - 1]!.possessive) break
    const end = particles === 0 ? surnameParticlesEnd(toks, to) : to
    if (end > to && isContextNameWord(toks[end])) {
      particles = end - to
      to = end
    }
  }
  if (to - index < 2 + places || followedByHead(toks, to) || (places > 0 && namesEvent(toks, index, to)))
    return undefined
  // "Greek shipowner Maran Tankers": a calling firms go by too describes only a name that looks foreign.
  const described =
    (describedFirst && (!isOwnerCalling(toks[index - 1]!.value) || looksForeign(toks, index, to))) ||
    describedJapaneseName(toks, index, to)
  const speaks = !lower && speakerAt(toks, index, to)
  // A word after the name would make it longer, except the verb after a described person or a speaker
  // ("… won", "… said").
  const after = toks[to]
  if (after?.kind === 'word' && (!(described || speaks) || after.flags & capitalised)) return undefined
  const quoted = /^(?:said|says)$/.test(before?.value ?? '') && /^[,"'”’]$/.test(toks[index - 2]?.value ?? '')
  if (
    !quoted &&
    !described &&
    !speaks &&
    !(
      after?.value === ',' &&
      (roleFollows(toks, afterTimeAdverb(toks, to + 1)) ||
        callingFollows(toks, to + 1) ||
        callingOfFollows(toks, to + 1) ||
        ((toks[to + 1]?.value === 'who' || originFollows(toks, to + 1)) && looksForeign(toks, index, to)) ||
        ageNamesPerson(toks, index, to)) &&
      !attributionAt(toks, to + 1)
    )
  )
    return undefined
  // "Chinese New Year", "Spring Festival": a holiday or an event, not a person.
  if (eventNouns.has(toks[to - 1]!.base) || demonyms.has(toks[index]!.base)) return undefined
  // "… setter Xinbao Lanke Power", "… Xinbao Jinhe Plaza": a firm's last word, after a place's name or on
  // words that do not look foreign ("Samantha Power" does).
  const last = toks[to - 1]!.base
  if (firmEndWords.has(last) && (places > 0 || !looksForeign(toks, index, to))) return undefined
  // "Saule Trading, from Kazakhstan, …", "Nurlan Invest said …": a trade's or a shop's word after a given
  // name names a firm, however foreign it looks, unless a calling before says it is a person.
  if (!described && namedAfterGivenName.has(last)) return undefined
  return { from: index, to, name: spanText(toks, index, to), rule: 'person-name-by-context' }
}

// "…, from Kazakhstan, …", "…, from the Netherlands, …": the country a person comes from, set off by
// commas after the name.
function originFollows(toks: readonly Tok[], at: number): boolean {
  if (toks[at]?.value !== 'from') return false
  const start = toks[at + 1]?.value === 'the' ? at + 2 : at + 1
  const country = matchPlace(toks, start)
  return country?.place.kind === 'country' && toks[start + country.length]?.value === ','
}

/**
 * Whether an age after a name no list knows ("…, 45, …") says it is a person's: only when the name looks
 * foreign or Japanese or a verb of speech follows the age ("Blue Fern, 45, plans …" may be a firm's age),
 * and never after a kind of firm ("the hotel chain Blue Fern, 45, …").
 */
function ageNamesPerson(toks: readonly Tok[], index: number, to: number): boolean {
  const after = ageEnd(toks, to + 1)
  if (after < 0 || afterKindNoun(toks, index)) return false
  return (
    looksForeign(toks, index, to) || japaneseNameShape(toks, index, to, true) || speechFollows(toks, after)
  )
}

/**
 * Whether a name no list knows speaks at `toks[to]`: a verb of speech right after it, and the name after
 * a quotation ('"…," Oskar Varga said') or, when it looks foreign ("Oskar Varga said that …", not
 * "Golden Harvest said that …"), at the start of the sentence or of a clause (", and …").
 */
function speakerAt(toks: readonly Tok[], index: number, to: number): boolean {
  if (!speechFollows(toks, to)) return false
  const before = toks[index - 1]?.value
  if (/^["'”’]$/.test(before ?? '') && toks[index - 2]?.value === ',') return true
  // "2 Anke Wiesler said …": a stray digit a translation left at the start of the sentence.
  const strayDigit = index === 1 && /^\d$/.test(before ?? '')
  if (before !== undefined && before !== ',' && before !== 'and' && !strayDigit) return false
  return looksForeign(toks, index, to)
}

/**
 * Whether a name no list knows looks like a foreign person's, not like English words ("Golden Harvest",
 * "Standard Chartered") or a company's pinyin ("Jinghai Fengtong"): a word with an accent, a given name or
 * surname the lists know, or a word of a foreign name's shape ("Zubashin", "Wellendorf", "Vseslav").
 */
function looksForeign(toks: readonly Tok[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const word = toks[at]!.baseLower
    if (/[^a-z-]/.test(word) || westernGivenNames.has(word) || japaneseSurnames.has(word)) return true
    if (worldSurnames.has(word)) return true
    // "Joost van der Linde said": Dutch, German and Welsh particles, which brand names seldom have.
    if (germanicParticles.has(word)) return true
    if (word.length >= 5 && foreignNameShape.test(word) && !splitPinyin(word)) return true
  }
  return false
}

// Trades and premises a firm's name ends with that no head word list holds ("Power", "Steel", "Plaza").
// biome-ignore format: packed data
const firmEndWords = new Set([
  ...industryWords, 'Plaza', 'Mall', 'Mart', 'Tower', 'Towers', 'Park', 'Square', 'Trading', 'Stores',
])

// The last words of holidays, events and periods, which no person's name ends with.
// biome-ignore format: packed data
const eventNouns = new Set([
  'Festival', 'Year', 'Day', 'Week', 'Month', 'Fair', 'Expo', 'Forum', 'Games', 'Summit', 'Conference',
  'Exhibition',
])
/** Verbs that report speech ("said", "told", "noted"), as a test on a word. */
export const reportingVerbs =
  /^(?:said|says|say|told|tells|added|adds|noted|notes|stated|states|explained|believes|believed|recalled)$/

/**
 * "X, the chairman said, is …": whether a reporting verb before the phrase after the comma ends makes it a
 * parenthetical attribution, not an appositive that names X's role.
 */
export function attributionAt(toks: readonly Tok[], at: number): boolean {
  for (let index = at; index < toks.length; index++) {
    const tok = toks[index]!
    if (tok.kind !== 'word') return false
    if (reportingVerbs.test(tok.value)) return true
  }
  return false
}

/** Whether a word may be part of a name no list knows: a proper word that is no title, place or head. */
export function isContextNameWord(tok: Tok | undefined): boolean {
  // The class bits turn most words down before a lookup or the pattern (a place suffix or a place starts
  // with the word when it is one).
  return (
    isNameWord(tok) &&
    !isTitleTok(tok!) &&
    !(tok!.flags & suffixFirst && placeSuffixSense.has(tok!.base)) &&
    !(tok!.flags & placeFirst && matchPlace([tok!], 0)) &&
    properWord.test(tok!.base)
  )
}

// "Kenyan runner Eldoret Marathon Trophy": a place's name goes on an event, a prize or a team more often
// than on a person, so words for those turn such a run down.
function namesEvent(toks: readonly Tok[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (placeEventWords.has(toks[at]!.base)) return true
  return false
}

// biome-ignore format: packed data
const placeEventWords = new Set([
  ...eventNouns, 'Marathon', 'Trophy', 'Cup', 'Open', 'League', 'Derby', 'Classic', 'Prize', 'Award', 'Race',
  'Stadium', 'Arena', 'Championship', 'Championships', 'Grand', 'Prix', 'United', 'City', 'Rovers', 'Club',
])

// A proper word that may be a place's name too ("Lisboa"), but no title or place suffix ("Province").
function placeInName(tok: Tok | undefined): boolean {
  return (
    isNameWord(tok) &&
    !isTitleTok(tok!) &&
    !(tok!.flags & suffixFirst && placeSuffixSense.has(tok!.base)) &&
    properWord.test(tok!.base)
  )
}

// Pinyin surnames, single and compound; the Cantonese and other spellings are left to capitalised names.
const pinyinSurnames = new WordList([...chineseSurnames, ...compoundChineseSurnames])

/** Whether `tok` may start a Chinese name written all in lower case: a pinyin surname in lower case. */
export function mayStartLowerCaseName(tok: Tok): boolean {
  return pinyinSurnames.has(tok.value)
}

// A given name in lower case: letters, or two halves joined by a hyphen ("hanlin", "xiao-dong").
const lowerGiven = /^[a-zü]+(?:-[a-zü]+)?$/

// Verbs of speech a lower-case name may be the subject of ("gu chengzhi said", "… also stressed").
const speechVerbs = /^(?:stressed|emphasi[sz]ed|pointed|hoped|urged|asked|expressed|introduced)$/

/**
 * A Chinese name written all in lower case ("zhou hanlin", "wang xiao-dong"), as translations leave one,
 * where only a name fits: right after a title (`titled`: "vice mayor zhou hanlin"), before a comma and a
 * role ("wang xiao-dong, deputy director of …") or before a verb of speech ("gu chengzhi said"). Surnames
 * that are also English words ("he", "long", "fan") are read only after a title and with a two-syllable
 * given name; given names that are English words ("bin", "song", "you") never.
 */
export function lowerCaseChineseName(
  toks: readonly Tok[],
  index: number,
  titled: boolean,
): NameMatch | undefined {
  const surname = toks[index]
  const given = toks[index + 1]
  // The surname is the cheap test most words fail.
  if (surname === undefined || !pinyinSurnames.has(surname.value)) return undefined
  if (surname.kind !== 'word' || given?.kind !== 'word' || !given.spaced || surname.possessive)
    return undefined
  if (!lowerGiven.test(given.base)) return undefined
  if (given.flags & functionWord || englishPinyinWords.has(given.base)) return undefined
  const syllables = pinyinOf(given.base)
  if (syllables === undefined || syllables.length > 2) return undefined
  if (englishWordSurnames.has(surname.value) && !(titled && syllables.length === 2)) return undefined
  // A third word of pinyin would make it a phrase of pinyin, not a name ("… dong hai wan").
  const after = toks[index + 2]
  if (after?.kind === 'word' && after.spaced && pinyinSurnames.has(after.value)) return undefined
  if (
    !titled &&
    !(nameCanStartAfter(toks, index) && (roleAfterComma(toks, index + 2) || speechFollows(toks, index + 2)))
  )
    return undefined
  return { from: index, to: index + 2, name: `${surname.value} ${given.base}`, rule: 'person-chinese-name' }
}

function roleAfterComma(toks: readonly Tok[], at: number): boolean {
  return toks[at]?.value === ',' && roleFollows(toks, at + 1)
}

/** Whether a verb of speech starts at `toks[at]`, "also" before it allowed ("… said", "… also stressed"). */
export function speechFollows(toks: readonly Tok[], at: number): boolean {
  const verb = toks[at]?.value === 'also' ? toks[at + 1] : toks[at]
  return verb !== undefined && isSpeechVerb(verb.value)
}

/** Whether `word` is a verb of speech ("said", "stressed", "introduced"). */
export function isSpeechVerb(word: string): boolean {
  return reportingVerbs.test(word) || speechVerbs.test(word)
}
