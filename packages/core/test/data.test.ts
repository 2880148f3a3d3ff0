import { describe, expect, it } from 'vitest'
import {
  chinesePlaceSpellings,
  countyLevelCitiesByProvince,
  dalianDivisions,
  nationalNewAreas,
  prefectureDivisions,
  prefectureLevelCities,
  prefectureLevelCitiesByProvince,
  provincialDivisions,
} from '../src/lib/data/chinese-places.js'
import {
  chineseSurnameList,
  chineseSurnames,
  chineseSurnameVariantList,
  compoundChineseSurnameList,
  englishWordSurnameList,
} from '../src/lib/data/chinese-surnames.js'
import { countries, dependentTerritories } from '../src/lib/data/countries.js'
import { months, partsOfDay, relativeDates, weekdayAbbreviations, weekdays } from '../src/lib/data/dates.js'
import { demonymNouns, demonyms } from '../src/lib/data/demonyms.js'
import * as data from '../src/lib/data/index.js'
import { currencyCodes, currencySymbols, currencyWords } from '../src/lib/data/money.js'
import { cardinalNumbers, numberMultipliers, ordinalNumbers } from '../src/lib/data/numbers.js'
import {
  legalFormSuffixes,
  localGovernmentBodies,
  nationalBodies,
  organisationConnectors,
  organisationHeadWords,
} from '../src/lib/data/organisations.js'
import {
  japaneseSurnameList,
  koreanSurnameList,
  westernGivenNameList,
} from '../src/lib/data/other-surnames.js'
import {
  longestPinyinSyllable,
  pinyinLoanWords,
  pinyinSyllables,
  splitPinyin,
  wadeGilesSyllable,
} from '../src/lib/data/pinyin.js'
import { placePrefixes, placeSuffixes, placeSuffixSense } from '../src/lib/data/place-suffixes.js'
import { knownPlaces } from '../src/lib/data/places.js'
import { chineseRegions, continents, worldRegions } from '../src/lib/data/regions.js'
import { canonicalTitle, honorifics, titleModifiers, titleSet, titles } from '../src/lib/data/titles.js'

/** The items of `list` that occur more than once. */
function duplicates(list: readonly string[]): string[] {
  return list.filter((item, index) => list.indexOf(item) !== index)
}

const lowerCaseWord = /^[a-zü]+$/

describe('pinyin', () => {
  it('should list the ~400 toneless syllables, lower case and at most six letters', () => {
    expect(pinyinSyllables.size).toBeGreaterThanOrEqual(400)
    expect(pinyinSyllables.size).toBeLessThan(430)
    for (const syllable of pinyinSyllables) {
      expect(syllable).toMatch(lowerCaseWord)
      expect(syllable.length).toBeLessThanOrEqual(longestPinyinSyllable)
    }
  })

  it('should include ü in its "v" and "u" spellings', () => {
    for (const syllable of ['lü', 'lv', 'lüe', 'lve', 'lue', 'nü', 'nv', 'nüe', 'nve', 'nue', 'lu', 'nu']) {
      expect(pinyinSyllables.has(syllable), syllable).toBe(true)
    }
  })

  it.each([
    ['jianhua', ['jian', 'hua']],
    ['xiaoming', ['xiao', 'ming']],
    ['haoran', ['hao', 'ran']],
    ['zhiqiang', ['zhi', 'qiang']],
    ['guoqing', ['guo', 'qing']],
    ['yuanyuan', ['yuan', 'yuan']],
    ['shuang', ['shuang']],
    ['ruoxi', ['ruo', 'xi']],
    ['mingze', ['ming', 'ze']],
    ['chunlei', ['chun', 'lei']],
    ['nüying', ['nü', 'ying']],
    ['lvyang', ['lv', 'yang']],
    ["xi'an", ['xi', 'an']],
    ['xi\u2019an', ['xi', 'an']],
    ['xiao-long', ['xiao', 'long']],
    ['Wénhuá', ['wen', 'hua']],
  ])('should split "%s" into pinyin syllables', (word, syllables) => {
    expect(splitPinyin(word)).toEqual(syllables)
  })

  it('should prefer the split with the fewest syllables', () => {
    expect(splitPinyin('xian')).toEqual(['xian'])
    expect(splitPinyin('jiang')).toEqual(['jiang'])
    expect(splitPinyin('tianan')).toEqual(['tian', 'an'])
  })

  it('should not start a later syllable with a vowel when another split of the same length exists', () => {
    expect(splitPinyin('fangan')).toEqual(['fan', 'gan'])
    expect(splitPinyin('xinge')).toEqual(['xin', 'ge'])
    expect(splitPinyin('changan')).toEqual(['chan', 'gan'])
    expect(splitPinyin("chang'an")).toEqual(['chang', 'an'])
  })

  it.each([
    'forum',
    'county',
    'strengthen',
    'district',
    'province',
    'enterprise',
    'meeting',
    'cooperation',
    'investment',
    'symposium',
    'suzuki',
    'yamamoto',
    'michael',
    '',
    "xi''an",
    'xian-',
    '2019',
  ])('should reject "%s" as not pinyin', (word) => {
    expect(splitPinyin(word)).toBeUndefined()
  })
})

