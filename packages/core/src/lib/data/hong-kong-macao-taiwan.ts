/**
 * Places in Hong Kong, Macao and Taiwan that news from Dalian names when it reports trade, investment and
 * exchanges with them: Taiwan's cities and counties, and the districts and areas of Hong Kong and Macao.
 *
 * Source: the special municipalities, provincial cities and counties of Taiwan in their usual (Wade-Giles
 * based) English spelling, as Xinhua and China Daily write them; the 18 District Council districts of Hong
 * Kong and its best-known areas; Macao's islands and reclaimed land. Left out: names that are also common
 * English words or places elsewhere ("Central", "Eastern", "Southern", "Islands", "Admiralty", "Aberdeen";
 * `hongKongWordDistricts` are read in a list with another district), areas whose first word is a common
 * surname or given name ("Ma On Shan", "Chai Wan", "Cheung Sha Wan", "Kennedy Town"), and "Matsu", also a
 * surname and a goddess's name: a known place is never read as a person's name.
 */

/** Taiwan's special municipalities, cities and counties ("Taichung", "Hsinchu"). */
// biome-ignore format: packed data
export const taiwanCities: readonly string[] = [
  'Taipei', 'New Taipei', 'Taichung', 'Tainan', 'Kaohsiung', 'Taoyuan', 'Hsinchu', 'Keelung', 'Chiayi',
  'Changhua', 'Pingtung', 'Yilan', 'Hualien', 'Taitung', 'Miaoli', 'Nantou', 'Yunlin', 'Penghu', 'Kinmen',
]

/** Districts and areas of Hong Kong and Macao ("Kowloon", "Tsim Sha Tsui", "Taipa"). */
// biome-ignore format: packed data
export const hongKongMacaoDistricts: readonly string[] = [
  // Hong Kong: the regions, the District Council districts, and the areas news names
  'Kowloon', 'New Territories', 'Hong Kong Island', 'Wan Chai', 'Yau Tsim Mong', 'Sham Shui Po',
  'Kowloon City', 'Wong Tai Sin', 'Kwun Tong', 'Kwai Tsing', 'Tsuen Wan', 'Tuen Mun', 'Yuen Long', 'Tai Po',
  'Sha Tin', 'Sai Kung', 'Tsim Sha Tsui', 'Mong Kok', 'Causeway Bay', 'Kowloon Tong', 'Lantau',
  'Tung Chung', 'Chek Lap Kok', 'Kwai Chung', 'Tseung Kwan O', 'Sheung Wan', 'North Point', 'Sai Ying Pun',
  'Shau Kei Wan', 'Mid-Levels', 'Sheung Shui', 'Fanling', 'Tsing Yi',
  // Macao
  'Macao Peninsula', 'Taipa', 'Coloane', 'Cotai',
]

/**
 * Hong Kong districts named like an English word ("Central", "Admiralty"), read as places only in a list
 * with another Hong Kong district ("offices in Tsim Sha Tsui and Central").
 */
export const hongKongWordDistricts: ReadonlySet<string> = new Set(['Central', 'Admiralty'])
