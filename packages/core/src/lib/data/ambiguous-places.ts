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
  // Japan: the large cities, nearly all of them named like a surname
  'Sagamihara', 'Funabashi', 'Hachioji', 'Higashiosaka', 'Nishinomiya', 'Matsudo', 'Amagasaki', 'Toyonaka',
  'Kashiwa', 'Hirakata', 'Suita', 'Tokorozawa', 'Maebashi', 'Yokosuka', 'Kasugai', 'Ichinomiya', 'Toyohashi',
  'Koshigaya', 'Kurume', 'Mito', 'Otsu', 'Sasebo', 'Kakogawa', 'Neyagawa', 'Joetsu', 'Isesaki', 'Atsugi',
  'Tsukuba', 'Kumagaya', 'Matsue', 'Obihiro', 'Asahikawa', 'Hakone', 'Beppu', 'Takatsuki',
  // South Korea: cities named like a given name
  'Jinju', 'Wonju', 'Yangju', 'Gumi', 'Hanam', 'Asan', 'Osan', 'Ansan',
  // Russia: cities named like a surname, and a border town named like a Central Asian given name
  'Korsakov', 'Arsenyev', 'Korolyov', 'Volzhsky', 'Khasan',
  // Europe: cities named like a surname or a given name
  'Münster', 'Munster', 'Kassel', 'Schwerin', 'Heidelberg', 'Jena', 'Metz', 'Ferrara', 'Messina', 'Prato',
  'Modena', 'Bari', 'Pisa', 'Salerno', 'Catania', 'Taranto', 'Brescia', 'Rimini', 'Brindisi', 'Ancona',
  'Verona', 'Siena', 'Oviedo', 'Córdoba', 'Cordoba', 'Granada', 'Murcia', 'Jerez', 'Coimbra', 'Breda',
  'Bergen', 'Galway', 'Lublin', 'Bradford', 'Coventry', 'Nottingham', 'Brighton', 'Norwich', 'Newport',
  'Dover',
  // the United States, Canada, Australia and Malaysia: cities named like a surname or a given name
  'Dallas', 'Denver', 'Richmond', 'Arlington', 'Fremont', 'Boise', 'Rochester', 'Hartford', 'Berkeley',
  'Wilmington', 'Trenton', 'Lubbock', 'Lexington', 'Juneau', 'Abbotsford', 'Adelaide', 'Hobart', 'Bunbury',
  'Launceston', 'Miri',
  // Africa, the Middle East and Latin America: cities and divisions named like a given name, a surname or a
  // word, or written like a Chinese given name ("Lindi", "Nandi", "Lamu")
  'Kano', 'Lindi', 'Nandi', 'Lamu', 'Meru', 'Volta', 'Ashanti', 'Gulu', 'Kankan', 'Adama', 'Oran', 'Aden',
  'Yanbu', 'Nazareth', 'Kerman', 'Shiraz', 'Muthanna', 'Chuy', 'Rosario', 'Puno', 'Mendoza', 'Medina',
  'Sonora', 'Colima', 'Joinville', 'Hermosillo', 'Reynosa', 'Villavicencio', 'Buenaventura', 'Osorno',
  'Lavalleja', 'Natal', 'Tamale',
  // the same regions: cities and divisions named like a given name or surname ("Zaria", "Dessie", "Sanaa",
  // "Merida", "Harari", "Kasai", "Mardin", "Kabwe"), written like a pinyin name ("Cali", "Tanga", "Tanta",
  // "Geita", "Paita", "Touba", "Ogun", "Oyo") or like a word ("Mecca", "Fez", "Bursa", "Choco")
  'Zaria', 'Warri', 'Dessie', 'Harar', 'Jimma', 'Goma', 'Beira', 'Thiès', 'Thies', 'Fez', 'Nyala',
  'Mansoura', 'Tanta', 'Bursa', 'Adana', 'Samsun', 'Hatay', 'Denizli', 'Sakarya', 'Mardin', 'Sivas', 'Konya',
  'Mecca', 'Taif', 'Abha', 'Zarqa', 'Najaf', 'Sanaa', 'Herat', 'Sohag', 'Saldanha', 'Blantyre', 'Kabwe',
  'Mbale', 'Touba', 'Ségou', 'Segou', 'Belém', 'Belem', 'Teresina', 'Mérida', 'Merida', 'Morelia', 'Puebla',
  'Cartago', 'Calama', 'Saltillo', 'Nassau', 'Misrata', 'Hebron', 'Arica', 'Cali', 'Paita', 'Harari', 'Tanga',
  'Kasai', 'Pemba', 'Abia', 'Ogun', 'Osun', 'Oyo', 'Ondo', 'Ekiti', 'Gombe', 'Geita', 'Bengo', 'Anbar',
  'Gilan', 'Golestan', 'Galilee', 'Maysan', 'Monagas', 'Aragua', 'Matanzas', 'Choco',
  // the Philippines: provinces named like a given name or a word
  'Laguna', 'Rizal', 'Quezon', 'Aurora',
  // South Asia: cities named like a given name or a surname ("Ajmer Singh", "Shimla Akter", "Anil Galle")
  'Ajmer', 'Shimla', 'Tirupati', 'Jalandhar', 'Hazira', 'Jhansi', 'Amravati', 'Galle', 'Matara',
  // elsewhere
  'Haifa', 'Santos', 'Male',
])

/**
 * The places of `ambiguousPlaces` whose name is also a common lower-case English word: "Mobile-based
 * payments" and "Split-based sorting" are the word, so a frame such as "-based" does not make them places.
 */
// biome-ignore format: packed data
export const wordPlaces: ReadonlySet<string> = new Set([
  'Champagne', 'Nice', 'Tours', 'Reading', 'Bath', 'Hull', 'Derby', 'Cork', 'Latina', 'Split', 'Mobile',
  'Male', 'Buffalo', 'Providence', 'Phoenix', 'Cairns', 'Savannah', 'Saga', 'Natal', 'Tamale',
  'Fez', 'Mecca', 'Bursa', 'Choco',
])
