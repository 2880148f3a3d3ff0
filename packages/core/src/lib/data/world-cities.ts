/**
 * Major cities outside China that Chinese municipal news mentions: national capitals, the large cities of
 * the countries that trade with north-east China most, the world's main container ports, the terminals and
 * border crossings of the rail routes to Central Asia and Europe, and the cities of Japan, Korea and the
 * Russian Far East that north-east China's cities are twinned with.
 *
 * Sources: the world's national capitals and each listed country's largest cities; the World Shipping
 * Council's "Top 50 World Container Ports" and Lloyd's List "One Hundred Container Ports" (the ports
 * outside China: Laem Chabang, Port Klang, Tanjung Pelepas, Haiphong, Piraeus, Valparaíso, …); the
 * terminals and border crossings of the China-Europe Railway Express and the China-Central Asia routes
 * (Khorgos, Dostyk, Altynkol, Brest, Łódź, Duisburg, …); the prefectural capitals and ports of
 * Japan, Korea's metropolitan and port cities, and the regional capitals of Siberia and the
 * Russian Far East, which most sister-city ties of Liaoning, Jilin, Heilongjiang and Shandong are with; the
 * centres of the Russian oblasts named after them (ISO 3166-2:RU). Divisions that are not named after a
 * city (US states, German Länder, Japanese prefectures, …) are in `foreign-divisions.ts`.
 * Names are in their usual English spelling; accented names are also listed without their accents
 * ("Valparaíso", "Valparaiso"). Left out: names that are also common English words or given names and
 * surnames ("Nice", "Split", "Santos", "Valencia", "Morioka", "Haifa", "Tula"): a known place is never read
 * as a person's name, so such a city would hide the person (`ambiguous-places.ts` lists the ones read in a
 * place frame). The other large cities of the countries Dalian deals with most are in `large-cities.ts`.
 */

