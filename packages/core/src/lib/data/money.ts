/**
 * Currency names, codes and symbols → ISO 4217 codes, for reading amounts such as "4.5 billion yuan",
 * "RMB 2 million", "US$15 million" or "¥300,000".
 *
 * Source: ISO 4217 codes and the English currency names and symbols in common use. A bare "$" or "dollars"
 * is read as USD and a bare "¥" as CNY, because the news is Chinese; "yen" and "JP¥" are JPY. Currency
 * words and codes are keyed in lower case (compare a lower-cased word); symbols as written.
 */

/** ISO 4217 codes of the currencies recognised here. */
export type CurrencyCode =
  | 'CNY'
  | 'USD'
  | 'EUR'
  | 'JPY'
  | 'KRW'
  | 'GBP'
  | 'HKD'
  | 'MOP'
  | 'TWD'
  | 'RUB'
  | 'AUD'
  | 'CAD'
  | 'NZD'
  | 'SGD'
  | 'CHF'
  | 'SEK'
  | 'NOK'
  | 'DKK'
  | 'INR'
  | 'THB'
  | 'MYR'
  | 'IDR'
  | 'PHP'
  | 'VND'
  | 'MNT'
  | 'KZT'
  | 'AED'
  | 'SAR'
  | 'BRL'
  | 'MXN'
  | 'ZAR'
  | 'TRY'
  | 'PEN'
  | 'ARS'
  | 'CLP'
  | 'COP'
  | 'EGP'
  | 'MAD'
  | 'PKR'
  | 'LKR'
  | 'NPR'

