/**
 * Joining the groups of an article's mentions that name one person or place in two forms: a full name
 * written in the other order, without its middle name, its form of address or its given name, or misspelt
 * once, a surname or a division's bare name (bodies are joined in `body-merges.ts`).
 */
import { chineseSurnames, compoundChineseSurnames } from '../data/chinese-surnames.js'
import { westernGivenNames } from '../data/other-surnames.js'
import { knownPlaces, type PlaceKind } from '../data/places.js'
import { worldGivenNameGroups } from '../data/world-given-names.js'
import {
  firstStart,
  type Group,
  listUnder,
  moveMentions,
  type NamedMention,
  nationalRegionCore,
} from './groups.js'
import {
  familyParticleList,
  fatherLinkList,
  generationSuffixList,
  isHyphenatedGiven,
  spanishArticles,
  withoutAccents,
} from './name-words.js'
import { compassPoints } from './word-classes.js'

export {
  mergeCountryForms,
  mergeLevelLessForms,
  mergePlaceLessForms,
  mergeSeatLessForms,
} from './body-merges.js'

// One person written as two full names: "Kaito Mori" joins "Mori Kaito" (the other order, as Japanese and
// Chinese names are written both ways), and "Pavel Lebedev" or "Ruth Okafor" join "Pavel Andreyevich
// Lebedev" and "Ruth K. Okafor" (without the patronymic, middle name or initial), and "Marta Ibarra"
// joins "Marta Ibarra Soler" (without a Spanish second surname), so that "Mr. Lebedev" then has one
// person to join. A two-word name that fits two longer names ("Ruth A. Okafor" and "Ruth K.
// Okafor") joins neither. `text` is the article's, for the words before a misspelt name.
export function mergeFullNames(groups: readonly Group[], text: string): void {
  let twoWord: Group[] | undefined
  // Two-word names and their place in `twoWord`, which is in order of first mention.
  const byName = new Map<string, number>()
  // Names of three or more words, by their first and last word.
  const byEnds = new Map<string, Group[]>()
  // Names of three words whose middle word may be a first surname, by their first two words, and by their
  // last two: the two surnames.
  let byFirstTwo: Map<string, Group[]> | undefined
  let byLastTwo: Map<string, Group[]> | undefined
  // Malay names of two given names, by those ("siti aminah" of "siti aminah binti yusof").
  let byGivenNames: Map<string, Group[]> | undefined
  dropMonsieur(groups)
  mergeMisspeltNames(groups, text)
  for (const group of groups) {
    const name = group.name
    const space = name.indexOf(' ')
    if (group.type !== 'person' || space === -1 || group.mentions.length === 0) continue
    const lastSpace = name.lastIndexOf(' ')
    if (lastSpace === space) {
      twoWord ??= []
      byName.set(name, twoWord.length)
      twoWord.push(group)
    } else {
      listUnder(byEnds, `${name.slice(0, space)}${name.slice(lastSpace)}`, group)
      if (name.includes('-', lastSpace)) listUnder(byEnds, `-${name.slice(space + 1)}`, group)
      const second = name.indexOf(' ', space + 1)
      if (second === lastSpace) {
        if (mayBeFirstSurname(name.slice(space + 1, lastSpace))) {
          byFirstTwo ??= new Map()
          listUnder(byFirstTwo, name.slice(0, lastSpace), group)
          byLastTwo ??= new Map()
          listUnder(byLastTwo, name.slice(space + 1), group)
        }
      } else if (fatherLinks.has(name.slice(second + 1, name.indexOf(' ', second + 1)))) {
        byGivenNames ??= new Map()
        listUnder(byGivenNames, name.slice(0, second), group)
      }
    }
  }
  // Most articles have no two people of the same name in two forms: nothing to do without two-word names.
  if (twoWord === undefined) return
  for (const group of groups) if (group.type === 'person') joinAddressedForm(group, groups, byName, twoWord)
  for (let index = 0; index < twoWord.length; index++) {
    const group = twoWord[index]!
    const space = group.name.indexOf(' ')
    const reversed = byName.get(`${group.name.slice(space + 1)} ${group.name.slice(0, space)}`)
    // The later-written form joins the earlier ("Kaito Kaito" is no pair).
    if (reversed !== undefined && reversed > index) joinReversed(twoWord[reversed]!, group)
  }
  for (const group of twoWord) {
    if (group.mentions.length === 0) continue
    // "Kwok Wing-lun" joins "Dennis Kwok Wing-lun": a Hong Kong or Taiwan name without the English name
    // before it (only with a hyphenated given name, which no other name ends with).
    const longer =
      byEnds.get(group.name) ?? (group.name.includes('-') ? byEnds.get(`-${group.name}`) : undefined)
    if (longer?.length === 1) moveMentions(group, longer[0]!)
    // "Marta Ibarra" joins "Marta Ibarra Soler": a Spanish name without its second surname; "Siti Aminah"
    // joins "Siti Aminah binti Yusof": a Malay name without the father's.
    else if (longer === undefined) {
      const fuller = byFirstTwo?.get(group.name) ?? byGivenNames?.get(group.name)
      if (fuller?.length === 1) moveMentions(group, fuller[0]!)
      // "Ortiz Lasarte" joins "Rocío Ortiz Lasarte": a Spanish name by its two surnames alone.
      else if (fuller === undefined) {
        const given = byLastTwo?.get(group.name)
        if (given?.length === 1 && bySurnamesAlone(group, given[0]!)) moveMentions(group, given[0]!)
      }
    }
  }
}