/** Major cities outside China, in their usual English spelling. */
// biome-ignore format: packed data
export const worldCities: readonly string[] = [
  // Japan: the largest cities, prefectural capitals and ports facing China
  'Tokyo', 'Osaka', 'Yokohama', 'Nagoya', 'Sapporo', 'Fukuoka', 'Kobe', 'Kyoto', 'Kawasaki', 'Saitama',
  'Hiroshima', 'Sendai', 'Kitakyushu', 'Chiba', 'Niigata', 'Hamamatsu', 'Kumamoto', 'Okayama', 'Shizuoka',
  'Kagoshima', 'Nagasaki', 'Maizuru', 'Toyama', 'Kanazawa', 'Hakodate', 'Otaru', 'Naha', 'Shimonoseki',
  'Aomori', 'Tokushima', 'Tottori', 'Oita', 'Kurashiki', 'Himeji', 'Hachinohe', 'Tomakomai', 'Muroran',
  'Kushiro', 'Wakkanai', 'Yokkaichi', 'Sakaiminato',
  // Korea
  'Seoul', 'Busan', 'Incheon', 'Daegu', 'Daejeon', 'Gwangju', 'Ulsan', 'Suwon', 'Changwon', 'Goyang',
  'Pyongyang', 'Sejong', 'Pohang', 'Jeju', 'Gunsan', 'Mokpo', 'Yeosu', 'Gwangyang', 'Pyeongtaek', 'Gangneung',
  'Sokcho', 'Chuncheon', 'Cheongju', 'Jeonju', 'Gimhae', 'Masan', 'Geoje', 'Tongyeong', 'Seogwipo', 'Nampo',
  'Rason', 'Sinuiju', 'Wonsan', 'Chongjin', 'Hamhung', 'Kaesong',
  // Russia: capitals, ports, Siberia and the Far East
  'Moscow', 'Saint Petersburg', 'St. Petersburg', 'Vladivostok', 'Khabarovsk', 'Novosibirsk', 'Yekaterinburg',
  'Kazan', 'Irkutsk', 'Nakhodka', 'Blagoveshchensk', 'Kaliningrad', 'Murmansk', 'Arkhangelsk', 'Novorossiysk',
  'Sochi', 'Rostov-on-Don', 'Nizhny Novgorod', 'Chelyabinsk', 'Omsk', 'Krasnoyarsk', 'Perm', 'Ufa',
  'Volgograd', 'Voronezh', 'Krasnodar', 'Tomsk', 'Barnaul', 'Kemerovo', 'Chita', 'Ulan-Ude', 'Yakutsk',
  'Magadan', 'Petropavlovsk-Kamchatsky', 'Yuzhno-Sakhalinsk', 'Vostochny', 'Vanino', 'Ussuriysk',
  'Birobidzhan', 'Zabaykalsk', 'Pogranichny',
  // Russia: the border crossings to China, Mongolia and Korea, the towns by them and the Far East ports
  'Zabaikalsk', 'Krasnokamensk', 'Borzya', 'Kraskino', 'Grodekovo', 'Nizhneleninskoye', 'Kyakhta',
  'Naushki', 'Posyet', 'Zarubino', 'Slavyanka', 'Sovetskaya Gavan', 'Kholmsk', 'De-Kastri',
  // Russia: the centres the other oblasts are named after ("Kursk Oblast" is read by its suffix)
  'Astrakhan', 'Belgorod', 'Bryansk', 'Ivanovo', 'Kaluga', 'Kostroma', 'Kursk', 'Lipetsk', 'Orenburg',
  'Oryol', 'Penza', 'Pskov', 'Ryazan', 'Samara', 'Saratov', 'Smolensk', 'Tambov', 'Tver', 'Tyumen',
  'Ulyanovsk', 'Vologda', 'Yaroslavl', 'Veliky Novgorod', 'Novgorod', 'Stavropol',
  // Central Asia, Mongolia and the Caucasus, with the rail crossings from China
  'Almaty', 'Astana', 'Tashkent', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Ulaanbaatar', 'Shymkent',
  'Karaganda', 'Aktobe', 'Aktau', 'Atyrau', 'Pavlodar', 'Semey', 'Oskemen', 'Ust-Kamenogorsk', 'Taraz',
  'Kostanay', 'Turkistan', 'Khorgos', 'Dostyk', 'Altynkol', 'Samarkand', 'Bukhara', 'Namangan', 'Andijan',
  'Fergana', 'Nukus', 'Navoi', 'Termez', 'Karshi', 'Osh', 'Jalal-Abad', 'Khujand', 'Turkmenbashi', 'Erdenet',
  'Zamyn-Uud', 'Choibalsan', 'Altanbulag', 'Gashuunsukhait', 'Shiveekhuren', 'Bichigt', 'Ereentsav',
  'Bakhty', 'Maikapchagai', 'Nur Zholy', 'Kuryk',
  // Mongolia's provincial centres on the rail line and the roads south to China ("Bulgan", "Sükhbaatar" and
  // "Darkhan" are left out: they are given names as well; the province "Darkhan-Uul" is listed whole)
  'Sainshand', 'Dalanzadgad', 'Mandalgovi', 'Baruun-Urt', 'Arvaikheer', 'Tsetserleg', 'Ulaangom',
  'Uliastai', 'Zuunmod', 'Kharkhorin',
  'Baku', 'Tbilisi', 'Yerevan', 'Batumi', 'Poti',
  // South-East Asia
  'Singapore', 'Bangkok', 'Hanoi', 'Ho Chi Minh City', 'Saigon', 'Haiphong', 'Hai Phong', 'Da Nang', 'Danang',
  'Can Tho', 'Nha Trang', 'Ha Long', 'Vung Tau', 'Kuala Lumpur', 'Port Klang', 'Penang', 'George Town',
  'Johor Bahru', 'Tanjung Pelepas', 'Kuantan', 'Malacca', 'Melaka', 'Ipoh', 'Kota Kinabalu', 'Kuching',
  'Jakarta', 'Surabaya', 'Medan', 'Bandung', 'Semarang', 'Makassar', 'Batam', 'Denpasar', 'Bali', 'Manila',
  'Quezon City', 'Cebu', 'Davao', 'Subic', 'Laem Chabang', 'Chiang Mai', 'Phuket', 'Pattaya', 'Songkhla',
  'Rayong', 'Khon Kaen', 'Yangon', 'Mandalay', 'Naypyidaw', 'Kyaukphyu', 'Phnom Penh', 'Sihanoukville',
  'Siem Reap', 'Vientiane', 'Luang Prabang', 'Bandar Seri Begawan', 'Dili',
  // South Asia
  'New Delhi', 'Mumbai', 'Bangalore', 'Bengaluru', 'Chennai', 'Kolkata', 'Hyderabad', 'Ahmedabad', 'Pune',
  'Kochi', 'Mundra', 'Karachi', 'Islamabad', 'Lahore', 'Gwadar', 'Dhaka', 'Chittagong', 'Chattogram',
  'Colombo', 'Hambantota', 'Kathmandu',
  // Oceania
  'Sydney', 'Melbourne', 'Canberra', 'Brisbane', 'Perth', 'Fremantle', 'Gold Coast', 'Auckland', 'Wellington',
  'Christchurch', 'Tauranga', 'Suva', 'Port Moresby',
  // Middle East
  'Dubai', 'Abu Dhabi', 'Sharjah', 'Jebel Ali', 'Doha', 'Riyadh', 'Jeddah', 'Dammam', 'Muscat', 'Salalah',
  'Sohar', 'Kuwait City', 'Manama', 'Tehran', 'Bandar Abbas', 'Baghdad', 'Basra', 'Amman', 'Aqaba', 'Beirut',
  'Damascus', 'Istanbul', 'Ankara', 'Izmir', 'Mersin', 'Tel Aviv', 'Jerusalem',
  // Africa
  'Cairo', 'Alexandria', 'Port Said', 'Suez', 'Nairobi', 'Mombasa', 'Addis Ababa', 'Dar es Salaam', 'Kampala',
  'Kigali', 'Khartoum', 'Lagos', 'Abuja', 'Accra', 'Tema', 'Abidjan', 'Dakar', 'Lomé', 'Lome', 'Cotonou',
  'Douala', 'Luanda', 'Kinshasa', 'Lusaka', 'Harare', 'Maputo', 'Windhoek', 'Walvis Bay', 'Johannesburg',
  'Cape Town', 'Pretoria', 'Durban', 'Casablanca', 'Rabat', 'Tangier', 'Algiers', 'Tunis', 'Tripoli',
  'Antananarivo', 'Port Louis', 'Porto-Novo', 'Yamoussoukro', 'Bamako', 'Niamey', 'Ouagadougou', 'Nouakchott',
  'Conakry', 'Freetown', 'Monrovia', 'Bissau', 'Banjul', 'Praia', 'Malabo', 'Libreville', 'Brazzaville',
  'Bangui', 'Yaoundé', 'Yaounde', 'Juba', 'Asmara', 'Mogadishu', 'Dodoma', 'Gitega', 'Bujumbura', 'Lilongwe',
  'Gaborone', 'Maseru', 'Mbabane',
  // Africa: other large cities, ports and the towns its news names often (Kenya's running towns)
  'Lokossa', 'Parakou', 'Abomey', 'Ibadan', 'Port Harcourt', 'Kaduna', 'Enugu', 'Benin City', 'Kumasi',
  'Takoradi', 'Bobo-Dioulasso', 'Pointe-Noire', 'Port-Gentil', 'Kribi', 'Lubumbashi', 'Kisangani', 'Matadi',
  'Kisumu', 'Nakuru', 'Eldoret', 'Iten', 'Arusha', 'Zanzibar', 'Entebbe', 'Dire Dawa', 'Bahir Dar',
  'Hawassa', 'Mekelle', 'Gondar', 'Port Sudan', 'Omdurman', 'Djibouti City', 'Berbera', 'Hargeisa',
  'Bulawayo', 'Ndola', 'Kitwe', 'Nacala', 'Lobito', 'Toamasina', 'Marrakesh', 'Marrakech', 'Agadir',
  'Sfax', 'Giza', 'Luxor', 'Aswan',
  // Europe: capitals, the largest cities, the main ports and the rail freight terminals
  'London', 'Paris', 'Berlin', 'Hamburg', 'Munich', 'Frankfurt', 'Cologne', 'Stuttgart', 'Duisburg',
  'Rostock', 'Kiel', 'Lübeck', 'Lubeck', 'Bremen', 'Bremerhaven', 'Wilhelmshaven', 'Düsseldorf', 'Dusseldorf',
  'Dortmund', 'Leipzig', 'Dresden', 'Hanover', 'Hannover', 'Nuremberg', 'Bonn', 'Mannheim', 'Karlsruhe',
  'Wolfsburg', 'Rome', 'Milan', 'Turin', 'Genoa', 'Naples', 'Venice', 'Bologna', 'Trieste', 'Palermo',
  'Madrid', 'Barcelona', 'Seville', 'Bilbao', 'Algeciras', 'Zaragoza', 'Malaga', 'Lisbon', 'Porto',
  'Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven', 'Tilburg', 'Venlo', 'Brussels', 'Antwerp', 'Zeebrugge',
  'Ghent', 'Liège', 'Vienna', 'Graz', 'Linz', 'Salzburg', 'Zurich', 'Zürich', 'Geneva', 'Basel', 'Bern',
  'Lausanne', 'Prague', 'Brno', 'Warsaw', 'Gdańsk', 'Gdansk', 'Gdynia', 'Szczecin', 'Łódź', 'Lodz', 'Kraków',
  'Krakow', 'Wrocław', 'Wroclaw', 'Budapest', 'Debrecen', 'Bratislava', 'Ljubljana', 'Koper', 'Zagreb',
  'Rijeka', 'Athens', 'Piraeus', 'Thessaloniki', 'Stockholm', 'Gothenburg', 'Malmö', 'Malmo', 'Oslo',
  'Stavanger', 'Copenhagen', 'Aarhus', 'Helsinki', 'Turku', 'Tampere', 'Reykjavik', 'Dublin', 'Edinburgh',
  'Glasgow', 'Aberdeen', 'Manchester', 'Birmingham', 'Liverpool', 'Bristol', 'Leeds', 'Sheffield',
  'Newcastle', 'Belfast', 'Cardiff', 'Southampton', 'Felixstowe', 'Minsk', 'Brest', 'Kyiv', 'Kiev', 'Odesa',
  'Odessa', 'Kharkiv', 'Lviv', 'Chisinau', 'Belgrade', 'Novi Sad', 'Sarajevo', 'Skopje', 'Tirana',
  'Podgorica', 'Bucharest', 'Constanța', 'Constanta', 'Sofia', 'Varna', 'Burgas', 'Riga', 'Vilnius', 'Kaunas',
  'Klaipėda', 'Klaipeda', 'Tallinn', 'Lyon', 'Marseille', 'Le Havre', 'Toulouse', 'Bordeaux', 'Lille',
  'Strasbourg', 'Nantes', 'Dunkirk', 'Rouen',
  // Europe: the Baltic and Danube ports and the broad-gauge border crossings of the China-Europe routes
  'Muuga', 'Paldiski', 'Ventspils', 'Liepāja', 'Liepaja', 'Smederevo', 'Małaszewicze', 'Malaszewicze',
  'Terespol', 'Záhony', 'Zahony', 'Čierna nad Tisou', 'Cierna nad Tisou', 'Dobrá',
  // Americas
  'New York', 'Washington', 'Los Angeles', 'Long Beach', 'San Francisco', 'Oakland', 'San Diego', 'San Jose',
  'Sacramento', 'Seattle', 'Tacoma', 'Portland', 'Chicago', 'Boston', 'Houston', 'Detroit', 'Atlanta',
  'Miami', 'Philadelphia', 'Baltimore', 'Pittsburgh', 'Minneapolis', 'St. Louis', 'Kansas City',
  'New Orleans', 'Charleston', 'Norfolk', 'Honolulu', 'Anchorage', 'Las Vegas', 'Salt Lake City',
  'Indianapolis', 'Nashville', 'Memphis', 'Toronto', 'Vancouver', 'Montreal', 'Ottawa', 'Calgary', 'Edmonton',
  'Winnipeg', 'Quebec City', 'Halifax', 'Mexico City', 'Guadalajara', 'Monterrey', 'Tijuana', 'Manzanillo',
  'Veracruz', 'Panama City', 'Havana', 'Santo Domingo', 'Guatemala City', 'San Salvador', 'Tegucigalpa',
  'Managua', 'Caracas', 'Bogota', 'Bogotá', 'Medellín', 'Medellin', 'Cartagena', 'Barranquilla', 'Quito',
  'Guayaquil', 'Lima', 'Callao', 'La Paz', 'Santiago', 'Valparaíso', 'Valparaiso', 'San Antonio',
  'Antofagasta', 'Iquique', 'Buenos Aires', 'Montevideo', 'Asunción', 'Asuncion', 'Sao Paulo', 'São Paulo',
  'Rio de Janeiro', 'Brasilia', 'Brasília', 'Belo Horizonte', 'Curitiba', 'Porto Alegre', 'Recife',
  'Fortaleza', 'Manaus', 'Paranaguá', 'Paranagua',
]

