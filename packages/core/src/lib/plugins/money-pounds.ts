/**
 * Whether "pounds" after a number without a scale is money: "a study grant of 3,500 pounds", "tuition of 900
 * pounds a month" are British pounds (or the country's the article names, see `money-countries.ts`), but
 * "20 pounds of crabs" and "a fish weighing 30 pounds" are weights.
 */

// Words that say the amount after them is money, in the clause before it.
const moneyCue =
  /\b(?:bursar(?:y|ies)|scholarships?|grants?|fees?|tuition|salar(?:y|ies)|wages?|pay|paid|pays|prices?|priced|costs?|costing|worth|fines?|fined|awards?|prizes?|donat(?:ed|ions?)|funds?|funding|allowances?|stipends?|tickets?|rents?|budgets?|invest(?:ed|ment|ments)?|spen[dt]|spending|earn(?:ed|s)?|income|revenue|sold|raised|loans?|subsid(?:y|ies)|bonus(?:es)?|compensation|charged?)\b/i
// A weight: what the pounds are of.
const ofAfter = /\s+of(?![A-Za-z])/y
const clauseMarks = /[;:]/g

/**
 * Whether the pounds of the amount at `place`–`after` in `text` (a sentence) are money: a word of money
 * comes before it in its clause ("a bursary of 4,000 pounds") and no "of" after it ("4,000 pounds of
 * scallops" is a weight).
 */
export function poundsAsMoney(text: string, place: number, after: number): boolean {
  ofAfter.lastIndex = after
  if (ofAfter.test(text)) return false
  const from = Math.max(0, place - 80)
  let start = from
  clauseMarks.lastIndex = from
  for (let mark = clauseMarks.exec(text); mark && mark.index < place; mark = clauseMarks.exec(text))
    start = mark.index + 1
  return moneyCue.test(text.slice(start, place))
}