// Common Spanish and Portuguese given names the name lists hold among others, without accents.
// biome-ignore format: packed data
const iberianGivenNames: ReadonlySet<string> = new Set([
  ...worldGivenNameGroups.spanishAndLatinAmerican!, ...worldGivenNameGroups.portugueseAndBrazilian!,
  'ana', 'andres', 'antonio', 'carlos', 'carmen', 'diego', 'eduardo', 'enrique', 'felipe', 'fernando',
  'francisco', 'gonzalo', 'ines', 'javier', 'joao', 'jorge', 'jose', 'juan', 'luis', 'manuel', 'maria',
  'miguel', 'pablo', 'pedro', 'pilar', 'rafael', 'ramon', 'ricardo', 'rocio', 'rodrigo', 'sergio',
])
// Letters of Spanish and Portuguese words, and the ending of Spanish patronymic surnames ("Pérez", "Díaz").
const iberianSurname = /[áéíóúñãõç]|ez$/u

// Whether the two-word `short` ("ortiz lasarte") is the Spanish or Portuguese `full` name ("rocío ortiz
// lasarte") by its two surnames alone, written after it: a known Iberian given name or a surname of
// Iberian letters, and a first surname that is no given name ("Tarek Nassar … his son Walid Tarek Nassar"
// are father and son). A hyphenated given name ("jean-luc okala mvondo") is the whole given name too, so
// the two words after it are surnames, as Central African names have them.
function bySurnamesAlone(short: Group, full: Group): boolean {
  if (full.mentions.length === 0 || firstStart(full) > firstStart(short)) return false
  const words = full.name.split(' ')
  if (westernGivenNames.has(words[1]!) || westernGivenNames.has(withoutAccents(words[1]!))) return false
  return (
    iberianGivenNames.has(withoutAccents(words[0]!)) ||
    isHyphenatedGiven(words[0]!) ||
    words.slice(1).some((w) => iberianSurname.test(w))
  )
}

// Forms of address that are given names too: "Ato" (the Amharic "Mr.") is a Ghanaian given name.
const ambiguousAddresses: ReadonlySet<string> = new Set(['ato'])
const initial = /^\p{Ll}\.$/u

