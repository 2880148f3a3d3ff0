/**
 * A Title Case heading capitalises every word, so a capital there proves nothing: a person or a body that
 * only word shapes found in the heading must also be named in the body ("Man Made Beach Opens" is no one).
 * Gazetteer places, legal company forms and acronyms stand on their own.
 */
import type { MentionFinding } from '../findings.js'
import type { SentenceMentions } from './brands.js'
import { isEnglishSurname } from './chinese-names.js'
import type { Tok } from './tokens.js'

/** Drop the heading mentions of people and bodies the body of the article does not name. */
export function confirmHeadings(sentences: SentenceMentions[]): void {
  if (!sentences.some((sentence) => sentence.heading && sentence.mentions.length > 0)) return
  // The body's names by type, in lower case; made only when a heading's mention needs them.
  let bodyNames: Map<string, Set<string>> | undefined
  for (const sentence of sentences) {
    if (!sentence.heading) continue
    sentence.mentions = sentence.mentions.filter((mention) => {
      if (standsAlone(mention)) return true
      bodyNames ??= namesInBody(sentences)
      if (bodyNames.get(mention.type)?.has(mention.name.toLowerCase())) return true
      return mention.type === 'person' && writtenInBody(sentences, mention.name)
    })
  }
}

function standsAlone(mention: MentionFinding): boolean {
  return (
    (mention.type === 'place' && mention.rule !== 'place-pinyin-after-in') ||
    /^org-(?:legal-form|acronym|national-body)/.test(mention.rule)
  )
}

function namesInBody(sentences: readonly SentenceMentions[]): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>()
  for (const sentence of sentences) {
    if (sentence.heading) continue
    for (const mention of sentence.mentions) {
      const known = names.get(mention.type)
      if (known) known.add(mention.name.toLowerCase())
      else names.set(mention.type, new Set([mention.name.toLowerCase()]))
    }
  }
  return names
}

// A heading's name the body writes in lower case ("wang yuhang") or in capitals, where no rule finds it;
// not words that only look like one ("Man Made Beach Opens" and "a man made beach").
function writtenInBody(sentences: readonly SentenceMentions[], name: string): boolean {
  const words = name.toLowerCase().split(' ')
  if (words.length < 2 || isEnglishSurname(words[0]!)) return false
  for (const { toks, heading } of sentences) {
    if (heading) continue
    for (let index = 0; index + words.length <= toks.length; index++) {
      if (toks[index]!.lower !== words[0] || /^(?:a|an|the)$/i.test(toks[index - 1]?.value ?? '')) continue
      let offset = 1
      while (
        offset < words.length &&
        toks[index + offset]!.spaced &&
        sameWord(toks[index + offset]!, words[offset]!)
      )
        offset++
      if (offset === words.length) return true
    }
  }
  return false
}

function sameWord(tok: Tok, lower: string): boolean {
  return tok.lower === lower || tok.baseLower === lower
}
