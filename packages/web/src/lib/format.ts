/**
 * Numbers and amounts as the viewer shows them, in English, the language of the corpus.
 */

const integers = new Intl.NumberFormat('en')

/** A whole number with thousands separators. */
export function formatCount(value: number): string {
  return integers.format(value)
}

/** `count` and the noun, singular or plural ("1 article", "3 articles"). */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : nouns}`
}

/** An amount in its currency, e.g. "CN¥59,300,000,000"; an unknown currency code is written after it. */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    }).format(amount)
  } catch {
    // A code Intl does not know (it rejects anything but three letters): show it as it is.
    return `${integers.format(amount)} ${currency}`
  }
}

/** The amount in short form, e.g. "59.3 billion". */
export function formatCompact(amount: number): string {
  return new Intl.NumberFormat('en', {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 2,
  }).format(amount)
}
