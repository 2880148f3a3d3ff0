/**
 * What the words around a name say about whose it is: a calling or a relation before it ("Spanish
 * helmswoman …", "his compatriot …"), and a role or a calling after it ("…, Agricultural Counsellor of …",
 * "…, a pediatrician from …", "…, brewmaster of …").
 */
import { demonyms } from '../data/demonyms.js'
import { occupations, personDescriptors } from '../data/titles.js'
import { chineseName } from './chinese-names.js'
import { japaneseName, koreanName, westernName } from './foreign-names.js'
import { matchPlace } from './gazetteer.js'
import { followedByHead } from './name-words.js'
import { titleAt } from './titles.js'
import { functionWords, isLowerWord, type Tok } from './tokens.js'
import { capitalised, functionWord, legalForm } from './word-classes.js'

// How one person stands to another, which "his" or "her" puts before a name ("his compatriot …").
// biome-ignore format: packed data
export const relationNouns = new Set([
  'compatriot', 'teammate', 'colleague', 'counterpart', 'successor', 'predecessor', 'deputy', 'assistant',
  'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'friend', 'mentor',
])

// Callings of sport, the sea, the crafts, broadcasting and the web the occupation list lacks ("skipper …",
// "Thai anchor …", "Filipino blogger …", "Greek shipowner …"). Not the "-er" words a firm is called as
// often ("broadcaster", "shipper", "carrier", "producer"), nor "model" or "star", which name products too.
// biome-ignore format: packed data
const moreCallings = new Set([
  'skipper', 'rower', 'jockey', 'diver', 'climber', 'golfer', 'fencer', 'archer', 'wrestler', 'referee',
  'sommelier', 'potter', 'calligrapher', 'ceramicist', 'mountaineer', 'adventurer', 'traveller', 'traveler',
  'backpacker', 'anchor', 'host', 'hostess', 'presenter', 'commentator', 'correspondent', 'critic', 'blogger',
  'vlogger', 'influencer', 'streamer', 'livestreamer', 'youtuber', 'comedian', 'tycoon', 'magnate',
  'billionaire', 'millionaire', 'lawmaker', 'legislator', 'envoy', 'owner', 'co-owner', 'founder',
  'co-founder', 'heir', 'heiress', 'waitress', 'seamstress', 'nun', 'monk', 'priest', 'imam',
])

// Callings a company is named by as well ("…, designer of the terminal", "…, investor in …"), which say
// nothing of a name without an article.
// biome-ignore format: packed data
const bodyCallings = new Set([
  'designer', 'architect', 'planner', 'surveyor', 'inspector', 'driver', 'pilot', 'conductor', 'investor',
  'breeder', 'grower', 'farmer', 'player', 'worker', 'entrepreneur', 'champion', 'explorer', 'volunteer',
  'brewer', 'winemaker',
])

// Callings that name a firm more often than a person even with a nationality ("German brewer …").
export const firmCallings = new Set(['brewer', 'winemaker', 'distiller'])

/** Whether a calling is owning something, which a firm is as often as a person ("Greek shipowner …"). */
export function isOwnerCalling(word: string): boolean {
  return word.endsWith('owner')
}

// Endings of nouns for a person ("helmswoman", "cellist", "brewmaster", "shipowner", "restaurateur",
// "academician", "videographer", "playwright"), after a stem long enough that "man", "list", "master"
// and "median" are no calling.
const personEnding =
  /^\p{Ll}{2,}(?:man|woman|person|master|owner|wright|grapher)$|^\p{Ll}{3,}(?:ist|eur)$|^\p{Ll}{4,}ian$/u

/** Whether a lower-case word is a noun for a person's calling: listed, or by its ending. */
export function isCallingNoun(word: string): boolean {
  return isCalling(word) || moreCallings.has(word) || personEnding.test(word)
}

/**
 * Whether a calling with its "of" or "at" starts at `toks[at]`, as an appositive without an article
 * gives one ("Ida Reinholt, brewmaster of …", "…, cellist at …").
 */
export function callingOfFollows(toks: readonly Tok[], at: number): boolean {
  const noun = toks[at]
  if (noun?.kind !== 'word' || noun.value !== noun.lower || !isCallingNoun(noun.value)) return false
  if (bodyCallings.has(noun.value)) return false
  const of = toks[at + 1]?.value
  return of === 'of' || of === 'at'
}

/**
 * Whether a role starts at `toks[at]`: "the company's chief representative", "a professor at …",
 * "founder of …", "Agricultural Counsellor of …". A title with a name after it is that name's, not a role
 * of the words before the comma ("Golden Harvest, General Manager Li Ming, …").
 */
export function roleFollows(toks: readonly Tok[], at: number): boolean {
  let index = at
  if (/^(?:the|a|an)$/i.test(toks[index]?.value ?? '')) index++
  // "a company director", "the ferry company's general manager": a word or two saying whose.
  for (const end = index + 3; index < end; index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word') return false
    const title = titleAt(toks, index)
    if (title !== undefined) return !title.honorific && !nameStartsAt(toks, title.end)
    // "Dutch Ambassador to China": a nationality says whose, as a lower-case word does.
    if (demonyms.has(tok.base)) continue
    // "Asia-Pacific vice president of …", "North China Sales Director at …": a place right before a title
    // says where the post reaches; before anything else it starts a body ("Dalian Port Group").
    const place = tok.flags & capitalised ? matchPlace(toks, index) : undefined
    if (place !== undefined && roleAfterPlace(toks, index + place.length)) {
      index += place.length - 1
      continue
    }
    if (tok.flags & capitalised) return capitalisedRoleAt(toks, index)
    if (!isLowerWord(tok.value) || functionWords.has(tok.lower)) return false
  }
  return false
}

