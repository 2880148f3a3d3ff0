/**
 * Currency names, codes and symbols → ISO 4217 codes, for reading amounts such as "4.5 billion yuan",
 * "RMB 2 million", "US$15 million" or "¥300,000".
 *
 * Source: ISO 4217 codes and the English currency names and symbols in common use. A bare "$" or "dollars"
 * is read as USD and a bare "¥" as CNY, because the news is Chinese; "yen" and "JP¥" are JPY. Currency
 * words and codes are keyed in lower case (compare a lower-cased word); symbols as written.
 */

// biome-ignore format: packed data
const codes = [
  'CNY', 'USD', 'EUR', 'JPY', 'KRW', 'GBP', 'HKD', 'MOP', 'TWD', 'RUB', 'AUD', 'CAD', 'NZD', 'SGD', 'CHF', 'SEK',
  'NOK', 'DKK', 'INR', 'THB', 'MYR', 'IDR', 'PHP', 'VND', 'MNT', 'KZT', 'AED', 'SAR', 'BRL', 'MXN', 'ZAR', 'TRY',
  'PEN', 'ARS', 'CLP', 'COP', 'EGP', 'MAD', 'PKR', 'LKR', 'NPR', 'NGN', 'GHS', 'KES', 'TZS', 'UGX', 'ETB', 'AOA',
  'MZN', 'ZMW', 'MWK', 'BWP', 'RWF', 'XOF', 'XAF', 'QAR', 'OMR', 'KWD', 'BHD', 'JOD', 'IQD', 'IRR', 'DZD', 'TND',
  'LYD', 'RSD', 'UYU', 'BOB', 'PYG', 'VES', 'UZS', 'KGS', 'TJS', 'TMT', 'AZN', 'GEL', 'UAH', 'BDT', 'MMK',
  'LAK', 'KHR', 'BND', 'PLN', 'HUF', 'CZK', 'RON', 'MDL', 'BGN', 'HRK', 'ISK', 'AMD', 'ILS', 'CDF', 'MGA',
  'BTN', 'MVR',
] as const

/** ISO 4217 codes of the currencies recognised here. */
export type CurrencyCode = (typeof codes)[number]

// A currency word and its plurals (`|` between them), then for each currency it names: its code, the
// adjectives said before the word (`|` between them), and, for a word several countries use, the names of the
// country and its chief cities. The first currency is the word's when no country is named. A word reads as
// the word alone, its plurals, and each adjective with either ("Kenyan shillings", "Kenya shillings").
type Family = readonly [words: string, ...currencies: (readonly [CurrencyCode, string, string?])[]]

