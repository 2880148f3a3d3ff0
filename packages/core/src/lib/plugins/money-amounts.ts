/**
 * The value of an amount's number as `numberTokens` splits it: digits, number words and scales ("59.3
 * billion", "two hundred thousand", "28,000 ten thousand"), and the lower bound of a range.
 */
import { scales, units } from './money-patterns.js'
import { numberTokens } from './text.js'

// A space inside an amount's number: between groups of digits ("5 000 000") or after its decimal point
// ("41. 7 billion"), which `moneyPattern` reads only there.
const spaceInNumber = /(\d\.?)[ \u00a0](?=\d)/g

/** The tokens of an amount's number (`numberTokens`), the spaces of "5 000 000" and "41. 7" taken out. */
export function amountTokens(number: string): string[] {
  return numberTokens(number.replace(spaceInNumber, '$1'))
}

/**
 * The lower bound of a range: as written when it has a scale ("2 billion to 3 billion"), else its digits
 * with the upper bound's scale ("15 to 20 hundred million" → 15 hundred million).
 */
export function lowerBound(lower: readonly string[], upper: readonly string[]): number | undefined {
  if (hasScale(lower)) return parseAmount(lower)
  // One number before the upper bound's scale: "2 to 3 billion", "two to three billion", not "two to 30".
  if (lower.length !== 1 || upper.length === 0 || startsWithDigit(lower[0]!) !== startsWithDigit(upper[0]!))
    return undefined
  if (!startsWithDigit(upper[0]!) && !units.has(upper[0]!.toLowerCase())) return undefined
  return parseAmount([lower[0]!, ...upper.slice(1)])
}

/** Whether a number token (`numberTokens`) is digits: it is digits or letters, and digits sort below "A". */
export function startsWithDigit(token: string): boolean {
  return token.charCodeAt(0) <= 57
}

/** Whether a number's tokens hold a scale word ("million", "bn"). */
export function hasScale(tokens: readonly string[]): boolean {
  for (const token of tokens) if (scales.has(token.toLowerCase())) return true
  return false
}

/** The value of a number written in digits, words or both ("59.3 billion", "two hundred thousand"). */
export function parseAmount(tokens: readonly string[]): number | undefined {
  let total = 0
  let current = 0
  let lastScale = 0
  let afterDigits = false
  for (const token of tokens) {
    if (startsWithDigit(token)) {
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
  // A whole number under 1e15 has at most 15 digits, which rounding to 15 keeps: most amounts skip the
  // round trip through a string.
  if (Number.isInteger(value) && value < 1e15) return value
  // Float products such as 59.3 × 1e9 land a hair off; 15 significant digits is all the text can say.
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : undefined
}