// "Ato Kebede Alemu" joins "Kebede Alemu" named in the same article (the form of address before a
// name that is also a given name, which the name rules keep); "M. Lefort" or "C. Lefort" joins the one
// "Claire Lefort" of the article, an initial of her given name or the French "Monsieur" ("M."), which
// stands before a surname given in full earlier whatever the given name ("Henri Lefort … M. Lefort").
function joinAddressedForm(
  group: Group,
  groups: readonly Group[],
  byName: ReadonlyMap<string, number>,
  twoWord: readonly Group[],
): void {
  const name = group.name
  const space = name.indexOf(' ')
  if (space === -1 || group.mentions.length === 0) return
  const first = name.slice(0, space)
  const rest = name.slice(space + 1)
  if (ambiguousAddresses.has(first)) {
    const bare = byName.get(rest) ?? -1
    const target = twoWord[bare]
    if (target === undefined || target.mentions.length === 0) return
    // The person goes by the name without the form of address, which stays an alias.
    const bareName = target.mentions[0]!.name
    group.mentions = group.mentions.map((named) => ({ ...named, name: bareName }))
    moveMentions(group, target)
    return
  }
  if (!initial.test(first)) return
  const tail = ` ${rest}`
  let target: Group | undefined
  for (const other of groups) {
    if (other === group || other.type !== 'person' || other.mentions.length === 0) continue
    const full = other.name
    if (!full.endsWith(tail) || full.length === tail.length || initial.test(full.slice(0, 2))) continue
    if (full[0] !== first[0] && first !== 'm.') continue
    if (target !== undefined) return
    target = other
  }
  if (target !== undefined) moveMentions(group, target)
}

// "Helga Marwitzke, chief executive of … Helga Marwiztke said": a full name written again with one
// letter wrong or two letters swapped in one word of five letters or more, the others the same, joins the
// person named so before it, when no other person's name is that close and the misspelt form has no role
// of its own (two people of near names are each introduced: "Zuo Jiahong, director of …, Zuo Jiadong,
// head of …"), nor when the two forms stand in one sentence or the near name is brought in after "met",
// "welcomed", "received", "his brother" or "and" ("Ilse Danholm welcomed Ilse Danhelm"): two people then.
// The misspelt form stays an alias.
function mergeMisspeltNames(groups: readonly Group[], text: string): void {
  const people: Group[] = []
  for (const group of groups)
    if (group.type === 'person' && group.name.includes(' ') && group.mentions.length > 0) people.push(group)
  if (people.length < 2) return
  for (const group of people) {
    if (group.mentions.length === 0 || group.mentions.some((named) => named.roles.length > 0)) continue
    let target: Group | undefined
    let close = 0
    for (const other of people)
      if (other !== group && other.mentions.length > 0 && oneWordMisspelt(group.name, other.name)) {
        target = other
        close++
      }
    if (close !== 1 || firstStart(target!) > firstStart(group)) continue
    if (meetsOrStandsBeside(group, target!, text)) continue
    // The other way round, too: no third name is as close to the person's.
    if (
      people.some((other) => other !== group && other !== target && oneWordMisspelt(target!.name, other.name))
    )
      continue
    const name = target!.mentions[0]!.name
    group.mentions = group.mentions.map((named) => ({ ...named, name }))
    moveMentions(group, target!)
  }
}

// Whether the later form `group` stands in a sentence of the earlier `target`, or is brought in as another
// person right after a verb of meeting, a sibling or "and" ("… later received Ilse Danhelm").
function meetsOrStandsBeside(group: Group, target: Group, text: string): boolean {
  const sentences = new Set<number>()
  for (const { mention } of target.mentions) sentences.add(mention.sentence)
  for (const { mention } of group.mentions) {
    if (sentences.has(mention.sentence)) return true
    if (anotherPersonBefore.test(text.slice(Math.max(0, mention.start - 24), mention.start))) return true
  }
  return false
}

// The words before a name that bring in another person: a verb of meeting, a sibling, "and".
const anotherPersonBefore =
  /(?:^|[^\p{L}])(?:met|meets|meeting|welcomed|welcomes|welcoming|received|receives|receiving|and|(?:his|her) (?:brother|sister))\s+$/iu