// biome-ignore format: packed data
const families: readonly Family[] = [
  // Africa.
  ['naira|nairas', ['NGN', 'Nigerian']], ['cedi|cedis', ['GHS', 'Ghanaian|Ghana']],
  ['rand', ['ZAR', 'South African']], ['birr|birrs', ['ETB', 'Ethiopian']], ['kwanza|kwanzas', ['AOA', 'Angolan']],
  ['metical|meticais|meticals', ['MZN', 'Mozambican']], ['pula', ['BWP', 'Botswana']],
  ['shilling|shillings', ['KES', 'Kenyan|Kenya', 'Nairobi|Mombasa'], ['TZS', 'Tanzanian|Tanzania', 'Dodoma|Dar es Salaam'],
    ['UGX', 'Ugandan|Uganda', 'Kampala']],
  ['kwacha|kwachas', ['ZMW', 'Zambian', 'Zambia|Lusaka'], ['MWK', 'Malawian', 'Malawi|Lilongwe']],
  ['franc|francs', ['CHF', 'Swiss', 'Switzerland|Zurich|Geneva'], ['RWF', 'Rwandan', 'Rwanda|Kigali'],
    ['XOF', 'West African CFA', 'Senegal|Dakar|Ivory Coast|Abidjan|Mali|Bamako|Burkina Faso|Benin|Togo'],
    ['XAF', 'Central African CFA', 'Cameroon|Gabon|Equatorial Guinea'],
    ['CDF', 'Congolese', 'Kinshasa|Lubumbashi|DR Congo|DRC']],
  // "CFA francs" are West African (XOF) or Central African (XAF): the article's country tells which.
  ['cfa franc|cfa francs', ['XOF', 'West African', 'Senegal|Senegalese|Dakar|Ivory Coast|Ivorian|Abidjan|Mali|Malian|Bamako|Burkina Faso|Ouagadougou|Niger|Niamey|Benin|Cotonou|Togo|Lomé|Guinea-Bissau'],
    ['XAF', 'Central African', 'Cameroon|Cameroonian|Douala|Yaoundé|Gabon|Gabonese|Libreville|Brazzaville|Chad|Chadian|Equatorial Guinea|Malabo|Central African Republic|Bangui']],
  ['ariary|ariarys', ['MGA', 'Malagasy']],
  // The Middle East and the Gulf.
  ['dirham|dirhams', ['AED', 'Emirati|UAE', 'United Arab Emirates|Dubai|Abu Dhabi'],
    ['MAD', 'Moroccan', 'Morocco|Rabat|Casablanca|Tangier']],
  ['riyal|riyals', ['SAR', 'Saudi', 'Saudi Arabia|Riyadh|Jeddah'], ['QAR', 'Qatari', 'Qatar|Doha'],
    ['OMR', 'Omani', 'Oman|Muscat']],
  ['rial|rials', ['OMR', 'Omani', 'Oman|Muscat'], ['IRR', 'Iranian', 'Iran|Tehran'], ['SAR', 'Saudi', 'Saudi Arabia|Riyadh'],
    ['QAR', 'Qatari', 'Qatar|Doha']],
  ['dinar|dinars', ['KWD', 'Kuwaiti', 'Kuwait'], ['BHD', 'Bahraini', 'Bahrain|Manama'], ['JOD', 'Jordanian', 'Amman'],
    ['IQD', 'Iraqi', 'Iraq|Baghdad'], ['DZD', 'Algerian', 'Algeria|Algiers'], ['TND', 'Tunisian', 'Tunisia|Tunis'],
    ['LYD', 'Libyan', 'Libya|Tripoli'], ['RSD', 'Serbian', 'Serbia|Belgrade']],
  ['pound|pounds', ['GBP', 'British', 'Britain|UK|England|London|Scotland'], ['EGP', 'Egyptian', 'Egypt|Cairo']],
  ['lira|liras', ['TRY', 'Turkish']],
  // The Americas.
  ['real|reais|reals', ['BRL', 'Brazilian']], ['sol|soles', ['PEN', 'Peruvian']],
  ['peso|pesos', ['PHP', 'Philippine|Filipino', 'Philippines|Manila'], ['MXN', 'Mexican', 'Mexico'],
    ['ARS', 'Argentine|Argentinian', 'Argentina|Buenos Aires'], ['CLP', 'Chilean', 'Chile|Santiago'],
    ['COP', 'Colombian', 'Colombia|Bogota'], ['UYU', 'Uruguayan', 'Uruguay|Montevideo']],
  ['boliviano|bolivianos', ['BOB', 'Bolivian']], ['guarani|guaranis|guaranies|guaraní|guaraníes', ['PYG', 'Paraguayan']],
  ['bolivar|bolivars|bolivares|bolívar|bolívares', ['VES', 'Venezuelan']],
  // Asia and the lands of the former Soviet Union.
  ['rupee|rupees', ['INR', 'Indian', 'India|New Delhi|Mumbai'], ['PKR', 'Pakistani', 'Pakistan|Islamabad|Karachi'],
    ['LKR', 'Sri Lankan', 'Sri Lanka|Colombo|Kandy'], ['NPR', 'Nepalese|Nepali', 'Nepal|Kathmandu']],
  ['som|soms', ['KGS', 'Kyrgyz', 'Kyrgyzstan|Bishkek'], ['UZS', 'Uzbek', 'Uzbekistan|Tashkent']],
  ['sum|sums', ['UZS', 'Uzbek']], ['somoni|somonis', ['TJS', 'Tajik']],
  ['manat|manats', ['AZN', 'Azerbaijani', 'Azerbaijan|Baku'], ['TMT', 'Turkmen', 'Turkmenistan|Ashgabat']],
  ['tenge|tenges', ['KZT', 'Kazakh|Kazakhstani']], ['tugrik|tugriks|tugrug|tugrugs', ['MNT', 'Mongolian']],
  ['lari|laris', ['GEL', 'Georgian']],
  ['hryvnia|hryvnias|hryvnas', ['UAH', 'Ukrainian']], ['rouble|roubles|ruble|rubles', ['RUB', 'Russian']],
  ['ngultrum|ngultrums', ['BTN', 'Bhutanese']], ['rufiyaa|rufiyaas', ['MVR', 'Maldivian']],
  ['baht|bahts', ['THB', 'Thai']], ['ringgit|ringgits', ['MYR', 'Malaysian']],
  ['rupiah|rupiahs', ['IDR', 'Indonesian']], ['dong', ['VND', 'Vietnamese']], ['kip', ['LAK', 'Lao|Laotian']],
  ['kyat|kyats', ['MMK', 'Myanmar']], ['riel|riels', ['KHR', 'Cambodian']], ['taka', ['BDT', 'Bangladeshi']],
  ['yen', ['JPY', 'Japanese']], ['won', ['KRW', 'Korean|South Korean']],
  // Europe.
  ['zloty|zlotys|zlotych', ['PLN', 'Polish']], ['forint|forints', ['HUF', 'Hungarian']],
  ['koruna|korunas|koruny', ['CZK', 'Czech']],
  // "12 million lei": the Romanian leu, and the Moldovan where the article names Moldova.
  ['lei|leu', ['RON', 'Romanian', 'Romania|Bucharest|Cluj-Napoca|Timisoara|Constanta'],
    ['MDL', 'Moldovan', 'Moldova|Chisinau|Chișinău']],
  ['lev|leva', ['BGN', 'Bulgarian']], ['kuna|kune|kunas', ['HRK', 'Croatian']],
  ['krona|kronor', ['SEK', 'Swedish']], ['króna|krónur|kronur', ['ISK', 'Icelandic']],
  ['kroner|krone', ['NOK', 'Norwegian', 'Norway|Oslo|Bergen'], ['DKK', 'Danish', 'Denmark|Copenhagen|Aarhus']],
  ['dram|drams', ['AMD', 'Armenian']], ['shekel|shekels|sheqel|sheqels', ['ILS', 'Israeli|new Israeli']],
]

