/**
 * Major cities outside China that Chinese municipal news mentions: national capitals, and the large
 * cities of the countries that trade with north-east China most (Japan, Korea, Russia, Central Asia,
 * South-East Asia, Europe, the Americas).
 *
 * Source: the world's national capitals and each listed country's largest cities, in their usual
 * English spellings.
 */

/** Major cities outside China, in their usual English spelling. */
// biome-ignore format: packed data
export const worldCities: readonly string[] = [
  // Japan
  'Tokyo', 'Osaka', 'Yokohama', 'Nagoya', 'Sapporo', 'Fukuoka', 'Kobe', 'Kyoto', 'Kawasaki', 'Saitama',
  'Hiroshima', 'Sendai', 'Kitakyushu', 'Chiba', 'Niigata', 'Hamamatsu', 'Kumamoto', 'Okayama', 'Shizuoka',
  'Kagoshima', 'Nagasaki', 'Maizuru', 'Toyama', 'Kanazawa', 'Hakodate', 'Otaru', 'Naha', 'Shimonoseki',
  // Korea
  'Seoul', 'Busan', 'Incheon', 'Daegu', 'Daejeon', 'Gwangju', 'Ulsan', 'Suwon', 'Changwon', 'Goyang',
  'Pyongyang', 'Sejong', 'Pohang', 'Jeju', 'Gunsan', 'Mokpo', 'Yeosu',
  // Russia and Central Asia
  'Moscow', 'Saint Petersburg', 'St. Petersburg', 'Vladivostok', 'Khabarovsk', 'Novosibirsk',
  'Yekaterinburg', 'Kazan', 'Irkutsk', 'Nakhodka', 'Blagoveshchensk', 'Almaty', 'Astana', 'Tashkent',
  'Bishkek', 'Dushanbe', 'Ashgabat', 'Ulaanbaatar', 'Ulan Bator',
  // South and South-East Asia, Oceania
  'Singapore', 'Bangkok', 'Hanoi', 'Ho Chi Minh City', 'Kuala Lumpur', 'Jakarta', 'Manila', 'Yangon',
  'Phnom Penh', 'Vientiane', 'New Delhi', 'Mumbai', 'Bangalore', 'Karachi', 'Islamabad', 'Dhaka',
  'Colombo', 'Kathmandu', 'Sydney', 'Melbourne', 'Canberra', 'Brisbane', 'Perth', 'Auckland', 'Wellington',
  // Middle East and Africa
  'Dubai', 'Abu Dhabi', 'Doha', 'Riyadh', 'Tehran', 'Istanbul', 'Ankara', 'Tel Aviv', 'Cairo', 'Nairobi',
  'Addis Ababa', 'Lagos', 'Johannesburg', 'Cape Town', 'Pretoria', 'Casablanca',
  // Europe
  'London', 'Paris', 'Berlin', 'Hamburg', 'Munich', 'Frankfurt', 'Cologne', 'Stuttgart', 'Duisburg',
  'Rome', 'Milan', 'Madrid', 'Barcelona', 'Lisbon', 'Amsterdam', 'Rotterdam', 'Brussels', 'Antwerp',
  'Vienna', 'Zurich', 'Geneva', 'Prague', 'Warsaw', 'Budapest', 'Athens', 'Piraeus', 'Stockholm', 'Oslo',
  'Copenhagen', 'Helsinki', 'Dublin', 'Edinburgh', 'Manchester', 'Birmingham', 'Minsk', 'Kyiv', 'Kiev',
  'Belgrade', 'Bucharest', 'Sofia', 'Riga', 'Vilnius', 'Tallinn', 'Lyon', 'Marseille', 'Le Havre',
  // Americas
  'New York', 'Washington', 'Los Angeles', 'San Francisco', 'Chicago', 'Seattle', 'Boston', 'Houston',
  'Detroit', 'Toronto', 'Vancouver', 'Montreal', 'Ottawa', 'Mexico City', 'Sao Paulo', 'São Paulo',
  'Rio de Janeiro', 'Buenos Aires', 'Santiago', 'Lima', 'Bogota', 'Brasilia',
]