describe('Wade–Giles syllables and pinyin loan words', () => {
  it.each(['chia', 'hao', 'ching', 'kuo', 'hsiung', 'teng', 'hui', 'erh', 'tzu'])(
    'should read %s as a Wade–Giles syllable',
    (syllable) => {
      expect(wadeGilesSyllable.test(syllable)).toBe(true)
    },
  )

  it.each(['based', 'up', 'term', 'road', 'chief'])('should not read %s as a Wade–Giles syllable', (word) => {
    expect(wadeGilesSyllable.test(word)).toBe(false)
  })

  it('should list loan words that are pinyin, in lower case', () => {
    for (const word of pinyinLoanWords) {
      expect(word).toMatch(lowerCaseWord)
      expect(splitPinyin(word), word).toBeDefined()
    }
  })
})

describe('Chinese surnames', () => {
  it('should have no duplicates, all lower case', () => {
    for (const list of [chineseSurnameList, compoundChineseSurnameList, chineseSurnameVariantList]) {
      expect(duplicates(list)).toEqual([])
      for (const name of list) expect(name).toMatch(lowerCaseWord)
    }
  })

  it('should spell every single surname as one pinyin syllable', () => {
    expect(chineseSurnameList.length).toBeGreaterThanOrEqual(250)
    for (const name of chineseSurnameList) expect(pinyinSyllables.has(name), name).toBe(true)
  })

  it('should split every compound surname into two pinyin syllables', () => {
    expect(compoundChineseSurnameList.length).toBeGreaterThanOrEqual(60)
    for (const name of compoundChineseSurnameList) expect(splitPinyin(name), name).toHaveLength(2)
  })

  it('should hold the most frequent surnames and the well-known compound ones', () => {
    for (const name of [
      'wang',
      'li',
      'zhang',
      'liu',
      'chen',
      'yang',
      'huang',
      'zhao',
      'wu',
      'zhou',
      'xu',
      'sun',
    ]) {
      expect(chineseSurnames.has(name), name).toBe(true)
    }
    for (const name of [
      'ouyang',
      'sima',
      'zhuge',
      'shangguan',
      'situ',
      'dongfang',
      'huangfu',
      'murong',
      'xiahou',
    ]) {
      expect(data.compoundChineseSurnames.has(name), name).toBe(true)
    }
  })

  it('should keep the other spellings apart from the pinyin surnames', () => {
    for (const name of ['chan', 'wong', 'cheung', 'leung', 'lau', 'ng', 'hsu', 'tsai', 'lim', 'goh']) {
      expect(data.chineseSurnameVariants.has(name), name).toBe(true)
    }
    for (const name of chineseSurnameVariantList) expect(chineseSurnames.has(name), name).toBe(false)
  })

  it('should list as English words only surname spellings, sorted, without duplicates', () => {
    expect(duplicates(englishWordSurnameList)).toEqual([])
    expect([...englishWordSurnameList]).toEqual([...englishWordSurnameList].sort())
    for (const name of englishWordSurnameList) {
      expect(chineseSurnames.has(name) || data.chineseSurnameVariants.has(name), name).toBe(true)
    }
    for (const name of ['long', 'man', 'he', 'you', 'fan'])
      expect(data.englishWordSurnames.has(name)).toBe(true)
    for (const name of ['zhang', 'wang', 'liu', 'zhao', 'xu'])
      expect(data.englishWordSurnames.has(name)).toBe(false)
  })
})

