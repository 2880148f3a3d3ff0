/**
 * One lookup over every known place name: countries, China's divisions, regions and continents.
 *
 * Source: built from `countries.ts`, `former-states.ts`, `chinese-places.ts`, `hong-kong-macao-taiwan.ts`,
 * `dalian-localities.ts`, `regions.ts`, `world-cities.ts`, `large-cities.ts`, `foreign-divisions.ts` and
 * `foreign-regions.ts`; see those modules for where their data comes from.
 * Place-name suffixes ("… County") are in `place-suffixes.ts`.
 */
import {
  chinesePlaceSpellings,
  countyLevelCities,
  dalianDivisions,
  nationalNewAreas,
  prefectureDivisions,
  prefectureLevelCities,
  provincialDivisions,
} from './chinese-places.js'
import { countries, dependentTerritories } from './countries.js'
import { dalianAreas, dalianSubdistricts } from './dalian-localities.js'
import { foreignDivisionForms, foreignDivisions } from './foreign-divisions.js'
import { foreignRegionForms, foreignRegions, landforms } from './foreign-regions.js'
import { formerStates } from './former-states.js'
import { hongKongMacaoDistricts, taiwanCities } from './hong-kong-macao-taiwan.js'
import { largeCities } from './large-cities.js'
import { chineseRegions, continents, worldRegions } from './regions.js'
import { worldCities, worldCitySpellings } from './world-cities.js'

/** What kind of place a known name is. */
export type PlaceKind =
  | 'country'
  | 'territory'
  | 'provincial-level division'
  | 'prefecture-level division'
  | 'county-level city'
  | 'district'
  | 'locality'
  | 'new area'
  | 'region'
  | 'continent'
  | 'world city'
  | 'foreign division'

/** The kinds of place that are a country or one of China's divisions, which a body's name starts with. */
export const countryAndDivisionKinds: ReadonlySet<PlaceKind> = new Set([
  'country',
  'territory',
  'provincial-level division',
  'prefecture-level division',
  'county-level city',
  'district',
])

/** A known place: its canonical name and kind. */
export interface KnownPlace {
  /** The name used for the place in this package (`Country.name`, `ProvincialDivision.name`, …). */
  readonly name: string
  /** What kind of place it is; a name shared by two kinds ("Jilin") gets the larger one. */
  readonly kind: PlaceKind
}

function buildPlaces(): Map<string, KnownPlace> {
  const places = new Map<string, KnownPlace>()
  // Larger places are added first and never overwritten, so "Jilin" stays a province.
  const add = (key: string, name: string, kind: PlaceKind) => {
    if (!places.has(key)) places.set(key, { name, kind })
    if (key.startsWith('the ')) add(key.slice(4), name, kind)
  }
  for (const { name, aliases } of countries) for (const key of [name, ...aliases]) add(key, name, 'country')
  for (const name of dependentTerritories) add(name, name, 'territory')
  for (const { name, aliases } of formerStates)
    for (const key of [name, ...aliases]) add(key, name, 'territory')
  for (const name of continents) add(name, name, 'continent')
  for (const { name, aliases } of provincialDivisions) {
    for (const key of [name, ...aliases]) add(key, name, 'provincial-level division')
  }
  for (const name of prefectureLevelCities) {
    add(name, name, 'prefecture-level division')
    add(`${name} City`, name, 'prefecture-level division')
  }
  for (const { name, fullName } of prefectureDivisions) {
    add(name, name, 'prefecture-level division')
    add(fullName, name, 'prefecture-level division')
  }
  for (const name of countyLevelCities) {
    add(name, name, 'county-level city')
    add(`${name} City`, name, 'county-level city')
  }
  for (const name of nationalNewAreas.keys()) add(name, name, 'new area')
  // "Dalian Jinzhou District" and "Dalian Jinpu New District": the city before one of its divisions is a
  // word of the division's name, one place with the division alone.
  // Their other spellings too: "Dalian Lushunkou District" is "Dalian Lüshunkou District".
  for (const name of dalianDivisions) {
    const stem = name.replace(/ (District|County)$/, '')
    add(name, name, 'district')
    add(stem, name, 'district')
    if (stem === name) continue
    const suffix = name.slice(stem.length)
    add(`Dalian ${name}`, name, 'district')
    for (const [spelling, to] of chinesePlaceSpellings) {
      if (to !== stem) continue
      add(`${spelling}${suffix}`, name, 'district')
      add(`Dalian ${spelling}${suffix}`, name, 'district')
    }
  }
  for (const name of ['Jinpu New District', 'Jinpu New Area']) add(`Dalian ${name}`, name, 'new area')
  for (const name of taiwanCities) {
    add(name, name, 'prefecture-level division')
    add(`${name} City`, name, 'prefecture-level division')
  }
  for (const name of hongKongMacaoDistricts) add(name, name, 'district')
  // "Chengzitan Street" is the sub-district, a place of that name; "Chengzitan" alone is the same area.
  for (const name of dalianSubdistricts) {
    add(name, name, 'locality')
    add(`${name} Street`, `${name} Street`, 'locality')
  }
  for (const name of dalianAreas) add(name, name, 'locality')
  for (const name of [...worldRegions, ...chineseRegions, ...foreignRegions, ...landforms])
    add(name, name, 'region')
  for (const [form, name] of foreignRegionForms) add(form, name, 'region')
  // "Klaipeda" and "Klaipėda", "Pilsen" and "Plzeň": one city, named as the list writes it first.
  const cities = [...worldCities, ...largeCities]
  const spelt = new Map([...cities].reverse().map((name) => [plain(name), name]))
  const listed = new Set(cities)
  for (const name of cities) {
    const first = worldCitySpellings.get(name) ?? spelt.get(plain(name)) ?? name
    add(name, listed.has(first) ? first : name, 'world city')
  }
  // After the cities: "Tokyo" or "Hamburg" stays the city, so "Osaka Prefecture" is read as the prefecture.
  for (const name of foreignDivisions) add(name, name, 'foreign division')
  for (const [form, name] of foreignDivisionForms) add(form, name, 'foreign division')
  for (const [spelling, name] of [...chinesePlaceSpellings, ...worldCitySpellings]) {
    const known = places.get(name)
    if (known) add(spelling, known.name, known.kind)
  }
  return places
}

// A name without its accents: "Klaipėda" → "Klaipeda"; "ł" has no accent to drop ("Łódź" → "Łodz").
// (entities/name-words.ts has a fuller plain spelling, but it imports this module's data.)
function plain(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '')
}

/**
 * Every known place name, alias and spelling (in its written case, with and without a leading "the")
 * → the place it names. Place-name suffixes are not applied: "Xinbin County" is not listed, "Yantai City" is.
 * Many Chinese place names are also common given names ("Jinhua", "Haiyang", "Xinmin"): after a surname,
 * read them as a name.
 */
export const knownPlaces: ReadonlyMap<string, KnownPlace> = buildPlaces()
