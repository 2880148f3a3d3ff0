/**
 * Chinese surnames as they are romanised in English-language news.
 *
 * Sources: the Hundred Family Surnames (Baijiaxing, 百家姓), all single and compound entries, romanised in
 * Hanyu Pinyin, plus common modern surnames it lacks (肖 Xiao, 付 Fu, 代 Dai, 隋 Sui, 朴 Piao, 覃 Qin/Tan, …).
 * Many characters share one romanisation (张/章 Zhang, 王/汪 Wang), so the ~500 characters give ~260
 * spellings. The variants are the usual Cantonese (Hong Kong, Macao), Wade–Giles (Taiwan) and Hokkien or
 * Teochew (Singapore, Malaysia) spellings; spellings that are also common English words ("So", "To", "Sin",
 * "Law", "Low", "See") are left out because they would be read as names at every sentence start.
 * Everything is lower case: compare against a lower-cased word.
 */

/** Single-syllable Chinese surnames in pinyin, lower case, sorted ("lü" also as "lv"). */
// biome-ignore format: packed data
export const chineseSurnameList = [
  'ai', 'an', 'ao', 'ba', 'bai', 'ban', 'bao', 'bei', 'ben', 'bi', 'bian', 'bie', 'bing', 'bo', 'bu', 'cai',
  'cang', 'cao', 'cen', 'cha', 'chai', 'chang', 'chao', 'che', 'chen', 'cheng', 'chi', 'chong', 'chou', 'chu',
  'ci', 'cong', 'cui', 'da', 'dai', 'dan', 'dang', 'deng', 'di', 'diao', 'ding', 'dong', 'dou', 'du', 'duan',
  'e', 'fa', 'fan', 'fang', 'fei', 'feng', 'fu', 'gai', 'gan', 'gao', 'ge', 'geng', 'gong', 'gou', 'gu',
  'guan', 'guang', 'gui', 'guo', 'ha', 'hai', 'han', 'hang', 'hao', 'he', 'heng', 'hong', 'hou', 'hu', 'hua',
  'huai', 'huan', 'huang', 'hui', 'huo', 'ji', 'jia', 'jian', 'jiang', 'jiao', 'jie', 'jin', 'jing', 'ju',
  'kan', 'kang', 'ke', 'kong', 'kou', 'ku', 'kuai', 'kuang', 'kui', 'la', 'lai', 'lan', 'lang', 'lao', 'le',
  'lei', 'leng', 'li', 'lian', 'liang', 'liao', 'lin', 'ling', 'liu', 'long', 'lou', 'lu', 'luan', 'lun',
  'luo', 'lv', 'lü', 'ma', 'mai', 'man', 'mao', 'mei', 'men', 'meng', 'mi', 'miao', 'min', 'ming', 'mo',
  'mou', 'mu', 'na', 'nai', 'nan', 'neng', 'ni', 'nian', 'nie', 'ning', 'niu', 'nong', 'ou', 'pan', 'pang',
  'pei', 'peng', 'pi', 'piao', 'ping', 'pu', 'qi', 'qian', 'qiang', 'qiao', 'qie', 'qin', 'qiu', 'qu', 'quan',
  'que', 'ran', 'rao', 'ren', 'rong', 'ru', 'ruan', 'rui', 'sa', 'san', 'sang', 'sha', 'shan', 'shang',
  'shao', 'she', 'shen', 'sheng', 'shi', 'shou', 'shu', 'shuai', 'shuang', 'shui', 'si', 'song', 'su', 'sui',
  'sun', 'suo', 'tai', 'tan', 'tang', 'tao', 'teng', 'tian', 'tie', 'tong', 'tou', 'tu', 'tuo', 'wan', 'wang',
  'wei', 'wen', 'weng', 'wo', 'wu', 'xi', 'xia', 'xian', 'xiang', 'xiao', 'xie', 'xin', 'xing', 'xiong',
  'xiu', 'xu', 'xuan', 'xue', 'xun', 'yan', 'yang', 'yao', 'ye', 'yi', 'yin', 'ying', 'yong', 'you', 'yu',
  'yuan', 'yue', 'yun', 'zai', 'zan', 'zang', 'zeng', 'zha', 'zhai', 'zhan', 'zhang', 'zhao', 'zhe', 'zhen',
  'zheng', 'zhi', 'zhong', 'zhou', 'zhu', 'zhuang', 'zhuo', 'zi', 'zong', 'zou', 'zu', 'zuo',
] as const

/** Lookup set of `chineseSurnameList`. */
export const chineseSurnames: ReadonlySet<string> = new Set(chineseSurnameList)

