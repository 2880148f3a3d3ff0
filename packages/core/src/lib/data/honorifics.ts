/**
 * Honorifics: the forms of address that stand before a person's name and are no post ("Mr.", "Dr.",
 * "Datuk", "Sheikh"), kept apart from the titles, which name posts.
 */

/** The honorifics a translation may write in lower case before a lower-case name ("dr. mereani Tuilagi"). */
export const lowerCaseHonorifics: readonly string[] = ['dr', 'mr', 'mrs', 'ms', 'prof']

/**
 * Honorifics that come before a name ("Mr. Nakabayashi", "Madam Liu"), with and without the full stop, the
 * Malaysian ones ("Datuk Teoh", "Tan Sri Yeap", "Dato' Sri Teo"), with the apostrophe as written, and the
 * Arabic ones of the Gulf ("Sheikh Saif bin Rashid Al Nuaimi", "Sayyid Faisal …", "Eng. Majid …", the
 * engineer's title an official keeps in front of the name), which are no one's name.
 */
// biome-ignore format: packed data
export const honorifics: ReadonlySet<string> = new Set([
  'Mr.', 'Mr', 'Ms.', 'Ms', 'Mrs.', 'Mrs', 'Miss', 'Mx.', 'Dr.', 'Dr', 'Prof.', 'Prof', 'Madam', 'Madame',
  'Mme', 'Mme.', 'Sir', 'Dame', 'Lord', 'Lady', 'H.E.', 'His Excellency', 'Her Excellency', 'Comrade',
  'Datuk', "Dato'", 'Dato’', 'Dato', 'Datin', 'Tan Sri', 'Puan Sri', 'Toh Puan', 'Datuk Seri', 'Datuk Sri',
  "Dato' Sri", "Dato' Seri", 'Dato’ Sri', 'Dato’ Seri', 'Dato Sri', 'Dato Seri', 'Datin Seri',
  'Sheikh', 'Shaikh', 'Sheikha', 'Shaikha', 'Sayyid', 'Sayyida', 'Sayed', 'Eng.', 'Eng', 'Emir', 'Prince',
  'Princess',
])

/**
 * Forms of address that are honorifics only where a name follows: Malay "Mrs." and "Mr.", Indonesian "Mr.",
 * Thai "Mr./Ms." (before a given name: "Khun Wannaporn") and the Thai lady's title. Each is also a pinyin
 * word in the names of Chinese places and firms ("Puan County", "Puan Pharmaceutical Co., Ltd."), so
 * unlike the `honorifics` they end no place or body and make no title word.
 */
export const addressHonorifics: ReadonlySet<string> = new Set(['Puan', 'Encik', 'Bapak', 'Khun', 'Khunying'])
