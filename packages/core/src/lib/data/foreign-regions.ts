/**
 * Named regions outside China that are no first-level division, and the world's main mountain ranges,
 * seas, straits, rivers and islands: a partner's home region ("the Ruhr", "Provence", "the Kansai region"),
 * where a crop or a mineral comes from ("the Urals", "the Loire Valley") and the waters a ship crosses
 * ("the Barents Sea", "the Strait of Malacca").
 *
 * Sources: the historic and cultural regions of France, Germany, Italy, Spain, the United Kingdom, Russia,
 * Japan and the United States as English-language news names them (Britannica's "region" articles);
 * Russia's federal districts; the parts of India news names by compass ("South India"); the wine regions
 * whose wine Dalian imports, named by their town or valley ("the Stellenbosch wine region"); coasts named
 * for a port or zone on them ("Ain Sokhna"); the mountain ranges, marginal seas, straits and rivers of the International
 * Hydrographic Organization's "Limits of Oceans and Seas" and the National Geographic atlas, in their English
 * names, written without a leading "the" ("Urals", not "the Urals"). Left out, because a known place is
 * never read as a person's name or as the word: "Lorraine", "Kent", "Devon", "Savoy", "Champagne",
 * "Lena", "Java", "Amazon", "Ob", "Po", "Bay Area" (in Chinese news, the Greater Bay Area); "Brittany",
 * "Hesse" and "Aragon" are read where a place frame shows them (`framed-places.ts`).
 */

/** Regions outside China that are no first-level division, by country. */
// biome-ignore format: packed data
export const foreignRegions: readonly string[] = [
  // France
  'Alsace', 'Burgundy', 'Provence', 'Aquitaine', 'Auvergne', 'Picardy', 'Languedoc', 'Gascony', 'Occitania',
  'French Riviera',
  // Germany, the Alps and the Low Countries
  'Rhineland', 'Westphalia', 'Ruhr', 'Black Forest', 'Swabia', 'Franconia', 'Pomerania', 'Tyrol',
  'South Tyrol', 'Trentino', 'Flanders', 'Wallonia', 'Benelux', 'Silesia', 'Bohemia', 'Moravia',
  'Transylvania', 'Lapland',
  // Spain and Portugal
  'Iberia',
  // United Kingdom
  'Greater London', 'Yorkshire', 'Lancashire', 'Midlands', 'West Midlands', 'East Midlands', 'East Anglia',
  'Cornwall', 'Essex', 'Sussex', 'Cheshire', 'Merseyside', 'Cotswolds', 'North East Scotland',
  'North East England', 'North West England', 'South East England', 'South West England', 'Scottish Highlands',
  // Russia, Central Asia and the Caucasus
  'Urals', 'Ural', 'Volga region', 'Western Siberia', 'Eastern Siberia', 'Transbaikalia', 'North Caucasus',
  'Kuban', 'Kuzbass', 'Yamal', 'Taimyr', 'Kurils', 'Fergana Valley',
  // Japan, Korea and South-East Asia
  'Kansai', 'Kanto', 'Kyushu', 'Shikoku', 'Honshu', 'Tohoku', 'Chubu', 'Chugoku', 'Hokuriku', 'Borneo',
  'Sumatra', 'Sulawesi', 'Kalimantan', 'Luzon', 'Mindanao', 'Visayas', 'Sabah', 'Sarawak', 'Red River Delta',
  // The Americas, Africa, the Middle East and Oceania
  'Pilbara', 'New England', 'Midwest', 'Pacific Northwest', 'Great Lakes', 'Patagonia', 'Amazonia', 'Sahel', 'Maghreb',
  'Levant', 'Anatolia', 'Sinai', 'Baltics', 'Baltic states', 'Svalbard', 'Ain Sokhna',
  // South Asia
  'South India', 'North India', 'Northeast India', 'Kashmir',
  // wine regions
  'Stellenbosch', 'Franschhoek', 'Napa Valley', 'Sonoma', 'Barossa Valley', 'Yarra Valley', 'Douro Valley',
  'Colchagua Valley', 'Rioja', 'Médoc', 'Medoc',
]

/** Mountain ranges, seas, gulfs, straits, canals and rivers outside China. */
// biome-ignore format: packed data
export const landforms: readonly string[] = [
  // mountain ranges
  'Alps', 'Pyrenees', 'Carpathians', 'Apennines', 'Dolomites', 'Himalayas', 'Himalaya', 'Karakoram', 'Pamirs',
  'Hindu Kush', 'Sikhote-Alin', 'Caucasus Mountains', 'Andes', 'Rockies', 'Appalachians', 'Mount Fuji',
  'Mont Blanc', 'Mount Everest', 'Kilimanjaro', 'Mount Kilimanjaro',
  // seas and gulfs
  'Adriatic', 'Aegean', 'Sea of Azov', 'Sea of Marmara', 'Gulf of Thailand', 'Gulf of Aden', 'Gulf of Mexico',
  'Gulf of Finland', 'Gulf of Bothnia', 'Gulf of Guinea', 'Gulf of Oman', 'Southern Ocean', 'North Atlantic',
  'South Atlantic', 'North Pacific', 'Western Pacific', 'Bay of Bengal', 'Bay of Biscay', 'Arabian Sea',
  'Andaman Sea', 'Java Sea', 'Sulu Sea', 'Celebes Sea', 'Tasman Sea', 'Gulf of Suez', 'Gulf of Aqaba',
  // straits and canals
  'Strait of Gibraltar', 'Strait of Malacca', 'Straits of Malacca', 'Strait of Hormuz', 'Bosphorus',
  'Dardanelles', 'Suez Canal', 'Panama Canal', 'Kiel Canal', 'Mozambique Channel',
  // rivers
  'Danube', 'Rhine', 'Volga', 'Yenisei', 'Irtysh', 'Mekong', 'Thames', 'Seine', 'Loire', 'Elbe', 'Oder',
  'Tagus', 'Nile', 'Ganges', 'Indus', 'Euphrates', 'Tigris', 'Ussuri',
]

/**
 * Regions English names only after "the", whose first word alone is a word or a surname: "the Gulf" (the
 * states around the Persian Gulf; "Gulf Air" and "the Gulf of Aden" are other names) and "the Horn of
 * Africa". `the-regions` in `entities/places.ts` reads them.
 */
export const theOnlyRegions: readonly string[] = ['Gulf', 'Horn of Africa']

/** Other names of the regions above → the name they are listed under ("the Gulf region" is "the Gulf"). */
export const foreignRegionForms: ReadonlyMap<string, string> = new Map([['Gulf region', 'Gulf']])
