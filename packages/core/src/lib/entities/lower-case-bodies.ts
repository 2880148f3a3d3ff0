/**
 * Bodies written in lower case: a place's government ("Huludao government", "the Dalian municipal
 * party committee") and generic ones with no place ("the provincial party committee").
 */
import { isNamePart } from './body-seats.js'
import { type Candidate, priority, spanText } from './candidate.js'
import { placeEndingAt } from './gazetteer.js'
import { isLowerWord, type Tok } from './tokens.js'
import { lowerBodyFirst, lowerBodyHeads } from './word-classes.js'

const lowerBodyQualifiers = new Set(['municipal', 'provincial', 'county', 'city', 'district'])
// Levels of government that qualify one only after its place: "the Kessland federal government", not "the
// federal government" alone.
const placeQualifiers = new Set(['federal', 'state'])
// The divisions that end a place's name before its government: "the Tavrin District government".
const divisionWords = new Set(['District', 'County', 'City', 'Region', 'Prefecture', 'Province', 'Township'])

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
    const qualifier = toks[from - 1]?.value ?? ''
    if (from > 0 && (lowerBodyQualifiers.has(qualifier) || placeQualifiers.has(qualifier))) from--
    if (from > 0 && toks[from - 1]!.value === 'party' && headLength === 1) from--
    const before = toks[from - 1]
    const place = before ? (placeEndingAt(toks, from) ?? divisionEndingAt(toks, from)) : undefined
    if (place === undefined && placeQualifiers.has(qualifier)) from++
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

// Where a place named by one to three capitalised words and its division ends at `at` ("the Tavrin District
// government", "Kessel New District government"), for a place the gazetteer does not know; or undefined.
function divisionEndingAt(toks: readonly Tok[], at: number): number | undefined {
  const division = toks[at - 1]!
  if (!divisionWords.has(division.value) || !toks[at]!.spaced) return undefined
  let from = at - 1
  while (from > at - 4 && toks[from]!.spaced && isNamePart(toks[from - 1])) from--
  return from < at - 1 ? from : undefined
}