// Whether two names of as many words differ in one word only, of five letters or more, by one letter or
// two letters swapped ("marwitzke", "marwiztke"), where neither form is a known given name.
function oneWordMisspelt(one: string, other: string): boolean {
  if (one.length !== other.length || one === other) return false
  const words = one.split(' ')
  const others = other.split(' ')
  if (words.length !== others.length) return false
  let differing = -1
  for (let index = 0; index < words.length; index++) {
    if (words[index] === others[index]) continue
    if (differing !== -1) return false
    differing = index
  }
  // Pinyin given names one letter apart are most often two people ("Jianhua", "Jianhui"), not a slip.
  if (chineseSurnames.has(words[0]!) || compoundChineseSurnames.has(words[0]!)) return false
  const [word, otherWord] = [words[differing]!, others[differing]!]
  // "Branko" and "Branka", "Renato" and "Renata" are two given names, no slip of the pen.
  return oneLetterOff(word, otherWord) && !westernGivenNames.has(word) && !westernGivenNames.has(otherWord)
}

function oneLetterOff(word: string, other: string): boolean {
  if (word.length !== other.length || word.length < 5 || !letters.test(word) || !letters.test(other))
    return false
  let first = -1
  let count = 0
  for (let index = 0; index < word.length; index++) {
    if (word[index] === other[index]) continue
    if (++count > 2) return false
    if (first === -1) first = index
  }
  if (count === 1) return true
  const second = first + 1
  return word[first] === other[second] && word[second] === other[first]
}

const letters = /^\p{Ll}+$/u

// "M. Lucien Garnier" is "Lucien Garnier" addressed as "Monsieur": the "M." before a full name, not an
// initial, when the word after it is a French given name or the article addresses others the French way
// ("Mme Odile Vasseur", "Me Lise Kerlan"); before any other given name it is an initial ("M. Arun Pillai").
// A name written without it too gets its mentions.
function dropMonsieur(groups: readonly Group[]): void {
  let french: boolean | undefined
  for (const group of groups) {
    const name = group.name
    if (group.type !== 'person' || !name.startsWith('m. ') || group.mentions.length === 0) continue
    const rest = name.slice(3)
    const space = rest.indexOf(' ')
    if (space < 2 || rest.charCodeAt(space - 1) === 0x2e) continue
    const given = withoutAccents(rest.slice(0, space))
    if (!frenchGivenNames.has(given) && !frenchGivenNames.has(given.split('-')[0]!)) {
      french ??= groups.some((other) => other.type === 'person' && other.mentions.some(addressedFrench))
      if (!french) continue
    }
    const renamed: NamedMention[] = []
    for (const named of group.mentions) {
      const bare = named.name.replace(monsieur, '')
      renamed.push(bare === named.name ? named : { ...named, name: bare })
    }
    group.mentions = renamed
    const bare = groups.find((other) => other.type === 'person' && other.name === rest)
    if (bare !== undefined) moveMentions(group, bare)
    // The group is keyed by its name: the bare name from now on, so that the other forms join it.
    else (group as { name: string }).name = rest
  }
}

const monsieur = /^M\. /
// French given names, without accents: the list's French ones and the common ones the Western list holds.
// biome-ignore format: packed data
const frenchGivenNames: ReadonlySet<string> = new Set([
  ...worldGivenNameGroups.french!, 'alain', 'andre', 'anne', 'antoine', 'bernard', 'brigitte', 'camille',
  'catherine', 'celine', 'chantal', 'christophe', 'claire', 'claude', 'denis', 'dominique', 'emmanuel',
  'florence', 'francois', 'francoise', 'gerard', 'guillaume', 'henri', 'isabelle', 'jacques', 'jean',
  'julien', 'laurent', 'louis', 'lucien', 'marcel', 'michel', 'monique', 'nicolas', 'odile', 'pascal',
  'philippe', 'pierre', 'rene', 'thierry', 'valerie', 'xavier',
])
// "Mme Odile Vasseur", "Me Lise Kerlan", "Madame Vasseur": a French form of address before a name.
const frenchAddress = /^(?:Mme\.?|Me|Madame|Mlle\.?) \p{Lu}/u

