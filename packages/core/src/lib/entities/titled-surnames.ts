/**
 * Full names no name list knows, found through a titled surname: once the article writes "Mr. Lindqvist"
 * or "Ambassador Okonkwo", "Bjorn Lindqvist" elsewhere in it is that person's full name.
 */
import { namesFoundBy, type SentenceMentions } from './brands.js'
import { matchPlace } from './gazetteer.js'
import { isTitleWord } from './titles.js'
import { functionWords, isCapitalised, type Tok } from './tokens.js'
import { capitalised } from './word-classes.js'

const properWord = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u

/** Add a person mention for every "Given Surname" whose surname the article also writes after a title. */
export function findTitledSurnameNames(sentences: readonly SentenceMentions[]): void {
  const surnames = namesFoundBy(sentences, 'person-titled-surname')
  if (surnames.size === 0) return
  for (const sentence of sentences) {
    // A heading's capitals prove nothing.
    if (sentence.heading) continue
    const { toks, mentions } = sentence
    for (let index = 1; index < toks.length; index++) {
      const surname = toks[index]!
      if (!surnames.has(surname.base) || !surname.spaced) continue
      const given = toks[index - 1]!
      if (given.kind !== 'word' || given.possessive || !properWord.test(given.value)) continue
      if (functionWords.has(given.lower) || isTitleWord(given.value) || matchPlace(toks, index - 1)) continue
      // One given name: "Bjorn Lindqvist", not "Deputy Bjorn Lindqvist" or "Volvo Bjorn Lindqvist".
      const before = toks[index - 2]
      if (before?.kind === 'word' && before.spaced && isCapitalised(before.value)) continue
      // "the Cua Lan deep-water port", "Cua Lan port": the surname is a place's word too, and the pair a
      // place's or a facility's name.
      if (before?.lower === 'the' || placeNounFollows(toks, index + 1)) continue
      const start = given.start
      const end = surname.possessive ? surname.start + surname.base.length : surname.end
      if (mentions.some((mention) => mention.start < end && start < mention.end)) continue
      mentions.push({
        start,
        end,
        type: 'person',
        name: `${given.value} ${surname.base}`,
        rule: 'person-titled-surname-full',
      })
      mentions.sort((a, b) => a.start - b.start)
    }
  }
}

// Lower-case nouns of places and facilities a name stands before ("… gateway port", "… river").
// biome-ignore format: packed data
const placeNouns: ReadonlySet<string> = new Set([
  'port', 'ports', 'channel', 'bay', 'river', 'island', 'islands', 'gateway', 'district', 'area', 'terminal',
  'harbour', 'harbor', 'canal', 'strait', 'pier', 'wharf', 'zone', 'park', 'bridge', 'airport', 'station',
  'road', 'street', 'province', 'county', 'town', 'village', 'city', 'lake', 'mountain', 'coast', 'beach',
])

// Whether one of the two words from `toks[at]` is a lower-case noun of a place, the first a lower-case word
// too ("… port", "… international port").
function placeNounFollows(toks: readonly Tok[], at: number): boolean {
  for (let word = at; word < at + 2; word++) {
    const tok = toks[word]
    if (tok?.kind !== 'word' || tok.flags & capitalised) return false
    if (placeNouns.has(tok.base)) return true
  }
  return false
}
