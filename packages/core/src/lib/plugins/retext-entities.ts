/**
 * retext-entities: mark the people, organizations and places each sentence mentions
 * (`sentence.data.mentions`), then look across the article for the short and case-variant forms of the
 * names found ("China Mobile" for "China Mobile Communications Group Co., Ltd.", "tan chengxu").
 */
import type { Root, Sentence } from 'nlcst'
import type { VFile } from 'vfile'
import { findCityOrigins } from '../entities/body-origins.js'
import { findBrands } from '../entities/brands.js'
import { findCompanyShortForms } from '../entities/company-short-forms.js'
import { findDefinedAcronyms } from '../entities/defined-acronyms.js'
import { confirmHeadings } from '../entities/heading-mentions.js'
import { findKnownNames } from '../entities/known-names.js'
import { findNicknamedNames } from '../entities/nicknamed-names.js'
import { findPersonShortForms } from '../entities/person-short-forms.js'
import { recogniseMentions } from '../entities/recognise.js'
import { isSubHeadline, loneSentences } from '../entities/sub-headlines.js'
import { findTitledSurnameNames } from '../entities/titled-surnames.js'
import { sentenceToks, type Tok } from '../entities/tokens.js'
import type { MentionFinding } from '../findings.js'
import { forEachSentence } from './sentences.js'
import { sourceOf } from './text.js'

/** Options for retext-entities. */
export interface Options {
  /** Find later short forms of company names (default: `true`). */
  readonly shortForms?: boolean | null
}

/** Mark mentions of people, organizations and places. */
export default function retextEntities(options?: Readonly<Options> | null) {
  const shortForms = options?.shortForms ?? true
  return (tree: Root, file?: VFile): undefined => {
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
    findNicknamedNames(sentences)
    findTitledSurnameNames(sentences)
    findCityOrigins(sentences)
    findBrands(sentences)
    findKnownNames(sentences, shortForms)
    if (shortForms) findCompanyShortForms(sentences)
    // Words are slices of the parsed text: where it has no middle dot, no word needs looking into for one.
    const source = file && sourceOf(tree, file)
    findPersonShortForms(sentences, source === undefined || source.includes('·'))
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
