/**
 * Honorifics: the forms of address that stand before a person's name and are no post ("Mr.", "Dr.",
 * "Datuk", "Sheikh"), kept apart from the titles, which name posts.
 */

/** The honorifics a translation may write in lower case before a lower-case name ("dr. mereani Tuilagi"). */
export const lowerCaseHonorifics: readonly string[] = ['dr', 'mr', 'mrs', 'ms', 'prof']

/**
 * Honorifics that come before a name ("Mr. Nakabayashi", "Madam Liu"), with and without the full stop, the
 * Malaysian ones ("Datuk Teoh", "Tan Sri Yeap", "Dato' Sri Teo"), with the apostrophe as written, and the
 * Arabic ones of the Gulf ("Sheikh Saif bin Rashid Al Nuaimi", "Sayyid Faisal …", "Eng. Nawaf …", the
 * engineer's title an official keeps in front of the name, only with its full stop: "Eng" is a Hokkien
 * surname), and the Amharic "Mrs." ("Weizero Almaz …"), which are no one's name. "Sayed" is left out: it
 * is a given name and a surname too; so is the Amharic "Mr.", "Ato" (a Ghanaian given name), which
 * `name-merges.ts` takes off only where the article names the person without it too.
 */
// biome-ignore format: packed data
export const honorifics: ReadonlySet<string> = new Set([
  'Mr.', 'Mr', 'Ms.', 'Ms', 'Mrs.', 'Mrs', 'Miss', 'Mx.', 'Dr.', 'Dr', 'Prof.', 'Prof', 'Madam', 'Madame',
  'Mme', 'Mme.', 'Sir', 'Dame', 'Lord', 'Lady', 'H.E.', 'His Excellency', 'Her Excellency', 'Comrade',
  'Datuk', "Dato'", 'Dato’', 'Dato', 'Datin', 'Tan Sri', 'Puan Sri', 'Toh Puan', 'Datuk Seri', 'Datuk Sri',
  "Dato' Sri", "Dato' Seri", 'Dato’ Sri', 'Dato’ Seri', 'Dato Sri', 'Dato Seri', 'Datin Seri',
  'Sheikh', 'Shaikh', 'Sheikha', 'Shaikha', 'Sayyid', 'Sayyida', 'Eng.', 'Weizero', 'Woizero', 'Weyzero',
])

/**
 * Forms of address that are honorifics only where a name follows: Malay "Mrs.", "Mr." and "Miss", the
 * pilgrim's "Haji" and "Hajjah", Indonesian "Mr." and "Mrs." ("Bapak", "Ibu"; the short "Pak" and "Bu" are
 * Korean and Chinese surnames too, see `short-name-joins.ts`), Thai "Mr./Ms." (before a given name: "Khun
 * Wannaporn") and the Thai lady's title, the French lawyer's "Maître" ("Me Lucie Garnier"; "Me" starts
 * English sentences too), the engineer's "Eng" before its full stop, and the
 * `royalHonorifics`. Each is also a word in the names of places, firms or people ("Puan County", "Eng Chee
 * Meng", "Prince George", "Princess Cruises", "Emir Kusturica"), so unlike the `honorifics` they end no
 * place or body and make no title word.
 */
export const addressHonorifics: ReadonlySet<string> = new Set([
  'Puan',
  'Encik',
  'Cik',
  'Haji',
  'Hajjah',
  'Bapak',
  'Ibu',
  'Khun',
  'Khunying',
  'Eng',
  'Emir',
  'Prince',
  'Princess',
  'Me',
])

/**
 * The royal forms of address of the Gulf ("Prince Faisal bin Turki Al Saud", "Emir Tamim bin Hamad"): an
 * honorific only before an Arabic name, since the words start places and firms ("Prince Bay Park", "Prince
 * Group") and "Emir" is a given name in the Balkans.
 */
export const royalHonorifics: ReadonlySet<string> = new Set(['Emir', 'Prince', 'Princess'])