function addressedFrench(named: NamedMention): boolean {
  return frenchAddress.test(named.mention.text)
}

// Whether the middle word of a three-word name (lower case) may be a first surname: a word of letters that
// is no given name ("Anna Maria Keller"), patronymic ("Pavel Andreyevich Lebedev") or initial.
function mayBeFirstSurname(word: string): boolean {
  return (
    word.length > 2 &&
    /^\p{Ll}+(?:-\p{Ll}+)?$/u.test(word) &&
    !westernGivenNames.has(word) &&
    !/(?:ich|ovna|evna|ichna)$/.test(word)
  )
}

// "Muchen Lin … Lin Muchen": a Chinese name written given name first too goes by the order a Chinese
// name rule read, surname first, as the article's other Chinese names do; the other order stays an alias.
function joinReversed(later: Group, earlier: Group): void {
  const chinese = chineseReading(later) && !chineseReading(earlier) ? later : undefined
  if (chinese === undefined) {
    moveMentions(later, earlier)
    return
  }
  const name = chinese.mentions[0]!.name
  const renamed: NamedMention[] = []
  for (const mention of earlier.mentions) renamed.push(mention.name === name ? mention : { ...mention, name })
  earlier.mentions = renamed
  moveMentions(later, earlier)
}

// The offset of a group's first mention in the text.
function chineseReading(group: Group): boolean {
  return group.mentions.some((named) => chineseNameRules.has(named.mention.rule))
}

const chineseNameRules = new Set([
  'person-chinese-name',
  'person-titled-chinese-name',
  'person-chinese-name-stray',
])

// "Mr. Tan" or "Mayor Tan" joins the one person named Tan …; "the Northeast" joins "Northeast China";
// "Kelan" joins "Kelan District" (or "Kelan Town") named in the same article.
export function mergeShortNames(groups: readonly Group[]): void {
  // Which groups a one-word name could join, by that word, in group order: a person's by the first or
  // last word of its name, a place's by the first word of a two-word name or of a division's name. Only a
  // name of more than one word can be joined (a one-word name with the same word would be the same group).
  const people = new Map<string, Group[]>()
  const places = new Map<string, Group[]>()
  const divisions = new Map<string, Group[]>()
  // Places named "<nationality> <region>" by the region's bare name: "far east" of "Russian Far East".
  let regions: Map<string, Group[]> | undefined
  for (const group of groups) {
    const name = group.name
    const space = name.indexOf(' ')
    if (space === -1 || group.type === 'organization' || group.mentions.length === 0) continue
    const first = name.slice(0, space)
    const lastSpace = name.lastIndexOf(' ')
    if (group.type === 'place') {
      if (lastSpace === space) listUnder(places, first, group)
      const tail = name.slice(space + 1)
      if (divisionTail.test(tail) || (lastSpace === space && provinceTail.test(tail)))
        listUnder(divisions, first, group)
      const core = nationalRegionCore(group)
      if (core !== undefined) {
        regions ??= new Map()
        listUnder(regions, core, group)
      }
      continue
    }
    listUnder(people, first, group)
    const last = name.slice(lastSpace + 1)
    if (last !== first) listUnder(people, last, group)
    // "Mr. Quiroga" is "Ana María Quiroga Sáenz": of a Spanish name's two surnames the first is used.
    if (isFourNames(name))
      listUnder(people, name.slice(name.lastIndexOf(' ', lastSpace - 1) + 1, lastSpace), group)
    else if (lastSpace !== space)
      for (const word of innerNames(name))
        if (people.get(word)?.at(-1) !== group) listUnder(people, word, group)
  }
  for (const group of groups) {
    const { type, name } = group
    if (type === 'person' && particleFirst(name)) joinParticleSurname(group, groups)
    // "the Far East" joins the one "Russian Far East" of the article, when the national form came first;
    // a bare region named before it ("the largest port of the Far East. … the Russian Far East") is the
    // whole region.
    const region = type === 'place' && regions?.get(name)
    if (region && region.length === 1 && region[0] !== group && firstStart(region[0]!) < firstStart(group))
      moveMentions(group, region[0]!)
    if (name.includes(' ') || type === 'organization') continue
    let targets: Group[] | undefined
    if (type === 'person') targets = people.get(name)
    else if (compass.has(name)) targets = places.get(name)
    else if (divisions.has(name) && mayNameDivision(group, divisions.get(name)!))
      targets = divisions.get(name)
    if (targets === undefined) continue
    const target =
      targets.length === 1 ? targets[0] : (sameTitle(group, targets) ?? vietnameseOwner(group, targets))
    if (target === undefined) continue
    moveMentions(group, target)
  }
}

