/**
 * The currency of a word or symbol several countries use ("pesos", "dirhams", "rupees", "pounds", "Rs"),
 * said without its country: the currency of the country the article names nearest before the amount, or after it failing
 * that ("350 million dirhams" in an article on Morocco is MAD, in one on Dubai AED). A city's name inside a
 * person's name ("trader Santiago Ramos", "engineer Marco Colombo") names no country: the people
 * retext-entities found in each sentence (`sentence.data.mentions`) are skipped, and so is a city after a
 * known given name or before a capitalised word that may end a name.
 */
import type { Root, Sentence } from 'nlcst'
import { countryLetterSymbols, currencyWordCountries, currencyWords, sharedSymbols } from '../data/money.js'
import { westernGivenNames } from '../data/other-surnames.js'
import { worldCities } from '../data/world-cities.js'
import { mayBeNameWord } from '../entities/word-classes.js'
import type { MoneyFinding } from '../findings.js'
import { forEachSentence } from './sentences.js'
import { textOf } from './text.js'

/** An amount whose currency word is one of several countries', waiting for the article to say which. */
export interface SharedCurrency {
  /** The sentence the amount is in. */
  readonly sentence: Sentence
  /** Index of the amount in the sentence's `data.money`. */
  readonly index: number
  /**
   * The currency word, singular, lower case ("peso"): a key of `currencyWordCountries`; or letters money only
   * with their country ("R"), a key of `countryLetterSymbols`.
   */
  readonly word: string
}

// The names of each word's (or letters') countries, longest first, as one pattern each ("Sri Lankan" before
// "Sri Lanka").
const countryNames = new Map<string, RegExp>()
for (const [word, countries] of [...currencyWordCountries, ...countryLetterSymbols]) {
  const names = [...countries.keys()].sort((a, b) => b.length - a.length).join('|')
  // Whole names: "\b" would find no end after a last accented letter ("Yaoundé", "Lomé").
  countryNames.set(word, new RegExp(String.raw`(?<![\w\u00C0-\u024F])(?:${names})(?![\w\u00C0-\u024F])`, 'g'))
}
const lastWords = /(?:([A-Za-z]+)\s+)?([A-Za-z]+)\s+([A-Za-z]+)$|([A-Za-z]+)$/
const symbolStart = /^[A-Za-z]+\.?/
const letterBeforeNumber = /[\s\d]/

/**
 * The currency word of `finding` (text `amount`), singular and lower case, when it is one several countries
 * use and no country is said with it ("2 million pesos", not "2 million Mexican pesos"), or the word of a
 * symbol several countries write ("Rs 40 million"); else undefined.
 */
export function sharedCurrencyWord(finding: MoneyFinding, amount: string): string | undefined {
  // "Rs 2 billion": a symbol several countries write; "R2 billion": letters money only with their country.
  if (finding.rule === 'money-symbol-number') {
    const letters = symbolStart.exec(amount)?.[0] ?? ''
    // "R$ 450 million" is in reais: the letters must stand before the number.
    const alone = countryLetterSymbols.has(letters) && letterBeforeNumber.test(amount.charAt(letters.length))
    return sharedSymbols.get(letters) ?? (alone ? letters : undefined)
  }
  if (finding.rule !== 'money-number-currency') return undefined
  const words = lastWords.exec(amount)
  if (words === null) return undefined
  const [, third, second, lastOfTwo, only] = words
  const last = (lastOfTwo ?? only)!.toLowerCase()
  const word = last.endsWith('s') ? last.slice(0, -1) : last
  // "23 billion CFA francs": a name of two words several countries use; "West African CFA francs" says whose.
  const pair = second === undefined ? undefined : `${second.toLowerCase()} ${word}`
  if (pair !== undefined && currencyWordCountries.has(pair)) {
    const said =
      third !== undefined && currencyWords.has(`${third.toLowerCase()} ${second!.toLowerCase()} ${last}`)
    return said ? undefined : pair
  }
  if (!currencyWordCountries.has(word)) return undefined
  return second !== undefined && currencyWords.has(`${second.toLowerCase()} ${last}`) ? undefined : word
}

/**
 * Give each amount in `pending` the currency of the country named nearest to it in the article; drop those
 * written with letters that are money only with their country (`countryLetterSymbols`) where it names none.
 */
export function settleSharedCurrencies(
  tree: Root,
  source: string | undefined,
  pending: readonly SharedCurrency[],
): void {
  const sentences: Sentence[] = []
  const texts: Text[] = []
  forEachSentence(tree, (sentence) => {
    const start = sentence.position?.start.offset ?? 0
    sentences.push(sentence)
    const people = (sentence.data?.mentions ?? [])
      .filter((mention) => mention.type === 'person' && !mention.pronoun)
      .map((mention) => ({ start: mention.start - start, end: mention.end - start }))
    texts.push({ text: textOf(sentence, source, start, sentence.position?.end.offset ?? start), people })
  })
  const dropped = new Set<MoneyFinding>()
  for (const { sentence, index, word } of pending) {
    const money = sentence.data!.money!
    const finding = money[index]!
    const at = sentences.indexOf(sentence)
    const place = finding.start - (sentence.position?.start.offset ?? 0)
    const name = nearestCountry(texts, at, place, countryNames.get(word)!)
    const countries = currencyWordCountries.get(word) ?? countryLetterSymbols.get(word)!
    const currency = name === undefined ? undefined : countries.get(name)
    if (currency === undefined && countryLetterSymbols.has(word)) dropped.add(finding)
    else if (currency !== undefined && currency !== finding.currency) money[index] = { ...finding, currency }
  }
  // Dropped last, so the indices of the amounts still pending stay right while they are settled.
  for (const { sentence } of pending) {
    const money = sentence.data?.money
    if (money === undefined || !money.some((finding) => dropped.has(finding))) continue
    const kept = money.filter((finding) => !dropped.has(finding))
    if (kept.length > 0) sentence.data!.money = kept
    else delete sentence.data!.money
  }
}

