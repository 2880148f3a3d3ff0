/**
 * `retext-money`: amounts of money in each sentence ("59.3 billion yuan", "US$1.5 million", "RMB5bn"),
 * normalised to a number and an ISO 4217 currency, stored as `sentence.data.money`.
 *
 * Currency names, codes and symbols and the number words come from `../data`; this module only knows how
 * they are put together.
 */
import type { Root, Sentence } from 'nlcst'
import type { VFile } from 'vfile'
import { ambiguousCurrencyWords, currencyCodes, currencySymbols, currencyWords } from '../data/money.js'
import { cardinalNumbers, numberMultipliers } from '../data/numbers.js'
import { describe } from '../describe.js'
import type { MoneyFinding } from '../findings.js'
import { forEachSentence } from './sentences.js'
import { numberTokens, phraseKey, sourceOf, textOf } from './text.js'
import { defineWordKind, kindExtent, sentenceKinds } from './word-kinds.js'

/** Options for `retextMoney`. */
export interface Options {
  /** Currency of a bare `$` and of "dollars" without a country (default: `'USD'`). */
  readonly dollar?: string | null
  /** Currency of `¥`, which Chinese news uses for yuan and Japanese news for yen (default: `'CNY'`). */
  readonly yenSign?: 'CNY' | 'JPY' | null
}

