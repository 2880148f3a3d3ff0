/**
 * English number words, for reading amounts and dates written in words ("two billion yuan",
 * "ten thousand", "the twenty-fifth").
 *
 * Source: standard English number names (short scale: a billion is 10^9). The multipliers include the
 * compounds that translations of Chinese 万 (10^4) and 亿 (10^8) produce: "ten thousand", "hundred million".
 * Keys are lower case; hyphenated compounds ("twenty-five") are built from `cardinalNumbers`.
 */

/** Cardinal number words zero–nineteen and the tens up to ninety, "a"/"an" as one ("a billion"), "dozen". */
// biome-ignore format: packed data
export const cardinalNumbers: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80],
  ['ninety', 90], ['a', 1], ['an', 1], ['dozen', 12],
])

/**
 * Multiplier words and phrases → factor, longest first so "hundred million" wins over "hundred" and
 * "million"; includes the abbreviations written right after digits ("5m", "2bn", "300k", "1.2 mln").
 */
// biome-ignore format: packed data
export const numberMultipliers: ReadonlyMap<string, number> = new Map([
  ['hundred thousand', 1e5], ['ten thousand', 1e4], ['hundred million', 1e8], ['ten million', 1e7],
  ['hundred billion', 1e11], ['ten billion', 1e10], ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6],
  ['billion', 1e9], ['trillion', 1e12], ['k', 1e3], ['mln', 1e6], ['mn', 1e6], ['m', 1e6], ['bln', 1e9],
  ['bn', 1e9], ['b', 1e9], ['tn', 1e12], ['trn', 1e12],
  // South Asian multipliers: "Rs 62 lakh" (10^5), "₹85 crore" (10^7), "Rs 2.6 lakh crore" (10^12).
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
])

/** Ordinal words first–thirty-first → number, for dates ("the twenty-first of May"). */
// biome-ignore format: packed data
export const ordinalNumbers: ReadonlyMap<string, number> = new Map(
  [
    'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
    'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
    'nineteenth', 'twentieth', 'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth',
    'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth', 'twenty-ninth', 'thirtieth',
    'thirty-first',
  ].map((word, index) => [word, index + 1]),
)

/** Ordinal suffixes written after digits ("25th", "1st"). */
export const ordinalSuffixes: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th'])
