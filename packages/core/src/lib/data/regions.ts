/**
 * Named regions larger or other than one administrative division: continents, world regions, seas, and the
 * regions and development areas of China that official English uses as place names.
 *
 * Sources: the UN geoscheme and common English usage for world regions; the State Council's regional
 * development strategies (Northeast revitalisation, Beijing-Tianjin-Hebei, Yangtze River Delta,
 * Guangdong-Hong Kong-Macao Greater Bay Area, …) as rendered by Xinhua and China Daily. Names are written
 * without a leading "the" ("Middle East", not "the Middle East"); match after an optional "the".
 */

/** Continents and continent-scale names. */
// biome-ignore format: packed data
export const continents: readonly string[] = [
  'Africa', 'Antarctica', 'Asia', 'Australia', 'Europe', 'North America', 'South America', 'Oceania',
  'Americas', 'Eurasia', 'Latin America',
]

/** World regions, oceans and seas, with their spelling variants ("Northeast Asia", "North-East Asia"). */
// biome-ignore format: packed data
export const worldRegions: readonly string[] = [
  'East Asia', 'Northeast Asia', 'North-East Asia', 'Northeastern Asia', 'Southeast Asia', 'South-East Asia',
  'Southeastern Asia', 'South Asia', 'Central Asia', 'West Asia', 'Western Asia', 'North Asia',
  'Asia-Pacific', 'Asia Pacific', 'Indo-Pacific', 'Middle East', 'Near East', 'Far East', 'Persian Gulf',
  'Korean Peninsula', 'Indochina', 'Russian Far East', 'Far Eastern Federal District', 'Siberia', 'Western Europe', 'Eastern Europe', 'Central Europe', 'Northern Europe',
  'Southern Europe', 'Central and Eastern Europe', 'Scandinavia', 'Balkans', 'Caucasus', 'Mediterranean',
  'North Africa', 'West Africa', 'East Africa', 'Central Africa', 'Southern Africa', 'Sub-Saharan Africa',
  'Central America', 'Caribbean', 'Pacific Islands', 'South Pacific', 'Arctic', 'Pacific', 'Pacific Ocean',
  'Atlantic', 'Atlantic Ocean', 'Indian Ocean', 'Arctic Ocean', 'Sea of Japan', 'Sea of Okhotsk',
  'Baltic Sea', 'Black Sea', 'Caspian Sea', 'Red Sea', 'Mediterranean Sea', 'North Sea',
]

/** Regions of China, its seas and rivers, and its regional development areas. */
// biome-ignore format: packed data
export const chineseRegions: readonly string[] = [
  // compass regions
  'Northeast China', 'North China', 'East China', 'South China', 'Central China', 'Northwest China',
  'Southwest China', 'Northern China', 'Southern China', 'Eastern China', 'Western China',
  'Central and Western China', 'Northeastern China', 'Northwestern China', 'Southwestern China',
  'Southeastern China', 'Chinese mainland', 'mainland China', 'Northeast', 'Three Northeastern Provinces',
  // a company's sales region ("vice president for Greater China"): the mainland, Hong Kong, Macao, Taiwan
  'Greater China',
  // regional strategies and economic zones
  'Bohai Rim', 'Bohai Economic Rim', 'Bohai Economic Circle', 'Bohai Rim Economic Circle',
  'Circum-Bohai Sea Region', 'Beijing-Tianjin-Hebei', 'Beijing-Tianjin-Hebei Region', 'Jing-Jin-Ji',
  'Yangtze River Delta', 'Yangtze River Economic Belt', 'Pearl River Delta', 'Greater Bay Area',
  'Guangdong-Hong Kong-Macao Greater Bay Area', 'Guangdong-Hong Kong-Macau Greater Bay Area',
  'Chengdu-Chongqing Economic Circle', 'Yellow River Basin', 'Liaoning Coastal Economic Belt',
  'Western Taiwan Straits Economic Zone', 'Beibu Gulf Economic Zone', 'Central Plains Economic Zone',
  'Shenyang Economic Zone', 'Harbin-Changchun City Cluster',
  // peninsulas, seas, straits, rivers
  'Liaodong Peninsula', 'Shandong Peninsula', 'Jiaodong Peninsula', 'Leizhou Peninsula', 'Bohai Sea',
  'Bohai Bay', 'Bohai Strait', 'Liaodong Bay', 'Yellow Sea', 'East China Sea', 'South China Sea',
  'Taiwan Strait', 'Qiongzhou Strait', 'Yangtze River', 'Yellow River', 'Pearl River', 'Liao River',
  'Liaohe River', 'Songhua River', 'Heilongjiang River', 'Amur River', 'Yalu River', 'Tumen River',
  'Huai River', 'Grand Canal', 'Qinghai-Tibet Plateau', 'Tibetan Plateau', 'Loess Plateau', 'Northeast Plain',
  'North China Plain', 'Changbai Mountains', 'Changbai Mountain', 'Greater Khingan Mountains',
]
