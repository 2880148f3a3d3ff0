/**
 * Word-shape tests every entity rule needs: capitals, acronyms, lower-case words and function words.
 */

/** Whether `value` starts with an upper-case letter. */
export function isCapitalised(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code >= 65 && code <= 90) return true
  if (code < 128) return false
  return /^\p{Lu}/u.test(value)
}

/** Whether `value` is written in capitals (two or more letters, digits and `&` allowed): an acronym. */
export function isAllCaps(value: string): boolean {
  const first = value.charCodeAt(0)
  const second = value.charCodeAt(1)
  if (
    !(
      first >= 65 &&
      first <= 90 &&
      ((second >= 65 && second <= 90) || (second >= 48 && second <= 57) || second === 38)
    )
  ) {
    return false
  }
  return /^[A-Z][A-Z0-9&]*[A-Z][A-Z0-9]*$/.test(value) || /^[A-Z]{2,}$/.test(value)
}

/** Digits only (what `^\d+$` matches): a number written as a word, such as a stray "3" before a name. */
export function isDigits(value: string): boolean {
  if (value.length === 0) return false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 48 || code > 57) return false
  }
  return true
}

/** Whether `value` is a word written in lower case. */
export function isLowerWord(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code >= 97 && code <= 122) return true
  if (code < 128) return false
  return /^\p{Ll}/u.test(value)
}

/** Words that start a sentence in capitals but never start a name. */
export const functionWords = new Set(
  (
    'a an the this that these those in on at of for from to with by as into onto upon about after before during ' +
    'since until till when while where whereas if although though because so and or but nor also both either ' +
    'neither according under over among between through throughout within without against across along around ' +
    'beyond near toward towards via per he she it they we you i his her its their our your my me him them us ' +
    'there here then thus meanwhile moreover furthermore besides however therefore yesterday today tomorrow ' +
    'recently currently firstly secondly thirdly finally first second third next last later earlier now ' +
    'all each every some many most more other another such no not only just even led visits visited meets ' +
    'met held holds attends attended signs signed opens opened'
  ).split(' '),
)

/** The number of words in a single-spaced name. */
export function wordCount(name: string): number {
  let count = 1
  for (let index = name.indexOf(' '); index !== -1; index = name.indexOf(' ', index + 1)) count++
  return count
}

/** Whether `value` is written as a year of the last two centuries: "1998", "2025". */
export function isYearWord(value: string): boolean {
  return yearWord.test(value)
}

const yearWord = /^(?:19|20)\d\d$/
