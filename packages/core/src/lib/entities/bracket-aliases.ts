/**
 * Short forms an article defines in brackets right after a body's full name: "Dalian Qiaoxin Port Logistics
 * Co., Ltd. (Qiaoxin Logistics)", "(stock abbreviation: Qiaoxin Port, stock code: 601234)", "(English name:
 * Skyline Marine Technology; hereinafter referred to as "Qiaoxin Marine")".
 */
import { matchPlace } from './gazetteer.js'
import { isAllCaps, isCapitalised, type Tok } from './tokens.js'
import { functionWord } from './word-classes.js'

// "(stock abbreviation: Qiaoxin Port, …)", "(hereinafter referred to as "Qiaoxin Port")", "(English name:
// Skyline Marine Technology; …)": what the article calls the company by, in English or on the market.
const labels =
  /^(?:(?:stock |securities |English )?(?:abbreviation|short name|abbreviated name)|(?:English|stock|securities) name|hereinafter(?: referred to as)?|referred to as|abbreviated as)$/i

// Fields of a bracket after a name are parted by these: "(English name: …; stock code: …)".
const fieldEnds = /^[,;)]$/

// The names in brackets right after a name, as the article defines short forms ("(Qiaoxin Logistics)",
// "(stock abbreviation: Qiaoxin Port, stock code: 601234)", "(大连…有限公司, English name: Skyline Marine
// Technology; …)"), as words joined by spaces. A bracket may hold several fields; a labelled one gives its
// name, and an unlabelled one only when it is all the bracket holds, shares a word with the name that is
// no place ("(Dalian)" is where the company is) or ends in an acronym ("(Xinbao Municipal SASAC)"); an
// acronym alone is left to the acronym rules.
export function bracketedAliases(toks: readonly Tok[], at: number, name: readonly Tok[]): string[] {
  if (toks[at]?.value !== '(') return []
  const aliases: string[] = []
  let index = at + 1
  for (let fields = 0; fields < 6 && index < toks.length; fields++) {
    let end = index
    while (end < toks.length && end < index + 16 && !fieldEnds.test(toks[end]!.value)) end++
    // "hereinafter referred to as "Qiaoxin Port", stock code: …": the field ends at the comma.
    const alias = fieldAlias(toks, index, end, fields === 0 && toks[end]?.value === ')', name)
    if (alias) aliases.push(alias)
    if (toks[end]?.value !== ',' && toks[end]?.value !== ';') break
    index = end + 1
  }
  return aliases
}

// The name a field `[from, to)` of the bracket defines, or undefined; `whole` when the field is all
// the bracket holds.
function fieldAlias(
  toks: readonly Tok[],
  from: number,
  to: number,
  whole: boolean,
  name: readonly Tok[],
): string | undefined {
  let index = from
  const colon = toks.findIndex((tok, position) => position > from && position < to && tok.value === ':')
  const labelled = colon !== -1 && labels.test(wordsText(toks, index, colon))
  if (labelled) index = colon + 1
  else if (labels.test(wordsText(toks, index, index + 4))) index += 4
  else if (/^hereinafter$/i.test(toks[index]?.value ?? '')) index += 1
  const label = labelled || index > from
  if (!label && !whole) return undefined
  if (/^["“]$/.test(toks[index]?.value ?? '')) index++
  const words: Tok[] = []
  for (; index < to && words.length < 6; index++) {
    const tok = toks[index]!
    if (tok.kind !== 'word') break
    if (!isCapitalised(tok.value) && !isAllCaps(tok.value) && !(tok.flags & functionWord)) return undefined
    words.push(tok)
  }
  if (words.length === 0 || !(index === to || (label && /^["”]$/.test(toks[index]!.value)))) return undefined
  if (words.at(-1)!.flags & functionWord || words[0]!.flags & functionWord) return undefined
  if (!label && words.length === 1 && isAllCaps(words[0]!.value)) return undefined
  const named = new Set(name.map((tok) => tok.base))
  const shared = words.some((tok, offset) => named.has(tok.base) && !matchPlace(words, offset))
  if (!label && !shared && !(isAllCaps(words.at(-1)!.value) && words.length > 1)) return undefined
  return words.map((tok) => tok.base).join(' ')
}

function wordsText(toks: readonly Tok[], from: number, to: number): string {
  const words: string[] = []
  for (let index = from; index < to && index < toks.length; index++) words.push(toks[index]!.value)
  return words.join(' ')
}
