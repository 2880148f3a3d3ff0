/**
 * Other forms of the people an article names, found across the whole article once the sentence rules
 * have read the full names: a Chinese name in the other order ("Muchen Lin" for "Lin Muchen"), a name
 * joined by a middle dot as translations write it ("Memet·Tohti"), a one-word name read from its
 * appositive, and a bare surname or given name where only a speaker fits ("Lin said that …", '"…,"
 * Gulnara said').
 */
import { japaneseGivenNameList } from '../data/japanese-given-names.js'
import { japaneseSurnames } from '../data/other-surnames.js'
import { canonicalTitle } from '../data/titles.js'
import type { MentionFinding } from '../findings.js'
import type { SentenceMentions } from './brands.js'
import { speechFollows } from './context-names.js'
import { isSecondSurname, surnameLast } from './known-surnames.js'
import { isHyphenatedGiven } from './name-words.js'
import { joinShortNames } from './short-name-joins.js'
import { isTitleWord } from './titles.js'
import { functionWords, isCapitalised, type Tok } from './tokens.js'
import { capitalised } from './word-classes.js'

/** How a form is matched: as written anywhere it stands alone, or only where a speaker stands. */
interface Form {
  /** The words as written: one word, or a given name and a surname. */
  readonly words: readonly string[]
  /** The person's name. */
  readonly name: string
  readonly rule: 'person-known-name' | 'person-surname'
  /** Whether the form is taken only before a verb of speech (or after a title, for a surname). */
  readonly speaker?: 'surname' | 'given'
}

// Rules that read a Chinese or Korean name surname first.
const surnameFirst = new Set([
  'person-chinese-name',
  'person-chinese-name-stray',
  'person-titled-chinese-name',
  'person-korean-name',
])

/**
 * Add person mentions for the other forms of the names the sentence rules found; `middleDots`: whether a
 * word of the article may hold a middle dot ("Memet·Tohti"), which the caller may know from the text
 * (default: `true`).
 */
export function findPersonShortForms(sentences: readonly SentenceMentions[], middleDots = true): void {
  joinShortNames(sentences)
  const forms = learnForms(sentences)
  if (forms.size === 0) return
  // Without middle dots a form is found where its first word is written as learnt; when every such word
  // starts with a capital (most articles), the words' class bit turns the others away unread.
  let needed = middleDots ? 0 : capitalised
  for (const key of forms.keys()) if (!key.includes('·') && !isCapitalised(key)) needed = 0
  for (const sentence of sentences) {
    // A heading's capitals prove nothing.
    if (sentence.heading) continue
    const { toks } = sentence
    let found = false
    for (let index = 0; index < toks.length; index++) {
      const tok = toks[index]!
      if ((tok.flags & needed) !== needed) continue
      const candidates =
        tok.kind === 'word'
          ? forms.get(middleDots && tok.value.includes('·') ? tok.baseLower : tok.base)
          : undefined
      if (!candidates) continue
      for (const form of candidates) {
        const to = index + form.words.length
        if (!matches(toks, index, form) || !standsAlone(toks, index, to)) continue
        if (form.speaker && !speakerAt(toks, index, to, form.speaker)) continue
        const start = tok.start
        const last = toks[to - 1]!
        const end = last.possessive ? last.start + last.base.length : last.end
        if (sentence.mentions.some((mention) => mention.start < end && start < mention.end)) continue
        sentence.mentions.push({ start, end, type: 'person', name: form.name, rule: form.rule })
        found = true
        index = to - 1
        break
      }
    }
    if (found) sentence.mentions.sort((a, b) => a.start - b.start)
  }
}

