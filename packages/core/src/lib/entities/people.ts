import { demonyms } from '../data/demonyms.js'
import { canonicalTitle, lowerCaseHonorifics } from '../data/titles.js'
import { arabicFamilyName, lowerArabicName, mayStartLowerArabicName } from './arabic-names.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { chineseName } from './chinese-names.js'
import {
  isContextNameWord,
  lowerCaseChineseName,
  mayStartLowerCaseName,
  nameByContext,
} from './context-names.js'
import { nicknameAfter } from './described-names.js'
import { japaneseName, koreanName, lowerKoreanName, lowerParticleName, westernName } from './foreign-names.js'
import { matchPlace } from './gazetteer.js'
import { initialledName } from './initial-names.js'
import { isInitial } from './initials.js'
import { beforeLowerNames, sentenceEndsAt } from './name-starts.js'
import { followedByHead, isNameWord, type NameMatch, nameLeads } from './name-words.js'
import { englishEnding, looksLikeOneWordName, oneWordNameByRelation } from './one-word-names.js'
import { afterPost, stackedTitleEnd } from './post-titles.js'
import { afterPlaceOfTitle, isTitleTok, nameAfterTitle, titleAt } from './titles.js'
import { isCapitalised, isLowerWord, type Tok } from './tokens.js'
import { lowerVietnameseName, mayStartVietnameseName, vietnameseName } from './vietnamese-names.js'
import { capitalised, functionWord, titleFirst } from './word-classes.js'

/** Propose every person named in the sentence: titled names, Chinese, Japanese, Korean and Western names. */
export function proposePeople(toks: readonly Tok[], out: Candidate[], heading: boolean): void {
  for (let index = 0; index < toks.length; index++) {
    const tok = toks[index]!
    // Every rule below starts a name at a word, never at a mark.
    if (tok.kind !== 'word') continue
    // A name starts at a title, at a capitalised word, at a lower-case surname or given name before a
    // capitalised word ("zhang Heming") or at a pinyin surname ("zhou hanlin said"); most words are none.
    const next = toks[index + 1]
    if (
      !(tok.flags & (titleFirst | capitalised)) &&
      !(next && next.flags & capitalised) &&
      !lowerKoreanName(tok, next) &&
      !lowerParticleName(tok, next) &&
      !mayStartLowerCaseName(tok) &&
      !mayStartVietnameseName(tok) &&
      !isInitial(tok) &&
      !lowerHonorifics.has(tok.value) &&
      !mayStartLowerArabicName(tok, next)
    )
      continue
    const master = addressedName(toks, index)
    if (master) {
      out.push({ ...master, type: 'person', priority: priority.person })
      index = master.to - 1
      continue
    }
    const title = titleAt(toks, index)
    if (title) {
      const end = stackedTitleEnd(toks, title)
      const titledName = nameAfterTitle(toks, afterPlaceOfTitle(toks, end))
      const name = titledName && afterPost(toks, titledName)
      if (name) {
        // A capitalised title is part of the mention ("Mayor Li Ming"), and a lower-case one that stands
        // alone before the name ("and district head Ren Hao", not "the company's general manager Ren Hao");
        // not when a place comes between, which stays a place ("Ambassador to China Wouter Plomp").
        const titled = name.from === end && (isCapitalised(tok.value) || titleStandsAlone(toks, index))
        const person = { to: name.to, type: 'person', name: name.name, priority: priority.person } as const
        out.push({
          ...person,
          from: titled ? index : name.from,
          rule: name.rule === 'person-chinese-name' ? 'person-titled-chinese-name' : name.rule,
          // "Liaoning Port Group chairman Deng Renjie": the body keeps "Group", and a name that needs no
          // title to be read is still a person.
          untitled:
            titled && !name.rule.startsWith('person-titled')
              ? { ...person, from: name.from, rule: name.rule }
              : undefined,
        })
        pushNickname(toks, { from: titled ? index : name.from, to: name.to, name: name.name }, out)
        index = name.to - 1
        continue
      }
    }
    const name =
      lowerNameAfterHonorific(toks, index) ??
      (mayStartLowerArabicName(tok, next) ? lowerArabicName(toks, index, readName) : undefined) ??
      nameAt(toks, index) ??
      arabicFamilyName(toks, index) ??
      (heading
        ? undefined
        : (nameByContext(toks, index) ??
          lowerCaseChineseName(toks, index, false) ??
          lowerVietnameseName(toks, index) ??
          vietnameseName(toks, index) ??
          initialledName(toks, index) ??
          singleNameByRole(toks, index) ??
          oneWordNameByRelation(toks, index)))
    if (name) {
      out.push({
        from: strayNumberBefore(toks, name.from) ? name.from - 1 : name.from,
        to: name.to,
        type: 'person',
        name: name.name,
        rule: name.rule,
        priority: priority.person,
      })
      index = name.to - 1
      pushNickname(toks, name, out)
    }
  }
}

