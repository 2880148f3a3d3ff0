/**
 * Head words that make a capitalised name a place ("Xinbin County", "Zhoushan Island"), and the few
 * words that do so in front of the name ("Mount Tai", "Port of Rotterdam").
 *
 * Source: the English renderings of Chinese administrative and geographic generic terms (市 City, 县 County,
 * 区 District, 新区 New Area/New District, 镇 Town, 乡 Township, 村 Village, 街道 Subdistrict, 社区
 * Community, 开发区 Development Zone, 自贸区 Free Trade Zone, 保税港区 Bonded Port Area, 港区 Port Area, 港
 * Port, …) used by Chinese official media, plus the usual English geographic terms, and the divisions of
 * other countries that news from Dalian names (Russia's krais and oblasts, Korea's metropolitan cities).
 * Suffixes are in Title Case; Chinese English also writes them in lower case ("Hebei province"), so
 * callers may compare case-insensitively.
 */

/**
 * What a name with the suffix refers to: `place` is only a location; `either` is also the body that runs
 * it (a zone's administrative committee, a port or airport company), so "Qingdao Port signed" is an
 * organisation while "arrived at Qingdao Port" is a place.
 */
export type SuffixSense = 'place' | 'either'

/** A place-name suffix and what it names. */
export interface PlaceSuffix {
  /** The suffix as written, one or more words. */
  readonly suffix: string
  /** Whether the whole name is a place, or can also be the body that runs it. */
  readonly sense: SuffixSense
}

// biome-ignore format: packed data
const placeOnly = [
  // administrative divisions
  'City', 'County', 'District', 'New District', 'New Area', 'Province', 'Prefecture', 'Autonomous Prefecture',
  'Autonomous Region', 'Autonomous County', 'Municipality', 'Banner', 'Town', 'Township', 'Village',
  'Subdistrict', 'Sub-district', 'Region', 'Area',
  // 社区, the lowest urban unit, the city's counterpart of a village ("Qiaolan Community")
  'Community',
  // other countries' divisions: Russia's krais, oblasts and okrugs, Arab governorates, Polish voivodeships,
  // Korea's metropolitan cities ("Incheon Metropolitan City" is one place, not Incheon and a city)
  'Krai', 'Kray', 'Oblast', 'Autonomous Oblast', 'Okrug', 'Autonomous Okrug', 'Governorate', 'Voivodeship',
  'Metropolitan City', 'Special City',
  // geography
  'Bay', 'Island', 'Islands', 'Peninsula', 'Archipelago', 'Harbour', 'Harbor', 'Coast', 'Sea', 'Strait',
  'Straits', 'Gulf', 'River', 'Lake', 'Mountain', 'Mountains', 'Valley', 'Plain', 'Plateau', 'Delta', 'Basin',
  'Reservoir',
  // the sea floor, which polar and ocean research news names ("the Kelvin Trench", "Azure Seamounts")
  'Trench', 'Trough', 'Seamount', 'Seamounts', 'Ridge', 'Shelf',
  // regional groupings
  'Rim', 'Economic Belt', 'Economic Circle', 'Economic Rim', 'City Cluster',
] as const

// biome-ignore format: packed data
const placeOrBody = [
  'League', 'Port', 'Airport', 'Station', 'Terminal', 'Zone', 'Development Zone', 'Economic Zone',
  'Economic Development Zone', 'Special Economic Zone', 'Economic and Technological Development Zone',
  'Economic-Technological Development Zone', 'High-tech Zone', 'High-Tech Zone', 'Hi-tech Zone',
  'Hi-Tech Zone', 'High-tech Industrial Zone', 'High-Tech Industrial Zone', 'Hi-tech Industrial Zone',
  'High-tech Industrial Development Zone', 'High-Tech Industrial Development Zone',
  'Industrial Development Zone', 'Free Trade Zone', 'Pilot Free Trade Zone', 'Free Trade Port', 'Free Zone',
  'Bonded Zone', 'Bonded Port Area', 'Bonded Area', 'Bonded Logistics Park', 'Comprehensive Bonded Zone',
  'Port Area', 'Export Processing Zone', 'Industrial Zone', 'Demonstration Zone', 'Pilot Zone',
  'Cooperation Zone', 'Economic Cooperation Zone', 'Border Economic Cooperation Zone', 'Industrial Park',
  'High-tech Park', 'Science Park', 'Science and Technology Park', 'Software Park', 'Logistics Park', 'Park',
  'Base',
] as const

/** Place-name suffixes, longest first so that "New District" is tried before "District". */
export const placeSuffixes: readonly PlaceSuffix[] = [
  ...placeOnly.map((suffix): PlaceSuffix => ({ suffix, sense: 'place' })),
  ...placeOrBody.map((suffix): PlaceSuffix => ({ suffix, sense: 'either' })),
].sort((a, b) => b.suffix.split(' ').length - a.suffix.split(' ').length || b.suffix.length - a.suffix.length)

/** Lookup from suffix to its sense. */
export const placeSuffixSense: ReadonlyMap<string, SuffixSense> = new Map(
  placeSuffixes.map(({ suffix, sense }) => [suffix, sense]),
)

/**
 * Words that make a place when they come before a capitalised name ("Mount Tai", "Lake Tai"), and the
 * Spanish "port" and "point" of Latin American towns ("Puerto Varas", "Punta Delgada"); not "San" and
 * "Santa", which start names of people, saints and firms too ("San Miguel Corporation").
 */
// biome-ignore format: packed data
export const placePrefixes: readonly string[] = [
  'Mount', 'Mt.', 'Lake', 'Port of', 'City of', 'Gulf of', 'Sea of', 'Bay of', 'Isle of', 'Cape', 'Puerto',
  'Punta',
]

/**
 * Words that, after a name with a place suffix, make the whole name something other than the place: a
 * route, a road, a structure, a fleet or an event ("Northern Sea Route", "Lanwan Bay Bridge", "Huanglong
 * Island Marathon").
 */
// biome-ignore format: packed data
export const afterPlaceHeads: ReadonlySet<string> = new Set([
  'Route', 'Routes', 'Corridor', 'Line', 'Railway', 'Railroad', 'Highway', 'Expressway', 'Road', 'Street',
  'Avenue', 'Bridge', 'Tunnel', 'Pipeline', 'Fleet', 'Squadron', 'Forum', 'Expo', 'Festival', 'Marathon',
  'Cup', 'Trophy',
])

/**
 * Words that, right after a known place, make the place a word of a road's or a structure's name: "Xi'an
 * Road" and "Zhongshan Square" in Dalian are not the cities Xi'an and Zhongshan, and "the Shenyang-Dalian
 * Expressway" or "Beihai Station" mention no city either.
 */
// biome-ignore format: packed data
export const structureHeads: ReadonlySet<string> = new Set([
  'Road', 'Street', 'Avenue', 'Boulevard', 'Lane', 'Expressway', 'Highway', 'Bridge', 'Tunnel', 'Station',
  'Square',
])
