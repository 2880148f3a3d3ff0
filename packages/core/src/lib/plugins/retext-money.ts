/**
 * `retext-money`: amounts of money in each sentence ("59.3 billion yuan", "US$1.5 million", "RMB5bn"),
 * normalised to a number and an ISO 4217 currency, stored as `sentence.data.money`.
 *
 * Currency names, codes and symbols and the number words come from `../data`; this module only knows how
 * they are put together.
 */
import type { Root, Sentence } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import type { VFile } from 'vfile'
import {
  ambiguousCurrencyWords,
  codesAlsoMeasures,
  codesBeforeScales,
  countedNouns,
  countryLetterSymbols,
  currencyCodes,
  currencySymbols,
  currencyWords,
  symbolsBeforeDigits,
  symbolsBeforeScales,
} from '../data/money.js'
import { describe } from '../describe.js'
import { sentenceToks, type Tok } from '../entities/tokens.js'
import { functionWords } from '../entities/word-shape.js'
import type { MoneyFinding } from '../findings.js'
import { amountTokens, hasScale, lowerBound, parseAmount } from './money-amounts.js'
import {
  type SharedCurrency,
  settleSharedCurrencies,
  settleYenSigns,
  sharedCurrencyWord,
  type YenSign,
} from './money-countries.js'
import {
  anchor,
  currencyName,
  currencyToken,
  digitOrSign,
  digitToken,
  moneyPattern,
  numberWordToken,
  rangeLower,
  rangeUpper,
  signToken,
} from './money-patterns.js'
import { poundsAsMoney } from './money-pounds.js'
import { joinRanges, startsRange } from './money-ranges.js'
import { forEachSentence } from './sentences.js'
import { phraseKey, sourceOf, textOf } from './text.js'
import { tokenStartingAt } from './token-offsets.js'
import { kindExtent, sentenceKinds } from './word-kinds.js'

/** Options for `retextMoney`. */
export interface Options {
  /** Currency of a bare `$` and of "dollars" without a country (default: `'USD'`). */
  readonly dollar?: string | null
  /**
   * Currency of `¥`, which Chinese news uses for yuan and Japanese news for yen (default: `'CNY'`, or
   * `'JPY'` where the nearest amount in yen or yuan written in words or a code, in its sentence or the one
   * before or after, is in yen; see `settleYenSigns`).
   */
  readonly yenSign?: 'CNY' | 'JPY' | null
}

// "Yuan" is also a surname: "50 Yuan Jiajun" is a garbled name, not fifty yuan.
const nameAfter = /\s+[A-Z][a-z]/y
// The lower-case word after a code, and the verbs after an amount that are no noun (see `nounAt`).
const lowerWordAfter = /\s+([a-z][a-z-]*)(?![A-Za-z])/y
const auxiliaries = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'has', 'have', 'had'])
// Without a scale, the upper bound after a leading currency must end the amount: "RMB 500 to 800 yuan",
// "US$5-8, …", not "RMB 500 to 2,000 households".
const endsAmount = /(?:\s*[,.;:)]|\s*$|\s+(?:per|each|a|an)\b)/y
const dollarWords = new Set(['$', 'dollar', 'dollars'])

/**
 * Find amounts of money in every sentence and store them as `sentence.data.money`.
 */
export default function retextMoney(options?: Readonly<Options> | null) {
  const dollar = options?.dollar ?? 'USD'
  const yen = options?.yenSign ?? 'CNY'
  // Only the default is open to what the article says: a `yenSign` given is the currency of every "¥".
  const yenByArticle = options?.yenSign == null
  if (typeof dollar !== 'string' || !/^[A-Z]{3}$/.test(dollar)) {
    const got = describe(dollar)
    throw new TypeError(
      `retextMoney(options): expected \`options.dollar\` to be an ISO 4217 code, got ${got}; pass e.g. 'HKD'`,
    )
  }
  if (yen !== 'CNY' && yen !== 'JPY') {
    throw new TypeError(
      `retextMoney(options): expected \`options.yenSign\` to be 'CNY' or 'JPY', got ${describe(yen)}`,
    )
  }
  // The data reads a bare "$" as USD and "¥" as CNY; the options may say otherwise.
  const currencyOf = (written: string, currency: string) =>
    dollarWords.has(written) ? dollar : written === '¥' ? yen : currency

  return (tree: Root, file: VFile): undefined => {
    const source = sourceOf(tree, file)
    // Plain loops (in `forEachSentence`), not unist-util-visit, which costs more than the parse here.
    const shared: SharedCurrency[] = []
    // "1,200 won." is a price only where the article is about Korea; elsewhere people won. A tree without
    // its parsed text is read for the cue too, so both ways of running find the same amounts.
    const korean = koreanCue.test(source ?? nlcstToString(tree))
    const yens: YenSign[] | undefined = yenByArticle ? [] : undefined
    forEachSentence(tree, (sentence) => annotate(sentence, source, currencyOf, shared, korean, yens))
    if (shared.length > 0) settleSharedCurrencies(tree, source, shared)
    if (yens !== undefined && yens.length > 0) settleYenSigns(tree, source, yens)
  }
}

