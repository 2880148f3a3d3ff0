/**
 * Mandarin pinyin syllables without tones, and a splitter for romanised given names.
 *
 * Source: the standard Hanyu Pinyin syllable table (GB/T 16159, the table printed in the Xiandai Hanyu
 * Cidian), initials × finals, without the interjections "m", "n", "ng", "hm", "hng" and "ê", which would
 * let almost any English word through. "ü" is also listed in its keyboard spellings "v" ("lv", "nve") and
 * its passport spelling "u" ("lue", "nue"); "lu"/"nu" are ordinary syllables anyway.
 */

// biome-ignore format: packed data, several syllables per line
const syllableList = [
  // zero initial
  'a', 'ai', 'an', 'ang', 'ao', 'e', 'ei', 'en', 'eng', 'er', 'o', 'ou',
  // b p m f
  'ba', 'bai', 'ban', 'bang', 'bao', 'bei', 'ben', 'beng', 'bi', 'bian', 'biao', 'bie', 'bin', 'bing', 'bo',
  'bu', 'pa', 'pai', 'pan', 'pang', 'pao', 'pei', 'pen', 'peng', 'pi', 'pian', 'piao', 'pie', 'pin', 'ping',
  'po', 'pou', 'pu', 'ma', 'mai', 'man', 'mang', 'mao', 'me', 'mei', 'men', 'meng', 'mi', 'mian', 'miao',
  'mie', 'min', 'ming', 'miu', 'mo', 'mou', 'mu', 'fa', 'fan', 'fang', 'fei', 'fen', 'feng', 'fo', 'fou',
  'fu',
  // d t n l
  'da', 'dai', 'dan', 'dang', 'dao', 'de', 'dei', 'den', 'deng', 'di', 'dia', 'dian', 'diao', 'die', 'ding',
  'diu', 'dong', 'dou', 'du', 'duan', 'dui', 'dun', 'duo', 'ta', 'tai', 'tan', 'tang', 'tao', 'te', 'tei',
  'teng', 'ti', 'tian', 'tiao', 'tie', 'ting', 'tong', 'tou', 'tu', 'tuan', 'tui', 'tun', 'tuo', 'na', 'nai',
  'nan', 'nang', 'nao', 'ne', 'nei', 'nen', 'neng', 'ni', 'nian', 'niang', 'niao', 'nie', 'nin', 'ning',
  'niu', 'nong', 'nou', 'nu', 'nuan', 'nun', 'nuo', 'nü', 'nüe', 'nv', 'nve', 'nue', 'la', 'lai', 'lan',
  'lang', 'lao', 'le', 'lei', 'leng', 'li', 'lia', 'lian', 'liang', 'liao', 'lie', 'lin', 'ling', 'liu', 'lo',
  'long', 'lou', 'lu', 'luan', 'lun', 'luo', 'lü', 'lüe', 'lv', 'lve', 'lue',
  // g k h
  'ga', 'gai', 'gan', 'gang', 'gao', 'ge', 'gei', 'gen', 'geng', 'gong', 'gou', 'gu', 'gua', 'guai', 'guan',
  'guang', 'gui', 'gun', 'guo', 'ka', 'kai', 'kan', 'kang', 'kao', 'ke', 'kei', 'ken', 'keng', 'kong', 'kou',
  'ku', 'kua', 'kuai', 'kuan', 'kuang', 'kui', 'kun', 'kuo', 'ha', 'hai', 'han', 'hang', 'hao', 'he', 'hei',
  'hen', 'heng', 'hong', 'hou', 'hu', 'hua', 'huai', 'huan', 'huang', 'hui', 'hun', 'huo',
  // j q x
  'ji', 'jia', 'jian', 'jiang', 'jiao', 'jie', 'jin', 'jing', 'jiong', 'jiu', 'ju', 'juan', 'jue', 'jun',
  'qi', 'qia', 'qian', 'qiang', 'qiao', 'qie', 'qin', 'qing', 'qiong', 'qiu', 'qu', 'quan', 'que', 'qun',
  'xi', 'xia', 'xian', 'xiang', 'xiao', 'xie', 'xin', 'xing', 'xiong', 'xiu', 'xu', 'xuan', 'xue', 'xun',
  // zh ch sh r
  'zha', 'zhai', 'zhan', 'zhang', 'zhao', 'zhe', 'zhei', 'zhen', 'zheng', 'zhi', 'zhong', 'zhou', 'zhu',
  'zhua', 'zhuai', 'zhuan', 'zhuang', 'zhui', 'zhun', 'zhuo', 'cha', 'chai', 'chan', 'chang', 'chao', 'che',
  'chen', 'cheng', 'chi', 'chong', 'chou', 'chu', 'chua', 'chuai', 'chuan', 'chuang', 'chui', 'chun', 'chuo',
  'sha', 'shai', 'shan', 'shang', 'shao', 'she', 'shei', 'shen', 'sheng', 'shi', 'shou', 'shu', 'shua',
  'shuai', 'shuan', 'shuang', 'shui', 'shun', 'shuo', 'ran', 'rang', 'rao', 're', 'ren', 'reng', 'ri', 'rong',
  'rou', 'ru', 'rua', 'ruan', 'rui', 'run', 'ruo',
  // z c s
  'za', 'zai', 'zan', 'zang', 'zao', 'ze', 'zei', 'zen', 'zeng', 'zi', 'zong', 'zou', 'zu', 'zuan', 'zui',
  'zun', 'zuo', 'ca', 'cai', 'can', 'cang', 'cao', 'ce', 'cen', 'ceng', 'ci', 'cong', 'cou', 'cu', 'cuan',
  'cui', 'cun', 'cuo', 'sa', 'sai', 'san', 'sang', 'sao', 'se', 'sen', 'seng', 'si', 'song', 'sou', 'su',
  'suan', 'sui', 'sun', 'suo',
  // y w
  'ya', 'yan', 'yang', 'yao', 'ye', 'yi', 'yin', 'ying', 'yo', 'yong', 'you', 'yu', 'yuan', 'yue', 'yun',
  'wa', 'wai', 'wan', 'wang', 'wei', 'wen', 'weng', 'wo', 'wu',
] as const

