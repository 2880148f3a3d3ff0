/**
 * Words that end with a full stop without ending a sentence ("Co., Ltd.", "etc.", "p.m."), so that a
 * full stop after them may be followed by a comma or a lower-case word.
 */

// Lower case, without the full stop. Generic English and business abbreviations only.
const known = new Set([
  ...['etc', 'vs', 'viz', 'cf', 'ca', 'approx', 'est', 'al', 'incl', 'excl', 'misc', 'esp', 'resp'],
  ...['no', 'nos', 'vol', 'vols', 'p', 'pp', 'fig', 'figs', 'ed', 'eds', 'ch', 'sec', 'art', 'para'],
  ...['co', 'ltd', 'inc', 'corp', 'bros', 'plc', 'llc', 'pty', 'bhd', 'dept', 'univ', 'assn', 'intl'],
  ...['govt', 'gov', 'sen', 'rep', 'prof', 'dr', 'mr', 'mrs', 'ms', 'messrs', 'jr', 'sr', 'hon', 'rev'],
  ...['gen', 'col', 'lt', 'capt', 'sgt', 'maj', 'adm', 'cmdr', 'st', 'mt', 'ft', 'ave', 'rd', 'blvd'],
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  ...['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
])

/**
 * Whether `word` (the letters before a full stop, without it) is an abbreviation: a known one, an
 * initial (`J`), or a dotted one (`U.S`, `a.m`, `e.g`).
 */
export function isAbbreviation(word: string): boolean {
  // "effectively." before a second full stop is a doubled stop, not an abbreviation.
  if (word.length === 0 || word.startsWith('.') || word.endsWith('.')) return false
  if (word.length === 1) return true
  if (word.includes('.')) return true
  return known.has(word.toLowerCase())
}

/**
 * The abbreviation-like word that ends just before `index` in `text` (letters and inner full stops,
 * read backwards), e.g. `Ltd` before the full stop of "Co., Ltd.".
 */
export function wordBefore(text: string, index: number): string {
  let start = index
  while (start > 0) {
    const code = text.charCodeAt(start - 1)
    const letter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x2e
    if (!letter) break
    start--
  }
  return text.slice(start, index)
}