type CurrencyOf = (written: string, currency: string) => string

function annotate(
  sentence: Sentence,
  source: string | undefined,
  currencyOf: CurrencyOf,
  shared: SharedCurrency[],
  korean: boolean,
  yens: YenSign[] | undefined,
): void {
  const kinds = sentenceKinds(sentence)
  if ((kinds & (digitToken | numberWordToken)) === 0 || (kinds & (signToken | currencyToken)) === 0) return
  const base = sentence.position?.start.offset
  const to = sentence.position?.end.offset
  if (base === undefined || to === undefined) return
  const text = textOf(sentence, source, base, to)
  if (!digitOrSign.test(text) && !currencyName.test(text)) return
  // An amount starts with one of those words, so none starts past the last of them.
  const words = kindExtent(sentence, digitToken | numberWordToken | signToken | currencyToken)!
  const stop = words.end - base
  const found: MoneyFinding[] = []
  anchor.lastIndex = scanStart(sentenceToks(sentence), words.start, base)
  for (let hit = anchor.exec(text); hit && hit.index < stop; hit = anchor.exec(text)) {
    const place = hit.index
    moneyPattern.lastIndex = place
    const match = moneyPattern.exec(text)
    let finding: MoneyFinding | undefined
    if (match) {
      const end = place + match[0].length
      const single = read(match.groups!, text, end, currencyOf, base + place, base + end, korean)
      finding = withUpper(single, match.groups!, text, place, base)
    } else {
      // At a bare number, the lower bound of a range whose upper bound carries the currency.
      finding = rangeAt(text, place, base, currencyOf, korean)
    }
    if (!finding) continue
    const end = finding.end - base
    found.push(finding)
    anchor.lastIndex = end
  }
  if (found.length > 0) {
    sentence.data ??= {}
    const money = found.length > 1 ? joinRanges(found, text, base) : found
    sentence.data.money = money
    // "2 million pesos": whose pesos, the article says (see `money-countries.ts`).
    for (let index = 0; index < money.length; index++) {
      const { start, end } = money[index]!
      const word = sharedCurrencyWord(money[index]!, text.slice(start - base, end - base))
      if (word !== undefined) shared.push({ sentence, index, word })
      // "¥80 million": yuan, or yen where the article says so (see `settleYenSigns`).
      else if (yens !== undefined && text.charCodeAt(start - base) === 0xa5) yens.push({ sentence, index })
    }
  }
}

// Where the anchor (which stops at nearly every word) starts: five tokens before the first of those words.
// An amount's number is at most five tokens past its start ("U . S . $5", "a billion"), so none starts
// earlier, and a place found earlier only moves the scan on. Most sentences name their amount late.
function scanStart(toks: readonly Tok[], first: number, base: number): number {
  const at = tokenStartingAt(toks, first) - 5
  return at > 0 ? toks[at]!.start - base : 0
}

const spacedDecimal = /\.[ \u00a0]\d/
const sentenceVerbAfter = /^\s+(?:was|were|is|are|has|have|had)(?![A-Za-z])/

