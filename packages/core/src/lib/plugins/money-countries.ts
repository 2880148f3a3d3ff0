/**
 * The currency of a word several countries use ("pesos", "dirhams", "rupees", "pounds"), said without its
 * country: the currency of the country the article names nearest before the amount, or after it failing
 * that ("350 million dirhams" in an article on Morocco is MAD, in one on Dubai AED).
 */
import type { Root, Sentence } from 'nlcst'
import { currencyWordCountries, currencyWords } from '../data/money.js'
import type { MoneyFinding } from '../findings.js'
import { forEachSentence } from './sentences.js'
import { textOf } from './text.js'

/** An amount whose currency word is one of several countries', waiting for the article to say which. */
export interface SharedCurrency {
  /** The sentence the amount is in. */
  readonly sentence: Sentence
  /** Index of the amount in the sentence's `data.money`. */
  readonly index: number
  /** The currency word, singular, lower case ("peso"): a key of `currencyWordCountries`. */
  readonly word: string
}

// The names of each word's countries, longest first, as one pattern each ("Sri Lankan" before "Sri Lanka").
const countryNames = new Map<string, RegExp>()
for (const [word, countries] of currencyWordCountries) {
  const names = [...countries.keys()].sort((a, b) => b.length - a.length).join('|')
  countryNames.set(word, new RegExp(String.raw`\b(?:${names})\b`, 'g'))
}
const lastWords = /([A-Za-z]+)\s+([A-Za-z]+)$|([A-Za-z]+)$/

/**
 * The currency word of `finding` (text `amount`), singular and lower case, when it is one several countries
 * use and no country is said with it ("2 million pesos", not "2 million Mexican pesos"); else undefined.
 */
export function sharedCurrencyWord(finding: MoneyFinding, amount: string): string | undefined {
  if (finding.rule !== 'money-number-currency') return undefined
  const words = lastWords.exec(amount)
  if (words === null) return undefined
  const last = (words[2] ?? words[3])!.toLowerCase()
  const word = last.endsWith('s') ? last.slice(0, -1) : last
  if (!currencyWordCountries.has(word)) return undefined
  return words[1] !== undefined && currencyWords.has(`${words[1].toLowerCase()} ${last}`) ? undefined : word
}

/** Give each amount in `pending` the currency of the country named nearest to it in the article. */
export function settleSharedCurrencies(
  tree: Root,
  source: string | undefined,
  pending: readonly SharedCurrency[],
): void {
  const sentences: Sentence[] = []
  const texts: string[] = []
  forEachSentence(tree, (sentence) => {
    const start = sentence.position?.start.offset ?? 0
    sentences.push(sentence)
    texts.push(textOf(sentence, source, start, sentence.position?.end.offset ?? start))
  })
  for (const { sentence, index, word } of pending) {
    const money = sentence.data!.money!
    const finding = money[index]!
    const at = sentences.indexOf(sentence)
    const place = finding.start - (sentence.position?.start.offset ?? 0)
    const name = nearestCountry(texts, at, place, countryNames.get(word)!)
    const currency = name === undefined ? undefined : currencyWordCountries.get(word)!.get(name)
    if (currency !== undefined && currency !== finding.currency) money[index] = { ...finding, currency }
  }
}

// The country named nearest before offset `place` of sentence `at` (in that sentence, then those before it),
// else nearest after it.
function nearestCountry(
  texts: readonly string[],
  at: number,
  place: number,
  names: RegExp,
): string | undefined {
  const before = lastName(texts[at]!.slice(0, place), names)
  if (before !== undefined) return before
  for (let index = at - 1; index >= 0; index--) {
    const name = lastName(texts[index]!, names)
    if (name !== undefined) return name
  }
  for (let index = at; index < texts.length; index++) {
    names.lastIndex = 0
    const name = names.exec(index === at ? texts[index]!.slice(place) : texts[index]!)?.[0]
    if (name !== undefined) return name
  }
  return undefined
}

function lastName(text: string, names: RegExp): string | undefined {
  let last: string | undefined
  names.lastIndex = 0
  for (let hit = names.exec(text); hit; hit = names.exec(text)) last = hit[0]
  return last
}