// Whether a title that names no one after it starts at `toks[at]`, right after a place: one the list
// knows ("vice president") or one of capitalised words ("Sales Director of").
function roleAfterPlace(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  if (tok?.kind !== 'word' || !tok.spaced) return false
  const title = titleAt(toks, at)
  if (title === undefined) return tok.flags & capitalised ? capitalisedRoleAt(toks, at) : false
  return !title.honorific && !nameStartsAt(toks, title.end)
}

/**
 * Whether a title with capitalised words of its own before it starts at `toks[at]`, as appositives write
 * posts the title list lacks ("Agricultural Counsellor of …", "Regional Sales Director at …", "Science and
 * Technology Counsellor of …"): up to three such words ("and" between them), the title, and then "of",
 * "at", "in", "for" or "to" or the end of the phrase, so that neither a body before a title nor a title
 * before a name reads as a role ("Golden Harvest, Dalian Branch Manager Li Ming").
 */
function capitalisedRoleAt(toks: readonly Tok[], at: number): boolean {
  for (let index = at; index < at + 4; index++) {
    const tok = toks[index]
    if (tok?.kind !== 'word' || (index > at && !tok.spaced) || tok.possessive) return false
    const title = index > at ? titleAt(toks, index) : undefined
    if (title !== undefined) {
      const next = toks[title.end]
      return !title.honorific && (next?.kind !== 'word' || /^(?:of|at|in|for|to)$/.test(next.value))
    }
    if (index > at && tok.value === 'and') continue
    // A place or a body's head among the words makes a body of them ("Dalian Port Chief …").
    if (!(tok.flags & capitalised) || tok.flags & legalForm || matchPlace(toks, index)) return false
    if (followedByHead(toks, index)) return false
  }
  return false
}

// Whether a person's name starts at `toks[at]`, which a title before it belongs to.
function nameStartsAt(toks: readonly Tok[], at: number): boolean {
  const tok = toks[at]
  if (tok?.kind !== 'word' || !(tok.flags & capitalised)) return false
  return (
    chineseName(toks, at) !== undefined ||
    japaneseName(toks, at) !== undefined ||
    koreanName(toks, at) !== undefined ||
    westernName(toks, at) !== undefined
  )
}

/**
 * Whether a calling introduced by "a" starts at `toks[at]`, as an appositive gives one after a name no list
 * knows ("Dilnara Sadykova, a pediatrician from …", "Ivan Petrov, a Russian student, …"): "a" or "an", up
 * to two words saying what kind (a nationality or lower-case words), and a noun for what a person is or
 * does that ends its phrase. A noun a body or a place could be ("a subsidiary of", "a hub of") is none.
 */
export function callingFollows(toks: readonly Tok[], at: number): boolean {
  const article = toks[at]
  if (article?.value !== 'a' && article?.value !== 'an') return false
  let index = at + 1
  for (let words = 0; words < 3; words++) {
    const tok = toks[index]
    if (tok?.kind !== 'word' || !tok.spaced) return false
    if (tok.value === tok.lower && isCallingNoun(tok.value)) return callingEnds(toks[index + 1])
    if (words === 2) return false
    // "a Chinese-American scientist", "a South Korean student", "a retired teacher".
    if (isDemonym(tok.base)) index++
    else if (demonyms.has(`${tok.value} ${toks[index + 1]?.value}`)) index += 2
    else if (isLowerWord(tok.value) && !(tok.flags & functionWord)) index++
    else return false
  }
  return false
}

// Nouns for who a person is rather than what they do, which an appositive gives as well ("a native of").
// biome-ignore format: packed data
const personNouns = new Set([
  'resident', 'native', 'villager', 'citizen', 'graduate', 'retiree', 'veteran', 'official', 'cadre',
  'employee', 'trainee', 'intern', 'pupil', 'inheritor', 'herdsman', 'fisherman', 'vendor', 'shopkeeper',
])

function isCalling(word: string): boolean {
  return occupations.has(word) || personDescriptors.has(word) || personNouns.has(word)
}

function isDemonym(word: string): boolean {
  if (demonyms.has(word)) return true
  const hyphen = word.indexOf('-')
  return hyphen > 0 && demonyms.has(word.slice(0, hyphen)) && demonyms.has(word.slice(hyphen + 1))
}

// What may follow the calling's noun: its own phrase ("from …", "of …", "who …") or the appositive's end;
// another word would make the noun a modifier ("a student union").
function callingEnds(tok: Tok | undefined): boolean {
  if (tok === undefined || tok.kind !== 'word') return true
  return /^(?:from|of|at|in|with|who|and|based|serving|working)$/.test(tok.value)
}