// The amount an alternative of `moneyPattern` found at `start`–`end` (offsets in the article; it ends at
// `after` in `text`), or undefined when it is not one.
function read(
  groups: Record<string, string | undefined>,
  text: string,
  after: number,
  currencyOf: CurrencyOf,
  start: number,
  end: number,
  korean: boolean,
): MoneyFinding | undefined {
  let currency: string | undefined
  let number: string
  let rule: string
  if (groups.symbol !== undefined) {
    currency = currencyOf(groups.symbol, currencySymbols.get(groups.symbol)!)
    number = groups.symbolAmount!
    rule = 'money-symbol-number'
    // "Room RM 305", "grade Rs 12": letters before a bare number are money only where a price is said.
    if (symbolsBeforeDigits.has(groups.symbol) && bareNumber(number) && !priceAround(text, after))
      return undefined
    // "the R1 road", "N95 masks": a symbol of one letter needs a scale ("R1.2 billion").
    if (symbolsBeforeScales.has(groups.symbol) && !hasScale(amountTokens(number))) return undefined
    // "handled N 2 million containers", "Plan K 5 million": letters money only with their country are a
    // name's before a counted noun or after a capitalised word they may end.
    const countries = countryLetterSymbols.get(groups.symbol)
    if (countries !== undefined && lettersOfName(text, after, after - (end - start), countries)) {
      return undefined
    }
  } else if (groups.code !== undefined) {
    const key = groups.code.toLowerCase()
    currency = currencyCodes.get(key)
    number = groups.codeAmount!
    rule = 'money-code-number'
    // "RON 95 petrol" rates octane: such a code needs a scale or a mark in its number.
    if (codesAlsoMeasures.has(key) && bareNumber(number)) return undefined
    // "KGS 500" weighs: such a code is money only before a scale ("KGS 40 million").
    if (codesBeforeScales.has(key) && !hasScale(amountTokens(number))) return undefined
  } else {
    number = groups.amount!
    rule = 'money-number-currency'
    const written = groups.afterCode ?? groups.word!
    const key = phraseKey(written)
    // "2 million KGS" may weigh as well: such a code is read before its number only.
    if (groups.afterCode !== undefined && codesBeforeScales.has(key)) return undefined
    currency = groups.afterCode ? currencyCodes.get(key) : currencyWords.get(key)
    if (currency !== undefined && groups.word !== undefined) currency = currencyOf(key, currency)
    // "won the bid", "2 real estate firms", "3 pounds of": trusted only in an amount with a multiplier,
    // and never capitalised ("50 Dong Wenbiao" is a garbled name).
    const scaled = hasScale(amountTokens(number))
    const singular = key.endsWith('s') ? key.slice(0, -1) : key
    const ambiguous = ambiguousCurrencyWords.has(key) || ambiguousCurrencyWords.has(singular)
    if (ambiguous && (written !== key || (!scaled && !priceAt(key, number, text, after, korean)))) {
      // "a bursary of 4,000 pounds": a pound is money where the words before say so.
      const pounds = singular === 'pound' && written === key && !scaled
      if (!pounds || !poundsAsMoney(text, after - (end - start), after)) return undefined
    }
    if (key === 'yuan' && written !== key && !scaled && nameAt(text, after)) return undefined
    if (groups.afterCode !== undefined && !scaled && nounAt(text, after)) return undefined
  }
  // "output reached 41. 7 billion yuan was spent": a verb after the amount starts a sentence at its "7".
  if (spacedDecimal.test(number) && sentenceVerbAfter.test(text.slice(after, after + 8))) return undefined
  const value = parseAmount(amountTokens(number))
  if (currency === undefined || value === undefined) return undefined
  return { start, end, amount: value, currency, rule }
}

// "2 to 3 billion yuan", "two to three billion yuan": the range whose lower bound is the bare number at
// `place`, or undefined. The lower bound takes the upper's scale ("2 to 3 billion" is 2 billion to 3 billion).
function rangeAt(
  text: string,
  place: number,
  base: number,
  currencyOf: CurrencyOf,
  korean: boolean,
): MoneyFinding | undefined {
  rangeLower.lastIndex = place
  const lower = rangeLower.exec(text)
  if (!lower) return undefined
  const at = rangeLower.lastIndex
  moneyPattern.lastIndex = at
  const match = moneyPattern.exec(text)
  if (match?.groups?.amount === undefined) return undefined
  const end = at + match[0].length
  const upper = read(match.groups, text, end, currencyOf, base + at, base + end, korean)
  if (!upper || !startsRange(text, place, lower.groups!.lower!, lower.groups!.joiner)) return undefined
  const value = lowerBound(amountTokens(lower.groups!.lower!), amountTokens(match.groups.amount))
  if (value === undefined || value <= 0 || value >= upper.amount) return undefined
  return { ...upper, start: base + place, amount: value, endAmount: upper.amount }
}

// "RMB 2 to 3 billion", "US$2-3 billion": a finding with its currency first, widened to the range whose
// upper bound follows it; the finding as it is when none does.
function withUpper(
  finding: MoneyFinding | undefined,
  groups: Record<string, string | undefined>,
  text: string,
  place: number,
  base: number,
): MoneyFinding | undefined {
  const number = groups.symbolAmount ?? groups.codeAmount
  if (!finding || number === undefined) return finding
  rangeUpper.lastIndex = finding.end - base
  const match = rangeUpper.exec(text)
  if (!match) return finding
  const lowerTokens = amountTokens(number)
  const upperTokens = amountTokens(match.groups!.upper!)
  const scaled = hasScale(upperTokens)
  if (hasScale(lowerTokens) && !scaled) return finding
  if (!scaled) {
    endsAmount.lastIndex = rangeUpper.lastIndex
    if (!endsAmount.test(text)) return finding
  }
  if (!startsRange(text, place, number, match.groups!.joiner)) return finding
  const value = lowerBound(lowerTokens, upperTokens)
  const endAmount = parseAmount(upperTokens)
  if (value === undefined || endAmount === undefined || value <= 0 || value >= endAmount) return finding
  return { ...finding, end: base + rangeUpper.lastIndex, amount: value, endAmount }
}