/** Two-syllable (compound) Chinese surnames in pinyin, lower case, sorted. */
// biome-ignore format: packed data
export const compoundChineseSurnameList = [
  'baili', 'chanyu', 'chunyu', 'diwu', 'dongfang', 'dongguo', 'dongmen', 'duangan', 'duanmu', 'gongliang',
  'gongsun', 'gongxi', 'gongyang', 'gongye', 'guihai', 'guliang', 'helian', 'huangfu', 'huyan', 'jiagu',
  'liangqiu', 'linghu', 'lvqiu', 'lüqiu', 'moqi', 'murong', 'nangong', 'nanmen', 'ouyang', 'puyang', 'qidiao',
  'qiguan', 'rangsi', 'shangguan', 'shentu', 'sikong', 'sikou', 'sima', 'situ', 'taishu', 'tantai', 'tuoba',
  'weisheng', 'wenren', 'wuma', 'xiahou', 'xianyu', 'ximen', 'xuanyuan', 'yangshe', 'yuchi', 'yuezheng',
  'yuwen', 'zaifu', 'zhangdu', 'zhangsun', 'zhongli', 'zhongsun', 'zhuansun', 'zhuge', 'ziju', 'zongzheng',
  'zuoqiu',
] as const

/** Lookup set of `compoundChineseSurnameList`. */
export const compoundChineseSurnames: ReadonlySet<string> = new Set(compoundChineseSurnameList)

/**
 * Non-pinyin spellings of Chinese surnames (Cantonese, Wade–Giles, Hokkien, Teochew, passport "Lyu"),
 * lower case, sorted; spellings already in `chineseSurnames` ("Tang", "Chen") are not repeated.
 */
// biome-ignore format: packed data
export const chineseSurnameVariantList = [
  'ang', 'au', 'auyeung', 'chan', 'chau', 'cheah', 'cheuk', 'cheung', 'chew', 'chiang', 'chiao', 'chien',
  'chin', 'chiu', 'choi', 'chow', 'chua', 'chuang', 'chui', 'chung', 'fok', 'fong', 'foo', 'fung', 'goh',
  'ho', 'hon', 'hsi', 'hsia', 'hsiang', 'hsiao', 'hsieh', 'hsin', 'hsing', 'hsiung', 'hsu', 'hsueh', 'hung',
  'ip', 'jen', 'juan', 'jung', 'kam', 'kao', 'khoo', 'ko', 'koh', 'kok', 'koo', 'kuan', 'kung', 'kuo', 'kwai',
  'kwan', 'kwek', 'kwok', 'kwong', 'lam', 'lau', 'lee', 'leong', 'leung', 'liem', 'liew', 'lim', 'lo', 'loh',
  'lok', 'loke', 'lui', 'luk', 'lung', 'lyu', 'mak', 'mok', 'mui', 'neo', 'ng', 'ngai', 'ngan', 'oei', 'oey',
  'ong', 'ooi', 'pai', 'phua', 'png', 'poh', 'poon', 'pun', 'quek', 'seah', 'seto', 'shek', 'shih', 'shum',
  'sim', 'sitoh', 'siu', 'soh', 'sze', 'szeto', 'tam', 'tay', 'teo', 'tey', 'tham', 'thong', 'tjoa', 'tng',
  'toh', 'tsai', 'tsang', 'tsao', 'tse', 'tsen', 'tseng', 'tso', 'tsoi', 'tsou', 'tsui', 'tuan', 'wai', 'wee',
  'wong', 'woo', 'yap', 'yau', 'yee', 'yeh', 'yen', 'yeo', 'yeoh', 'yeung', 'yim', 'yip', 'yiu', 'yuen',
  'yung',
] as const

/** Lookup set of `chineseSurnameVariantList`. */
export const chineseSurnameVariants: ReadonlySet<string> = new Set(chineseSurnameVariantList)

/**
 * Surname spellings (pinyin or variant) that are also English words, lower case, sorted: a lower-case one
 * in running text is the word ("90 nautical miles long", "a man made beach"), not a surname written in
 * lower case as translations sometimes do ("zhang Hanwen").
 */
// biome-ignore format: packed data
export const englishWordSurnameList = [
  'an', 'ban', 'ben', 'bi', 'bing', 'bo', 'chai', 'chew', 'chi', 'chin', 'chow', 'da', 'dan', 'di', 'ding',
  'dong', 'e', 'fa', 'fan', 'fang', 'foo', 'ge', 'gong', 'ha', 'hang', 'he', 'ho', 'hon', 'hong', 'hu',
  'hung', 'ip', 'jin', 'ju', 'ko', 'kong', 'la', 'lam', 'lang', 'lao', 'lau', 'le', 'lee', 'lei', 'li', 'lo',
  'long', 'lou', 'lung', 'ma', 'man', 'mao', 'men', 'mi', 'mo', 'mu', 'na', 'nan', 'ni', 'pan', 'pang', 'pi',
  'ping', 'pu', 'pun', 'ran', 'sang', 'she', 'si', 'sim', 'song', 'su', 'sun', 'tam', 'tan', 'tang', 'tao',
  'tie', 'tong', 'tu', 'wan', 'wee', 'wei', 'wo', 'wong', 'woo', 'yang', 'yap', 'ye', 'yee', 'yen', 'yin',
  'yip', 'yong', 'you', 'yu',
] as const

/** Lookup set of `englishWordSurnameList`. */
export const englishWordSurnames: ReadonlySet<string> = new Set(englishWordSurnameList)
