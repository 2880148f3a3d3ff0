/**
 * Words in a document's Title Case title that look like a body's name and are none: the kinds of enterprise
 * a policy is for ("Several Measures for Supporting Private Enterprises"), the field a plan develops
 * ("Action Plan for the Development of the Xinbao Marine Energy Industry") and the subject of a quoted book
 * or exhibition ('the book "A History of the Xinbao Archives"').
 */
import { closeQuotes, openQuotes } from './structure-names.js'
import type { Tok } from './tokens.js'
import { capitalised, placeFirst } from './word-classes.js'

// Words that say what kind of enterprise or investment is meant, not which: "the Development of Private
// Enterprises", "Foreign-funded Enterprises", "Small and Medium Enterprises" in a document's Title Case title.
// biome-ignore format: packed data
const kindWords = new Set([
  'Private', 'Public', 'State-owned', 'State-Owned', 'Foreign', 'Foreign-funded', 'Foreign-Funded',
  'Foreign-invested', 'Foreign-Invested', 'Overseas', 'Domestic', 'Local', 'Small', 'Medium', 'Medium-sized',
  'Medium-Sized', 'Small-sized', 'Large', 'Large-scale', 'Key', 'Leading', 'Major', 'Backbone', 'Listed',
  'High-tech', 'High-Tech', 'Emerging', 'Strategic', 'Specialized', 'Sci-tech', 'Sci-Tech',
])

/**
 * Whether the words `[from, to)` before a weak head are only kinds of enterprise ("Private", "Small and
 * Medium"), maybe after the verb of a title ("Supporting Private Enterprises").
 */
export function onlyKinds(toks: readonly Tok[], from: number, to: number): boolean {
  // "Liaoning Key Laboratory": a place may end in "-ing" too.
  const first = toks[from]!
  const verb = first.value.endsWith('ing') && !(first.flags & placeFirst)
  const start = verb && to - from > 1 ? from + 1 : from
  for (let index = start; index < to; index++) {
    const tok = toks[index]!
    if (!kindWords.has(tok.value) && tok.value !== 'and') return false
  }
  return true
}

// The nouns that name a government document by its kind: "Action Plan", "Several Opinions", "Measures",
// "Regulations", "Implementation Programme", "Notice".
// biome-ignore format: packed data
const documentNouns = new Set([
  'Plan', 'Plans', 'Programme', 'Programmes', 'Program', 'Programs', 'Opinions', 'Measures', 'Regulations',
  'Notice', 'Rules', 'Scheme', 'Guidelines', 'Outline', 'Provisions', 'Policies', 'Methods', 'Decision',
])
// The lower-case words a Title Case title keeps between its capitalised words.
const titleLinks = new Set(['of', 'the', 'for', 'on', 'and', 'in', 'to', 'a', 'an'])
// Links after which a title says what the document is for ("Plan for …", "Opinions on …"), not who issues
// it ("Notice of the Xinbao Service Center on …", whose center is a body).
const purposeLinks = new Set(['for', 'on'])
// How far back a title's document noun may be: "Action Plan for Accelerating the High-quality
// Development of the …".
const maxTitleWords = 14

/**
 * Whether the name starting at `from` is a field inside a document's title, after a document noun and a
 * link that says what the document is for: "the Action Plan for the Development of the Xinbao Marine Energy
 * Industry (2025-2027)" names a plan, not the body "Xinbao Marine Energy Industry".
 */
export function inDocumentTitle(toks: readonly Tok[], from: number): boolean {
  // Most names follow no link word at all: "Xinbao Electric signed …".
  if (!titleLinks.has(toks[from - 1]?.value ?? '')) return false
  let purpose = false
  for (let index = from - 1; index >= 0 && index >= from - maxTitleWords; index--) {
    const tok = toks[index]!
    if (tok.kind !== 'word' || !toks[index + 1]!.spaced) return false
    if (tok.flags & capitalised) {
      if (purpose && documentNouns.has(tok.value)) return true
    } else if (!titleLinks.has(tok.value)) return false
    else if (purposeLinks.has(tok.value)) purpose = true
  }
  return false
}

// The works whose quoted titles a name may stand in: 'the book "A Chronicle of Xinbao Archives"', 'the
// exhibition "Hundred Years of the Xinbao Museum"'.
// biome-ignore format: packed data
const workNouns = new Set([
  'book', 'books', 'exhibition', 'film', 'documentary', 'album', 'series', 'novel', 'volume', 'collection',
  'anthology', 'chronicle', 'play', 'opera', 'drama', 'song', 'programme', 'program', 'show', 'titled',
  'entitled',
])
// How far into a quoted title a name may start.
const maxQuotedWords = 8

/**
 * Whether the name `[from, to)` stands inside the quoted title of a book, a film or an exhibition, after
 * other words of it: 'the book "A Chronicle of Xinbao Archives (1900-1950)"' names a book, not the body
 * "Xinbao Archives". A quotation that is the name alone ('the "Xinbao Archives"') may be the body's.
 */
export function inQuotedWork(toks: readonly Tok[], from: number, to: number): boolean {
  let open = from - 1
  while (open >= 0 && open >= from - maxQuotedWords && toks[open]!.kind === 'word') open--
  if (open === from - 1 || !openQuotes.has(toks[open]?.value ?? '')) return false
  if (!workNouns.has(toks[open - 1]?.lower ?? '')) return false
  // The title goes on to its closing mark, maybe after a bracketed span of years.
  for (let index = to; index < to + 8 && index < toks.length; index++) {
    const value = toks[index]!.value
    if (closeQuotes.has(value)) return true
    if (openQuotes.has(value)) return false
  }
  return false
}

// How far a quoted title may run before or after a name inside it.
const maxTitleSpan = 12

/**
 * Whether the words `[from, to)` stand inside the quoted title of a work, wherever in it: the title follows
 * a work noun ('the exhibition "Port Town: Old Xinbao in Pictures, 1900-1940"') or a work noun follows it,
 * maybe after other words of the work's name ('the "Port Town" Photo Exhibition'). The title names the work,
 * so a place suffix or a frame inside it names no place.
 */
export function inQuotedWorkTitle(toks: readonly Tok[], from: number, to: number): boolean {
  let open = from - 1
  while (open >= 0 && open >= from - maxTitleSpan && !openQuotes.has(toks[open]!.value)) {
    if (closeQuotes.has(toks[open]!.value)) return false
    open--
  }
  if (!openQuotes.has(toks[open]?.value ?? '')) return false
  let close = to
  while (close < toks.length && close < to + maxTitleSpan && !closeQuotes.has(toks[close]!.value)) {
    if (openQuotes.has(toks[close]!.value)) return false
    close++
  }
  if (!closeQuotes.has(toks[close]?.value ?? '')) return false
  if (workNouns.has(toks[open - 1]?.lower ?? '')) return true
  // "… "Port Town" Photo Exhibition": capitalised words of the work's name before its noun.
  for (let index = close + 1; index < close + 4 && index < toks.length; index++) {
    const tok = toks[index]!
    if (tok.kind !== 'word') return false
    if (workNouns.has(tok.lower)) return true
    if (!(tok.flags & capitalised)) return false
  }
  return false
}