describe('other names', () => {
  it('should have no duplicates, all lower case', () => {
    for (const list of [japaneseSurnameList, koreanSurnameList, westernGivenNameList]) {
      expect(duplicates(list)).toEqual([])
      for (const name of list) expect(name).toMatch(/^[a-zäöüéèçï-]+$/)
    }
  })

  it('should hold enough names of each kind', () => {
    expect(japaneseSurnameList.length).toBeGreaterThanOrEqual(150)
    expect(koreanSurnameList.length).toBeGreaterThanOrEqual(60)
    expect(westernGivenNameList.length).toBeGreaterThanOrEqual(400)
    for (const name of ['sato', 'suzuki', 'takahashi', 'tanaka', 'watanabe', 'ito']) {
      expect(data.japaneseSurnames.has(name), name).toBe(true)
    }
    for (const name of ['kim', 'lee', 'park', 'choi', 'jung', 'kang', 'yoon', 'hwang']) {
      expect(data.koreanSurnames.has(name), name).toBe(true)
    }
  })

  it('should not list a given name that is a month, a title or a place', () => {
    const lowerMonths = new Set([...months.keys()].map((month) => month.toLowerCase()))
    const lowerPlaces = new Set([...knownPlaces.keys()].map((place) => place.toLowerCase()))
    for (const name of westernGivenNameList) {
      expect(lowerMonths.has(name), name).toBe(false)
      expect(titleSet.has(name), name).toBe(false)
      expect(lowerPlaces.has(name), name).toBe(false)
    }
  })
})

describe('Chinese places', () => {
  const provinceNames = new Set(provincialDivisions.map((division) => division.name))

  it('should list the 34 provincial-level divisions by kind', () => {
    const count = (kind: string) => provincialDivisions.filter((division) => division.kind === kind).length
    expect(provincialDivisions).toHaveLength(34)
    expect(count('province')).toBe(23)
    expect(count('autonomous region')).toBe(5)
    expect(count('municipality')).toBe(4)
    expect(count('special administrative region')).toBe(2)
    expect(
      duplicates(provincialDivisions.flatMap((division) => [division.name, ...division.aliases])),
    ).toEqual([])
  })

  it('should list the 293 prefecture-level cities, five names shared by two provinces', () => {
    const all = Object.values(prefectureLevelCitiesByProvince).flat()
    expect(all).toHaveLength(293)
    expect(duplicates(all).sort()).toEqual(['Fuzhou', 'Suzhou', 'Taizhou', 'Yichun', 'Yulin'])
    expect(prefectureLevelCities.size).toBe(288)
    for (const city of ['Dalian', 'Shenyang', 'Jinzhou', "Xi'an", 'Urumqi', 'Lhasa', 'Sansha']) {
      expect(prefectureLevelCities.has(city), city).toBe(true)
    }
    for (const province of [
      ...Object.keys(prefectureLevelCitiesByProvince),
      ...Object.keys(countyLevelCitiesByProvince),
      ...prefectureDivisions.map((division) => division.province),
      ...nationalNewAreas.values(),
    ]) {
      expect(provinceNames.has(province), province).toBe(true)
    }
  })

  it('should list the 40 other prefecture-level divisions by kind', () => {
    const count = (kind: string) => prefectureDivisions.filter((division) => division.kind === kind).length
    expect(prefectureDivisions).toHaveLength(40)
    expect(count('prefecture')).toBe(7)
    expect(count('autonomous prefecture')).toBe(30)
    expect(count('league')).toBe(3)
  })

  it('should list no county-level city twice in one province', () => {
    for (const [province, cities] of Object.entries(countyLevelCitiesByProvince)) {
      expect(duplicates(cities), province).toEqual([])
    }
  })

  it('should list every national-level new area as "New Area" and "New District"', () => {
    expect(nationalNewAreas.get('Pudong New Area')).toBe('Shanghai')
    expect(nationalNewAreas.get("Xiong'an New District")).toBe('Hebei')
    expect(nationalNewAreas.size).toBe(40)
  })

  it('should map every other spelling to a known place', () => {
    for (const [spelling, name] of chinesePlaceSpellings) {
      expect(knownPlaces.has(name), `${spelling} → ${name}`).toBe(true)
      expect(knownPlaces.get(spelling)?.name, spelling).toBe(knownPlaces.get(name)?.name)
    }
  })
})