// The forms to look for, by their first word (a middle-dotted name in lower case).
function learnForms(sentences: readonly SentenceMentions[]): Map<string, Form[]> {
  const forms = new Map<string, Form[]>()
  const add = (key: string, form: Form) => {
    const list = forms.get(key)
    if (list === undefined) forms.set(key, [form])
    else if (!list.some((known) => sameWords(known.words, form.words))) list.push(form)
  }
  // Who each word of a name could stand for: one person, or two (`null`), by the person's words in any
  // order, so "Lin Muchen" and "Muchen Lin" are one.
  const people = new Map<string, string>()
  const owners = new Map<string, string | null>()
  const own = (word: string, key: string) => {
    const owner = owners.get(word)
    owners.set(word, owner === undefined || owner === key ? key : null)
  }
  const speakers: [string, string, 'surname' | 'given'][] = []
  // A person is mentioned again and again: each name's words and keys are worked out once.
  const shapes = new Map<string, NameShape>()
  const shapeOf = (name: string) => {
    let shape = shapes.get(name)
    if (shape === undefined) {
      shape = nameShape(name)
      shapes.set(name, shape)
    }
    return shape
  }
  // What a name read by a rule adds but to `people` is the same each time the name is read by the rule.
  const learnt = new Map<string, string[]>()
  for (const { toks, mentions, heading } of sentences) {
    if (heading) continue
    for (const mention of mentions) {
      if (mention.type !== 'person' || mention.pronoun) continue
      const { words, key } = shapeOf(mention.name)
      if (words.length === 1) {
        // A one-word name an appositive showed ("Batmunkh, secretary of …") is that person wherever it
        // stands alone.
        if (mention.rule === 'person-name-by-context' && roleConfirms(toks, mentions, mention))
          add(words[0]!, { words, name: mention.name, rule: 'person-known-name' })
        continue
      }
      // The surname-first reading names the person: "Lin Muchen" over "Muchen Lin".
      if (!people.has(key) || surnameFirst.has(mention.rule)) people.set(key, mention.name)
      const rules = learnt.get(mention.name)
      if (rules?.includes(mention.rule)) continue
      if (rules) rules.push(mention.rule)
      else learnt.set(mention.name, [mention.rule])
      for (const word of words) own(word, key)
      const dotted = words.join('·')
      add(dotted.toLowerCase(), { words: [dotted], name: mention.name, rule: 'person-known-name' })
      // Rules that read a name given name first (`surnameLast`), so that its first word is the given name;
      // with a name of a shape no list knows after a title ("Ambassador Somsak Chaiyaphan"), most often
      // given name first (as Thai, Indian and Arabic names are), and whose first word before "said" is that
      // person's anyway.
      if (surnameLast.has(mention.rule)) {
        speakers.push([words[0]!, key, 'given'])
        // "Marta Lucía Ibarra Soler … Ibarra Soler said": a Hispanic name goes by both its surnames.
        const tail = words.length >= 4 ? words.slice(-2) : undefined
        if (tail && isSecondSurname(tail[0]!) && isSecondSurname(tail[1]!))
          add(tail[0]!, { words: tail, name: mention.name, rule: 'person-known-name' })
        // "Jean-Luc Okala Mvondo … Okala Mvondo said": after a hyphenated given name, which is the whole
        // given name, the two words left are surnames the person goes by.
        else if (words.length === 3 && isHyphenatedGiven(words[0]!))
          add(words[1]!, { words: words.slice(1), name: mention.name, rule: 'person-known-name' })
      } else if (surnameFirst.has(mention.rule) && words.length === 2) {
        add(words[1]!, { words: [words[1]!, words[0]!], name: mention.name, rule: 'person-known-name' })
        speakers.push([words[0]!, key, 'surname'])
      } else if (mention.rule === 'person-japanese-name' && words.length === 2) {
        // "Kenji Ogawara … Ogawara said": a Japanese name, in either order, by the word that is a surname.
        const surname = japaneseSurname(words[0]!, words[1]!)
        if (surname) speakers.push([surname, key, 'surname'])
      }
    }
  }
  // A bare surname or given name stands for a person only when no one else in the article has it.
  for (const [word, key, speaker] of speakers) {
    // "T. S. Sivaramakrishnan": an initial stands for no one on its own.
    if (owners.get(word) !== key || functionWords.has(word.toLowerCase()) || word.endsWith('.')) continue
    const rule = speaker === 'surname' ? 'person-surname' : 'person-known-name'
    add(word, { words: [word], name: people.get(key)!, rule, speaker })
  }
  // The other order and the middle-dotted form take the name the surname-first reading gave.
  for (const list of forms.values()) {
    list.forEach((form, index) => {
      const name = people.get(shapeOf(form.name).key)
      if (name && name !== form.name) list[index] = { ...form, name }
    })
  }
  return forms
}