// "Ambassador Vieira" is "Paulo Souza de Vieira Neto", "Datuk Hafiz" is "Mohd Hafiz bin Osman": the
// surname before a son's suffix, the word after a surname's particles and the name before "bin" or "binti",
// which is the one a Malay or an Arabic person goes by.
function innerNames(name: string): string[] {
  const words = name.split(' ')
  const inner: string[] = []
  const last = words.length - 1
  if (generationSuffixes.has(words[last]!)) inner.push(words[last - 1]!)
  for (let at = 1; at < last; at++) {
    const word = words[at]!
    if (fatherLinks.has(word)) inner.push(words[at - 1]!)
    else if (particleWords.has(word) && !particleWords.has(words[at + 1]!)) inner.push(words[at + 1]!)
  }
  return inner
}

// Names here are in lower case; the particles and suffixes are those the name rules read (`name-words.ts`).
const generationSuffixes = new Set(generationSuffixList.map((word) => word.toLowerCase()))
const fatherLinks = new Set(fatherLinkList)
// A surname's particles with the articles after "de" ("de la vega").
const particleWords = new Set([...familyParticleList, ...spanishArticles])
// The words inside a name of four that make it no two given names and two surnames: a particle, "bin" and
// the article of an Arabic family name ("khalid bin saeed al-mansouri", "noura salem al marri").
const notFourNamesInside = new Set([...particleWords, ...fatherLinks, 'al', 'el'])
// The first words of a surname an article writes with its particles or its article, and the Maghreb
// family names' "Ben" and "Ould" ("Ben Hassine" of "Mokhtar Ben Hassine").
const particleStarts = new Set([...familyParticleList, 'al', 'el', 'ben', 'ould'])

// Four name words without a particle: two given names, two surnames.
function isFourNames(name: string): boolean {
  const words = name.split(' ')
  return words.length === 4 && !notFourNamesInside.has(words[1]!) && !notFourNamesInside.has(words[2]!)
}

// A surname with its particles, as an article writes it after the full name ("Van der Linde said", "de
// Vries added", "Dela Paz-Reyes", "Al Hamadi").
function particleFirst(name: string): boolean {
  const space = name.indexOf(' ')
  return space > 0 && space < name.length - 1 && particleStarts.has(name.slice(0, space))
}

// "Van der Linde" joins "Joost van der Linde", "Al Hamadi" joins "Saif bin Ali Al Hamadi": the one person
// whose name ends with the surname and its particles; "de la Vega" joins "Rosa María de la Vega Ortiz" too,
// whose first surname it is, as Spanish short forms go. With two such people it joins neither.
function joinParticleSurname(group: Group, groups: readonly Group[]): void {
  if (group.mentions.length === 0) return
  const tail = ` ${group.name.toLowerCase()}`
  let target: Group | undefined
  for (const other of groups) {
    if (other === group || other.type !== 'person' || other.mentions.length === 0) continue
    const name = other.name.toLowerCase()
    if (!name.endsWith(tail) && !name.slice(0, name.lastIndexOf(' ')).endsWith(tail)) continue
    if (target !== undefined) return
    target = other
  }
  if (target !== undefined) moveMentions(group, target)
}