// Whether a lower-case word that may be a noun follows white space at `at` in `text`: "56 AED first-aid
// points", "12 CAD workstations" count things an acronym names, which a currency code after a number
// without a scale then is. Not "300 USD per person", "80 USD was paid", "500 million AED" (a scale).
function nounAt(text: string, at: number): boolean {
  lowerWordAfter.lastIndex = at
  const word = lowerWordAfter.exec(text)?.[1]
  if (word === undefined) return false
  return !functionWords.has(word) && !auxiliaries.has(word) && !word.endsWith('ly')
}

// "48,500 won per share", "12,000 rand.": a currency word that is also a verb or a noun is trusted without a
// scale after a number with thousands marks, when a price's words or the clause's end follow. "won" at a
// clause's end is a price only in an article about Korea: "Of the 2,000 teams, 1,200 won." counts winners.
// "1,200 won awards" and "3,000 dong trees" stay unread. "from" and a capitalised name after it is a price
// only where the sentence speaks of fares or prices ("a return ticket is 317,500 won from Gwangju") or
// another amount "from" a place comes just before: "2,000 won from Dalian entered the final" counts teams.
const priceWords = new Set(['won', 'rand', 'dong'])
const priceEnd = /\s*(?:[,.;:)]|$)|\s+(?:per|each|apiece)(?![A-Za-z])/y
const priceEach = /\s+(?:per|each|apiece)(?![A-Za-z])/y
const priceFrom = /\s+from\s+[A-Z][a-z]/y
const koreanCue = /\b(?:Korea|Korean|Koreans|Seoul)\b/
const fareWords = '[Ff]ares?|[Tt]ickets?|[Pp]rices?|[Pp]riced|[Cc]osts?'
const fareCue = new RegExp(String.raw`\b(?:${fareWords})\b`)
// An amount with its currency "from" a place, then "and" or a comma, then the amount that ends at the end.
const amountFromBefore = new RegExp(
  String.raw`\d[\d,.]*\s*[A-Za-z]+\s+from\s+[A-Z][A-Za-z-]*(?:\s+[A-Z][A-Za-z-]*)*` +
    String.raw`\s*(?:,\s*|\s+)(?:(?:and|or)\s+)?\d[\d,.]*\s+\S+$`,
)

function priceAt(key: string, number: string, text: string, at: number, korean: boolean): boolean {
  if (!priceWords.has(key) || !number.includes(',')) return false
  const price = key === 'won' && !korean ? priceEach : priceEnd
  price.lastIndex = at
  if (price.test(text)) return true
  if (key === 'won' && !korean) return false
  priceFrom.lastIndex = at
  if (!priceFrom.test(text)) return false
  return fareCue.test(text) || amountFromBefore.test(text.slice(Math.max(0, at - 120), at))
}

// Whether an amount's number is bare: no scale, no thousands or decimal mark ("305", not "3.5", "4,500" or
// "2 billion").
function bareNumber(number: string): boolean {
  return !/[.,]/.test(number) && !hasScale(amountTokens(number))
}

// "Rs 450 each", "tickets cost RM 45", "a fee of Rp 500": "each" or "per" after the amount that ends at
// `at` in `text`, or a price's word in the sentence.
const priceCue = new RegExp(
  String.raw`\b(?:${fareWords}|[Ff]ees?|[Pp]aid|[Pp]ays?|[Ww]orth|[Cc]harged?|[Ss]ells?|[Ss]old|[Ss]alar(?:y|ies)|[Ww]ages?)\b`,
)
function priceAround(text: string, at: number): boolean {
  priceEach.lastIndex = at
  return priceEach.test(text) || priceCue.test(text)
}

// Whether the amount at `from`–`to` in `text`, written with letters, counts things after it ("N 2 million
// containers", "RO 2 million litres-a-day") or follows a capitalised word that is not a function word ("Block
// K 2 million tonnes"; "An RO 2 million plant", "Oman's RO 2 million" and "in Muscat RO 2 million", after one
// of the `countries` that write them, are money).
const countedAfter = /\s+([a-zA-Z]+)/y
const capitalisedBefore = /(?:^|[^\p{L}'’])(\p{Lu}\p{L}*)\s+$/u
function lettersOfName(
  text: string,
  to: number,
  from: number,
  countries: ReadonlyMap<string, string>,
): boolean {
  countedAfter.lastIndex = to
  const word = countedAfter.exec(text)?.[1]?.toLowerCase()
  if (word !== undefined && countedNouns.has(word)) return true
  const before = capitalisedBefore.exec(text.slice(Math.max(0, from - 24), from))?.[1]
  return before !== undefined && !functionWords.has(before.toLowerCase()) && !countries.has(before)
}

// Whether a capitalised word follows white space at `at` in `text` (read in place, not from a copy).
function nameAt(text: string, at: number): boolean {
  nameAfter.lastIndex = at
  return nameAfter.test(text)
}