/** Every valid toneless pinyin syllable, lower case (ü also spelled "v" and, after l/n, "u"). */
export const pinyinSyllables: ReadonlySet<string> = new Set(syllableList)

/** The longest syllable in letters ("zhuang", "shuang", "chuang"). */
export const longestPinyinSyllable = 6

/** Characters that separate syllables inside one romanised word: apostrophes and hyphens. */
const syllableBreak = /['\u2018\u2019\u02BC-]/

/** Tone marks are dropped; the diaeresis of "ü" is kept. */
const toneMark = /[\u0300-\u0307\u0309-\u036F]/g

/** A candidate split scored so that smaller is better. */
interface Split {
  readonly syllables: readonly string[]
  /** Syllables after the first that start with a vowel; pinyin writes those after an apostrophe. */
  readonly vowelStarts: number
}

/**
 * Splits a romanised word, such as a given name, into pinyin syllables.
 *
 * All splits are considered; the one with the fewest syllables wins, then the one where fewer syllables
 * start with a vowel (pinyin puts an apostrophe there, so "fangan" reads fan-gan, not fang-an).
 * Apostrophes and hyphens are syllable breaks. Tone marks are ignored.
 *
 * @returns the syllables, lower case, or `undefined` when the word is not pinyin.
 */
export function splitPinyin(word: string): string[] | undefined {
  const plain = word.normalize('NFD').replace(toneMark, '').normalize('NFC').toLowerCase()
  const parts = plain.split(syllableBreak)
  const syllables: string[] = []
  for (const part of parts) {
    const split = splitPart(part)
    if (!split) return undefined
    syllables.push(...split.syllables)
  }
  return syllables.length > 0 ? syllables : undefined
}

/** Best split of one apostrophe-free part, by dynamic programming from the end. */
function splitPart(part: string): Split | undefined {
  if (part.length === 0) return undefined
  // best[i] is the best split of part.slice(i), scored as if its first syllable were not word-initial.
  const best: (Split | undefined)[] = new Array(part.length + 1).fill(undefined)
  best[part.length] = { syllables: [], vowelStarts: 0 }
  for (let start = part.length - 1; start >= 0; start--) {
    const end = Math.min(part.length, start + longestPinyinSyllable)
    for (let stop = end; stop > start; stop--) {
      const rest = best[stop]
      const syllable = part.slice(start, stop)
      if (!rest || !pinyinSyllables.has(syllable)) continue
      // Without an apostrophe a vowel cannot open a syllable right after a vowel: "meeting" is not me-e-ting.
      if (/[aeiouüv]$/.test(syllable) && /^[aeo]/.test(part.slice(stop))) continue
      const candidate: Split = {
        syllables: [syllable, ...rest.syllables],
        vowelStarts: rest.vowelStarts + (start > 0 && /^[aeo]/.test(syllable) ? 1 : 0),
      }
      const current = best[start]
      // Longer syllables are tried first, so on a full tie the earlier (longer) syllable is kept.
      if (!current || isBetter(candidate, current)) best[start] = candidate
    }
  }
  return best[0]
}

function isBetter(a: Split, b: Split): boolean {
  if (a.syllables.length !== b.syllables.length) return a.syllables.length < b.syllables.length
  return a.vowelStarts < b.vowelStarts
}

/**
 * A Wade–Giles (Taiwan) or Cantonese (Hong Kong) syllable as passports write it, apostrophes and
 * diacritics dropped, lower case: an optional initial, one to three vowels and an optional final
 * ("chia", "hsiung", "kuo", "erh"). Loose on purpose: it is only used on parts of a hyphenated given name.
 */
export const wadeGilesSyllable = /^(?:ch|hs|ts|tz|ss|sz|sh|[bcdfghjklmnprstwy])?[aeiouü]{1,3}(?:ng|n|h|rh)?$/

/**
 * A Hokkien, Teochew or Cantonese syllable as Malaysia and Singapore spell given names, lower case: like
 * `wadeGilesSyllable`, but it may also start with "ng", or with a consonant and "h" or "w" ("hwee",
 * "swee", "khoon", "kwang", "thye"), and end in a stop, "m" or "w" ("huat", "teck", "kiat", "lam",
 * "yew"). Looser still: it is only used on the one-syllable words of a given name written as two words.
 */
export const southernSyllable =
  /^(?:ch|ng|sh|ts|kh|th|hw|kw|sw|[bcdfghjklmnprstwy])?[aeiou]{1,3}(?:ng|n|m|h|k|t|p|ck|w)?$/

/** Pinyin words English uses for things, not names or places ("paid in Renminbi", "taught in Putonghua"). */
export const pinyinLoanWords: ReadonlySet<string> = new Set([
  'renminbi',
  'putonghua',
  'pinyin',
  'hanyu',
  'taiji',
  'taijiquan',
  'gongfu',
  'fengshui',
  'wushu',
  'qigong',
])

/**
 * English words (and "yuan", the currency) that are also pinyin, lower case: one written in lower case is
 * the word, not a given name a translation left uncapitalised ("zhou hanlin" is a name, "he long" and "fan
 * song" are not). The one-syllable ones and the commonest longer ones; the rules that read lower-case
 * names also need a title, a role or a reporting verb next to the name.
 */
// biome-ignore format: packed data
export const englishPinyinWords: ReadonlySet<string> = new Set([
  'a', 'an', 'ban', 'bang', 'ben', 'bi', 'bin', 'bo', 'bun', 'can', 'che', 'chi', 'chin', 'dan', 'die',
  'ding', 'dong', 'e', 'er', 'fan', 'fen', 'gang', 'ge', 'gen', 'gun', 'ha', 'hang', 'he', 'hen', 'hong',
  'hu', 'hum', 'la', 'lang', 'le', 'li', 'lie', 'lo', 'long', 'lu', 'ma', 'man', 'me', 'men', 'mi', 'mu',
  'ne', 'o', 'pa', 'pan', 'pen', 'pi', 'pin', 'ping', 'pu', 're', 'ran', 'run', 'sang', 'she', 'shun',
  'si', 'song', 'sun', 'tan', 'tang', 'tie', 'wan', 'wo', 'ya', 'yang', 'ye', 'yen', 'yo', 'you', 'yuan',
  'zen', 'china', 'data', 'demo', 'dine', 'dining', 'dune', 'gala', 'gene', 'genie', 'haze', 'huge',
  'human', 'lane', 'line', 'mane', 'manga', 'maze', 'memo', 'mine', 'nine', 'page', 'panda', 'pine', 'rude',
  'saga', 'sage', 'santa', 'sedan', 'shine', 'tuna', 'tune', 'wage', 'yoga',
])

/**
 * English words written after a hyphen in a compound ("Hong Kong-funded", "state-owned", "Dalian-based"):
 * never the second half of a hyphenated given name, though the words before may look like a surname and a
 * given name ("Hong Kong-funded" is no "Chan Ka-ming").
 */
// biome-ignore format: packed data
export const compoundEnglishParts: ReadonlySet<string> = new Set([
  'funded', 'invested', 'based', 'owned', 'made', 'backed', 'listed', 'run', 'led', 'held', 'built',
  'financed', 'operated', 'controlled', 'sponsored', 'registered', 'headquartered', 'born', 'bound',
  'style', 'level', 'class', 'scale', 'wide', 'free', 'related', 'oriented', 'driven', 'friendly', 'in',
  'on', 'up', 'out',
])

/** Whether a lower-case word is a run of pinyin syllables and no English word ("huayu", not "long"). */
export function isPinyinName(lower: string): boolean {
  return !englishPinyinWords.has(lower) && splitPinyin(lower) !== undefined
}
