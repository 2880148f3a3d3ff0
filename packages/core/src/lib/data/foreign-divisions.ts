/**
 * First-level divisions of the countries Dalian's foreign-affairs and business news names most: the states
 * of the United States, Canada's provinces and territories, Australia's states and territories, Germany's
 * Länder, Japan's prefectures, South Korea's provinces, the four countries of the United Kingdom, the
 * regions of France and Italy, Spain's autonomous communities, and Russia's federal subjects that are not
 * named after their capital ("Tatarstan", "Primorye"; "Kursk" is the city, in `world-cities.ts`, and "Kursk
 * Oblast" is read by its suffix).
 *
 * Source: the ISO 3166-2 subdivision lists for US, CA, AU, DE, JP, KR, GB, FR, IT, ES and RU, in the English
 * short names the national governments use (or English exonyms: "Normandy", "Tuscany", "Catalonia") (German Länder also in their German form where English writes that too:
 * "Hessen", "Mecklenburg-Vorpommern"). A division named like a city or country already listed is left to
 * that entry ("New York", "Washington", "Tokyo", "Hamburg", "Georgia" the country; "Seoul", "Incheon" …
 * the Korean metropolitan cities). Left out, because a known place is never read as a person's name and
 * such a division would hide the person or the word: "Virginia", "Victoria", "Alberta", "Indiana" (given
 * names); "Montana", "Hesse", "Brandenburg" (surnames); the prefectures that are common Japanese surnames
 * ("Ishikawa", "Yamaguchi", "Nagano", "Fukushima", "Miyazaki", "Miyagi", "Yamagata", "Kanagawa", "Wakayama",
 * "Yamanashi", "Fukui", "Shiga", "Kagawa") — "Ishikawa Prefecture" is still read by its suffix; "Saga" (an
 * English word) and "Mie" (a pinyin syllable); Italy's "Marche" and Spain's "Aragon" (surnames), France's
 * "Brittany" (a given name; these are read in a place frame, see `ambiguous-places.ts`), and the
 * communities named after their capital ("Madrid", "Murcia", "Valencia"); Russia's "Kirov" (a surname), "Vladimir" (a given name), "Kurgan" and "Amur" (words, a
 * river), "Komi" and "Nenets" (peoples; "Komi Republic" is listed) and the disputed "Crimea" and
 * "Sevastopol". "England" and "Wales" are surnames too, but kept: as places they are written far more often.
 */

/** Country name (as in `countries.ts`) → the English names of its first-level divisions listed here. */
// biome-ignore format: packed data
export const foreignDivisionsByCountry: Readonly<Record<string, readonly string[]>> = {
  'United States': [
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
    'Florida', 'Hawaii', 'Idaho', 'Illinois', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
    'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Nebraska', 'Nevada',
    'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
    'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
    'Vermont', 'West Virginia', 'Wisconsin', 'Wyoming',
  ],
  Canada: [
    'Ontario', 'Quebec', 'Québec', 'British Columbia', 'Manitoba', 'Saskatchewan', 'Nova Scotia',
    'New Brunswick', 'Newfoundland and Labrador', 'Newfoundland', 'Prince Edward Island', 'Yukon',
    'Northwest Territories', 'Nunavut',
  ],
  Australia: [
    'New South Wales', 'Queensland', 'South Australia', 'Western Australia', 'Tasmania', 'Northern Territory',
    'Australian Capital Territory',
  ],
  Germany: [
    'Baden-Württemberg', 'Baden-Wurttemberg', 'Bavaria', 'Hessen', 'Lower Saxony',
    'Mecklenburg-Vorpommern', 'Mecklenburg-Western Pomerania', 'North Rhine-Westphalia',
    'Rhineland-Palatinate', 'Saarland', 'Saxony', 'Saxony-Anhalt', 'Schleswig-Holstein', 'Thuringia',
  ],
  Japan: [
    'Hokkaido', 'Iwate', 'Akita', 'Ibaraki', 'Tochigi', 'Gunma', 'Gifu', 'Aichi', 'Hyogo', 'Nara', 'Shimane',
    'Ehime', 'Okinawa',
  ],
  'South Korea': [
    'Gyeonggi', 'Gangwon', 'Chungcheong', 'North Chungcheong', 'South Chungcheong', 'Jeolla', 'North Jeolla',
    'South Jeolla', 'Gyeongsang', 'North Gyeongsang', 'South Gyeongsang',
  ],
  Russia: [
    'Adygea', 'Altai Republic', 'Bashkortostan', 'Buryatia', 'Chechnya', 'Chuvashia', 'Dagestan',
    'Ingushetia', 'Kabardino-Balkaria', 'Kalmykia', 'Karachay-Cherkessia', 'Karelia', 'Khakassia',
    'Komi Republic', 'Mari El', 'Mordovia', 'North Ossetia', 'Sakha Republic', 'Yakutia', 'Tatarstan', 'Tuva',
    'Udmurtia', 'Primorye', 'Kamchatka', 'Sakhalin', 'Chukotka', 'Sverdlovsk', 'Leningrad', 'Khanty-Mansi',
    'Yamalo-Nenets',
  ],
  'United Kingdom': ['England', 'Scotland', 'Wales', 'Northern Ireland'],
  France: [
    'Normandy', 'Corsica', 'Île-de-France', 'Ile-de-France', "Provence-Alpes-Côte d'Azur",
    'Auvergne-Rhône-Alpes', 'Hauts-de-France', 'Nouvelle-Aquitaine', 'Occitanie', 'Grand Est',
    'Bourgogne-Franche-Comté', 'Centre-Val de Loire', 'Pays de la Loire',
  ],
  Italy: [
    'Lombardy', 'Piedmont', 'Tuscany', 'Veneto', 'Emilia-Romagna', 'Liguria', 'Lazio', 'Campania', 'Apulia',
    'Puglia', 'Calabria', 'Sicily', 'Sardinia', 'Abruzzo', 'Umbria', 'Friuli Venezia Giulia',
    'Friuli-Venezia Giulia', 'Trentino-Alto Adige', 'Aosta Valley', 'Basilicata', 'Molise',
  ],
  Spain: [
    'Andalusia', 'Catalonia', 'Basque Country', 'Galicia', 'Asturias', 'Cantabria', 'Castile and León',
    'Castilla-La Mancha', 'Extremadura', 'Navarre', 'Balearic Islands', 'Canary Islands', 'La Rioja',
  ],
}

/** Every division name in `foreignDivisionsByCountry`. */
export const foreignDivisions: readonly string[] = Object.values(foreignDivisionsByCountry).flat()