/** Currency words written after the number ("2 million yuan", "300 US dollars"), lower case → ISO code. */
// biome-ignore format: packed data
export const currencyWords: ReadonlyMap<string, CurrencyCode> = new Map<string, CurrencyCode>([
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['yuan renminbi', 'CNY'], ['chinese yuan', 'CNY'], ['dollar', 'USD'],
  ['dollars', 'USD'], ['us dollar', 'USD'], ['us dollars', 'USD'], ['u.s. dollar', 'USD'],
  ['u.s. dollars', 'USD'], ['american dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['yen', 'JPY'],
  ['japanese yen', 'JPY'], ['won', 'KRW'], ['korean won', 'KRW'], ['south korean won', 'KRW'],
  ['pound', 'GBP'], ['pounds', 'GBP'], ['pound sterling', 'GBP'], ['pounds sterling', 'GBP'],
  ['sterling', 'GBP'], ['british pounds', 'GBP'], ['hong kong dollar', 'HKD'], ['hong kong dollars', 'HKD'],
  ['hk dollars', 'HKD'], ['pataca', 'MOP'], ['patacas', 'MOP'], ['new taiwan dollar', 'TWD'],
  ['new taiwan dollars', 'TWD'], ['taiwan dollars', 'TWD'], ['rouble', 'RUB'], ['roubles', 'RUB'],
  ['ruble', 'RUB'], ['rubles', 'RUB'], ['australian dollar', 'AUD'], ['australian dollars', 'AUD'],
  ['canadian dollar', 'CAD'], ['canadian dollars', 'CAD'], ['new zealand dollars', 'NZD'],
  ['singapore dollar', 'SGD'], ['singapore dollars', 'SGD'], ['swiss franc', 'CHF'], ['swiss francs', 'CHF'],
  ['swedish kronor', 'SEK'], ['swedish krona', 'SEK'], ['norwegian kroner', 'NOK'], ['danish kroner', 'DKK'],
  ['rupee', 'INR'], ['rupees', 'INR'], ['indian rupees', 'INR'], ['baht', 'THB'], ['ringgit', 'MYR'],
  ['rupiah', 'IDR'], ['philippine pesos', 'PHP'], ['dong', 'VND'], ['tugrik', 'MNT'], ['tenge', 'KZT'],
  // English plurals of currencies usually written unchanged: "96 billion tugriks", "2 million rupiahs".
  ['tugriks', 'MNT'], ['tugrug', 'MNT'], ['tugrugs', 'MNT'], ['tenges', 'KZT'], ['bahts', 'THB'],
  ['ringgits', 'MYR'], ['rupiahs', 'IDR'], ['liras', 'TRY'], ['turkish liras', 'TRY'], ['renminbis', 'CNY'],
  ['dirham', 'AED'], ['dirhams', 'AED'], ['riyal', 'SAR'], ['riyals', 'SAR'], ['real', 'BRL'],
  ['reais', 'BRL'], ['mexican pesos', 'MXN'], ['rand', 'ZAR'], ['lira', 'TRY'], ['turkish lira', 'TRY'],
  ['peso', 'PHP'], ['pesos', 'PHP'], ['philippine peso', 'PHP'], ['mexican peso', 'MXN'],
  ['argentine pesos', 'ARS'], ['chilean pesos', 'CLP'], ['colombian pesos', 'COP'], ['sol', 'PEN'],
  ['soles', 'PEN'], ['nuevos soles', 'PEN'], ['peruvian soles', 'PEN'], ['egyptian pound', 'EGP'],
  ['egyptian pounds', 'EGP'], ['moroccan dirham', 'MAD'], ['moroccan dirhams', 'MAD'], ['uae dirhams', 'AED'],
  ['emirati dirhams', 'AED'], ['pakistani rupees', 'PKR'], ['sri lankan rupees', 'LKR'],
  ['nepalese rupees', 'NPR'],
])

/**
 * Currency codes, written before or after the number ("RMB 2 million", "2 million USD"), lower case → ISO
 * code; every `CurrencyCode` plus "RMB" and the "US$"-style compounds spelled out as letters.
 */
// biome-ignore format: packed data
export const currencyCodes: ReadonlyMap<string, CurrencyCode> = new Map<string, CurrencyCode>([
  ['rmb', 'CNY'], ['cny', 'CNY'], ['usd', 'USD'], ['eur', 'EUR'], ['jpy', 'JPY'], ['krw', 'KRW'],
  ['gbp', 'GBP'], ['hkd', 'HKD'], ['mop', 'MOP'], ['twd', 'TWD'], ['ntd', 'TWD'], ['rub', 'RUB'],
  ['aud', 'AUD'], ['cad', 'CAD'], ['nzd', 'NZD'], ['sgd', 'SGD'], ['chf', 'CHF'], ['sek', 'SEK'],
  ['nok', 'NOK'], ['dkk', 'DKK'], ['inr', 'INR'], ['thb', 'THB'], ['myr', 'MYR'], ['idr', 'IDR'],
  ['php', 'PHP'], ['vnd', 'VND'], ['mnt', 'MNT'], ['kzt', 'KZT'], ['aed', 'AED'], ['sar', 'SAR'],
  ['brl', 'BRL'], ['mxn', 'MXN'], ['zar', 'ZAR'], ['try', 'TRY'], ['pen', 'PEN'], ['ars', 'ARS'],
  ['clp', 'CLP'], ['cop', 'COP'], ['egp', 'EGP'], ['mad', 'MAD'], ['pkr', 'PKR'], ['lkr', 'LKR'],
  ['npr', 'NPR'],
])

/**
 * Codes never read as a currency in text: the news writes "COP 15" for the UN climate and biodiversity
 * conferences far more often than for Colombian pesos.
 */
export const codesNotWritten: ReadonlySet<string> = new Set(['cop'])

/** Currency symbols written before the number ("US$15 million", "€3 billion"), as written → ISO code. */
// biome-ignore format: packed data
export const currencySymbols: ReadonlyMap<string, CurrencyCode> = new Map<string, CurrencyCode>([
  ['¥', 'CNY'], ['￥', 'CNY'], ['RMB¥', 'CNY'], ['CN¥', 'CNY'], ['JP¥', 'JPY'], ['$', 'USD'], ['US$', 'USD'],
  ['U.S.$', 'USD'], ['USD$', 'USD'], ['HK$', 'HKD'], ['NT$', 'TWD'], ['S$', 'SGD'], ['A$', 'AUD'],
  ['AU$', 'AUD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['NZ$', 'NZD'], ['MOP$', 'MOP'], ['€', 'EUR'], ['£', 'GBP'],
  ['₩', 'KRW'], ['₽', 'RUB'], ['₹', 'INR'], ['฿', 'THB'], ['₫', 'VND'], ['₮', 'MNT'], ['₸', 'KZT'],
  ['R$', 'BRL'], ['₺', 'TRY'],
])

/**
 * Currency words of several countries, singular → the countries (and their adjectives and chief cities, as
 * written) → ISO code. A bare "pesos" or "dirhams" is the currency of the country the article names nearest
 * before the amount (after it, failing that); with none named, the code in `currencyWords`: PHP for a peso,
 * as Dalian's trade news names the Philippines far more often than Latin America, AED for a dirham, INR for a
 * rupee, GBP for a pound. Said with its country ("Mexican pesos") the word is in `currencyWords` instead.
 */
// biome-ignore format: packed data
export const currencyWordCountries: ReadonlyMap<string, ReadonlyMap<string, CurrencyCode>> = new Map([
  ['peso', new Map<string, CurrencyCode>([
    ['Philippines', 'PHP'], ['Philippine', 'PHP'], ['Filipino', 'PHP'], ['Manila', 'PHP'], ['Mexico', 'MXN'],
    ['Mexican', 'MXN'], ['Argentina', 'ARS'], ['Argentine', 'ARS'], ['Buenos Aires', 'ARS'], ['Chile', 'CLP'],
    ['Chilean', 'CLP'], ['Santiago', 'CLP'], ['Colombia', 'COP'], ['Colombian', 'COP'], ['Bogota', 'COP'],
  ])],
  ['dirham', new Map<string, CurrencyCode>([
    ['Morocco', 'MAD'], ['Moroccan', 'MAD'], ['Rabat', 'MAD'], ['Casablanca', 'MAD'], ['Tangier', 'MAD'],
    ['UAE', 'AED'], ['United Arab Emirates', 'AED'], ['Emirati', 'AED'], ['Dubai', 'AED'],
    ['Abu Dhabi', 'AED'],
  ])],
  ['rupee', new Map<string, CurrencyCode>([
    ['India', 'INR'], ['Indian', 'INR'], ['New Delhi', 'INR'], ['Mumbai', 'INR'], ['Pakistan', 'PKR'],
    ['Pakistani', 'PKR'], ['Islamabad', 'PKR'], ['Karachi', 'PKR'], ['Sri Lanka', 'LKR'],
    ['Sri Lankan', 'LKR'], ['Colombo', 'LKR'], ['Nepal', 'NPR'], ['Nepalese', 'NPR'], ['Kathmandu', 'NPR'],
  ])],
  ['pound', new Map<string, CurrencyCode>([
    ['Egypt', 'EGP'], ['Egyptian', 'EGP'], ['Cairo', 'EGP'], ['Britain', 'GBP'], ['British', 'GBP'],
    ['UK', 'GBP'], ['England', 'GBP'], ['London', 'GBP'], ['Scotland', 'GBP'],
  ])],
])

/**
 * Currency words that are also ordinary English words ("won the bid", "a real change", "try"): trust them
 * only right after a number.
 */
export const ambiguousCurrencyWords: ReadonlySet<string> = new Set([
  'won',
  'real',
  'rand',
  'dong',
  'pound',
  'sterling',
  'try',
  'php',
  'sar',
  'mop',
  'sol',
  'soles',
  'pen',
  'mad',
])