/**
 * Other spellings of the cities above → the name they are listed under: one city, one entity ("arrive in
 * Ulan Bator" and "Ulaanbaatar's station" are the same capital).
 */
// biome-ignore format: packed data
export const worldCitySpellings: ReadonlyMap<string, string> = new Map([
  ['Ulan Bator', 'Ulaanbaatar'], ['Ulaan Baatar', 'Ulaanbaatar'], ['Ulan-Bator', 'Ulaanbaatar'],
  ['Pilsen', 'Plzeň'],
  // South Asia's renamed cities, by their older English names
  ['Chittagong', 'Chattogram'], ['Barisal', 'Barishal'], ['Comilla', 'Cumilla'], ['Jessore', 'Jashore'],
  ['Bogra', 'Bogura'], ['Bangalore', 'Bengaluru'], ['Mysore', 'Mysuru'], ['Gurgaon', 'Gurugram'],
  ['Allahabad', 'Prayagraj'], ['Trivandrum', 'Thiruvananthapuram'], ['Calicut', 'Kozhikode'],
  ['Cochin', 'Kochi'], ['Vizag', 'Visakhapatnam'], ['Hubli', 'Hubballi'], ['Belgaum', 'Belagavi'],
  ['Mangalore', 'Mangaluru'], ['Tuticorin', 'Thoothukudi'], ['Pondicherry', 'Puducherry'],
])
