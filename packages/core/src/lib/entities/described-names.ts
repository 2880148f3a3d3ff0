/**
 * Where the words before a name say it is a person's: a nationality and a calling ("Kenyan runner …"),
 * "his" or "her" and a calling or a relation ("his compatriot …"), and a Japanese given name left in lower
 * case where a name may start ("…, miho Tsurugaya said").
 */
import { demonyms } from '../data/demonyms.js'
import { firmCallings, isCallingNoun, relationNouns } from './callings.js'
import { isJapaneseCompanyWord, isJapaneseNameWord } from './japanese-names.js'
import { nameCanStartAfter } from './name-starts.js'
import { closeQuotes, openQuotes } from './structure-names.js'
import { isLowerWord, type Tok } from './tokens.js'
import { capitalised, functionWord } from './word-classes.js'

// "At the opening, miho Tsurugaya, sales director of …": a Japanese given name left in lower case before
// a capitalised family name, where a name may start. Romaji has no "l", "v", "x" or "c" but in "ch", and no
// two consonants but doubled ones, so few English words pass, and a function word never does.
const romajiWord = /^(?:(?:([kgsztdnhbpmrfjwy])\1?y?|sh|ch|ts)?[aiueo]|n(?![aiueoy]))+$/

/** Whether a lower-case word is spelt as romaji could spell a Japanese name ("sasaki", "hiroshi"). */
export function isRomaji(lower: string): boolean {
  return romajiWord.test(lower)
}

/** Whether a lower-case word at `toks[index]` starts a Japanese name: romaji where a name may start. */
export function lowerGivenName(toks: readonly Tok[], index: number): boolean {
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
    (nameCanStartAfter(toks, index) || describedRomajiName(toks, index) || afterCopula(toks, index))
  )
}

// "the new curator is okumizu Tadanobu, formerly …": the subject's complement after "was" or "is" may be
// a name; only a word of five letters or more, since short romaji spellings are English words ("was made
// Honorary …", "is home to …"), and the caller still asks for a role or a verb of speech after the name.
function afterCopula(toks: readonly Tok[], index: number): boolean {
  const before = toks[index - 1]
  return (
    before?.kind === 'word' &&
    (before.value === 'was' || before.value === 'is') &&
    toks[index]!.value.length >= 5
  )
}

