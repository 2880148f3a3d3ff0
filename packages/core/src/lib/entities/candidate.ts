/**
 * A proposed mention of a person, organization or place, before overlapping proposals are settled
 * (`recognise.ts`), and the text of a run of tokens.
 */
import type { EntityType } from '../model.js'
import type { Tok } from './tokens.js'

/** A proposed mention: tokens `[from, to)` of the sentence. */
export interface Candidate {
  readonly from: number
  readonly to: number
  readonly type: EntityType
  readonly name: string
  readonly rule: string
  readonly priority: number
  readonly generic?: boolean
  /** Offset where the name proper starts, when a title or stray character comes first. */
  readonly nameStart?: number
  /**
   * Each hyphen-separated part of the first token is a mention of its own ("Shanghai-Dalian"), named here;
   * a part that names no place is left out. The last part runs to `to` ("Dalian-Central Asia").
   */
  readonly parts?: readonly (string | undefined)[]
  /** The name without the title before it, taken when a longer mention has the title's words. */
  readonly untitled?: Candidate
}

/** Which proposal wins an overlap: lower first, then the longer. */
export const priority = { organization: 1, placeLong: 2, person: 3, place: 4, acronym: 5 } as const

/** The text of tokens `[from, to)` as written, possessive ending of the last token dropped. */
export function spanText(toks: readonly Tok[], from: number, to: number): string {
  let text = ''
  for (let index = from; index < to; index++) {
    const tok = toks[index]!
    if (index > from && tok.spaced) text += ' '
    text += index === to - 1 ? tok.base : tok.value
  }
  return text
}