// "Ms. Lan" when the article has "Nguyen Thi Lan" and another name ending in "Lan": the one Vietnamese name
// (marked by its middle "Thi" or "Van", a woman's or a man's, which "Mr." or "Ms." must not belie) whose
// last word, the given name a Vietnamese person goes by, it is.
function vietnameseOwner(group: Group, targets: readonly Group[]): Group | undefined {
  let male = false
  let female = false
  for (const { mention } of group.mentions) {
    if (maleTitle.test(mention.text)) male = true
    else if (femaleTitle.test(mention.text)) female = true
  }
  let owner: Group | undefined
  for (const target of targets) {
    const words = target.name.split(' ')
    if (words.length < 3 || words.at(-1) !== group.name) continue
    const middle = words[1]!
    const woman = middle === 'thi' || middle === 'thị'
    if (!(woman ? !male : (middle === 'van' || middle === 'văn') && !female)) continue
    if (owner) return undefined
    owner = target
  }
  return owner
}

const maleTitle = /^Mr\.? /
const femaleTitle = /^(?:Ms|Mrs|Miss|Madam|Madame)\.? /

// "Professor Wang" when the article has two Wangs: the one whose role has the same title, if only one does.
function sameTitle(group: Group, targets: readonly Group[]): Group | undefined {
  const titles = new Set<string>()
  for (const mention of group.mentions) for (const role of mention.roles) titles.add(role.text.toLowerCase())
  if (titles.size === 0) return undefined
  let matching: Group | undefined
  for (const target of targets) {
    const matches = target.mentions.some((mention) =>
      mention.roles.some((role) => {
        const text = role.text.toLowerCase()
        for (const title of titles) if (text === title || text.startsWith(`${title} `)) return true
        return false
      }),
    )
    if (!matches) continue
    if (matching) return undefined
    matching = target
  }
  return matching
}

// The end of a division's name after its own first word: a division of a city or county whose bare name
// stands for it once it is named ("Jinzhou District" … "Jinzhou", "Tumen Left Wing Autonomous County" … "Tumen"), not a region around a city ("Tashkent
// Region" is not Tashkent) nor a zone ("Dalian Area" of a free trade zone).
const divisionTail = new RegExp(
  '^(?:new (?:district|area)|(?:(?:left|right|front|rear|middle) (?:wing )?){0,2}' +
    '(?:(?:island|manchu|korean|mongolian|hui) )?(?:autonomous )?' +
    '(?:district|county|city|town|township|village|subdistrict|sub-district|banner))$',
)

// "Toyama Prefecture" … "enterprises from Toyama", "Kelvane Province" … "Kelvane": a prefecture or a
// province abroad goes by its bare name once named (China's are one name in the gazetteer already); not a
// region or oblast, which is the land around the city it is named after ("Pavlodar Oblast" is not Pavlodar).
const provinceTail = /^(?:prefecture|province)$/

// Whether the one-word place `group` may be the short name of a division: not a country, a province or a
// region, which a town or district named after it is not ("Mexico" is not "Mexico City"), and never
// written as a city of its own ("Kelan City" is not "Kelan District"); a province only not a country.
function mayNameDivision(group: Group, targets: readonly Group[]): boolean {
  const first = group.mentions[0]!
  const kind = knownPlaces.get(first.name)?.kind
  const province = targets.every((target) =>
    provinceTail.test(target.name.slice(target.name.indexOf(' ') + 1)),
  )
  if (
    kind !== undefined &&
    (province ? kind === 'country' || kind === 'continent' : largePlaceKinds.has(kind))
  )
    return false
  for (const { mention, name } of group.mentions) if (mention.text !== name) return false
  return true
}

const largePlaceKinds: ReadonlySet<PlaceKind> = new Set([
  'country',
  'territory',
  'provincial-level division',
  'region',
  'continent',
])

// Keys are in lower case.
const compass = new Set([...compassPoints].map((point) => point.toLowerCase()))
