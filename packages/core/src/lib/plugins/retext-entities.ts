/**
 * retext-entities: mark the people, organizations and places each sentence mentions
 * (`sentence.data.mentions`), then look across the article for the short and case-variant forms of the
 * names found ("China Mobile" for "China Mobile Communications Group Co., Ltd.", "tan chengxu").
 */
import type { Root, Sentence } from 'nlcst'
import { recogniseMentions } from '../entities/recognise.js'
import { isCapitalised, sentenceToks, type Tok } from '../entities/tokens.js'
import type { MentionFinding } from '../findings.js'
import { forEachSentence } from './sentences.js'

/** Options for retext-entities. */
export interface Options {
  /** Find later short forms of company names (default: `true`). */
  readonly shortForms?: boolean | null
}

const companyEnds = /^(?:Co\.|Co|Ltd\.?|LTD\.?|Limited|Inc\.?|Corp\.?|Corporation|Company|Group|Holdings)$/

/** Mark mentions of people, organizations and places. */
export default function retextEntities(options?: Readonly<Options> | null) {
  const shortForms = options?.shortForms ?? true
  return (tree: Root): undefined => {
    const sentences: { node: Sentence; toks: readonly Tok[]; mentions: MentionFinding[] }[] = []
    forEachSentence(tree, (node, heading) => {
      const toks = sentenceToks(node)
      sentences.push({ node, toks, mentions: recogniseMentions(toks, heading) })
    })
    findKnownNames(sentences, shortForms)
    for (const { node, mentions } of sentences) {
      if (mentions.length > 0) node.data = { ...node.data, mentions }
    }
  }
}

interface Variant {
  readonly tokens: readonly string[]
  readonly type: MentionFinding['type']
  readonly name: string
  readonly rule: string
  readonly caseless: boolean
}

// Names found once are recognised again where the sentence rules could not: written in lower case
// ("tan chengxu"), in capitals, or shortened ("China Mobile").
function findKnownNames(
  sentences: readonly { toks: readonly Tok[]; mentions: MentionFinding[] }[],
  shortForms: boolean,
): void {
  const variants = new Map<string, Variant[]>()
  const add = (variant: Variant) => {
    const key = variant.tokens[0]!.toLowerCase()
    const list = variants.get(key) ?? []
    if (!list.some((item) => item.tokens.join(' ') === variant.tokens.join(' '))) list.push(variant)
    variants.set(key, list)
  }
  for (const { toks, mentions } of sentences) {
    for (const mention of mentions) {
      const words = toks.filter((tok) => tok.start >= mention.start && tok.start < mention.end)
      if (mention.type === 'person' && mention.name.includes(' ')) {
        add({
          tokens: mention.name.split(' '),
          type: 'person',
          name: mention.name,
          rule: 'person-known-name',
          caseless: true,
        })
      }
      if (
        shortForms &&
        mention.type === 'organization' &&
        words.length > 2 &&
        companyEnds.test(words.at(-1)!.value)
      ) {
        const names = words
          .filter((tok) => tok.kind === 'word' && !companyEnds.test(tok.value))
          .map((tok) => tok.base)
        for (let length = names.length - 1; length >= 2; length--) {
          add({
            tokens: names.slice(0, length),
            type: 'organization',
            name: mention.name,
            rule: 'org-short-form',
            caseless: false,
          })
        }
      }
    }
  }
  if (variants.size === 0) return
  for (const sentence of sentences) {
    const { toks } = sentence
    for (let index = 0; index < toks.length; index++) {
      const candidates = variants.get(toks[index]!.lower)
      if (!candidates) continue
      for (const variant of candidates) {
        const to = index + variant.tokens.length
        if (!matchesVariant(toks, index, variant)) continue
        // A shortened company name must end where the name ends: "China Mobile will", not "China Mobile Labs".
        const next = toks[to]
        if (variant.rule === 'org-short-form' && next && next.spaced && isCapitalised(next.value)) continue
        const start = toks[index]!.start
        const last = toks[to - 1]!
        const end = last.possessive ? last.start + last.base.length : last.end
        const overlapping = sentence.mentions.filter((mention) => mention.start < end && start < mention.end)
        // A shortened company name replaces what the sentence rules made of its words: the place it starts
        // with ("China" in "China Mobile") or a guess at a name of its own.
        const replaceable = overlapping.every((mention) => mention.start >= start && mention.end <= end)
        if (overlapping.length > 0 && !(variant.rule === 'org-short-form' && replaceable)) continue
        for (const mention of overlapping) sentence.mentions.splice(sentence.mentions.indexOf(mention), 1)
        sentence.mentions.push({ start, end, type: variant.type, name: variant.name, rule: variant.rule })
        index = to - 1
        break
      }
    }
    sentence.mentions.sort((a, b) => a.start - b.start)
  }
}

function matchesVariant(toks: readonly Tok[], at: number, variant: Variant): boolean {
  for (let offset = 0; offset < variant.tokens.length; offset++) {
    const tok = toks[at + offset]
    if (tok?.kind !== 'word' || (offset > 0 && !tok.spaced)) return false
    const last = offset === variant.tokens.length - 1
    const value = last ? tok.base : tok.value
    if (offset < variant.tokens.length - 1 && tok.possessive) return false
    const expected = variant.tokens[offset]!
    if (variant.caseless ? value.toLowerCase() !== expected.toLowerCase() : value !== expected) return false
  }
  return true
}
