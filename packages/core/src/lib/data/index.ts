/**
 * Generic knowledge the extraction rules read: names, places, titles, organisations, money and dates.
 * Nothing here is taken from a particular article; each module says where its data comes from.
 */
export * from './chinese-places.js'
export * from './chinese-surnames.js'
export * from './countries.js'
export * from './dates.js'
export * from './demonyms.js'
export * from './foreign-divisions.js'
export * from './hong-kong-macao-taiwan.js'
export * from './money.js'
export * from './name-spellings.js'
export * from './numbers.js'
export * from './organisations.js'
export * from './other-surnames.js'
export * from './pinyin.js'
export * from './place-suffixes.js'
export * from './places.js'
export * from './regions.js'
export * from './titles.js'