// "Lu Fangfei, known online as "Auntie Pearl"": the quoted nickname is a mention of the same person. Not
// one that starts with a title ("Captain Kite"), which would give the person a post they do not hold, nor
// after a name that is the object of a preposition ("the cherries grown by Wang Lei, known as "Red
// Pearl"", "the daughter of …"), where the phrase names what the sentence is about.
function pushNickname(
  toks: readonly Tok[],
  name: { from: number; to: number; name: string },
  out: Candidate[],
): void {
  const before = toks[name.from - 1]
  if (before?.kind === 'word' && (personPrepositions.has(before.lower) || before.lower === 'of')) return
  const nickname = nicknameAfter(toks, name.to)
  if (nickname && !isTitleTok(toks[nickname.from]!))
    out.push({
      ...nickname,
      type: 'person',
      name: name.name,
      rule: 'person-nickname',
      priority: priority.person,
    })
}

// "dr. mereani Tuilagi, head of …": translations leave a given name no list knows in lower case after an
// honorific in lower case; the honorific says a name follows, so one lower-case word of letters and a
// capitalised one are read as the name ("Dr. and Mrs. Olsen" are not). A capitalised honorific is the
// title rule's, which reads "Prof. emeritus Hu Lan" as Hu Lan; "5 ms using …" counts milliseconds, and an
// English word ("using", "emeritus") or a Chinese name after the word ("prof. emeritus Hu Lan") is no
// given name.
function lowerNameAfterHonorific(toks: readonly Tok[], index: number): NameMatch | undefined {
  if (!lowerHonorifics.has(toks[index]!.value)) return undefined
  if (/^\d/.test(toks[index - 1]?.value ?? '')) return undefined
  let at = index + 1
  if (toks[at]?.value === '.' && !toks[at]!.spaced) at++
  const given = toks[at]
  const family = toks[at + 1]
  if (given?.kind !== 'word' || !given.spaced || given.flags & (functionWord | titleFirst)) return undefined
  if (!/^[a-z]{3,12}$/.test(given.value) || !family?.spaced || !isNameWord(family)) return undefined
  if (englishEnding.test(given.value) || given.value.endsWith('us')) return undefined
  if (isTitleTok(family) || matchPlace(toks, at + 1) || followedByHead(toks, at + 2)) return undefined
  if (chineseName(toks, at + 1)) return undefined
  return { from: index, to: at + 2, name: `${given.value} ${family.base}`, rule: 'person-titled' }
}

// The honorifics, in the lower case the rule above reads them in, with and without the full stop.
const lowerHonorifics = new Set(lowerCaseHonorifics.flatMap((word) => [word, `${word}.`]))

/**
 * "Master Shi Yanming", "Venerable Master Jing Hui": a Buddhist or Taoist monk is addressed as "Master"
 * before the religious name; the mention takes the form of address, the name does not. Only before a
 * name the name rules read, since "Master" starts plans, degrees and brands ("Master Plan", "Master Kong").
 */
function addressedName(toks: readonly Tok[], index: number): NameMatch | undefined {
  let at = index
  if (toks[at]!.value === 'Venerable' && toks[at + 1]?.value === 'Master' && toks[at + 1]!.spaced) at++
  if (toks[at]!.value !== 'Master' || !toks[at + 1]?.spaced) return undefined
  const name = nameAt(toks, at + 1)
  if (name === undefined || name.to - name.from < 2) return undefined
  const rule = name.rule === 'person-chinese-name' ? 'person-titled-chinese-name' : 'person-titled'
  return { from: index, to: name.to, name: name.name, rule }
}