/** An amount written with a bare "¥", read as yuan until the article says it is yen. */
export interface YenSign {
  /** The sentence the amount is in. */
  readonly sentence: Sentence
  /** Index of the amount in the sentence's `data.money`. */
  readonly index: number
}

// "¥" and "￥": an amount written with either says no yen or yuan of itself.
const yenSigns = new Set([0xa5, 0xffe5])

/**
 * Give each "¥" amount in `pending` the yen only where the article says so beside it: the nearest amount
 * in yen or yuan written in words or a code ("4 billion yen", "JPY 2 million", "30 million yuan"), in its
 * sentence or the one before or after, is in yen. Naming Japan is no cue: a Japanese-funded firm in
 * Dalian reports "¥200 million" in yuan.
 */
export function settleYenSigns(tree: Root, source: string | undefined, pending: readonly YenSign[]): void {
  // The amounts that say yen or yuan of themselves: sentence number, start offset and currency.
  const said: { readonly sentence: number; readonly start: number; readonly currency: string }[] = []
  const order = new Map<Sentence, number>()
  let count = 0
  forEachSentence(tree, (sentence) => {
    const at = count++
    const money = sentence.data?.money
    if (money === undefined) return
    order.set(sentence, at)
    const base = sentence.position?.start.offset ?? 0
    const text = textOf(sentence, source, base, sentence.position?.end.offset ?? base)
    for (const { start, currency } of money) {
      if ((currency === 'JPY' || currency === 'CNY') && !yenSigns.has(text.charCodeAt(start - base)))
        said.push({ sentence: at, start, currency })
    }
  })
  for (const { sentence, index } of pending) {
    const at = order.get(sentence)!
    const money = sentence.data!.money!
    const { start } = money[index]!
    let nearest: (typeof said)[number] | undefined
    for (const amount of said) {
      if (Math.abs(amount.sentence - at) > 1) continue
      if (nearest === undefined || Math.abs(amount.start - start) < Math.abs(nearest.start - start))
        nearest = amount
    }
    if (nearest?.currency === 'JPY') money[index] = { ...money[index]!, currency: 'JPY' }
  }
}

// A sentence's text and where its people's names are in it (offsets in the text).
interface Text {
  readonly text: string
  readonly people: readonly { readonly start: number; readonly end: number }[]
}

// The country named nearest before offset `place` of sentence `at` (in that sentence, then those before it),
// else nearest after it.
function nearestCountry(
  texts: readonly Text[],
  at: number,
  place: number,
  names: RegExp,
): string | undefined {
  const before = lastName(texts[at]!, 0, place, names)
  if (before !== undefined) return before
  for (let index = at - 1; index >= 0; index--) {
    const name = lastName(texts[index]!, 0, texts[index]!.text.length, names)
    if (name !== undefined) return name
  }
  for (let index = at; index < texts.length; index++) {
    const name = firstName(texts[index]!, index === at ? place : 0, names)
    if (name !== undefined) return name
  }
  return undefined
}

// The last country's name in `text` between `from` and `to` that is not in a person's name.
function lastName(sentence: Text, from: number, to: number, names: RegExp): string | undefined {
  const { text } = sentence
  let last: string | undefined
  names.lastIndex = from
  for (let hit = names.exec(text); hit && hit.index + hit[0].length <= to; hit = names.exec(text)) {
    if (!inPerson(sentence, hit.index, hit[0])) last = hit[0]
  }
  return last
}

function firstName(sentence: Text, from: number, names: RegExp): string | undefined {
  const { text } = sentence
  names.lastIndex = from
  for (let hit = names.exec(text); hit; hit = names.exec(text)) {
    if (!inPerson(sentence, hit.index, hit[0])) return hit[0]
  }
  return undefined
}

const cities = new Set(worldCities)
const wordBefore = /(\p{Lu}\p{Ll}+)\s+$/u
const wordAfter = /^\s+(\p{Lu}\p{Ll}+)/u
// Whether the name found at `at` in `text` is in a person's name: in a person retext-entities found, or a
// city's name after a known given name ("Jose Santiago", "Marco Colombo") or before a capitalised word that
// may end a name ("Santiago Ramos").
function inPerson({ text, people }: Text, at: number, name: string): boolean {
  if (people.some((person) => at >= person.start && at < person.end)) return true
  if (!cities.has(name)) return false
  const given = wordBefore.exec(text.slice(Math.max(0, at - 24), at))?.[1]
  if (given !== undefined && westernGivenNames.has(given.toLowerCase())) return true
  const next = wordAfter.exec(text.slice(at + name.length, at + name.length + 24))?.[1]
  if (next === undefined) return false
  // "Colombo Port", "Manila Bay", "Santiago Stock Exchange": a place's or a company's word is no name's.
  return mayBeNameWord(next)
}