describe('countries', () => {
  it('should list the 196 states once each, with unique codes and names', () => {
    expect(countries).toHaveLength(196)
    expect(duplicates(countries.map((country) => country.code))).toEqual([])
    for (const country of countries) expect(country.code).toMatch(/^[A-Z]{2}$/)
    const names = countries.flatMap((country) => [country.name, ...country.aliases])
    expect(duplicates(names)).toEqual([])
    expect(duplicates([...names, ...dependentTerritories])).toEqual([])
  })

  it('should leave Hong Kong, Macao and Taiwan to the provincial-level divisions', () => {
    for (const name of ['Hong Kong', 'Macao', 'Taiwan']) {
      expect(knownPlaces.get(name)?.kind, name).toBe('provincial-level division')
    }
  })
})

describe('known places', () => {
  it.each([
    ['South Korea', 'South Korea'],
    ['Korea', 'South Korea'],
    ['the ROK', 'South Korea'],
    ['the United States', 'United States'],
    ['the US', 'United States'],
    ['US', 'United States'],
    ['the UK', 'United Kingdom'],
    ['Russia', 'Russia'],
    ['Japan', 'Japan'],
    ['Inner Mongolia Autonomous Region', 'Inner Mongolia'],
    ['Guangxi Zhuang Autonomous Region', 'Guangxi'],
    ['Hong Kong SAR', 'Hong Kong'],
    ['Liaoning Province', 'Liaoning'],
    ['Xian', "Xi'an"],
    ['Yanbian Korean Autonomous Prefecture', 'Yanbian'],
    ['Northeast Asia', 'Northeast Asia'],
    ['North-East Asia', 'North-East Asia'],
    ['Northeast China', 'Northeast China'],
    ['Bohai Rim', 'Bohai Rim'],
    ['Greater Bay Area', 'Greater Bay Area'],
    ['Beijing-Tianjin-Hebei', 'Beijing-Tianjin-Hebei'],
    ['Europe', 'Europe'],
  ])('should know "%s" as %s', (text, name) => {
    expect(knownPlaces.get(text)?.name).toBe(name)
  })

  it('should keep a name shared by a province and a city as the province', () => {
    expect(knownPlaces.get('Jilin')?.kind).toBe('provincial-level division')
    expect(knownPlaces.get('Hainan')?.kind).toBe('provincial-level division')
  })

  it('should keep every country, division and region under its own name', () => {
    const names = [
      ...countries.map((country) => country.name),
      ...provincialDivisions.map((division) => division.name),
      ...prefectureLevelCities,
      ...continents,
      ...worldRegions,
      ...chineseRegions,
      ...dalianDivisions,
    ]
    for (const name of names) expect(knownPlaces.get(name)?.name, name).toBe(name)
  })

  it('should have no duplicates within the region lists', () => {
    expect(duplicates([...continents, ...worldRegions, ...chineseRegions])).toEqual([])
  })
})

describe('place suffixes', () => {
  it('should list each suffix once and try longer suffixes first', () => {
    const suffixes = placeSuffixes.map((entry) => entry.suffix)
    expect(duplicates(suffixes)).toEqual([])
    expect(suffixes.indexOf('New District')).toBeLessThan(suffixes.indexOf('District'))
    expect(suffixes.indexOf('Pilot Free Trade Zone')).toBeLessThan(suffixes.indexOf('Free Trade Zone'))
    for (const [index, suffix] of suffixes.entries()) {
      for (const later of suffixes.slice(index + 1)) expect(later.endsWith(` ${suffix}`), later).toBe(false)
    }
  })

  it('should say that a county is a place and a port may be a body', () => {
    expect(placeSuffixSense.get('County')).toBe('place')
    expect(placeSuffixSense.get('New Area')).toBe('place')
    expect(placeSuffixSense.get('Port')).toBe('either')
    expect(placeSuffixSense.get('Free Trade Zone')).toBe('either')
    expect(placePrefixes).toContain('Mount')
  })

  it('should only share a head word with the organisations when it can name either', () => {
    for (const [suffix, sense] of placeSuffixSense) {
      if (organisationHeadWords.has(suffix)) expect(sense, suffix).toBe('either')
    }
  })
})