// Whether a lower-case title at `toks[index]` is a form of address ("by general secretary …", ", district
// head …"), not a post someone or somewhere holds ("the company's general manager", "Anshan vice mayor").
function titleStandsAlone(toks: readonly Tok[], index: number): boolean {
  const before = toks[index - 1]
  if (before === undefined) return true
  // "… at the port. vice mayor tao jingrui …": a full stop the parser did not end the sentence at.
  if (sentenceEndsAt(before)) return true
  return before.kind === 'word'
    ? beforeLowerNames.has(before.lower)
    : before.value === ',' || before.value === ';'
}

/**
 * Whether a stray number stands right before the name at `toks[from]`, left by a footnote mark or a page
 * number ("the general manager, 7 Hu Weiqing, said", "were 12 Tao Jun", "Mayor Ma Ke and 1 Ho Mei-lan",
 * "led by 5 Lu Wenjie", "'…,' 3 Hu Weiqing said"): one to three digits where no number belongs, at the
 * start of the sentence, after a comma, a colon, a closing quotation, "and", a preposition that takes a
 * person ("by", "with", "to"), a title or a lower-case verb. The mention keeps it ("7 Hu Weiqing" is how
 * the text writes the person); the name does not. "On May 6 Tao Jun …", "the 3 Tao brothers", "at 8 Tao
 * Jun …" and "1,250 Tao" keep their numbers to themselves.
 */
function strayNumberBefore(toks: readonly Tok[], from: number): boolean {
  const number = toks[from - 1]
  if (number?.kind !== 'word' || !toks[from]!.spaced || !/^\d{1,3}$/.test(number.value)) return false
  const before = toks[from - 2]
  if (before === undefined) return true
  if (!number.spaced) return false
  if (before.kind !== 'word') return /^[,:;]$/.test(before.value) || closingQuote(toks, from - 2)
  if (canonicalTitle.has(before.value) || before.value === 'and' || personPrepositions.has(before.value))
    return true
  return isLowerWord(before.value) && !(before.flags & functionWord) && /^\p{Ll}+$/u.test(before.value)
}

// Prepositions whose object is often a person ("led by", "met with", "According to"); not "at" or "on",
// which a number after names a time or a date ("at 8", "on 12").
const personPrepositions = new Set(['by', 'with', 'to', 'from', 'for', 'including'])

