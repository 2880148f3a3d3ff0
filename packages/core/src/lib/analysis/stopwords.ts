/**
 * English stopwords for search and corpus analysis.
 *
 * Kept here rather than taken from a package: the `stopword` package ships CommonJS without types and 62
 * languages, while these tools need one short, readable English list that users can copy and edit.
 */

/** Function words left out of frequency lists, collocates, keywords and search terms by default. */
export const englishStopwords: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off
on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves also s t`
    .split(/\s+/)
    .filter(Boolean),
)

/**
 * Build a stopword set: the English list, plus `add`, minus `remove` (all compared in lower case).
 */
export function createStopwords(
  options: { readonly add?: Iterable<string>; readonly remove?: Iterable<string> } = {},
): ReadonlySet<string> {
  const words = new Set(englishStopwords)
  for (const word of options.add ?? []) words.add(String(word).toLowerCase())
  for (const word of options.remove ?? []) words.delete(String(word).toLowerCase())
  return words
}