describe('demonyms', () => {
  it('should hold the nationality and regional adjectives', () => {
    for (const word of [
      'Japanese',
      'Korean',
      'South Korean',
      'Chinese',
      'American',
      'German',
      'Shanghainese',
    ]) {
      expect(demonyms.has(word), word).toBe(true)
    }
    expect(demonyms.get('South Korean')).toEqual(['South Korea'])
    expect(demonymNouns.has('Americans')).toBe(true)
    expect(demonymNouns.has('Danes')).toBe(true)
  })

  it('should never be a place', () => {
    for (const word of [...demonyms.keys(), ...demonymNouns]) expect(knownPlaces.has(word), word).toBe(false)
  })

  it('should refer only to known places', () => {
    for (const [word, places] of demonyms) {
      for (const place of places) expect(knownPlaces.has(place), `${word} → ${place}`).toBe(true)
    }
  })
})

describe('titles', () => {
  it('should list each title once', () => {
    expect(duplicates(titles)).toEqual([])
  })

  it.each([
    'Mayor',
    'Vice Mayor',
    'Executive Vice Mayor',
    'Secretary',
    'Party Secretary',
    'Deputy Secretary',
    'Secretary-General',
    'General Secretary',
    'Governor',
    'Vice Governor',
    'Premier',
    'Vice Premier',
    'President',
    'Vice President',
    'Chairman',
    'Vice Chairman',
    'Chairman of the Board',
    'General Manager',
    'Deputy General Manager',
    'Director',
    'Deputy Director',
    'Director-General',
    'Minister',
    'Ambassador',
    'Consul General',
    'CEO',
    'Head',
    'Leader',
    'Member of the Standing Committee',
  ])('should know "%s" in both cases', (title) => {
    expect(canonicalTitle.get(title)).toBe(title)
    expect(canonicalTitle.get(title.toLowerCase().replace('ceo', 'CEO'))).toBe(title)
  })

  it('should map other spellings to the Title Case form', () => {
    expect(canonicalTitle.get('vice-mayor')).toBe('Vice Mayor')
    expect(canonicalTitle.get('Secretary General')).toBe('Secretary-General')
    expect(canonicalTitle.get('secretary general')).toBe('Secretary-General')
    expect(canonicalTitle.get('Consul-General')).toBe('Consul General')
    expect(canonicalTitle.get('NPC deputy')).toBe('NPC Deputy')
  })

  it('should hold the modifiers and honorifics', () => {
    for (const word of ['Group', 'Executive', 'Deputy', 'Vice', 'Acting', 'Honorary', 'former']) {
      expect(titleModifiers.has(word), word).toBe(true)
    }
    for (const word of ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.', 'Madam'])
      expect(honorifics.has(word), word).toBe(true)
  })
})

describe('organisations', () => {
  it('should try longer legal forms before the forms they end with', () => {
    expect(duplicates(legalFormSuffixes)).toEqual([])
    for (const [index, suffix] of legalFormSuffixes.entries()) {
      for (const later of legalFormSuffixes.slice(index + 1)) {
        expect(later.length > suffix.length && later.endsWith(suffix), `${later} after ${suffix}`).toBe(false)
      }
    }
    expect(legalFormSuffixes).toContain('Co., Ltd.')
    expect(legalFormSuffixes).toContain('Co. Ltd')
  })

  it('should hold the head words and standard bodies', () => {
    for (const word of [
      'Group',
      'Bank',
      'University',
      'Committee',
      'Bureau',
      'Chamber of Commerce',
      'Port',
    ]) {
      expect(organisationHeadWords.has(word), word).toBe(true)
    }
    for (const body of [
      'State Council',
      'CPC Central Committee',
      'National Development and Reform Commission',
    ]) {
      expect(nationalBodies).toContain(body)
    }
    expect(localGovernmentBodies).toContain('Municipal Party Committee')
    expect(duplicates(nationalBodies)).toEqual([])
    expect(duplicates(localGovernmentBodies)).toEqual([])
    for (const word of ['of', 'and', 'for', 'the', '&'])
      expect(organisationConnectors.has(word), word).toBe(true)
  })

  it('should not take a demonym or a place for a head word', () => {
    for (const word of organisationHeadWords) {
      expect(demonyms.has(word), word).toBe(false)
      expect(knownPlaces.has(word), word).toBe(false)
    }
  })
})

describe('money', () => {
  it.each([
    ['yuan', 'CNY'],
    ['renminbi', 'CNY'],
    ['us dollars', 'USD'],
    ['dollars', 'USD'],
    ['euros', 'EUR'],
    ['yen', 'JPY'],
    ['won', 'KRW'],
    ['pounds', 'GBP'],
    ['hong kong dollars', 'HKD'],
  ])('should read the word "%s" as %s', (word, code) => {
    expect(currencyWords.get(word)).toBe(code)
  })

  it.each([
    ['¥', 'CNY'],
    ['$', 'USD'],
    ['US$', 'USD'],
    ['HK$', 'HKD'],
    ['€', 'EUR'],
    ['£', 'GBP'],
    ['₩', 'KRW'],
  ])('should read the symbol "%s" as %s', (symbol, code) => {
    expect(currencySymbols.get(symbol)).toBe(code)
  })

  it('should map every ISO code to itself, and RMB to CNY', () => {
    expect(currencyCodes.get('rmb')).toBe('CNY')
    const codes = new Set(currencyCodes.values())
    for (const code of codes) expect(currencyCodes.get(code.toLowerCase())).toBe(code)
    for (const code of [...currencyWords.values(), ...currencySymbols.values()])
      expect(codes.has(code)).toBe(true)
  })

  it('should give the number words and multipliers their values', () => {
    expect(cardinalNumbers.get('ninety')).toBe(90)
    expect(cardinalNumbers.get('dozen')).toBe(12)
    expect(numberMultipliers.get('ten thousand')).toBe(1e4)
    expect(numberMultipliers.get('hundred million')).toBe(1e8)
    expect(numberMultipliers.get('billion')).toBe(1e9)
    expect(numberMultipliers.get('trillion')).toBe(1e12)
    expect([...ordinalNumbers.values()]).toEqual(Array.from({ length: 31 }, (_, index) => index + 1))
    expect(ordinalNumbers.get('twenty-fifth')).toBe(25)
  })

  it('should list multi-word multipliers before the single words they contain', () => {
    const words = [...numberMultipliers.keys()]
    for (const [index, word] of words.entries()) {
      for (const earlier of words.slice(0, index))
        expect(word.includes(' ') && !earlier.includes(' ')).toBe(false)
    }
  })
})

describe('dates', () => {
  it('should map every month name and abbreviation to 1–12, each month at least once', () => {
    for (const [name, month] of months) {
      expect(Number.isInteger(month) && month >= 1 && month <= 12, name).toBe(true)
    }
    expect(new Set(months.values()).size).toBe(12)
    expect(months.get('January')).toBe(1)
    expect(months.get('Sept.')).toBe(9)
    expect(months.get('Sep')).toBe(9)
    expect(months.get('May')).toBe(5)
    expect(months.get('may')).toBeUndefined()
  })

  it('should number the weekdays from Monday', () => {
    expect([...weekdays.values()]).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(weekdays.get('Sunday')).toBe(7)
    expect(weekdayAbbreviations.get('Thurs.')).toBe(4)
  })

  it('should give relative date words their offsets', () => {
    expect(relativeDates.get('yesterday')).toEqual({ unit: 'day', offset: -1 })
    expect(relativeDates.get('today')).toEqual({ unit: 'day', offset: 0 })
    expect(relativeDates.get('tomorrow')).toEqual({ unit: 'day', offset: 1 })
    expect(relativeDates.get('the day before yesterday')).toEqual({ unit: 'day', offset: -2 })
    expect(relativeDates.get('last week')).toEqual({ unit: 'week', offset: -1 })
    expect(relativeDates.get('next month')).toEqual({ unit: 'month', offset: 1 })
    expect(relativeDates.get('last year')).toEqual({ unit: 'year', offset: -1 })
    expect(partsOfDay.has('afternoon')).toBe(true)
  })
})

describe('data index', () => {
  it('should re-export every module', () => {
    for (const name of [
      'splitPinyin',
      'knownPlaces',
      'countries',
      'demonyms',
      'titles',
      'months',
      'currencyWords',
    ]) {
      expect(data, name).toHaveProperty(name)
    }
  })
})
