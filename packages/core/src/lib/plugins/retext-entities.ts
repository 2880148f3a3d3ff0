/**
 * retext-entities: mark the people, organizations and places each sentence mentions
 * (`sentence.data.mentions`), then look across the article for the short and case-variant forms of the
 * names found ("China Mobile" for "China Mobile Communications Group Co., Ltd.", "tan chengxu").
 */
import type { Root, Sentence } from 'nlcst'
import { findCityOrigins } from '../entities/body-origins.js'
import { findBrands } from '../entities/brands.js'
import { isEnglishSurname } from '../entities/chinese-names.js'
import { findCompanyShortForms } from '../entities/company-short-forms.js'
import { findDefinedAcronyms } from '../entities/defined-acronyms.js'
import { findKnownNames } from '../entities/known-names.js'
import { findPersonShortForms } from '../entities/person-short-forms.js'
import { recogniseMentions } from '../entities/recognise.js'
import { isSubHeadline, loneSentences } from '../entities/sub-headlines.js'
import { findTitledSurnameNames } from '../entities/titled-surnames.js'
import { sentenceToks, type Tok } from '../entities/tokens.js'
import type { MentionFinding } from '../findings.js'
import { forEachSentence } from './sentences.js'

/** Options for retext-entities. */
export interface Options {
  /** Find later short forms of company names (default: `true`). */
  readonly shortForms?: boolean | null
}

/** Mark mentions of people, organizations and places. */
export default function retextEntities(options?: Readonly<Options> | null) {
  const shortForms = options?.shortForms ?? true
  return (tree: Root): undefined => {
    const sentences: Found[] = []
    const lone = loneSentences(tree)
    forEachSentence(tree, (node, title) => {
      const toks = sentenceToks(node)
      let mentions = recogniseMentions(toks, title)
      // A sub-headline in the body is read as the title is: "Xinbao Bureau Trains Private Enterprises".
      const heading = title || (lone.has(node) && isSubHeadline(toks, mentions))
      if (heading && !title) mentions = recogniseMentions(toks, true)
      sentences.push({ node, toks, heading, mentions })
    })
    confirmHeadings(sentences)
    findTitledSurnameNames(sentences)
    findCityOrigins(sentences)
    findBrands(sentences)
    findKnownNames(sentences, shortForms)
    if (shortForms) findCompanyShortForms(sentences)
    findPersonShortForms(sentences)
    findDefinedAcronyms(sentences)
    for (const { node, mentions } of sentences) {
      if (mentions.length > 0) node.data = { ...node.data, mentions }
    }
  }
}

// A sentence of the article, its tokens, whether it is read as a heading, and the mentions found in it.
interface Found {
  readonly node: Sentence
  readonly toks: readonly Tok[]
  readonly heading: boolean
  mentions: MentionFinding[]
}

// A Title Case heading capitalises every word, so a capital there proves nothing: a person or a body that
// only word shapes found in the heading must also be named in the body ("Man Made Beach Opens" is no one).
// Gazetteer places, legal company forms and acronyms stand on their own.
function confirmHeadings(sentences: Found[]): void {
  if (!sentences.some((sentence) => sentence.heading && sentence.mentions.length > 0)) return
  const bodyNames = new Set<string>()
  for (const sentence of sentences) {
    if (sentence.heading) continue
    for (const mention of sentence.mentions) bodyNames.add(`${mention.type}:${mention.name.toLowerCase()}`)
  }
  for (const sentence of sentences) {
    if (!sentence.heading) continue
    sentence.mentions = sentence.mentions.filter(
      (mention) =>
        (mention.type === 'place' && mention.rule !== 'place-pinyin-after-in') ||
        /^org-(?:legal-form|acronym|national-body)/.test(mention.rule) ||
        bodyNames.has(`${mention.type}:${mention.name.toLowerCase()}`) ||
        (mention.type === 'person' && writtenInBody(sentences, mention.name)),
    )
  }
}

// A heading's name the body writes in lower case ("wang yuhang") or in capitals, where no rule finds it;
// not words that only look like one ("Man Made Beach Opens" and "a man made beach").
function writtenInBody(sentences: readonly Found[], name: string): boolean {
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