// A quotation mark that closes a quotation: after the quotation's last comma or stop ('"…," 3 Hu Weiqing').
function closingQuote(toks: readonly Tok[], at: number): boolean {
  return /^["'”’]$/.test(toks[at]!.value) && /^[,.!?]$/.test(toks[at - 1]?.value ?? '')
}

/**
 * A name of one word, as Mongolian, Tibetan and Uyghur officials often go by ("a delegation led by
 * Batmunkh, secretary of the County Party Committee"), read only before a comma and a title with its
 * "of", and where a name stands: at the start, after a comma, "by", "and" or "with". A place, a body, a
 * title or a sentence adverb before such a comma ("Meanwhile, director of …") is no one, nor is a word
 * whose title a name after it takes ("Afterwards, secretary of the Party committee Wang Bin visited …").
 */
function singleNameByRole(toks: readonly Tok[], index: number): NameMatch | undefined {
  const tok = toks[index]!
  if (toks[index + 1]?.value !== ',' || tok.possessive) return undefined
  // The title after the comma is the test most words fail (a class bit), so it comes first; how the word
  // looks, the costliest, comes last.
  const title = titleAt(toks, index + 2)
  if (title === undefined || title.honorific || toks[title.end]?.value !== 'of') return undefined
  const before = toks[index - 1]
  if (before !== undefined && before.value !== ',' && !/^(?:by|and|with)$/.test(before.value))
    return undefined
  if (!isContextNameWord(tok) || !looksLikeOneWordName(tok.value) || demonyms.has(tok.value)) return undefined
  for (let at = title.end + 1; at < toks.length && toks[at]!.kind === 'word'; at++)
    if (nameAt(toks, at)) return undefined
  return { from: index, to: index + 1, name: tok.value, rule: 'person-name-by-context' }
}

// The name the rules read at `toks[at]`, as the Arabic rule asks for the rest of a name.
function readName(toks: readonly Tok[], at: number): NameMatch | undefined {
  return nameAt(toks, at) ?? nameByContext(toks, at)
}

/** The name (Chinese, Japanese, Korean or Western) that starts at `toks[index]`, if any. */
export function nameAt(toks: readonly Tok[], index: number): NameMatch | undefined {
  // A Chinese or Japanese name goes on to a spaced capitalised word and a Korean one to a spaced word
  // ("Choi Min-jae", "park ji-hoon"); before any other token only a Western name can start.
  const next = toks[index + 1]
  const tok = toks[index]!
  if (
    (next?.spaced && (nameLeads.has(tok.value) || isInitial(tok))) ||
    (next?.value === '.' && !next.spaced && stoppedLeads.has(tok.value) && toks[index + 2]?.spaced)
  ) {
    const led = ledName(toks, index)
    if (led) return led
  }
  if (next?.kind !== 'word' || !next.spaced) return westernName(toks, index)
  if (!(next.flags & capitalised)) return koreanName(toks, index) ?? westernName(toks, index)
  return (
    chineseName(toks, index) ??
    japaneseName(toks, index) ??
    koreanName(toks, index) ??
    westernName(toks, index)
  )
}

/**
 * A name read by the Western rule of two words or more after the words that start a South Asian name
 * ("Syed Imtiaz Hussain") or after one to three capital initials ("K. P. Suresh Menon", "A. B. M. Shahidul
 * Karim Sarker"), which go with it: only where a name stands (see `leadMayStand`).
 */
function ledName(toks: readonly Tok[], index: number): NameMatch | undefined {
  if (!leadMayStand(toks, index)) return undefined
  let at = toks[index + 1]!.spaced ? index + 1 : index + 2
  if (isInitial(toks[index])) {
    while (at < index + 3 && isInitial(toks[at]) && toks[at]!.spaced) at++
    if (/^\p{Ll}/u.test(toks[index]!.value) || !toks[at]?.spaced) return undefined
  }
  const name = westernName(toks, at)
  if (name === undefined || name.from !== at || name.to - at < 2) return undefined
  return { from: index, to: name.to, name: spanText(toks, index, name.to), rule: name.rule }
}

// Lead words whose full stop the parser parts from them once a sentence cut after it is joined again
// ("Mohd. Rafiq Alam": "Mohd" and "."), unlike "Md.", which it knows.
const stoppedLeads = new Set(['Mohd', 'Muhd'])

// Words before a name that are no function words: "present were A. K. Menon", "including Md. Rafiq Alam".
const beforeNames = new Set(['were', 'was', 'are', 'is', 'including', 'like', 'said', 'told'])

// Whether a name led by a lead word or initials may start at `toks[index]`: at the start, after a title
// ("Dr. K. P. Suresh Menon"), a mark or a lower-case word, and for initials only a function word, a verb or
// a post ("headed by", "met with", "welcomed", "the director"); not after a capitalised word ("Zone B. Anna
// Keller"), a noun ("a plan B. Anna Keller") or a comma that ends a place ("from Baltimore, Md. John
// Miller": the state's abbreviation).
function leadMayStand(toks: readonly Tok[], index: number): boolean {
  const before = toks[index - 1]
  if (before === undefined || isTitleTok(before)) return true
  if (before.kind !== 'word') return before.value !== ',' || !placeEndsAt(toks, index - 1)
  if (before.value !== before.lower) return false
  // A lead word is a name's after any lower-case word ("the trade adviser Syed Imtiaz Hussain").
  if (!isInitial(toks[index])) return true
  return (
    (before.flags & functionWord) !== 0 ||
    beforeNames.has(before.value) ||
    before.value.endsWith('ed') ||
    canonicalTitle.has(before.value)
  )
}

// Whether a place of up to three tokens ends right before `toks[end]`.
function placeEndsAt(toks: readonly Tok[], end: number): boolean {
  for (let at = Math.max(0, end - 3); at < end; at++)
    if (matchPlace(toks, at)?.length === end - at) return true
  return false
}
