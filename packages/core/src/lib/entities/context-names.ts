/**
 * People no name list knows, told by their context: a role after the name ("…, general manager of"), a
 * reporting cue after a quotation ("'…,' said …") or a nationality and a calling before it ("Kenyan
 * runner …"); and names written all in lower case ("vice mayor zhou hanlin"), which only their context
 * tells from English words.
 */
import { chineseSurnames, compoundChineseSurnames, englishWordSurnames } from '../data/chinese-surnames.js'
import { demonyms } from '../data/demonyms.js'
import { foreignNameShape, japaneseSurnames, westernGivenNames } from '../data/other-surnames.js'
import { englishPinyinWords, splitPinyin } from '../data/pinyin.js'
import { placeSuffixSense } from '../data/place-suffixes.js'
import {
  callingFollows,
  callingOfFollows,
  firmCallings,
  isCallingNoun,
  isOwnerCalling,
  relationNouns,
  roleFollows,
} from './callings.js'
import { spanText } from './candidate.js'
import { pinyinOf } from './chinese-names.js'
import { matchPlace } from './gazetteer.js'
import { nameCanStartAfter } from './name-starts.js'
import { followedByHead, isNameWord, type NameMatch, properWord, surnameParticlesEnd } from './name-words.js'
import { isTitleTok } from './titles.js'
import { isCapitalised, isLowerWord, type Tok } from './tokens.js'
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
  while (to < index + 3 + particles && isContextNameWord(toks[to]) && (to === index || toks[to]!.spaced)) {
    to++
    if (toks[to - 1]!.possessive) break
    const end = particles === 0 ? surnameParticlesEnd(toks, to) : to
    if (end > to && isContextNameWord(toks[end])) {
      particles = end - to
      to = end
    }
  }
  if (to - index < 2 || followedByHead(toks, to)) return undefined
  // "Greek shipowner Maran Tankers": a calling firms go by too describes only a name that looks foreign.
  const described =
    describedBefore(toks, index) && (!isOwnerCalling(toks[index - 1]!.value) || looksForeign(toks, index, to))
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
      (roleFollows(toks, to + 1) ||
        callingFollows(toks, to + 1) ||
        callingOfFollows(toks, to + 1) ||
        (toks[to + 1]?.value === 'who' && looksForeign(toks, index, to))) &&
      !attributionAt(toks, to + 1)
    )
  )
    return undefined
  // "Chinese New Year", "Spring Festival": a holiday or an event, not a person.
  if (eventNouns.has(toks[to - 1]!.base) || demonyms.has(toks[index]!.base)) return undefined
  return { from: index, to, name: spanText(toks, index, to), rule: 'person-name-by-context' }
}

// "At the opening, miho Tsurugaya, sales director of …": a Japanese given name left in lower case before
// a capitalised family name, where a name may start. Romaji has no "l", "v", "x" or "c" but in "ch", and no
// two consonants but doubled ones, so few English words pass, and a function word never does.
const romajiWord = /^(?:(?:([kgsztdnhbpmrfjwy])\1?y?|sh|ch|ts)?[aiueo]|n(?![aiueoy]))+$/

/** Whether a lower-case word is spelt as romaji could spell a Japanese name ("sasaki", "hiroshi"). */
export function isRomaji(lower: string): boolean {
  return romajiWord.test(lower)
}

function lowerGivenName(toks: readonly Tok[], index: number): boolean {
  const tok = toks[index]!
  const next = toks[index + 1]
  return (
    tok.kind === 'word' &&
    next?.kind === 'word' &&
    next.spaced &&
    (next.flags & capitalised) !== 0 &&
    !(tok.flags & functionWord) &&
    tok.value.length >= 3 &&
    romajiWord.test(tok.value) &&
    (nameCanStartAfter(toks, index) || describedRomajiName(toks, index))
  )
}

/**
 * "Japanese architect tanabe Kosuke, …": a nationality and a calling before a lower-case word say it
 * starts a name, when both words are romaji and the name ends at a mark or "and"; "the Japanese chef made
 * Sushi Rolls" and "… made Ramen for" are no one.
 */
function describedRomajiName(toks: readonly Tok[], index: number): boolean {
  const next = toks[index + 1]!
  if (!romajiWord.test(next.lower) || romajiVerbs.has(toks[index]!.value)) return false
  const after = toks[index + 2]
  if (after?.kind === 'word' && after.value !== 'and') return false
  return describedBefore(toks, index)
}

// English verbs spelt as romaji could spell a name, which may follow a calling ("the chef made …").
const romajiVerbs = new Set(['made', 'make', 'take', 'hope', 'hire', 'name', 'use', 'ride', 'hide', 'wade'])

// "Ethiopian runner …", "Austrian concert pianist …", "Spanish helmswoman …", "his compatriot …": a
// nationality and a calling, or "his" or "her" and a calling or a word for how one person stands to
// another, right before the name say it is a person's; a calling alone does not ("the runner-up Team
// Vega", "a designer Dalian brand"), nor "its" or "their" ("their supplier Nordholm Foods").
function describedBefore(toks: readonly Tok[], index: number): boolean {
  const noun = toks[index - 1]
  if (noun?.kind !== 'word' || noun.value !== noun.lower) return false
  const relation = relationNouns.has(noun.value)
  if (!relation && (!isCallingNoun(noun.value) || firmCallings.has(noun.value))) return false
  const before = toks[index - 2]
  if (before?.kind === 'word' && (before.lower === 'his' || before.lower === 'her')) return true
  if (relation) return false
  if (before?.kind === 'word' && demonyms.has(before.value)) return true
  // One word may come between: "Kenyan long-distance runner", "Czech concert pianist".
  const first = toks[index - 3]
  return (
    first?.kind === 'word' &&
    demonyms.has(first.value) &&
    before?.kind === 'word' &&
    isLowerWord(before.value) &&
    !(before.flags & functionWord)
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
  if (before !== undefined && before !== ',' && before !== 'and') return false
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
    // "Joost van der Linde said": Dutch and German particles, which brand names seldom have ("Casa de
    // Lumo", "Maison du Vin" have Romance ones).
    if (germanicParticle.test(word)) return true
    if (word.length >= 5 && foreignNameShape.test(word) && !splitPinyin(word)) return true
  }
  return false
}

const germanicParticle = /^(?:van|von|der|den|ter|ten)$/

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
