/**
 * Names with a nickname in quotes between the given name and the surname, as Filipino and American names
 * are often written ('Eduardo "Dodong" Villareal'): one person, named as written; the sentence rules stop
 * at the quote and read the surname alone, or nothing.
 */
import { westernGivenNames } from '../data/other-surnames.js'
import type { SentenceMentions } from './brands.js'
import { properWord } from './name-words.js'
import { isTitleWord } from './titles.js'
import { functionWords, type Tok } from './tokens.js'

// The quotes a nickname stands in, by the opening one.
const closingQuotes: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
])

/**
 * Add a person mention for every known given name (one or two), nickname in quotes and surname (one or
 * two words), replacing the person mentions the sentence rules made of its parts.
 */
export function findNicknamedNames(sentences: readonly SentenceMentions[]): void {
  for (const sentence of sentences) {
    if (sentence.heading) continue
    const { toks } = sentence
    let found = false
    for (let index = 1; index < toks.length - 3; index++) {
      const open = toks[index]!
      const close = open.kind === 'punctuation' ? closingQuotes.get(open.value) : undefined
      if (close === undefined || !open.spaced || !givenName(toks[index - 1])) continue
      // One or two words of nickname: '"Totoy"', '"Jun Jun"'.
      let at = index + 1
      if (!nameWord(toks[at]) || toks[at]!.spaced) continue
      if (nameWord(toks[at + 1]) && toks[at + 1]!.spaced) at++
      if (toks[at + 1]?.value !== close || toks[at + 1]!.spaced) continue
      const surname = toks[at + 2]
      if (!nameWord(surname) || !surname!.spaced) continue
      let end = at + 3
      if (!surname!.possessive && nameWord(toks[end]) && toks[end]!.spaced) end++
      let from = index - 1
      if (givenName(toks[from - 1]) && toks[from]!.spaced) from--
      if (addMention(sentence, toks, from, end)) found = true
      index = end - 1
    }
    if (found) sentence.mentions.sort((a, b) => a.start - b.start)
  }
}

// Add the mention of the name `toks[from…to)` unless a mention that is no person's overlaps it.
function addMention(sentence: SentenceMentions, toks: readonly Tok[], from: number, to: number): boolean {
  const first = toks[from]!
  const last = toks[to - 1]!
  const start = first.start
  const end = last.possessive ? last.start + last.base.length : last.end
  const overlapping = sentence.mentions.filter((mention) => mention.start < end && start < mention.end)
  if (overlapping.some((mention) => mention.type !== 'person' || mention.start < start || mention.end > end))
    return false
  for (const mention of overlapping) sentence.mentions.splice(sentence.mentions.indexOf(mention), 1)
  let name = ''
  for (let at = from; at < to; at++) {
    const tok = toks[at]!
    name += `${tok.spaced && at > from ? ' ' : ''}${at === to - 1 ? tok.base : tok.value}`
  }
  sentence.mentions.push({ start, end, type: 'person', name, rule: 'person-nicknamed-name' })
  return true
}

// A capitalised word of a name: no function word or title.
function nameWord(tok: Tok | undefined): boolean {
  return (
    tok?.kind === 'word' &&
    properWord.test(tok.base) &&
    !functionWords.has(tok.lower) &&
    !isTitleWord(tok.value)
  )
}

// A given name a list knows, capitalised.
function givenName(tok: Tok | undefined): boolean {
  return nameWord(tok) && !tok!.possessive && westernGivenNames.has(tok!.lower)
}