const byLength = (a: string, b: string) => b.length - a.length
const capitalisable = (word: string) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`
const escapeRegex = (value: string) => value.replace(/[$.]/g, '\\$&')
// A word as written in running text, at the start of a sentence or in a headline: "yuan", "Yuan", "YUAN".
const anyCase = (word: string) => {
  const capital = word.charAt(0).toUpperCase() + word.slice(1)
  return [...new Set([word, capital, word.toUpperCase()])].map(escapeRegex).join('|')
}
const phrase = (key: string) =>
  key
    .split(' ')
    .map((word) => `(?:${anyCase(word)})`)
    .join(String.raw`\s+`)

// "dozen" is a count ("a dozen"), never a digit of an amount; "a"/"an" only count before a multiplier.
const units = new Map([...cardinalNumbers].filter(([word]) => word !== 'dozen'))
// Single words only: "hundred million" is read as "hundred" then "million", which multiplies the same.
const scales = new Map([...numberMultipliers].filter(([word]) => !word.includes(' ')))
const longScales = [...scales.keys()].filter((word) => word.length > 3).sort(byLength)
const shortScales = [...scales.keys()].filter((word) => word.length <= 3).sort(byLength)

// Latin letters, spelled out: `\p{L}` makes every lookaround a Unicode table search, which tripled the cost.
const letter = String.raw`A-Za-z\u00C0-\u024F`
const numberWord = [...units.keys()]
  .filter((word) => word.length > 2)
  .sort(byLength)
  .map(capitalisable)
  .join('|')
const scaleWord = longScales.map(anyCase).join('|')
const gap = String.raw`\s*-?\s*`
const notAfterLetter = `(?![${letter}])`
const digits = String.raw`(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?`
// "5bn" and "5 m" take a short scale; "3.5 hundred million" chains long ones.
const shortScale = String.raw`\s?(?:${shortScales.join('|')})(?![${letter}\d])`
// "28,000 ten thousand US dollars": translations of 万 put "ten" before a scale after digits.
const longScale = `${gap}(?:[Tt]en${gap})?(?:${scaleWord})${notAfterLetter}`
const digitNumber = `${digits}(?:${shortScale}|(?:${longScale})*)`
// "a" only counts as one before a multiplier ("a billion yuan"), never on its own.
const one = String.raw`[Aa]n?\s+(?=(?:${scaleWord})${notAfterLetter})`
const firstWord = `${one}|(?:${numberWord})${notAfterLetter}`
const nextWord = String.raw`${gap}(?:and\s+)?(?:${numberWord}|${scaleWord})${notAfterLetter}`
const wordNumber = `(?:${firstWord})(?:${nextWord})*`
const amount = `(?:${digitNumber}|${wordNumber})`
// Codes count only in capitals: "try", "mop" and "sar" are words in running text.
const code = [...currencyCodes.keys()].map((key) => key.toUpperCase()).join('|')
const symbol = [...currencySymbols.keys()].sort(byLength).map(escapeRegex).join('|')
const word = [...currencyWords.keys()].sort(byLength).map(phrase).join('|')
const notInWord = String.raw`(?<![${letter}\d])`
const bySymbol = String.raw`${notInWord}(?<symbol>${symbol})\s?(?<symbolAmount>${amount})`
// "RMB 5 billion yuan" says its currency twice; it is one amount.
const yuanAfter = String.raw`(?:\s+(?:yuan|Yuan)${notAfterLetter})?`
const byCode = String.raw`${notInWord}(?<code>${code})\s?(?<codeAmount>${amount})${yuanAfter}`
const byCurrency =
  String.raw`(?<![${letter}\d_]|\d[.,])(?<amount>${amount})${gap}` +
  String.raw`(?:(?<afterCode>${code})|(?<word>${word}))(?![${letter}\d])`

// Tried only where `anchor` found a place an amount can start. At one place the first alternative wins,
// so "US$1.5 million" is never read as "$1.5 million" and "RMB 5 billion yuan" is one amount.
const moneyPattern = new RegExp([bySymbol, byCode, byCurrency].join('|'), 'y')
// Where an amount can start: a currency sign, or at a word start a digit, a code or a number word. One
// scan for these is far cheaper than trying every alternative above at every character, and the `\b`
// lets the engine skip straight to word starts.
const signs = [...new Set([...currencySymbols.keys()].map((key) => key.charAt(0)))].filter(
  (char) => !/\w/.test(char),
)
const wordStart = String.raw`\d|${symbol}|${code}|${numberWord}|[Aa]n?\s+(?:${scaleWord})`
const anchor = new RegExp(String.raw`[${signs.map(escapeRegex).join('')}]|\b(?:${wordStart})`, 'g')
// Money needs a digit or a sign; failing that, an amount in words needs a currency word. Most sentences
// have none of these and are skipped after one or two cheap tests.
const lastSigns = new Set([...currencySymbols.keys()].map((key) => key.at(-1)!))
const digitOrSign = new RegExp(`[\\d${[...lastSigns].map(escapeRegex).join('')}]`)
// Enough to tell: the last word of each currency name, singular, so "US dollars" is found by "dollar".
const lastWords = [...currencyWords.keys()].map((key) => key.split(' ').at(-1)!.replace(/s$/, ''))
const currencyName = new RegExp(
  String.raw`\b(?:${[...new Set(lastWords)].sort(byLength).map(capitalisable).join('|')})`,
)
// Cheaper still, and shared with the other plugins (see `word-kinds.ts`): the kinds of token an amount
// needs. Its number has a digit or a number word; its currency a sign, a code or a name, found by the name's
// last word, singular, in any case the pattern takes. Each lies within one token.
const digitToken = defineWordKind((word) => digit.test(word))
const numberWordToken = defineWordKind((word) => numberWordInToken.test(word))
const signToken = defineWordKind((word) => sign.test(word))
const currencyToken = defineWordKind((word) => currencyInToken.test(word))
const digit = /\d/
const numberWordInToken = new RegExp(`${numberWord}|${scaleWord}`)
const sign = new RegExp(`[${[...lastSigns].map(escapeRegex).join('')}]`)
const currencyInToken = new RegExp(`${[...new Set(lastWords)].map(anyCase).join('|')}|${code}`)
// "Yuan" is also a surname: "50 Yuan Jiajun" is a garbled name, not fifty yuan.
const nameAfter = /\s+[A-Z][a-z]/y
const dollarWords = new Set(['$', 'dollar', 'dollars'])

/**
 * Find amounts of money in every sentence and store them as `sentence.data.money`.
 */
export default function retextMoney(options?: Readonly<Options> | null) {
  const dollar = options?.dollar ?? 'USD'
  const yen = options?.yenSign ?? 'CNY'
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
    forEachSentence(tree, (sentence) => annotate(sentence, source, currencyOf))
  }
}

type CurrencyOf = (written: string, currency: string) => string

function annotate(sentence: Sentence, source: string | undefined, currencyOf: CurrencyOf): void {
  const kinds = sentenceKinds(sentence)
  if ((kinds & (digitToken | numberWordToken)) === 0 || (kinds & (signToken | currencyToken)) === 0) return
  const base = sentence.position?.start.offset
  const to = sentence.position?.end.offset
  if (base === undefined || to === undefined) return
  const text = textOf(sentence, source, base, to)
  if (!digitOrSign.test(text) && !currencyName.test(text)) return
  // An amount starts with one of those words, so none starts past the last of them.
  const stop = kindExtent(sentence, digitToken | numberWordToken | signToken | currencyToken)!.end - base
  const found: MoneyFinding[] = []
  anchor.lastIndex = 0
  for (let hit = anchor.exec(text); hit && hit.index < stop; hit = anchor.exec(text)) {
    const place = hit.index
    moneyPattern.lastIndex = place
    const match = moneyPattern.exec(text)
    if (!match) continue
    const end = place + match[0].length
    const finding = read(match.groups!, text, end, currencyOf, base + place, base + end)
    if (!finding) continue
    found.push(finding)
    anchor.lastIndex = end
  }
  if (found.length > 0) {
    sentence.data ??= {}
    sentence.data.money = found
  }
}

// The amount an alternative of `moneyPattern` found at `start`–`end` (offsets in the article; it ends at
// `after` in `text`), or undefined when it is not one.
function read(
  groups: Record<string, string | undefined>,
  text: string,
  after: number,
  currencyOf: CurrencyOf,
  start: number,
  end: number,
): MoneyFinding | undefined {
  let currency: string | undefined
  let number: string
  let rule: string
  if (groups.symbol !== undefined) {
    currency = currencyOf(groups.symbol, currencySymbols.get(groups.symbol)!)
    number = groups.symbolAmount!
    rule = 'money-symbol-number'
  } else if (groups.code !== undefined) {
    currency = currencyCodes.get(groups.code.toLowerCase())
    number = groups.codeAmount!
    rule = 'money-code-number'
  } else {
    number = groups.amount!
    rule = 'money-number-currency'
    const written = groups.afterCode ?? groups.word!
    const key = phraseKey(written)
    currency = groups.afterCode ? currencyCodes.get(key) : currencyWords.get(key)
    if (currency !== undefined && groups.word !== undefined) currency = currencyOf(key, currency)
    // "won the bid", "2 real estate firms", "3 pounds of": trusted only in an amount with a multiplier,
    // and never capitalised ("50 Dong Wenbiao" is a garbled name).
    const scaled = hasScale(numberTokens(number))
    const singular = key.endsWith('s') ? key.slice(0, -1) : key
    const ambiguous = ambiguousCurrencyWords.has(key) || ambiguousCurrencyWords.has(singular)
    if (ambiguous && (!scaled || written !== key)) return undefined
    if (key === 'yuan' && written !== key && !scaled && nameAt(text, after)) return undefined
  }
  const value = parseAmount(numberTokens(number))
  if (currency === undefined || value === undefined) return undefined
  return { start, end, amount: value, currency, rule }
}

// Whether a capitalised word follows white space at `at` in `text` (read in place, not from a copy).
function nameAt(text: string, at: number): boolean {
  nameAfter.lastIndex = at
  return nameAfter.test(text)
}

function hasScale(tokens: readonly string[]): boolean {
  for (const token of tokens) if (scales.has(token.toLowerCase())) return true
  return false
}

// The value of a number written in digits, words or both ("59.3 billion", "two hundred thousand").
function parseAmount(tokens: readonly string[]): number | undefined {
  let total = 0
  let current = 0
  let lastScale = 0
  let afterDigits = false
  for (const token of tokens) {
    if (token.charCodeAt(0) <= 57) {
      current += Number(token.replaceAll(',', ''))
      afterDigits = true
      continue
    }
    const word = token.toLowerCase()
    if (word === 'and') continue
    // After digits "ten" multiplies, with the scale after it ("28,000 ten thousand" is 28,000 × 10,000).
    if (afterDigits && word === 'ten') {
      current *= 10
      continue
    }
    afterDigits = false
    const unit = units.get(word)
    if (unit !== undefined) {
      current += unit
      continue
    }
    const scale = scales.get(word)
    if (scale === undefined) return undefined
    if (scale < 1000) current = (current || 1) * scale
    else {
      // "ten thousand million" multiplies what came before; "one million two hundred thousand" adds.
      total = total !== 0 && scale > lastScale ? (total + current) * scale : total + (current || 1) * scale
      current = 0
      lastScale = scale
    }
  }
  const value = total + current
  // Float products such as 59.3 × 1e9 land a hair off; 15 significant digits is all the text can say.
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : undefined
}
