/**
 * Places outside China whose name is also a common English word, given name or surname: Dalian's news
 * names them (a partner's home region, a sister port, a prefecture), but a known place is never read as a
 * person's name or as the word, so they are not in the gazetteer. `entities/framed-places.ts` reads them
 * where a place frame shows them ("the coastline of Brittany", "a plant in Reading").
 *
 * Sources: the names left out of `world-cities.ts`, `large-cities.ts`, `foreign-divisions.ts` and
 * `foreign-regions.ts` for that reason (the cities of over about 150,000 people, the first-level divisions
 * of the ISO 3166-2 lists and the historic regions listed there), one word each, in their usual English
 * spelling.
 */

/** Places whose one-word name is also an English word, a given name or a surname. */
// biome-ignore format: packed data
export const ambiguousPlaces: ReadonlySet<string> = new Set([
  // France
  'Brittany', 'Lorraine', 'Champagne', 'Savoy', 'Nice', 'Tours', 'Nancy', 'Pau', 'Valence',
  // United Kingdom and Ireland
  'Reading', 'Bath', 'Hull', 'Derby', 'York', 'Preston', 'Bolton', 'Kent', 'Devon', 'Windsor', 'Cork',
  // Germany, Italy, Spain, Portugal and Croatia
  'Hesse', 'Brandenburg', 'Hagen', 'Halle', 'Hamm', 'Oldenburg', 'Florence', 'Latina', 'Como', 'Marche',
  'Aragon', 'Burgos', 'Salamanca', 'Santander', 'Toledo', 'Palma', 'Valencia', 'Braga', 'Faro', 'Split',
  // the United States, Canada and Australia
  'Virginia', 'Indiana', 'Montana', 'Victoria', 'Alberta', 'Charlotte', 'Austin', 'Orlando', 'Savannah',
  'Phoenix', 'Buffalo', 'Providence', 'Mobile', 'Jackson', 'Madison', 'Lincoln', 'Cleveland', 'Columbus',
  'Montgomery', 'Hamilton', 'Kingston', 'Regina', 'Waterloo', 'Laval', 'Markham', 'Darwin', 'Cairns',
  'Mackay', 'Reno',
  // Japan: the cities and prefectures named like common surnames
  'Sakai', 'Matsuyama', 'Kawaguchi', 'Takasaki', 'Utsunomiya', 'Fukushima', 'Nagano', 'Miyagi', 'Ishikawa',
  'Yamaguchi', 'Miyazaki', 'Kanagawa', 'Morioka', 'Okazaki', 'Fujisawa', 'Yamagata', 'Wakayama', 'Fukui',
  'Shiga', 'Kagawa', 'Yamanashi', 'Saga',
  // elsewhere
  'Haifa', 'Santos', 'Male',
])
