/**
 * Whether "pounds" after a number without a scale is money: "a study grant of 3,500 pounds", "tuition of 900
 * pounds a month" are British pounds (or the country's the article names, see `money-countries.ts`), but
 * "20 pounds of crabs" and "a fish weighing 30 pounds" are weights.
 */

// Words that say the amount after them is money, in the clause before it.
const moneyCue =
  /\b(?:bursar(?:y|ies)|scholarships?|grants?|fees?|tuition|salar(?:y|ies)|wages?|pay|paid|pays|prices?|priced|costs?|costing|worth|fines?|fined|awards?|prizes?|donat(?:ed|ions?)|funds?|funding|allowances?|stipends?|tickets?|rents?|budgets?|invest(?:ed|ment|ments)?|spen[dt]|spending|earn(?:ed|s)?|income|revenue|sold|raised|loans?|subsid(?:y|ies)|bonus(?:es)?|compensation|charged?)\b/gi
// A weight: what the pounds are of.
const ofAfter = /\s+of(?![A-Za-z])/y
// Where the clause of the amount starts: "; :", a comma before a space (not "3,500") or a relative pronoun,
// so "a price of 2,000 yuan, weighed 12 pounds" does not lend the price to the weight.
const clauseMarks = /[;:]|,(?=\s)|\b(?:which|who|whose|that|where|while|whereas)\b/gi
// Between the cue and the amount these say the pounds are a weight ("earned more as each crab weighs 8").
const weightWord = /\b(?:weigh\w*|heav(?:y|ier|iest)|each|apiece)\b/i
// The cue governs the amount only when close: "a grant of 3,500", "priced at just 5", "worth up to 40".
const maxWordsBetween = 4

/**
 * Whether the pounds of the amount at `place`–`after` in `text` (a sentence) are money: a word of money
 * governs it in its clause ("a bursary of 4,000 pounds", "costing 20 pounds"), with no weight word between
 * them and no "of" after it ("4,000 pounds of scallops" is a weight).
 */
export function poundsAsMoney(text: string, place: number, after: number): boolean {
  ofAfter.lastIndex = after
  if (ofAfter.test(text)) return false
  const from = Math.max(0, place - 80)
  let start = from
  clauseMarks.lastIndex = from
  for (let mark = clauseMarks.exec(text); mark && mark.index < place; mark = clauseMarks.exec(text))
    start = mark.index + mark[0].length
  const clause = text.slice(start, place)
  let cueEnd = -1
  moneyCue.lastIndex = 0
  for (let cue = moneyCue.exec(clause); cue; cue = moneyCue.exec(clause)) cueEnd = cue.index + cue[0].length
  if (cueEnd < 0) return false
  const between = clause.slice(cueEnd)
  if (weightWord.test(between)) return false
  return between.split(/\s+/).filter(Boolean).length <= maxWordsBetween
}