/** Currency words written after the number ("2 million yuan", "300 US dollars"), lower case → ISO code. */
// biome-ignore format: packed data
export const currencyWords: ReadonlyMap<string, CurrencyCode> = new Map<string, CurrencyCode>([
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['yuan renminbi', 'CNY'], ['chinese yuan', 'CNY'], ['dollar', 'USD'],
  ['dollars', 'USD'], ['us dollar', 'USD'], ['us dollars', 'USD'], ['u.s. dollar', 'USD'],
  ['u.s. dollars', 'USD'], ['american dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'],
  ['pound sterling', 'GBP'], ['pounds sterling', 'GBP'], ['sterling', 'GBP'], ['hong kong dollar', 'HKD'],
  ['hong kong dollars', 'HKD'], ['hk dollars', 'HKD'], ['pataca', 'MOP'], ['patacas', 'MOP'],
  ['new taiwan dollar', 'TWD'], ['new taiwan dollars', 'TWD'], ['taiwan dollars', 'TWD'],
  ['australian dollar', 'AUD'], ['australian dollars', 'AUD'], ['canadian dollar', 'CAD'],
  ['canadian dollars', 'CAD'], ['new zealand dollars', 'NZD'], ['singapore dollar', 'SGD'],
  ['singapore dollars', 'SGD'], ['brunei dollars', 'BND'], ['swedish kronor', 'SEK'], ['swedish krona', 'SEK'],
  ['norwegian kroner', 'NOK'], ['danish kroner', 'DKK'], ['renminbis', 'CNY'], ['nuevos soles', 'PEN'],
  ...families.flatMap(familyWords),
])

