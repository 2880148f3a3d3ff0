/**
 * Nationality and regional adjectives ("Japanese", "South Korean", "Shanghainese") and the plural nouns for
 * the people ("Americans"). They name no place: "German-invested companies" mentions no place.
 *
 * Source: the English demonyms of the states in `countries.ts` (as in the CIA World Factbook and the UK
 * FCDO country names list), of China's provincial-level divisions and of the regions in `regions.ts`, and
 * the English names of a few of China's ethnic groups. Ethnic names that are also common pinyin surnames
 * (Han, Hui, Miao, Yi, Zhuang) and adjectives spelled like a place ("New Zealand", "Hong Kong", "Myanmar")
 * are left out.
 */
import { knownPlaces } from './places.js'

// [adjective, places it refers to]; "Korean" may mean either Korea, ethnic names refer to no place.
// biome-ignore format: packed data
const demonymRows: readonly (readonly [string, readonly string[]])[] = [
  ['Afghan', ['Afghanistan']], ['Albanian', ['Albania']], ['Algerian', ['Algeria']],
  ['Andorran', ['Andorra']], ['Angolan', ['Angola']], ['Antiguan', ['Antigua and Barbuda']],
  ['Argentine', ['Argentina']], ['Argentinian', ['Argentina']], ['Armenian', ['Armenia']],
  ['Australian', ['Australia']], ['Austrian', ['Austria']], ['Azerbaijani', ['Azerbaijan']],
  ['Bahamian', ['Bahamas']], ['Bahraini', ['Bahrain']], ['Bangladeshi', ['Bangladesh']],
  ['Barbadian', ['Barbados']], ['Belarusian', ['Belarus']], ['Belgian', ['Belgium']],
  ['Belizean', ['Belize']], ['Beninese', ['Benin']], ['Bhutanese', ['Bhutan']], ['Bolivian', ['Bolivia']],
  ['Bosnian', ['Bosnia and Herzegovina']], ['Botswanan', ['Botswana']], ['Brazilian', ['Brazil']],
  ['Bruneian', ['Brunei']], ['Bulgarian', ['Bulgaria']], ['Burkinabe', ['Burkina Faso']],
  ['Burundian', ['Burundi']], ['Cambodian', ['Cambodia']], ['Cameroonian', ['Cameroon']],
  ['Canadian', ['Canada']], ['Cape Verdean', ['Cabo Verde']],
  ['Central African', ['Central African Republic']], ['Chadian', ['Chad']], ['Chilean', ['Chile']],
  ['Chinese', ['China']], ['Colombian', ['Colombia']], ['Comorian', ['Comoros']],
  ['Congolese', ['Republic of the Congo', 'Democratic Republic of the Congo']],
  ['Costa Rican', ['Costa Rica']], ['Ivorian', ["Côte d'Ivoire"]], ['Croatian', ['Croatia']],
  ['Cuban', ['Cuba']], ['Cypriot', ['Cyprus']], ['Czech', ['Czechia']], ['Danish', ['Denmark']],
  ['Djiboutian', ['Djibouti']], ['Dominican', ['Dominican Republic', 'Dominica']],
  ['Ecuadorian', ['Ecuador']], ['Egyptian', ['Egypt']], ['Salvadoran', ['El Salvador']],
  ['Equatorial Guinean', ['Equatorial Guinea']], ['Eritrean', ['Eritrea']], ['Estonian', ['Estonia']],
  ['Swazi', ['Eswatini']], ['Ethiopian', ['Ethiopia']], ['Fijian', ['Fiji']], ['Finnish', ['Finland']],
  ['French', ['France']], ['Gabonese', ['Gabon']], ['Gambian', ['Gambia']], ['Georgian', ['Georgia']],
  ['German', ['Germany']], ['Ghanaian', ['Ghana']], ['Greek', ['Greece']], ['Grenadian', ['Grenada']],
  ['Guatemalan', ['Guatemala']], ['Guinean', ['Guinea']], ['Bissau-Guinean', ['Guinea-Bissau']],
  ['Guyanese', ['Guyana']], ['Haitian', ['Haiti']], ['Honduran', ['Honduras']], ['Hungarian', ['Hungary']],
  ['Icelandic', ['Iceland']], ['Indian', ['India']], ['Indonesian', ['Indonesia']], ['Iranian', ['Iran']],
  ['Iraqi', ['Iraq']], ['Irish', ['Ireland']], ['Israeli', ['Israel']], ['Italian', ['Italy']],
  ['Jamaican', ['Jamaica']], ['Japanese', ['Japan']], ['Jordanian', ['Jordan']], ['Kazakh', ['Kazakhstan']],
  ['Kazakhstani', ['Kazakhstan']], ['Kenyan', ['Kenya']], ['North Korean', ['North Korea']],
  ['South Korean', ['South Korea']], ['Korean', ['South Korea', 'North Korea']], ['Kosovar', ['Kosovo']],
  ['Kuwaiti', ['Kuwait']], ['Kyrgyz', ['Kyrgyzstan']], ['Lao', ['Laos']], ['Laotian', ['Laos']],
  ['Latvian', ['Latvia']], ['Lebanese', ['Lebanon']], ['Basotho', ['Lesotho']], ['Liberian', ['Liberia']],
  ['Libyan', ['Libya']], ['Liechtensteiner', ['Liechtenstein']], ['Lithuanian', ['Lithuania']],
  ['Luxembourgish', ['Luxembourg']], ['Malagasy', ['Madagascar']], ['Malawian', ['Malawi']],
  ['Malaysian', ['Malaysia']], ['Maldivian', ['Maldives']], ['Malian', ['Mali']], ['Maltese', ['Malta']],
  ['Marshallese', ['Marshall Islands']], ['Mauritanian', ['Mauritania']], ['Mauritian', ['Mauritius']],
  ['Mexican', ['Mexico']], ['Micronesian', ['Micronesia']], ['Moldovan', ['Moldova']],
  ['Monegasque', ['Monaco']], ['Mongolian', ['Mongolia']], ['Montenegrin', ['Montenegro']],
  ['Moroccan', ['Morocco']], ['Mozambican', ['Mozambique']], ['Burmese', ['Myanmar']],
  ['Namibian', ['Namibia']], ['Nauruan', ['Nauru']], ['Nepalese', ['Nepal']], ['Nepali', ['Nepal']],
  ['Dutch', ['Netherlands']], ['Nicaraguan', ['Nicaragua']], ['Nigerien', ['Niger']],
  ['Nigerian', ['Nigeria']], ['Macedonian', ['North Macedonia']], ['Norwegian', ['Norway']],
  ['Omani', ['Oman']], ['Pakistani', ['Pakistan']], ['Palauan', ['Palau']], ['Palestinian', ['Palestine']],
  ['Panamanian', ['Panama']], ['Papua New Guinean', ['Papua New Guinea']], ['Paraguayan', ['Paraguay']],
  ['Peruvian', ['Peru']], ['Filipino', ['Philippines']], ['Philippine', ['Philippines']],
  ['Polish', ['Poland']], ['Portuguese', ['Portugal']], ['Qatari', ['Qatar']], ['Romanian', ['Romania']],
  ['Russian', ['Russia']], ['Rwandan', ['Rwanda']], ['Samoan', ['Samoa']], ['Sammarinese', ['San Marino']],
  ['Saudi', ['Saudi Arabia']], ['Saudi Arabian', ['Saudi Arabia']], ['Senegalese', ['Senegal']],
  ['Serbian', ['Serbia']], ['Seychellois', ['Seychelles']], ['Sierra Leonean', ['Sierra Leone']],
  ['Singaporean', ['Singapore']], ['Slovak', ['Slovakia']], ['Slovenian', ['Slovenia']],
  ['Solomon Islander', ['Solomon Islands']], ['Somali', ['Somalia']], ['South African', ['South Africa']],
  ['South Sudanese', ['South Sudan']], ['Spanish', ['Spain']], ['Sri Lankan', ['Sri Lanka']],
  ['Sudanese', ['Sudan']], ['Surinamese', ['Suriname']], ['Swedish', ['Sweden']], ['Swiss', ['Switzerland']],
  ['Syrian', ['Syria']], ['Tajik', ['Tajikistan']], ['Tanzanian', ['Tanzania']], ['Thai', ['Thailand']],
  ['Timorese', ['Timor-Leste']], ['Togolese', ['Togo']], ['Tongan', ['Tonga']],
  ['Trinidadian', ['Trinidad and Tobago']], ['Tunisian', ['Tunisia']], ['Turkish', ['Turkey']],
  ['Turkmen', ['Turkmenistan']], ['Tuvaluan', ['Tuvalu']], ['Ugandan', ['Uganda']],
  ['Ukrainian', ['Ukraine']], ['Emirati', ['United Arab Emirates']], ['British', ['United Kingdom']],
  ['English', ['United Kingdom']], ['Scottish', ['United Kingdom']], ['Welsh', ['United Kingdom']],
  ['American', ['United States']], ['Uruguayan', ['Uruguay']], ['Uzbek', ['Uzbekistan']],
  ['Ni-Vanuatu', ['Vanuatu']], ['Venezuelan', ['Venezuela']], ['Vietnamese', ['Vietnam']],
  ['Yemeni', ['Yemen']], ['Zambian', ['Zambia']], ['Zimbabwean', ['Zimbabwe']], ['Taiwanese', ['Taiwan']],
  ['Macanese', ['Macao']], ['Tibetan', ['Tibet']], ['Mongol', ['Mongolia', 'Inner Mongolia']],
  ['Uygur', ['Xinjiang']], ['Uyghur', ['Xinjiang']], ['Cantonese', ['Guangdong']],
  ['Shanghainese', ['Shanghai']], ['Pekingese', ['Beijing']], ['Manchurian', ['Northeast China']],
  ['Northeastern', ['Northeast China']], ['Sichuanese', ['Sichuan']], ['Hunanese', ['Hunan']],
  ['Hubeinese', ['Hubei']], ['Hainanese', ['Hainan']], ['Fujianese', ['Fujian']], ['Hokkien', ['Fujian']],
  ['Teochew', ['Guangdong']], ['Hakka', []], ['Manchu', []], ['Tujia', []], ['Asian', ['Asia']],
  ['European', ['Europe']], ['African', ['Africa']], ['North American', ['North America']],
  ['South American', ['South America']], ['Latin American', ['Latin America']], ['Oceanian', ['Oceania']],
  ['Eurasian', ['Eurasia']], ['Arab', ['Middle East']], ['Arabian', ['Middle East']],
  ['Middle Eastern', ['Middle East']], ['Nordic', ['Scandinavia']], ['Scandinavian', ['Scandinavia']],
  ['Baltic', ['Baltic Sea']], ['Balkan', ['Balkans']], ['East Asian', ['East Asia']],
  ['Northeast Asian', ['Northeast Asia']], ['North-East Asian', ['Northeast Asia']],
  ['Southeast Asian', ['Southeast Asia']], ['South-East Asian', ['Southeast Asia']],
  ['South Asian', ['South Asia']], ['Central Asian', ['Central Asia']], ['West Asian', ['West Asia']],
  ['Western', []],
]

/** Nationality and regional adjectives → the `knownPlaces` names they refer to (empty for ethnic groups). */
export const demonyms: ReadonlyMap<string, readonly string[]> = new Map(demonymRows)

// Plural people-nouns that are not the adjective plus "s".
// biome-ignore format: packed data
const irregularNouns = [
  'Poles', 'Danes', 'Swedes', 'Finns', 'Scots', 'Turks', 'Britons', 'Brits', 'Croats', 'Serbs', 'Spaniards',
  'Englishmen', 'Frenchmen', 'Dutchmen', 'Irishmen', 'Icelanders', 'Luxembourgers', 'New Zealanders',
  'Hongkongers', 'Hong Kongers', 'Chinese', 'Japanese', 'Vietnamese', 'Portuguese', 'Swiss',
]

/** Plural nouns for the people ("Americans", "Koreans", "Danes"), never a place. */
export const demonymNouns: ReadonlySet<string> = new Set([
  ...irregularNouns,
  ...[...demonyms.keys()]
    .filter((adjective) => /(?:an|i|o|k|kh|ech|ot|er|ab|ol|ar)$/.test(adjective))
    .map((adjective) => `${adjective}s`)
    .filter((noun) => !knownPlaces.has(noun)),
])
