/**
 * Japanese given names, kept apart from the rule that reads them (`entities/japanese-names.ts`) so that a
 * data file imports nothing from the rules and each rule module can load on its own.
 */

/**
 * Common Japanese given names in Hepburn romanisation without macrons, lower case: men's and women's
 * names as they are given in the last seventy years. Left out: names of two or three letters ("Ken",
 * "Jun", "Rin", "Mai"), which are also pinyin syllables or English words, and names that are also
 * Western given names ("Erika", "Mika", "Naomi") or frequent surnames.
 */
// biome-ignore format: packed data
export const japaneseGivenNameList: readonly string[] = [
  // Men's names.
  'akihiro', 'akio', 'akira', 'atsushi', 'daichi', 'daiki', 'daisuke', 'eiji', 'fumio', 'goro', 'hajime',
  'haruki', 'haruto', 'hayato', 'hideaki', 'hideki', 'hideo', 'hidetoshi', 'hiroaki', 'hiroki', 'hiroshi',
  'hiroto', 'hiroyuki', 'hitoshi', 'ichiro', 'isamu', 'jiro', 'junichi', 'junichiro', 'kaito', 'katsuya',
  'kazuhiro', 'kazuki', 'kazunori', 'kazuo', 'kazuya', 'keiichi', 'keisuke', 'keita', 'kenichi', 'kenji',
  'kenta', 'kento', 'kiyoshi', 'koichi', 'koji', 'kosuke', 'kunio', 'makoto', 'mamoru', 'manabu', 'masahiro',
  'masaki', 'masao', 'masato', 'masayuki', 'michio', 'minoru', 'mitsuo', 'naoki', 'nobuo', 'noboru',
  'norio', 'noriyuki', 'osamu', 'ryosuke', 'ryota', 'saburo', 'satoshi', 'seiji', 'shigeru', 'shinichi',
  'shinji', 'shinya', 'shohei', 'shota', 'shuichi', 'shunsuke', 'susumu', 'tadao', 'tadashi', 'takahiro',
  'takao', 'takashi', 'takeshi', 'takumi', 'takuya', 'tamotsu', 'taro', 'tatsuya', 'teruo', 'tetsuya',
  'tomohiro', 'tomoki', 'tomoya', 'toru', 'toshiaki', 'toshio', 'toshiyuki', 'tsutomu', 'tsuyoshi',
  'wataru', 'yasuo', 'yasushi', 'yoichi', 'yoshiaki', 'yoshihiro', 'yoshio', 'yoshiro', 'yuji', 'yukio',
  'yusuke', 'yutaka', 'yuto',
  // Women's names.
  'akiko', 'asuka', 'atsuko', 'ayaka', 'ayumi', 'chiharu', 'chieko', 'emiko', 'etsuko', 'fumiko', 'hanako',
  'haruka', 'hiroko', 'hitomi', 'junko', 'kaori', 'kazuko', 'keiko', 'kimiko', 'kumiko', 'kyoko', 'madoka',
  'mariko', 'masako', 'mayumi', 'megumi', 'michiko', 'midori', 'mieko', 'minako', 'misaki', 'miyu',
  'mizuki', 'momoko', 'nanami', 'naoko', 'natsuki', 'nobuko', 'noriko', 'nozomi', 'reiko', 'sachiko',
  'sakura', 'satsuki', 'sayaka', 'setsuko', 'shiori', 'shizuka', 'sumiko', 'takako', 'tomoko', 'tomomi',
  'toshiko', 'yoko', 'yoshiko', 'yuka', 'yukiko', 'yuko', 'yumiko', 'yuna',
]
