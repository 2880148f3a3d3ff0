/**
 * Company names without a head word ("Huawei signed …", "Bremer, a German engineering company, …"), read
 * only where the article shows what they are: an appositive that calls the name a company, or a pinyin
 * brand name the article uses more than once as the subject of what companies do and never as a location;
 * camel-case brands ("NovaKite") in `camel-case-names.ts`.
 */
import { splitPinyin } from '../data/pinyin.js'
import type { MentionFinding } from '../findings.js'
import { findCamelCaseNames } from './camel-case-names.js'
import { isBrandSubject, isCompanyAppositive } from './company-cues.js'
import { isCapitalised, type Tok } from './tokens.js'
import { capitalised, functionWord } from './word-classes.js'

export { isCompanyAppositive } from './company-cues.js'

/** A sentence with the mentions the sentence rules found in it. */
export interface SentenceMentions {
  /** The sentence's words and punctuation. */
  readonly toks: readonly Tok[]
  /** Whether the sentence is the heading. */
  readonly heading: boolean
  /** Mentions found so far, in text order; rules across sentences add to them. */
  mentions: MentionFinding[]
}

/** The names of the mentions `rule` found in any of `sentences`. */
export function namesFoundBy(sentences: readonly SentenceMentions[], rule: string): Set<string> {
  const names = new Set<string>()
  for (const { mentions } of sentences) {
    for (const mention of mentions) if (mention.rule === rule) names.add(mention.name)
  }
  return names
}

/** Words after which a capitalised name is a place ("in", "to", "near"), not a company or a brand. */
export const locatives: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'across',
  'throughout',
])
/** The locatives of rest, not of motion ("from", "to"): "Hotels in Shibei". */
export const restLocatives: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'into',
  'across',
  'throughout',
])
const properWord = /^\p{Lu}\p{Ll}+$/u

interface Occurrence {
  readonly sentence: SentenceMentions
  readonly from: number
  readonly to: number
}

/**
 * Add organization mentions for company names without a head word, in the heading too once the body
 * shows them. Words already inside a mention are left alone.
 */
export function findBrands(sentences: readonly SentenceMentions[]): void {
  // The runs of proper words outside the mentions, as (sentence, from, to) triples: most articles show no
  // run to be a company's, so a run's name is only made for the few an appositive or a verb picks out.
  const runs: number[] = []
  let companies: Set<string> | undefined
  let subjects: Set<string> | undefined
  sentences.forEach((sentence, at) => {
    // A heading's capitals prove nothing; its words are tagged below once the body has shown the name.
    if (sentence.heading) return
    const { toks } = sentence
    const covered = coveredTokens(sentence)
    for (let index = 0; index < toks.length; index++) {
      const to = nameEnd(toks, index, covered)
      if (to === index) continue
      runs.push(at, index, to)
      if (isCompanyAppositive(toks, to)) {
        companies ??= new Set()
        companies.add(nameOf(toks, index, to))
      }
      if (to === index + 1 && isBrandSubject(toks, index)) {
        subjects ??= new Set()
        subjects.add(nameOf(toks, index, to))
      }
      index = to - 1
    }
  })
  if (companies !== undefined || subjects !== undefined) {
    tagBrands(sentences, runs, companies ?? new Set(), subjects)
  }
  findCamelCaseNames(sentences)
}

// Tag every place the body writes a name shown to be a company's, and the headings that write it.
function tagBrands(
  sentences: readonly SentenceMentions[],
  runs: readonly number[],
  companies: ReadonlySet<string>,
  subjects: ReadonlySet<string> | undefined,
): void {
  const byName = new Map<string, Occurrence[]>()
  // A name the article also uses as a place ("in Jinshitan") is not a company.
  const located = new Set<string>()
  for (const { mentions } of sentences) {
    for (const mention of mentions) if (mention.type === 'place') located.add(mention.name)
  }
  for (let at = 0; at < runs.length; at += 3) {
    const sentence = sentences[runs[at]!]!
    const { toks } = sentence
    const from = runs[at + 1]!
    const to = runs[at + 2]!
    const name = nameOf(toks, from, to)
    if (!companies.has(name) && !subjects?.has(name)) continue
    const list = byName.get(name) ?? []
    list.push({ sentence, from, to })
    byName.set(name, list)
    const before = toks[from - 1]
    if (before && locatives.has(before.lower)) located.add(name)
  }
  for (const [name, list] of byName) {
    const brand = subjects?.has(name) && list.length >= 2 && !located.has(name) && isPinyin(name)
    if (!companies.has(name) && !brand) continue
    for (const { sentence, from, to } of [...list, ...inHeadings(sentences, name)]) {
      const last = sentence.toks[to - 1]!
      sentence.mentions.push({
        start: sentence.toks[from]!.start,
        end: last.possessive ? last.start + last.base.length : last.end,
        type: 'organization',
        name,
        rule: companies.has(name) ? 'org-company-appositive' : 'org-brand-subject',
      })
      sentence.mentions.sort((a, b) => a.start - b.start)
    }
  }
}

