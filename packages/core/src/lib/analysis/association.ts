/**
 * Association scores from a 2×2 contingency table, shared by collocates and keywords.
 *
 * ```
 *               | word      | other words |
 *   ------------+-----------+-------------+------
 *   sample      | o11       | o12         | r1
 *   rest        | o21       | o22         | r2
 *   ------------+-----------+-------------+------
 *               | c1        | c2          | n
 * ```
 * Expected counts: `eij = ri * cj / n`.
 * - Mutual information (Church & Hanks 1990, "Word association norms, mutual information, and
 *   lexicography"): `MI = log2(o11 / e11)`.
 * - Log-likelihood (Dunning 1993, "Accurate methods for the statistics of surprise and coincidence"):
 *   `G² = 2 · Σ oij · ln(oij / eij)` over all four cells, where a cell with `oij = 0` adds 0.
 *   Keyness calculators after Rayson & Garside (2000) sum only the two cells of the word's column;
 *   the other two cells nearly cancel out, so the full table used here differs only slightly for a word
 *   that is rare against the size of the sample.
 * See also Evert (2008), "Corpora and collocations", for the table of surface co-occurrence.
 */

/** Observed counts of a 2×2 table (`o11` is the cell of interest). */
export interface Table {
  /** The word, in the sample (the window, the article). */
  readonly o11: number
  /** Other words, in the sample. */
  readonly o12: number
  /** The word, in the rest of the corpus. */
  readonly o21: number
  /** Other words, in the rest of the corpus. */
  readonly o22: number
}

/** Expected value of cell o11 if word and sample were independent. */
export function expected11({ o11, o12, o21, o22 }: Table): number {
  const n = o11 + o12 + o21 + o22
  return n === 0 ? 0 : ((o11 + o12) * (o11 + o21)) / n
}

/** Mutual information, `log2(o11 / e11)`; 0 when either count is 0, so no `-Infinity` or `NaN` escapes. */
export function mutualInformation(table: Table): number {
  const e11 = expected11(table)
  return table.o11 > 0 && e11 > 0 ? Math.log2(table.o11 / e11) : 0
}

/**
 * Dunning's log-likelihood G², signed: negative when the word is rarer in the sample than expected
 * (`o11 < e11`), so sorting by it puts attraction first.
 */
export function logLikelihood(table: Table): number {
  const { o11, o12, o21, o22 } = table
  const n = o11 + o12 + o21 + o22
  if (n === 0) return 0
  const r1 = o11 + o12
  const r2 = o21 + o22
  const c1 = o11 + o21
  const c2 = o12 + o22
  const term = (observed: number, expected: number) =>
    observed > 0 && expected > 0 ? observed * Math.log(observed / expected) : 0
  const g2 =
    2 *
    (term(o11, (r1 * c1) / n) +
      term(o12, (r1 * c2) / n) +
      term(o21, (r2 * c1) / n) +
      term(o22, (r2 * c2) / n))
  // Rounding can leave a tiny negative sum for a table that fits independence exactly.
  const value = Math.max(0, g2)
  return o11 < expected11(table) ? -value : value
}