// The words of a family: each word alone for the first currency, and with each currency's adjectives.
function familyWords([words, ...currencies]: Family): [string, CurrencyCode][] {
  const forms = words.split('|')
  const entries: [string, CurrencyCode][] = forms.map((form) => [form, currencies[0]![0]])
  for (const [code, adjectives] of currencies) {
    for (const adjective of adjectives.toLowerCase().split('|'))
      for (const form of forms) entries.push([`${adjective} ${form}`, code])
  }
  return entries
}

/**
 * Currency codes, written before or after the number ("RMB 2 million", "2 million USD"), lower case → ISO
 * code; every `CurrencyCode` plus "RMB" and "NTD".
 */
export const currencyCodes: ReadonlyMap<string, CurrencyCode> = new Map<string, CurrencyCode>([
  ['rmb', 'CNY'],
  ['ntd', 'TWD'],
  ...codes.map((code): [string, CurrencyCode] => [code.toLowerCase(), code]),
])

/**
 * Codes never read as a currency in text: the news writes "COP 15" for the UN climate and biodiversity
 * conferences far more often than for Colombian pesos, and "GEL" is a gel, "BOB" a name and "TMT" a sector
 * more often than the Georgian lari, the boliviano or the Turkmen manat, which are read by their names; so is
 * the Armenian dram, as "AMD" is a chipmaker. "KGS", "IRR" and "ILS" are read only before a scaled amount
 * (see `codesBeforeScales`).
 */
export const codesNotWritten: ReadonlySet<string> = new Set(['cop', 'gel', 'bob', 'tmt', 'amd'])

/** Currency codes read as money in text, lower case: `currencyCodes` without `codesNotWritten`. */
export const writtenCurrencyCodes: ReadonlySet<string> = new Set(
  [...currencyCodes.keys()].filter((key) => !codesNotWritten.has(key)),
)

/**
 * Codes that also name a measure before a number: "RON 95 petrol" is an octane rating. Before a bare number
 * (no scale, no thousands or decimal mark) they are no money; "RON 47 million" and "RON 12,500" are.
 */
export const codesAlsoMeasures: ReadonlySet<string> = new Set(['ron'])

/**
 * Codes that are something else more often than money: "KGS" is kilograms ("500 KGS", "KGS 500"), "IRR" a
 * rate of return ("an IRR of 12%") and "ILS" an aircraft's landing system; they are the Kyrgyz som, the
 * Iranian rial and the Israeli shekel only before an amount with a scale ("KGS 40 million", "IRR 900
 * billion"). After a number they are never read as money.
 */
export const codesBeforeScales: ReadonlySet<string> = new Set(['kgs', 'irr', 'ils'])

