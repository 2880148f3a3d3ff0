/**
 * Acronyms an article defines in brackets after a body's full name ("the Baltic Timber Traders Association
 * (BTTA)"): every mention of the acronym is then that body, so the acronym is the body's alias and not a
 * body of its own.
 */

import { demonyms } from '../data/demonyms.js'
import { foreignLegalForms } from '../data/organisations.js'
import type { MentionFinding } from '../findings.js'
import { fitsWords, mixedCaseLetters, type NameWord, nameWords } from './acronym-letters.js'
import type { SentenceMentions } from './brands.js'
import { joinPlacedAcronyms, joinSpeltAcronyms, renameAcronyms } from './spelt-acronyms.js'
import { dropTermAcronyms } from './term-acronyms.js'
import { isAllCaps, type Tok } from './tokens.js'

/** Give every acronym mention the full name the article defines it as, where the definition is clear. */
export function findDefinedAcronyms(sentences: readonly SentenceMentions[]): void {
  // "polyamide resin (PAR)": an acronym defined as a term is no body, wherever the article uses it.
  dropTermAcronyms(sentences)
  let defined: Map<string, string | null> | undefined
  for (const { toks, mentions } of sentences) {
    for (let index = 0; index < mentions.length - 1; index++) {
      const acronym = mentions[index + 1]!
      // The cheap test first: most mentions are not an acronym.
      if (!isAcronym(acronym)) continue
      const full = definedBody(toks, mentions, index)
      if (full === undefined) continue
      defined ??= new Map()
      // One acronym defined as two bodies is left to neither.
      const known = defined.get(acronym.name)
      defined.set(acronym.name, known === undefined || known === full ? full : null)
    }
  }
  // "the Xinbao TSA" after "the Xinbao Tidal Survey Administration": the place and the acronym are one body.
  joinPlacedAcronyms(sentences, isAcronym, defined)
  // "the KCPCT will" after "the Kelvar Council for the Promotion of Coastal Trade": no brackets.
  joinSpeltAcronyms(sentences, isAcronym, defined)
  if (defined === undefined) return
  findOddAcronyms(sentences, defined)
  renameAcronyms(sentences, isAcronym, defined)
  spellOutInNames(sentences, defined)
}

// The name of the body the acronym after mention `at` stands for, when it stands in brackets right after
// that body's name ("the Kelvar Institute of Marine Optics (KIMO)"), or after the name of the body it
// belongs to, set off by a comma ("the Kelvar Institute of Marine Optics, Baltic Academy of Sciences (KIMO)":
// the institute's, as "… of the Baltic Academy of Sciences (KIMO)" is).
function definedBody(
  toks: readonly Tok[],
  mentions: readonly MentionFinding[],
  at: number,
): string | undefined {
  const acronym = mentions[at + 1]!
  const full = mentions[at]!
  if (full.type !== 'organization' || full.generic || !inBrackets(toks, full.end, acronym)) return undefined
  // "Vordal Skipsrad Kontroll (SeaVSK)": the capitals at one end of a word are the acronym.
  const letters = mixedCaseLetters(acronym.name) ?? acronym.name
  if (fitsWords(letters, nameWords(toks, full.start, full.end))) return full.name
  const body = mentions[at - 1]
  if (body?.type === 'organization' && !body.generic && commaBetween(toks, body.end, full.start)) {
    if (fitsWords(letters, nameWords(toks, body.start, body.end))) return body.name
  }
  // "the Chilean Fruit Export Association (AECF)": an acronym of the name in the body's own language
  // spells no English words, but has most of their initials in another order.
  if (acronym.rule !== 'org-acronym') return undefined
  const words = nameWords(toks, full.start, full.end)
  return sharesInitials(letters, words) ||
    nativeAcronym(letters, full.name, words) ||
    leadsInitials(letters, words)
    ? full.name
    : undefined
}

// Whether all the acronym's letters but its last are the initials of the name's first words, three at
// least, in order, and two words or more of the name are left for the last letter: "the Agency for Coastal
// Trade and Harbour Works (ACTX)", an acronym in the body's own language that ends in a letter the English
// words do not give; not "Vanterra Logistics Group (VLX)" nor "… Rubber Producers Group (TRPX)", where the
// last letter stands for one word and is not its initial (a short form the article gets wrong).
function leadsInitials(letters: string, words: readonly NameWord[]): boolean {
  if (letters.length < 4) return false
  let letter = 0
  let left = 0
  for (const word of words) {
    if (word.optional) continue
    if (letter === letters.length - 1) left++
    else if (word.letters[0] !== letters[letter]) return false
    else letter++
  }
  return left >= 2
}

// Whether an acronym of three letters or more after a national body's name ("the Thai Chamber of Rubber
// Growers (HOKAYANG)") is its initials in the nation's own language: the name starts with a nationality and
// most of the acronym's letters are no initials of its English words (not "Korean Logistics Group (KLX)").
function nativeAcronym(letters: string, name: string, words: readonly NameWord[]): boolean {
  if (letters.length < 3) return false
  const space = name.indexOf(' ')
  if (space === -1) return false
  // "South Korean" is one nationality of two words.
  const second = name.indexOf(' ', space + 1)
  if (!demonyms.has(name.slice(0, space)) && !(second !== -1 && demonyms.has(name.slice(0, second))))
    return false
  const initials = new Set<string>()
  for (const word of words) if (!word.optional) initials.add(word.letters[0]!)
  let shared = 0
  for (const letter of letters) if (initials.has(letter)) shared++
  return shared * 2 < letters.length
}