// Of a Japanese name's two words, the one a surname list knows while the other is no surname, else the
// last when a given-name list knows the first ("Kenji Ogawara"), or undefined.
function japaneseSurname(first: string, second: string): string | undefined {
  const [one, other] = [first.toLowerCase(), second.toLowerCase()]
  if (japaneseSurnames.has(other) && (!japaneseSurnames.has(one) || japaneseGivenNames.has(one)))
    return second
  if (japaneseSurnames.has(one) && (!japaneseSurnames.has(other) || japaneseGivenNames.has(other)))
    return first
  return undefined
}

const japaneseGivenNames: ReadonlySet<string> = new Set(japaneseGivenNameList)

// A name's words, and one key for them in any order: "Lin Muchen" and "Muchen Lin" are one.
interface NameShape {
  readonly words: readonly string[]
  readonly key: string
}

function nameShape(name: string): NameShape {
  const words = name.split(' ')
  return { words, key: [...words].sort().join(' ') }
}

function sameWords(one: readonly string[], other: readonly string[]): boolean {
  if (one.length !== other.length) return false
  for (let index = 0; index < one.length; index++) if (one[index] !== other[index]) return false
  return true
}

/**
 * Whether the role after a one-word name is its own: anywhere but at the start of the sentence, where a
 * capitalised word may be any word, only when a comma closes the role and no other person is named in it
 * ("Batmunkh, secretary of the League Party Committee, said", not "Overall, director of the bureau Li Hua
 * inspected …").
 */
function roleConfirms(
  toks: readonly Tok[],
  mentions: readonly MentionFinding[],
  mention: MentionFinding,
): boolean {
  if (toks[0]?.start !== mention.start) return true
  const roleStart = toks.findIndex((tok) => tok.start >= mention.end && tok.value === ',') + 1
  if (roleStart === 0) return false
  const roleEnd = toks.findIndex((tok, index) => index > roleStart && tok.value === ',')
  if (roleEnd < 0) return false
  const [from, to] = [toks[roleStart]!.start, toks[roleEnd]!.start]
  return !mentions.some((other) => other.type === 'person' && other.start >= from && other.start < to)
}

function matches(toks: readonly Tok[], at: number, form: Form): boolean {
  const { words } = form
  if (words.length === 1) {
    const tok = toks[at]!
    return tok.value.includes('·') ? tok.baseLower === words[0]!.toLowerCase() : tok.base === words[0]
  }
  for (let offset = 0; offset < words.length; offset++) {
    const tok = toks[at + offset]
    if (tok?.kind !== 'word' || (offset > 0 && !tok.spaced)) return false
    if (offset < words.length - 1 && tok.possessive) return false
    if ((offset === words.length - 1 ? tok.base : tok.value) !== words[offset]) return false
  }
  return true
}

// Whether a form is not part of a longer name: no capitalised word right after it ("Muchen Lin Group")
// nor right before it but a title ("Anna Lin"; "Director Lin" is the person).
function standsAlone(toks: readonly Tok[], from: number, to: number): boolean {
  const next = toks[to]
  if (next?.kind === 'word' && next.spaced && isCapitalised(next.value)) return false
  const before = toks[from - 1]
  return !(
    before?.kind === 'word' &&
    toks[from]!.spaced &&
    isCapitalised(before.value) &&
    !isTitleWord(before.value) &&
    !functionWords.has(before.lower)
  )
}

// Where only a speaker fits: before a verb of speech ("Lin said", "Gulnara also stressed") but after "of"
// ("the students of Lin said"), after "said" at the end of a clause ('"…," said Gulnara.'), and for a
// surname after a title ("Director Lin").
function speakerAt(toks: readonly Tok[], from: number, to: number, speaker: 'surname' | 'given'): boolean {
  const before = toks[from - 1]
  if (speechFollows(toks, to)) return before?.lower !== 'of'
  if (/^(?:said|says|added)$/.test(before?.value ?? '') && toks[to]?.kind !== 'word') return true
  return speaker === 'surname' && before?.kind === 'word' && canonicalTitle.has(before.value)
}