/** Currency symbols written before the number ("US$15 million", "€3 billion"), as written → ISO code. */
// biome-ignore format: packed data
export const currencySymbols: ReadonlyMap<string, CurrencyCode> = new Map<string, CurrencyCode>([
  ['¥', 'CNY'], ['￥', 'CNY'], ['RMB¥', 'CNY'], ['CN¥', 'CNY'], ['JP¥', 'JPY'], ['$', 'USD'], ['US$', 'USD'],
  ['U.S.$', 'USD'], ['USD$', 'USD'], ['HK$', 'HKD'], ['NT$', 'TWD'], ['S$', 'SGD'], ['A$', 'AUD'],
  // "US $3 million": the sign written apart from its letters.
  ['US $', 'USD'], ['AU$', 'AUD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['NZ$', 'NZD'], ['MOP$', 'MOP'], ['€', 'EUR'], ['£', 'GBP'],
  ['₩', 'KRW'], ['₽', 'RUB'], ['₹', 'INR'], ['฿', 'THB'], ['₫', 'VND'], ['₮', 'MNT'], ['₸', 'KZT'],
  ['R$', 'BRL'], ['₺', 'TRY'], ['₦', 'NGN'], ['GH₵', 'GHS'], ['₵', 'GHS'], ['₱', 'PHP'], ['₲', 'PYG'],
  ['₴', 'UAH'], ['₼', 'AZN'], ['₭', 'LAK'], ['৳', 'BDT'],
  // East African shillings, written in letters against the number: "KSh 4.8 billion", "TSh500,000".
  ['KSh', 'KES'], ['Ksh', 'KES'], ['KShs', 'KES'], ['Kshs', 'KES'], ['TSh', 'TZS'], ['Tsh', 'TZS'],
  ['USh', 'UGX'], ['Ush', 'UGX'],
  // Letters written before the number alone (see `symbolsBeforeDigits`): "RM 1.2 billion", "Rp4.5 trillion",
  // "Rs 45,000".
  ['RM', 'MYR'], ['Rp', 'IDR'], ['Rs', 'INR'], ['Rs.', 'INR'], ['NRs', 'NPR'], ['NRs.', 'NPR'], ['Tk', 'BDT'],
  ['Tk.', 'BDT'], ['QR', 'QAR'], ['KD', 'KWD'],
  // "GH¢ 120 million": the cedi written with the cent sign.
  ['GH¢', 'GHS'],
  // "JD 610 million" (Jordanian dinars), "NIS 40 million" (new shekels), "FCFA 9 billion" (CFA francs).
  ['JD', 'JOD'], ['NIS', 'ILS'], ['FCFA', 'XOF'],
  // Ngultrum, rufiyaa and ariary, money only where the article names their country: "Nu. 4 billion", "Rf 2
  // million", "Ar 30 billion".
  ['Nu.', 'BTN'], ['Nu', 'BTN'], ['Rf', 'MVR'], ['Rf.', 'MVR'], ['Ar', 'MGA'],
  // Letters that are money only where the article names their country (see `countryLetterSymbols`).
  ['N', 'NGN'], ['R', 'ZAR'], ['K', 'ZMW'], ['BD', 'BHD'], ['RO', 'OMR'], ['SR', 'SAR'],
])

/**
 * Symbols of letters that are money only before a digit: "RM 1.2 billion", but "RM" is also a room or a
 * person's initials and "Rs" a plural of letters ("the three Rs").
 */
// biome-ignore format: packed data
export const symbolsBeforeDigits: ReadonlySet<string> = new Set([
  'RM', 'Rp', 'Rs', 'Rs.', 'NRs', 'NRs.', 'Tk', 'Tk.', 'QR', 'KD', 'N', 'R', 'K', 'BD', 'RO', 'SR', 'JD', 'NIS',
  'FCFA', 'Nu.', 'Nu', 'Rf', 'Rf.', 'Ar',
])

/**
 * Symbols of one letter, money only before an amount with a scale: "R1.2 billion", "K85 million", but "the
 * R1 road", "K12 schools" and "N95 masks" are no money.
 */
export const symbolsBeforeScales: ReadonlySet<string> = new Set(['N', 'R', 'K'])

// The names of Bhutan and the Maldives, each written with two symbols ("Nu." and "Nu", "Rf" and "Rf.").
const bhutan = 'Bhutan|Bhutanese|Thimphu|Paro|Phuentsholing'
const maldives = 'Maldives|Maldivian|Malé'

/**
 * Letters written before an amount for a currency only in an article that names its country, as written →
 * the names of the countries (their adjectives and chief cities) → code: "N18.6bn" is naira where the
 * article names Nigeria, "K85 million" kwacha in one on Zambia or Malawi and kyat in one on Myanmar. Where
 * it names none of them, the letters are no money ("R&D", "Plan B 2 million").
 */
// biome-ignore format: packed data
export const countryLetterSymbols: ReadonlyMap<string, ReadonlyMap<string, CurrencyCode>> = new Map(
  ([
    ['N', ['NGN', 'Nigeria|Nigerian|Lagos|Abuja|Kano|Port Harcourt']],
    ['R', ['ZAR', 'South Africa|South African|Johannesburg|Cape Town|Durban|Pretoria|Gauteng']],
    ['K', ['ZMW', 'Zambia|Zambian|Lusaka'], ['MWK', 'Malawi|Malawian|Lilongwe|Blantyre'],
      ['MMK', 'Myanmar|Yangon|Naypyidaw|Naypyitaw|Mandalay']],
    ['BD', ['BHD', 'Bahrain|Bahraini|Manama']], ['RO', ['OMR', 'Oman|Omani|Muscat']],
    ['SR', ['SAR', 'Saudi Arabia|Saudi|Riyadh|Jeddah']], ['JD', ['JOD', 'Jordan|Jordanian|Amman|Aqaba']],
    ['Nu.', ['BTN', bhutan]], ['Nu', ['BTN', bhutan]], ['Rf', ['MVR', maldives]], ['Rf.', ['MVR', maldives]],
    ['Ar', ['MGA', 'Madagascar|Malagasy|Antananarivo|Toamasina']],
  ] as const).map(([letters, ...currencies]) => [
    letters,
    new Map(currencies.flatMap(([code, names]) => names.split('|').map((name): [string, CurrencyCode] => [name, code]))),
  ]),
)

/**
 * Nouns of things counted or measured: after an amount written with letters of `countryLetterSymbols` they
 * make the letters a name's, not money ("the N 2 million containers", "a K 5 million tonnes").
 */
// biome-ignore format: packed data
export const countedNouns: ReadonlySet<string> = new Set([
  'containers', 'boxes', 'teu', 'teus', 'tonnes', 'tons', 'tonne', 'ton', 'kilograms', 'kg', 'barrels',
  'litres', 'liters', 'gallons', 'cubic', 'square', 'metres', 'meters', 'hectares', 'acres', 'units',
  'pieces', 'vehicles', 'cars', 'people', 'persons', 'residents', 'visitors', 'tourists', 'passengers',
  'workers', 'jobs', 'households', 'homes', 'trees', 'doses', 'bags', 'bales', 'heads', 'birds', 'cattle',
  'kilometres', 'kilometers', 'miles', 'kwh', 'mwh', 'gwh', 'megawatts', 'calls', 'users', 'subscribers',
  'copies', 'shares', 'votes', 'lots', 'contracts',
])

/**
 * Symbols several countries write, as written → their currency word (a key of `currencyWordCountries`):
 * "Rs 2 billion" is in the rupees of the country the article names nearest, INR when it names none.
 */
export const sharedSymbols: ReadonlyMap<string, string> = new Map([
  ['Rs', 'rupee'],
  ['Rs.', 'rupee'],
  ['FCFA', 'cfa franc'],
])

/**
 * Currency words of several countries, singular → the countries (and their adjectives and chief cities, as
 * written) → ISO code. A bare "pesos" or "dirhams" is the currency of the country the article names nearest
 * before the amount (after it, failing that); with none named, the code in `currencyWords`: PHP for a peso,
 * as Dalian's trade news names the Philippines far more often than Latin America, AED for a dirham, INR for a
 * rupee, GBP for a pound, KES for a shilling, KWD for a dinar, SAR for a riyal and OMR for a rial (the Gulf
 * states Dalian trades with), CHF for a franc. Said with its country ("Mexican pesos") the word is in
 * `currencyWords` instead.
 */
export const currencyWordCountries: ReadonlyMap<string, ReadonlyMap<string, CurrencyCode>> = new Map(
  families
    .filter((family) => family.length > 2)
    .map(([words, ...currencies]) => {
      const names = new Map<string, CurrencyCode>()
      for (const [code, adjectives, places = ''] of currencies) {
        for (const name of `${adjectives}|${places}`.split('|')) if (name !== '') names.set(name, code)
      }
      return [words.split('|')[0]!, names]
    }),
)

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
  // "a kip", "the sum", "Som" as a given name.
  'kip',
  'sum',
  'som',
  // "Simón Bolívar Avenue", "the Guaraní people".
  'bolivar',
  'bolívar',
  'guarani',
  'guaraní',
  // "Lei" and "Lev" as given names, "a dram of whisky".
  'lei',
  'leu',
  'lev',
  'dram',
])
