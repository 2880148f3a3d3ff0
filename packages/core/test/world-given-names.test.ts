/**
 * The world's given names (`data/world-given-names.ts`): what the list may not hold, because a rule that
 * reads a capitalised known given name as the start of a person's name would misread it, and that the
 * person rules read every name on it.
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'
import { ambiguousPlaces } from '../src/lib/data/ambiguous-places.js'
import {
  chineseSurnames,
  chineseSurnameVariants,
  compoundChineseSurnames,
  englishWordSurnames,
} from '../src/lib/data/chinese-surnames.js'
import { months, weekdayAbbreviations, weekdays } from '../src/lib/data/dates.js'
import { demonyms } from '../src/lib/data/demonyms.js'
import {
  foreignLegalForms,
  industryWords,
  legalFormSuffixes,
  organisationHeadWords,
} from '../src/lib/data/organisations.js'
import { japaneseSurnames, koreanSurnames, westernGivenNames } from '../src/lib/data/other-surnames.js'
import { pinyinSyllables } from '../src/lib/data/pinyin.js'
import { knownPlaces } from '../src/lib/data/places.js'
import { honorifics, occupations, titleSet } from '../src/lib/data/titles.js'
import { worldGivenNameGroups, worldGivenNames } from '../src/lib/data/world-given-names.js'
import { titleFirstWords } from '../src/lib/entities/word-classes.js'

/** Every word of every item, lower case: "Consul General" gives "consul" and "general". */
function words(items: Iterable<string>): Set<string> {
  const found = new Set<string>()
  for (const item of items) for (const word of item.toLowerCase().split(/[\s-]+/)) found.add(word)
  return found
}

function listedOf(excluded: ReadonlySet<string>): string[] {
  return worldGivenNames.filter((name) => excluded.has(name))
}

// Given names that are also English words a Title Case heading capitalises ("Will Exports Rise?", "Hope
// for Spring Sales"), or a company's word ("Mart"), in the languages the list covers: none may be listed.
// biome-ignore format: packed data
const englishWordNames = new Set([
  'akin', 'amber', 'angel', 'ante', 'april', 'art', 'august', 'autumn', 'bill', 'bud', 'can', 'cherry',
  'chip', 'dawn', 'destiny', 'dolly', 'dove', 'eden', 'edit', 'faith', 'fern', 'gal', 'gay', 'glad', 'grace',
  'guy', 'harmony', 'hazel', 'heather', 'holly', 'honey', 'hope', 'ion', 'iris', 'ivy', 'jade', 'jan',
  'jesus', 'jewel', 'joke', 'joy', 'june', 'justice', 'lev', 'lily', 'lies', 'made', 'mark', 'mart', 'mate',
  'may', 'mercedes', 'nada', 'neo', 'noble', 'pat', 'pearl', 'penny', 'per', 'precious', 'ram', 'ray',
  'rich', 'rock', 'roman', 'rose', 'ruby', 'rusty', 'sandy', 'sander', 'sky', 'said', 'sterling', 'sunny',
  'summer', 'tamer', 'tri', 'victory', 'violet', 'wale', 'will', 'winter', 'yaw',
])

// Titles of rulers and honorifics that are also given names and that `titles.ts` does not list ("Amir
// Tamim" is Qatar's ruler; "Nana" heads Akan names of chiefs).
const titleNames = new Set(['amir', 'emir', 'imam', 'malik', 'nana', 'raja', 'sayyid', 'sheikh', 'sultan'])

describe('world given names', () => {
  it('should list lower-case ASCII names, a few dozen to about 150 in each group', () => {
    for (const name of worldGivenNames) expect(name).toMatch(/^[a-z]{3,}$/)
    for (const [group, names] of Object.entries(worldGivenNameGroups)) {
      expect(names.length, group).toBeGreaterThanOrEqual(30)
      expect(names.length, group).toBeLessThanOrEqual(150)
      expect(new Set(names).size, group).toBe(names.length)
    }
  })

  it('should not list a Chinese surname, a pinyin syllable or a Japanese or Korean surname', () => {
    const surnames = new Set([
      ...chineseSurnames,
      ...compoundChineseSurnames,
      ...chineseSurnameVariants,
      ...englishWordSurnames,
      ...japaneseSurnames,
      ...koreanSurnames,
    ])
    expect(listedOf(words(surnames))).toEqual([])
    expect(listedOf(pinyinSyllables)).toEqual([])
  })

  it("should not list a known place's first word or a place name that is also a word", () => {
    const firstWords = new Set([...knownPlaces.keys()].map((place) => place.split(/[\s-]/)[0]!.toLowerCase()))
    expect(listedOf(firstWords)).toEqual([])
    expect(listedOf(words(ambiguousPlaces))).toEqual([])
  })

  it('should not list a title, an honorific, an occupation or a demonym', () => {
    expect(listedOf(words([...titleSet, ...titleFirstWords, ...honorifics, ...occupations]))).toEqual([])
    expect(listedOf(words([...demonyms.keys(), ...[...demonyms.values()].flat()]))).toEqual([])
  })

  it("should not list a month, a weekday or an organisation's head word, legal form or industry", () => {
    const dates = words([...months.keys(), ...weekdays.keys(), ...weekdayAbbreviations.keys()])
    expect(listedOf(dates)).toEqual([])
    const bodies = [...organisationHeadWords, ...legalFormSuffixes, ...foreignLegalForms, ...industryWords]
    expect(listedOf(words(bodies))).toEqual([])
  })

  it('should not list a given name that is also an English word of a Title Case heading', () => {
    expect(listedOf(englishWordNames)).toEqual([])
  })

  it('should not list a given name that is also the title of a ruler or an honorific', () => {
    expect(listedOf(titleNames)).toEqual([])
  })

  it('should give every listed name to the Western given-name lookup the person rules read', () => {
    expect(worldGivenNames.filter((name) => !westernGivenNames.has(name))).toEqual([])
  })

  it('should read each listed name before an invented surname as a person', () => {
    const missed: string[] = []
    // Twenty names to an article, a sentence each, so the test parses a few dozen articles, not 1,300.
    for (let from = 0; from < worldGivenNames.length; from += 20) {
      const given = worldGivenNames
        .slice(from, from + 20)
        .map((name) => name[0]!.toUpperCase() + name.slice(1))
      const body = given.map((name) => `The mayor met with ${name} Brodwell on Monday.`).join(' ')
      const people = new Set(
        parseArticle(`Port News\n\n${body}`)
          .entities.filter((entity) => entity.type === 'person')
          .map((entity) => entity.name),
      )
      for (const name of given) if (!people.has(`${name} Brodwell`)) missed.push(name)
    }
    expect(missed).toEqual([])
  })
})