// Whether an acronym of three letters or more has the initials of most of the name's words (two at
// least), some in another order, as a translation orders its words anew: "AECF" has the four of
// "Chilean Fruit Export Association", "E" before "F"; not "(VLX)" after "Vanterra Logistics Group",
// whose "V" and "L" are in order, a short form the article gets wrong or another body's.
function sharesInitials(letters: string, words: readonly NameWord[]): boolean {
  if (letters.length < 3) return false
  let named = 0
  let shared = 0
  let last = -1
  let reordered = false
  // Each letter stands for one word: "Lianhe Port Logistics Group (LIP)" has its "L" once.
  let used = 0
  for (const [index, word] of words.entries()) {
    // "the Key Laboratory of Marine Sensors of the Kessel Institute of Optics (KIO)": the acronym spells the
    // body the of-phrase names, not the laboratory.
    if (word.letters === 'OF' && fitsWords(letters, words.slice(index + 1))) return false
    if (word.optional) continue
    named++
    let at = letters.indexOf(word.letters[0]!)
    while (at !== -1 && used & (1 << at)) at = letters.indexOf(word.letters[0]!, at + 1)
    if (at === -1) continue
    used |= 1 << at
    shared++
    if (at < last) reordered = true
    last = at
  }
  return reordered && shared >= 2 && shared * 2 > named
}

/**
 * Add a mention for each later use of a defined acronym the acronym rule does not propose on its own: one
 * in mixed case ("ClassVS") or one whose letters are a legal form's ("Bureau Vestra (BV) … BV is willing").
 */
function findOddAcronyms(
  sentences: readonly SentenceMentions[],
  defined: ReadonlyMap<string, string | null>,
) {
  let odd: Set<string> | undefined
  for (const [acronym, full] of defined) {
    if (!full || (mixedCaseLetters(acronym) === undefined && !foreignLegalForms.has(acronym))) continue
    odd ??= new Set()
    odd.add(acronym)
  }
  if (odd === undefined) return
  for (const sentence of sentences) {
    let { mentions } = sentence
    // The tokens and the mentions both run in order, so one index walks the mentions once.
    let at = 0
    for (const tok of sentence.toks) {
      if (tok.kind !== 'word' || !odd.has(tok.base)) continue
      const end = tok.start + tok.base.length
      while (at < mentions.length && mentions[at]!.end <= tok.start) at++
      if (at < mentions.length && mentions[at]!.start < end) continue
      if (mentions === sentence.mentions) mentions = [...mentions]
      mentions.splice(at, 0, {
        start: tok.start,
        end,
        type: 'organization',
        name: tok.base,
        rule: 'org-acronym',
      })
    }
    sentence.mentions = mentions
  }
}

// Whether only a comma stands between offsets `end` and `start`: "…Optics, Baltic Academy …".
function commaBetween(toks: readonly Tok[], end: number, start: number): boolean {
  let at = 0
  while (at < toks.length && toks[at]!.start < end) at++
  return toks[at]?.value === ',' && toks[at + 1]?.start === start
}

// "the Xinbao Committee of the KFRT" is "the Xinbao Committee of the Kelvar Federation of Rail Traders"
// once the article defines "(KFRT)": a body's name with a defined acronym inside it goes by the name with
// the acronym written out, where the article writes that name too (the two are one body).
function spellOutInNames(
  sentences: readonly SentenceMentions[],
  defined: ReadonlyMap<string, string | null>,
) {
  let names: Set<string> | undefined
  for (const sentence of sentences) {
    let { mentions } = sentence
    for (let index = 0; index < mentions.length; index++) {
      const mention = mentions[index]!
      if (mention.type !== 'organization' || !mention.name.includes(' ')) continue
      const name = spelledOut(mention.name, defined)
      if (name === undefined) continue
      names ??= organizationNames(sentences)
      if (!names.has(name)) continue
      if (mentions === sentence.mentions) mentions = [...mentions]
      mentions[index] = { ...mention, name }
    }
    sentence.mentions = mentions
  }
}

// `name` with the first defined acronym among its words written out, or undefined when it has none.
function spelledOut(name: string, defined: ReadonlyMap<string, string | null>): string | undefined {
  const words = name.split(' ')
  for (let index = 0; index < words.length; index++) {
    const full = defined.get(words[index]!)
    if (full) return [...words.slice(0, index), full, ...words.slice(index + 1)].join(' ')
  }
  return undefined
}

function organizationNames(sentences: readonly SentenceMentions[]): Set<string> {
  const names = new Set<string>()
  for (const { mentions } of sentences) {
    for (const mention of mentions) if (mention.type === 'organization') names.add(mention.name)
  }
  return names
}

// Whether a mention is an acronym: one the acronym rule found, or a national body's ("JETRO", "NDRC"),
// which an article may define after the full name as well ("the Japan External Trade Organization (JETRO)").
function isAcronym(mention: MentionFinding): boolean {
  return (
    mention.rule === 'org-acronym' ||
    (mention.rule === 'org-national-body' &&
      mention.end - mention.start === mention.name.length &&
      isAllCaps(mention.name))
  )
}

// Whether the acronym mention is all that stands in brackets right after the name: "… Association (BTTA)".
function inBrackets(toks: readonly Tok[], end: number, acronym: { start: number; end: number }): boolean {
  let at = 0
  while (at < toks.length && toks[at]!.start < end) at++
  return (
    toks[at]?.value === '(' &&
    toks[at + 1]?.start === acronym.start &&
    toks[at + 1]!.end === acronym.end &&
    toks[at + 2]?.value === ')'
  )
}
