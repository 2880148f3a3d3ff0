/**
 * The grammar of an amount of money, as regular expressions built from the currency and number data: an
 * amount in digits or words with its scales, a currency sign, code or name before or after it, the bounds
 * of a range, and the cheap tests (`anchor`, word kinds) that let most sentences skip all of it.
 */
import {
  currencySymbols,
  currencyWords,
  symbolsBeforeDigits,
  symbolsBeforeScales,
  writtenCurrencyCodes,
} from '../data/money.js'
import { cardinalNumbers, numberMultipliers } from '../data/numbers.js'
import { defineWordKind } from './word-kinds.js'

const byLength = (a: string, b: string) => b.length - a.length
const capitalisable = (word: string) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`
const escapeRegex = (value: string) => value.replace(/[$.]/g, '\\$&')
// A word as written in running text, at the start of a sentence or in a headline: "yuan", "Yuan", "YUAN".
const caseForms = (word: string): string[] => [
  ...new Set([word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()]),
]
// Every way a currency name is written (each word in its `caseForms`), its words joined by a space.
const phraseForms = (key: string): string[] =>
  key
    .split(' ')
    .map(caseForms)
    .reduce<string[]>((forms, variants) => forms.flatMap((form) => variants.map((v) => `${form} ${v}`)), [''])
    .map((form) => form.slice(1))
// One alternation of hundreds of names is tried name by name after every number; the same names as a
// trie (shared beginnings written once, a longer name before the shorter it starts with) let the engine
// drop all but a few at the first letter. A space between words stands for any run of white space.
function trie(forms: readonly string[]): string {
  const root = new Map<string, Map<string, unknown>>()
  for (const form of forms) {
    let node = root
    for (const char of form) {
      if (!node.has(char)) node.set(char, new Map())
      node = node.get(char) as Map<string, Map<string, unknown>>
    }
    node.set('', new Map())
  }
  const write = (node: Map<string, Map<string, unknown>>): string => {
    const branches = [...node]
      .filter(([char]) => char !== '')
      .map(([char, next]) => {
        const text = char === ' ' ? String.raw`\s+` : escapeRegex(char)
        return text + write(next as Map<string, Map<string, unknown>>)
      })
    if (node.has('')) branches.push('')
    if (branches.length === 1) return branches[0]!
    return `(?:${branches.join('|')})`
  }
  return write(root)
}
// The `caseForms` of a word as an alternation.
const anyCase = (word: string) => caseForms(word).map(escapeRegex).join('|')
const phrase = (key: string) =>
  key
    .split(' ')
    .map((word) => `(?:${anyCase(word)})`)
    .join(String.raw`\s+`)

// "dozen" is a count ("a dozen"), never a digit of an amount; "a"/"an" only count before a multiplier.
/** Number words and their values, "dozen" left out (see above). */
export const units = new Map([...cardinalNumbers].filter(([word]) => word !== 'dozen'))
// Single words only: "hundred million" is read as "hundred" then "million", which multiplies the same.
/** Multiplier words of one word and their factors. */
export const scales = new Map([...numberMultipliers].filter(([word]) => !word.includes(' ')))
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
// "RMB 3 500 million": after a symbol or code, a space (or a no-break space) between groups of exactly three
// digits marks thousands, and "RMB 41. 7 billion", a space after the decimal point (a translation's slip),
// is read before a scale.
const digits =
  String.raw`(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+)` +
  String.raw`(?:\.\d+|\.[ \u00a0]\d+(?=\s+(?:${scaleWord})${notAfterLetter}))?`
// "5bn" and "5 m" take a short scale; "3.5 hundred million" chains long ones.
const shortScale = String.raw`\s?(?:${shortScales.join('|')})(?![${letter}\d])`
// "28,000 ten thousand US dollars": translations of 万 put "ten" before a scale after digits.
const longScale = `${gap}(?:[Tt]en${gap})?(?:${scaleWord})${notAfterLetter}`
// Before a currency word the spaces are read more warily: "has 5 100 billion yuan clusters" counts five,
// so one group after a space ("500 000 yuan") only without a scale, two or more ("5 000 000 yuan")
// always; "41. 7 billion yuan" only after a word that leads an amount ("exceeded 41. 7 billion yuan", not
// "rose 12. 3 billion yuan was spent").
const amountLead = String.raw`(?<![${letter}])(?:of|to|by|reached|exceeded|about|around|over|nearly|almost|totall?(?:ing|ed)|worth|spend|spent|invest|invested|cost|raised|earned|hit|topped)`
const wordDigits =
  String.raw`(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0]\d{3}){2,}(?!\d)` +
  String.raw`|\d{1,3}[ \u00a0]\d{3}(?!\d)(?!${longScale}|${shortScale})|\d+)` +
  String.raw`(?:\.\d+|(?<=${amountLead}\s+\d+)\.[ \u00a0]\d+(?=\s+(?:${scaleWord})${notAfterLetter}))?`
const digitNumber = (number: string) => `${number}(?:${shortScale}|(?:${longScale})*)`
// "a" only counts as one before a multiplier ("a billion yuan"), never on its own.
const one = String.raw`[Aa]n?\s+(?=(?:${scaleWord})${notAfterLetter})`
const firstWord = `${one}|(?:${numberWord})${notAfterLetter}`
// "and" only after a scale ("one hundred and twenty"): "between two and three billion" is a range.
const nextWord =
  String.raw`(?:${gap}(?:${numberWord}|${scaleWord})|(?<=${scaleWord})\s+and\s+(?:${numberWord}))` +
  notAfterLetter
const wordNumber = `(?:${firstWord})(?:${nextWord})*`
const amount = `(?:${digitNumber(digits)}|${wordNumber})`
const wordAmount = `(?:${digitNumber(wordDigits)}|${wordNumber})`
// Codes count only in capitals: "try", "mop" and "sar" are words in running text.
const code = [...writtenCurrencyCodes].map((key) => key.toUpperCase()).join('|')
// "RM 1.2 billion": a symbol of letters that is also a word or initials is money only before a digit.
const symbol = [...currencySymbols.keys()]
  .sort(byLength)
  .map((key) => escapeRegex(key) + (symbolsBeforeDigits.has(key) ? String.raw`(?=\s?\d)` : ''))
  .join('|')
// "3 Korean won the contest", "12 Brazilian real estate investors": "won" and "real" stay English words
// after their nationality, so with one they are money only after a scale or a number with thousands
// ("5 billion Korean won", "12,000 Korean won"; "2024 Korean won" may be a year); "real estate" is never
// money.
const englishAfterAdjective = /^[a-z ]+ (?:won|reals?)$/
const plainWords = [...currencyWords.keys()].filter((key) => !englishAfterAdjective.test(key))
const guardedWords = [...currencyWords.keys()].filter((key) => englishAfterAdjective.test(key))
const bigAmount = String.raw`(?<=(?:${[...scales.keys()].map(anyCase).join('|')}|\d,\d{3}|\d{5})${gap})`
const word =
  `${trie(plainWords.flatMap(phraseForms))}|` +
  `${bigAmount}(?:${guardedWords.sort(byLength).map(phrase).join('|')})`
const notInWord = String.raw`(?<![${letter}\d])`
const bySymbol = String.raw`${notInWord}(?<symbol>${symbol})\s?(?<symbolAmount>${amount})`
// "RMB 5 billion yuan" says its currency twice; it is one amount.
const yuanAfter = String.raw`(?:\s+(?:yuan|Yuan)${notAfterLetter})?`
const byCode = String.raw`${notInWord}(?<code>${code})\s?(?<codeAmount>${amount})${yuanAfter}`
const byCurrency =
  String.raw`(?<![${letter}\d_]|\d[.,])(?<amount>${wordAmount})${gap}` +
  String.raw`(?:(?<afterCode>${code})|(?<word>${word}))(?![${letter}\d])(?!\s+[Ee]state\b)`

// Tried only where `anchor` found a place an amount can start. At one place the first alternative wins,
// so "US$1.5 million" is never read as "$1.5 million" and "RMB 5 billion yuan" is one amount.
/** Every form of an amount, tried at a place `anchor` found (sticky). */
export const moneyPattern = new RegExp([bySymbol, byCode, byCurrency].join('|'), 'y')
// Where an amount can start: a currency sign, or at a word start a digit, a code or a number word. One
// scan for these is far cheaper than trying every alternative above at every character, and the `\b`
// lets the engine skip straight to word starts.
const signs = [...new Set([...currencySymbols.keys()].map((key) => key.charAt(0)))].filter(
  (char) => !/\w/.test(char),
)
const wordStart = String.raw`\d|${symbol}|${code}|${numberWord}|[Aa]n?\s+(?:${scaleWord})`
/** Where an amount can start (global). */
export const anchor = new RegExp(String.raw`[${signs.map(escapeRegex).join('')}]|\b(?:${wordStart})`, 'g')
// Money needs a digit or a sign; failing that, an amount in words needs a currency word. Most sentences
// have none of these and are skipped after one or two cheap tests.
// A symbol of letters ("KSh", "Rs.") ends in no sign: a word kind of its own finds it by its letters
// (`letterSymbols`). The full stop of "Rs." is no sign: as one, it would let every sentence with a digit
// and a full stop through these tests.
const letterSymbol = /^[A-Za-z]+\.?$/
const lastSigns = new Set(
  [...currencySymbols.keys()].filter((key) => !letterSymbol.test(key)).map((key) => key.at(-1)!),
)
// A symbol of one letter ("R1.2 billion") would match every capitalised word: its own test is below.
const letterSymbols = [
  ...new Set(
    [...currencySymbols.keys()]
      .filter((key) => letterSymbol.test(key) && !symbolsBeforeScales.has(key))
      .map((key) => key.replace(/\.$/, '')),
  ),
]
// A symbol of letters as a word of its own or before its digits ("Nu. 5 billion", "Rf3 million"), never the
// start of a longer word: "Ar", "Nu", "RO" begin "Area", "Number", "ROAD", which would let nearly every
// sentence with a digit through the cheap tests.
const letterSymbolAlone = `(?:${letterSymbols.join('|')})(?![A-Za-z])`
/** A digit or a currency sign: money needs one, or else a currency name. */
export const digitOrSign = new RegExp(`[\\d${[...lastSigns].map(escapeRegex).join('')}]`)
// Enough to tell: the last word of each currency name, singular, so "US dollars" is found by "dollar".
const lastWords = [...currencyWords.keys()].map((key) => key.split(' ').at(-1)!.replace(/s$/, ''))
/** The last word of a currency name, singular, in any case the pattern takes, or a symbol of letters. */
export const currencyName = new RegExp(
  String.raw`\b(?:${[...new Set(lastWords)].sort(byLength).map(capitalisable).join('|')}|${letterSymbolAlone})`,
)
// Cheaper still, and shared with the other plugins (see `word-kinds.ts`): the kinds of token an amount
// needs. Its number has a digit or a number word; its currency a sign, a code or a name, found by the name's
// last word, singular, in any case the pattern takes. Each lies within one token.
/** Word kind: a token with a digit. */
export const digitToken = defineWordKind((word) => digit.test(word))
/** Word kind: a token with a number word or a scale. */
export const numberWordToken = defineWordKind((word) => numberWordInToken.test(word))
/** Word kind: a token with a currency sign. */
export const signToken = defineWordKind((word) => sign.test(word))
/** Word kind: a token with a currency name, code or symbol of letters ("KSh"). */
export const currencyToken = defineWordKind(
  (word) => hasCurrencyWord(word) || codeOrLetterSymbol.test(word) || oneLetterSymbol(word),
)
const digit = /\d/
const numberWordInToken = new RegExp(`${numberWord}|${scaleWord}`)
const sign = new RegExp(`[${[...lastSigns].map(escapeRegex).join('')}]`)
// A currency name is a whole run of letters ("yuan", "US dollars", "yuan-denominated"), so a set lookup of
// each run, with a plural ending taken off, tells: a pattern of every name would also find them inside
// ordinary words ("some", "summit", "solution", "realise") and send most sentences on to the full test.
const lastWordSet = new Set(lastWords.map((word) => word.toLowerCase()))
const letterRuns = new RegExp(`[${letter}]+`, 'g')
function hasCurrencyWord(word: string): boolean {
  for (const [run] of word.toLowerCase().matchAll(letterRuns))
    if (
      lastWordSet.has(run) ||
      (run.endsWith('s') && (lastWordSet.has(run.slice(0, -1)) || lastWordSet.has(run.slice(0, -2))))
    )
      return true
  return false
}
const codeOrLetterSymbol = new RegExp(`${code}|${letterSymbolAlone}`)
// "R", "K85", "N18.6bn": a symbol of one letter, alone or written against its digits.
const oneLetterSymbol = (word: string) =>
  symbolsBeforeScales.has(word.charAt(0)) && (word.length === 1 || digit.test(word.charAt(1)))
// A range is one amount: "2 to 3 billion yuan", "8,000-10,000 yuan", "between 2 and 3 billion yuan" (a bare
// lower bound, then an amount with its currency), or "RMB 2 to 3 billion" (the currency first). "and"
// joins a range only after "between" ("Phase 2 and 3 billion yuan" is not one).
const joiner = String.raw`(?:\s*[-\u2013\u2014]\s*|\s+(?<joiner>to|and)\s+)`
// The lower bound is in digits or in words ("two to three billion yuan"), as the upper bound is.
/** The lower bound of a range and its joiner, at a place (sticky). */
export const rangeLower = new RegExp(
  String.raw`(?<![${letter}\d_]|\d[.,])(?<lower>${digitNumber(wordDigits)}|${wordNumber})${joiner}`,
  'y',
)
/** The joiner and upper bound of a range after an amount (sticky). */
export const rangeUpper = new RegExp(
  String.raw`${joiner}(?<upper>${digitNumber(digits)})(?![\d%])${yuanAfter}`,
  'y',
)