// "Japanese architect tanabe Kosuke, …": a nationality and a calling before a lower-case word say it starts
// a name, when both words are romaji, one a Japanese name a list knows, and the name ends at a mark or
// "and"; "the Japanese chef made Sushi Rolls", "… wore Kimono," and "… made Ramen for" are no one.
function describedRomajiName(toks: readonly Tok[], index: number): boolean {
  const tok = toks[index]!
  const next = toks[index + 1]!
  if (!romajiWord.test(next.lower) || romajiVerbs.has(tok.value)) return false
  if (!isJapaneseNameWord(tok.lower) && !isJapaneseNameWord(next.lower)) return false
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
/** Whether a nationality and a calling, or "his"/"her" and a calling or relation, stand before `toks[index]`. */
export function describedBefore(toks: readonly Tok[], index: number): boolean {
  const noun = toks[index - 1]
  if (noun?.kind !== 'word' || noun.value !== noun.lower) return false
  const relation = relationNouns.has(noun.value)
  if (
    !relation &&
    !playingPositions.has(noun.value) &&
    (!isCallingNoun(noun.value) || firmCallings.has(noun.value))
  )
    return false
  const before = toks[index - 2]
  if (before?.kind === 'word' && (before.lower === 'his' || before.lower === 'her')) return true
  if (relation) return false
  if (before?.kind === 'word' && demonyms.has(before.value)) return true
  // One word may come between: "Kenyan long-distance runner", "Czech concert pianist"; not before a
  // playing position, which then is a figure of speech ("Chinese standard setter", "trend setter").
  const first = toks[index - 3]
  return (
    !playingPositions.has(noun.value) &&
    first?.kind === 'word' &&
    demonyms.has(first.value) &&
    before?.kind === 'word' &&
    isLowerWord(before.value) &&
    !(before.flags & functionWord)
  )
}

// A team player goes by the position played, which names a person only after a nationality or "his"/"her"
// ("Uruguayan midfielder Tomas Urquiza Voss", "her setter Ilka Brandt"): "midfielder" and "setter" are no
// calling a company or a title takes.
// biome-ignore format: packed data
const playingPositions = new Set([
  'midfielder', 'defender', 'winger', 'forward', 'playmaker', 'centre-back', 'center-back', 'full-back',
  'fullback', 'wing-back', 'libero', 'setter', 'spiker', 'pitcher', 'outfielder', 'infielder', 'quarterback',
  'hurdler', 'bowler', 'batsman', 'batter', 'shooter', 'point-guard',
])

/**
 * "the lighting designer Kenta Morishima from Japan": a name no list knows, of two romaji words, right after
 * a calling in a sentence that speaks of Japan; "the chef Sushi Zanmai" without it is no one's. One word must
 * be a name the lists know or end as given names ("-hei", "-suke") or family names ("-kawa", "-moto") do,
 * and neither a company's word ("the designer Tokai Kogyo": "kogyo" is industry).
 */
export function describedJapaneseName(toks: readonly Tok[], index: number, to: number): boolean {
  if (to - index !== 2) return false
  const noun = toks[index - 1]
  if (noun?.kind !== 'word' || noun.value !== noun.lower || firmCallings.has(noun.value)) return false
  if (!isCallingNoun(noun.value) && !playingPositions.has(noun.value)) return false
  if (!japaneseNameShape(toks, index, to, false)) return false
  return toks.some((tok) => tok.value === 'Japan' || tok.value === 'Japanese')
}

/**
 * Whether two words at `toks[index]` to `toks[to]` are spelt as a Japanese person's name: both romaji of
 * four letters or more, neither a company's word ("kogyo"), and one a name the lists know or ending as
 * given names ("-hei", "-suke") or family names ("-kawa", "-zawa") do; with `familyFirst` the family name
 * may come first ("Tomikawa Kenta"), as in Japanese order.
 */
export function japaneseNameShape(
  toks: readonly Tok[],
  index: number,
  to: number,
  familyFirst: boolean,
): boolean {
  if (to - index !== 2) return false
  const given = toks[index]!.lower
  const family = toks[index + 1]!.lower
  for (const word of [given, family])
    if (word.length < 4 || !romajiWord.test(word) || isJapaneseCompanyWord(word)) return false
  return (
    isJapaneseNameWord(given) ||
    isJapaneseNameWord(family) ||
    givenNameEnding.test(given) ||
    familyNameEnding.test(family) ||
    (familyFirst && familyNameEnding.test(given))
  )
}

// How Japanese given names ("Kazuhei", "Ryosuke", "Takahiro", "Shintaro") and family names ("Tomikawa",
// "Hashimoto", "Nakamura", "Ishihara") no list knows often end.
const givenNameEnding = /(?:hei|suke|hiro|taro|jiro|ichi|hiko|nori|masa|yuki|haru|kazu|shi|ko|mi|ya)$/
const familyNameEnding =
  /(?:kawa|gawa|sawa|zawa|moto|mura|yama|shima|jima|hara|bara|saki|zaki|hashi|bashi|mori|guchi|uchi|oka|naka|ta|da|no)$/

// Words that introduce a person's nickname after their name: "known as", "known online as", "nicknamed",
// "dubbed".
const nicknameCues = new Set(['known', 'nicknamed', 'dubbed'])
/**
 * "the host Lu Fangfei, known online as "Auntie Pearl", …", "Qiao Dan, nicknamed "Captain Kite"": the quoted
 * nickname right after a person's name that ends at `toks[end]`, as tokens `[from, to)`: one to three
 * capitalised words in quotation marks after "known (…) as", "nicknamed" or "dubbed". A quoted phrase in
 * lower case ("known as the "cherry king"") is a description, not a name.
 */
export function nicknameAfter(toks: readonly Tok[], end: number): { from: number; to: number } | undefined {
  let at = toks[end]?.value === ',' ? end + 1 : end
  const cue = toks[at]
  // The cheap test first: most names are followed by none of the three words.
  if (cue === undefined || !nicknameCues.has(cue.value)) return undefined
  at++
  if (cue.value === 'known') {
    // "known as", "known online as", "known locally as".
    if (toks[at]?.value !== 'as') at++
    if (toks[at]?.value !== 'as') return undefined
    at++
  }
  if (!openQuotes.has(toks[at]?.value ?? '')) return undefined
  const from = at + 1
  for (at = from; at < from + 3 && (toks[at]?.flags ?? 0) & capitalised; at++);
  return at > from && closeQuotes.has(toks[at]?.value ?? '') ? { from, to: at } : undefined
}
