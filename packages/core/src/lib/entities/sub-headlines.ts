/**
 * Sub-headlines inside an article's body. A news round-up puts a one-line Title Case paragraph over each
 * item ("Xinbao Port Opens New Ferry Route"); its capitals prove no more than the title's do, so the entity
 * rules read it as they read the title.
 */
import type { Root, Sentence } from 'nlcst'
import type { MentionFinding } from '../findings.js'
import type { Tok } from './tokens.js'
import { capitalised, functionWord, legalForm, organisationHead } from './word-classes.js'

/** The body's sentences that are alone in their paragraph: the only ones that can be a sub-headline. */
export function loneSentences(tree: Root): Set<Sentence> {
  const lone = new Set<Sentence>()
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode' || paragraph.data?.heading === true) continue
    let only: Sentence | undefined
    let count = 0
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue
      only = child
      count++
    }
    if (count === 1) lone.add(only!)
  }
  return lone
}

/**
 * Whether a sentence alone in its paragraph, with the `mentions` the sentence rules found in it, is a
 * sub-headline: three to sixteen words in Title Case, no closing mark, no colon, not a credit line
 * ("Photo by Li Na"), and more than a name ("Xinbao Municipal Bureau of Commerce" alone is a name): a
 * word outside the names found, or a verb inside the one name found ("Xinbao Bureau Trains Private
 * Enterprises" is not a body).
 */
export function isSubHeadline(toks: readonly Tok[], mentions: readonly MentionFinding[]): boolean {
  const last = toks.at(-1)
  if (!last || (last.kind !== 'word' && last.value !== '%')) return false
  // "… on May 6.": the parser keeps a full stop after a number on the word; it closes a sentence.
  if (last.value.endsWith('.') && isDigit(last.value.charCodeAt(0))) return false
  let words = 0
  for (const tok of toks) {
    if (tok.value === ':' || tok.value === ';') return false
    if (tok.kind !== 'word') continue
    words++
    // A lower-case word other than a function word ("of", "in", "and") or a legal form ("Harwick Holdings
    // plc Opens …") is a sentence's, not a heading's.
    if (!(tok.flags & (capitalised | functionWord | legalForm)) && !/^\d/.test(tok.value)) return false
  }
  if (words < 3 || words > 16 || !(toks[0]!.flags & capitalised) || bylines.has(toks[0]!.value)) return false
  return hasWordOutside(toks, mentions) || hasVerbInside(toks)
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

// First words of a credit line, which names people as a body sentence does: "Photo by Li Na".
// biome-ignore format: packed data
const bylines = new Set([
  'By', 'Photo', 'Photos', 'Reporter', 'Reporters', 'Editor', 'Editors', 'Source', 'Written', 'Translated',
  'Translator', 'Author', 'Correspondent', 'Contributed',
])

// Whether a capitalised word other than a function word is in no mention: "Opens" in "Jinzhou District
// Opens …".
function hasWordOutside(toks: readonly Tok[], mentions: readonly MentionFinding[]): boolean {
  for (const tok of toks) {
    if (tok.kind !== 'word' || (tok.flags & (capitalised | functionWord)) !== capitalised) continue
    if (!mentions.some((mention) => mention.start <= tok.start && tok.end <= mention.end)) return true
  }
  return false
}

// Plural nouns that end in "s" like a verb and are often a word of a body's name ("Foreign Affairs Office").
// biome-ignore format: packed data
const namePlurals = new Set([
  'Affairs', 'Sports', 'Resources', 'Sciences', 'Studies', 'Relations', 'Communications', 'Economics',
  'Products', 'Arts', 'Goods', 'Materials', 'Foods', 'Parts', 'Games', 'Nations', 'States', 'Veterans',
  'Workers', 'Farmers', 'Islands', 'Letters', 'Calls', 'Sales', 'Affiliates', 'Studios', 'Seeds',
])

// Whether a word between the first and the last reads as a verb of the present ("Trains", "Steps"): a
// capitalised word ending in a single "s" that is neither a head word nor a plural of a name.
function hasVerbInside(toks: readonly Tok[]): boolean {
  for (let index = 1; index < toks.length - 1; index++) {
    const tok = toks[index]!
    if (tok.kind !== 'word' || !(tok.flags & capitalised) || tok.flags & organisationHead) continue
    if (/^[A-Z][a-z]+[^s]s$/.test(tok.value) && !namePlurals.has(tok.value)) return true
  }
  return false
}
