/**
 * Bodies written in lower case: a place's government ("Huludao government", "the Dalian municipal
 * party committee") and generic ones with no place ("the provincial party committee").
 */
import { type Candidate, priority, spanText } from './candidate.js'
import { placeEndingAt } from './gazetteer.js'
import { isLowerWord, type Tok } from './tokens.js'
import { lowerBodyFirst, lowerBodyHeads } from './word-classes.js'

const lowerBodyQualifiers = new Set(['municipal', 'provincial', 'county', 'city', 'district'])

/** Propose lower-case bodies: "Huludao government", "provincial party committee"; never a plural. */
export function proposeLowerCaseBodies(toks: readonly Tok[], out: Candidate[]): void {
  for (let index = 0; index < toks.length; index++) {
    const tok = toks[index]!
    if (!(tok.flags & lowerBodyFirst)) continue
    const pair = `${tok.value} ${toks[index + 1]?.base ?? ''}`
    const headLength = lowerBodyHeads.has(pair) ? 2 : lowerBodyHeads.has(tok.base) ? 1 : 0
    if (headLength === 0 || !isLowerWord(tok.value)) continue
    // "the district governments along the line", "Xinbao municipal governments at all levels": a plural
    // names the governments of a level, no one body.
    if (toks[index + headLength - 1]!.value.endsWith('s')) continue
    let from = index
    if (from > 0 && lowerBodyQualifiers.has(toks[from - 1]!.value)) from--
    if (from > 0 && toks[from - 1]!.value === 'party' && headLength === 1) from--
    const before = toks[from - 1]
    const place = before ? placeEndingAt(toks, from) : undefined
    const to = index + headLength
    if (place !== undefined) {
      out.push({
        from: place,
        to,
        type: 'organization',
        name: spanText(toks, place, to),
        rule: 'org-place-government',
        priority: priority.organization,
      })
    } else if (from < index || headLength === 2) {
      out.push({
        from,
        to,
        type: 'organization',
        name: spanText(toks, from, to),
        rule: 'org-generic-body',
        priority: priority.organization,
        generic: true,
      })
    }
    index = to - 1
  }
}