// Where a heading writes `name` outside the mentions found in it.
function inHeadings(sentences: readonly SentenceMentions[], name: string): Occurrence[] {
  const words = name.split(' ')
  const found: Occurrence[] = []
  for (const sentence of sentences) {
    if (!sentence.heading) continue
    const { toks } = sentence
    const covered = coveredTokens(sentence)
    for (let index = 0; index + words.length <= toks.length; index++) {
      let offset = 0
      while (
        offset < words.length &&
        !covered?.[index + offset] &&
        toks[index + offset]!.base === words[offset]
      )
        offset++
      const next = toks[index + offset]
      if (offset === words.length && !(next?.spaced && next.kind === 'word' && isCapitalised(next.value))) {
        found.push({ sentence, from: index, to: index + offset })
      }
    }
  }
  return found
}

function coveredTokens(sentence: SentenceMentions): boolean[] | undefined {
  if (sentence.mentions.length === 0) return undefined
  const covered: boolean[] = []
  let at = 0
  for (const mention of sentence.mentions) {
    while (at < sentence.toks.length && sentence.toks[at]!.start < mention.end) {
      if (sentence.toks[at]!.end > mention.start) covered[at] = true
      at++
    }
  }
  return covered
}

// The end of a run of one to three proper words starting at `index` that no mention covers, or `index`.
function nameEnd(toks: readonly Tok[], index: number, covered: boolean[] | undefined): number {
  if (!(toks[index]!.flags & capitalised)) return index
  const before = toks[index - 1]
  if (before?.kind === 'word' && before.flags & capitalised) return index
  let to = index
  while (to < index + 3) {
    const tok = toks[to]
    // The cheap tests first: this runs on every word of the article.
    if (tok?.kind !== 'word' || !(tok.flags & capitalised) || covered?.[to] || !properWord.test(tok.base))
      break
    if (to > index && !tok.spaced) break
    if (tok.flags & functionWord) break
    to++
    if (tok.possessive) break
  }
  const next = toks[to]
  // A run that goes on into more capitalised words is part of a longer name the rules did not read.
  if (next?.kind === 'word' && next.spaced && next.flags & capitalised) return index
  return to
}

function nameOf(toks: readonly Tok[], from: number, to: number): string {
  // Most runs are one word: its base is the name.
  if (to === from + 1) return toks[from]!.base
  const words: string[] = []
  for (let index = from; index < to; index++) words.push(toks[index]!.base)
  return words.join(' ')
}

// A brand made of two to four pinyin syllables ("Huawei", "Haier"), the kind a Chinese company takes.
function isPinyin(name: string): boolean {
  if (name.includes(' ')) return false
  const lower = name.toLowerCase()
  const syllables = splitPinyin(lower) ?? splitAtVowels(lower)
  return syllables !== undefined && syllables.length >= 2 && syllables.length <= 4
}

// Brands drop the apostrophe pinyin puts where a syllable opens with a vowel ("Haier" for "Hai'er").
function splitAtVowels(word: string): string[] | undefined {
  for (let at = 1; at < word.length; at++) {
    if (!/[aeiouü]/.test(word[at - 1]!) || !/[aeo]/.test(word[at]!)) continue
    const syllables = splitPinyin(`${word.slice(0, at)}'${word.slice(at)}`)
    if (syllables) return syllables
  }
  return undefined
}
