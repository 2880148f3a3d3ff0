/**
 * Names found once, recognised again where the sentence rules could not: written in lower case ("tan
 * chengxu"), in capitals, or shortened ("China Mobile" for "China Mobile Communications Group Co., Ltd.",
 * a surname for a name written given name first).
 */
import type { MentionFinding } from '../findings.js'
import type { SentenceMentions } from './brands.js'
import { roleFollows } from './callings.js'
import { companyShortForms, headFirstOwnName } from './company-stems.js'
import { isMiddleGivenName } from './foreign-names.js'
import { matchPlace } from './gazetteer.js'
import {
  isSecondSurname,
  learnSurname,
  lowerSurnameSaid,
  standsAfterName,
  surnameLast,
} from './known-surnames.js'
import {
  type BranchForm,
  branchForm,
  lastBearer,
  matchesVariant,
  onlyOverlap,
  preferParent,
  toksIn,
  type Variant,
  wordsKey,
} from './known-variants.js'
import { nameCanStartAfter } from './name-starts.js'
import { leadlessForms, particleSurnames } from './name-words.js'
import { nameSpellings } from './nordic-spellings.js'
import { functionWords, isCapitalised, type Tok } from './tokens.js'
import { functionWord } from './word-classes.js'

// A county or banner of a minority's autonomy with its first word a name of its own: "Tumen Left Wing
// Mongolian Autonomous County", "Xinbin Manchu Autonomous County", "Ongniud Banner".
const autonomousDivision = /^\p{Lu}\p{Ll}+ (?:[A-Z][a-z]+ )*(?:Autonomous (?:County|Banner)|Banner)$/u

/**
 * Learn the names of the article's mentions and their variants, then mark every later place they are
 * written where no sentence rule found them (`shortForms`: a company's name without its last words too).
 */
export function findKnownNames(sentences: readonly SentenceMentions[], shortForms: boolean): void {
  const variants = new Map<string, Variant[]>()
  // A name is learnt once, from its first mention: the same words are the same variant.
  const learnt = new Set<string>()
  const surnames = new Map<string, string | null>()
  // Where the people a surname may stand for are named, in text order: a bare surname is the last one's.
  const bearers = new Map<string, [number, string][]>()
  const learn = (surname: string, name: string, start: number) => {
    learnSurname(surnames, surname, name)
    const list = bearers.get(surname)
    if (list) list.push([start, name])
    else bearers.set(surname, [[start, name]])
  }
  // Chinese names by their surname, as `wordsKey` gives them ('' for two people).
  const chineseSurnames = new Map<string, string>()
  const add = (variant: Variant) => {
    const words = variant.tokens.join(' ')
    if (learnt.has(words)) {
      if (variant.rule === 'org-short-form')
        preferParent(variants.get(variant.tokens[0]!.toLowerCase()), variant)
      return
    }
    learnt.add(words)
    const key = variant.tokens[0]!.toLowerCase()
    // Every variant gets `lower`, fields written out (a spread copy reads slower): one shape to match with.
    const { tokens, type, name, rule, caseless } = variant
    const lower = caseless ? tokens.map((word) => word.toLowerCase()) : undefined
    const kept: Variant = { tokens, type, name, rule, caseless, lower }
    const list = variants.get(key)
    if (list) list.push(kept)
    else variants.set(key, [kept])
  }
  // The shorter forms of long names ("Abdel Aziz") → the name, null where two names give one.
  let leadless: Map<string, string | null> | undefined
  for (const { mentions } of sentences) {
    for (const mention of mentions) {
      const name = mention.name
      if (mention.type !== 'person' || name.indexOf(' ') === name.lastIndexOf(' ')) continue
      for (const tokens of leadlessForms(name.split(' '))) {
        leadless ??= new Map()
        const form = tokens.join(' ')
        const known = leadless.get(form)
        leadless.set(form, known === undefined || known === name ? name : null)
      }
    }
  }
  // The short forms of the branches named after a place, null where two bodies have one there.
  let branches: Map<string, [BranchForm, string] | null> | undefined
  for (const { toks, mentions, heading } of sentences) {
    for (const mention of mentions) {
      // Names are learnt from the body only, since a heading's capitals make poor evidence; a heading's
      // person is kept only when the body writes the name, so it is learnt too.
      if (heading && mention.type !== 'person') continue
      // Only a company's name is learnt from its words.
      const words = mention.type === 'organization' ? toksIn(toks, mention.start, mention.end) : []
      if (mention.type === 'organization' && !mention.generic && words.length > 1) {
        const branch = branchForm(words)
        if (branch) {
          branches ??= new Map()
          const form = branch.tokens.join(' ')
          const known = branches.get(form)
          branches.set(
            form,
            known === undefined ? [branch, mention.name] : known?.[0].key === branch.key ? known : null,
          )
        }
        add({
          tokens: words.filter((tok) => tok.kind === 'word').map((tok) => tok.base),
          type: 'organization',
          name: mention.name,
          rule: 'org-known-name',
          caseless: false,
        })
      }
      // A place only the words around it showed ("in Jinshitan", "Ferrol, Spain") is the same place
      // wherever it is written.
      if (mention.rule === 'place-pinyin-after-in' || mention.rule === 'place-by-context') {
        add({
          tokens: [mention.name],
          type: 'place',
          name: mention.name,
          rule: 'place-known-name',
          caseless: false,
        })
      }
      // "Tumen Left Wing Autonomous County … Tumen": an autonomous county or banner goes by its first word.
      if (mention.type === 'place' && autonomousDivision.test(mention.name)) {
        const first = mention.name.slice(0, mention.name.indexOf(' '))
        add({ tokens: [first], type: 'place', name: mention.name, rule: 'place-known-name', caseless: false })
      }
      // "Kevin Wang Lei … met Mayor Wang. Wang said": the titled surname is someone the surname may be.
      if (mention.rule === 'person-titled-surname' && bearers.has(mention.name))
        bearers.get(mention.name)!.push([mention.start, mention.name])
      if (mention.type === 'person' && mention.name.includes(' ')) {
        const names = mention.name.split(' ')
        // "Lü Qinghe … Lv Qinghe", "Müller … Mueller": spelt plain too; "du Plessis … Du Plessis": surname.
        for (const tokens of [names, ...nameSpellings(names), ...particleSurnames(names)]) {
          add({ tokens, type: 'person', name: mention.name, rule: 'person-known-name', caseless: true })
        }
        // "Md. Shahidul Alam … Shahidul Alam said", "Samir Adel Abdel Aziz … Abdel Aziz said".
        // A form two names give is neither's ("Samir Adel Abdel Aziz and Omar Hamdi Abdel Aziz").
        for (const tokens of leadlessForms(names)) {
          if (leadless?.get(tokens.join(' ')) !== null)
            add({ tokens, type: 'person', name: mention.name, rule: 'person-known-name', caseless: true })
        }
        if (mention.rule.includes('chinese-name')) {
          const key = wordsKey(names)
          const known = chineseSurnames.get(names[0]!)
          chineseSurnames.set(names[0]!, known === undefined || known === key ? key : '')
        }
        // "Allard Castelein … Castelein said": a name written given name first is shortened to the surname.
        if (surnameLast.has(mention.rule)) {
          learn(names.at(-1)!, mention.name, mention.start)
          // "Felipe Arenas Mora … Arenas said": a Spanish name has two surnames and is shortened to the
          // first; not a second given name ("Anna Maria Keller"), a patronymic or an initial.
          if (names.length === 3 && isSecondSurname(names[1]!)) learn(names[1]!, mention.name, mention.start)
          // "Juan Carlos Medina Fuentes … Medina has": the first surname after two given names too.
          if (names.length === 4 && isMiddleGivenName(names[1]!) && names.slice(2).every(isSecondSurname)) {
            learn(names[2]!, mention.name, mention.start)
            // "… Medina Fuentes said", "Mr. Medina Fuentes": and by both surnames, even one a town is named.
            const tokens = names.slice(2)
            add({ tokens, type: 'person', name: mention.name, rule: 'person-known-name', caseless: true })
          }
        }
      }
      // "Academia de Futebol Lua do Norte … Lua do Norte has sent": a head-first body by its own name.
      const own = mention.type === 'organization' ? headFirstOwnName(words) : undefined
      if (own)
        add({
          tokens: own,
          type: 'organization',
          name: mention.name,
          rule: 'org-short-form',
          caseless: false,
        })
      if (shortForms && mention.type === 'organization') {
        const place = matchPlace(words, 0)?.length
        for (const tokens of companyShortForms(words)) {
          // "Port Louis" of "Port Louis Towage and Salvage Limited": a place that starts a name is the place.
          if (tokens.length === place) continue
          add({ tokens, type: 'organization', name: mention.name, rule: 'org-short-form', caseless: false })
        }
      }
    }
  }
  // "the Suzhou Branch of Qinghe Bank … the Suzhou Branch has": a branch goes by its place once named,
  // unless the article names the branches of two bodies there.
  if (branches) {
    for (const known of branches.values()) {
      if (known === null) continue
      const [branch, name] = known
      add({ tokens: branch.tokens, type: 'organization', name, rule: 'org-short-form', caseless: false })
    }
  }
  for (const [surname, name] of surnames) {
    // "Muchen Lin … Lin Wei": a surname someone else's Chinese name starts with is left to the rules that
    // check who else has it.
    const chinese = chineseSurnames.get(surname)
    if (name && chinese !== undefined && chinese !== wordsKey(name.split(' '))) continue
    if (!name) continue
    for (const tokens of [[surname], ...nameSpellings([surname])]) {
      add({ tokens, type: 'person', name, rule: 'person-surname', caseless: false })
    }
  }
  if (variants.size === 0) return
  // A third of the words are function words: a bit test turns them away unless a name starts with one ("He").
  let skipped = functionWord
  for (const key of variants.keys()) if (functionWords.has(key)) skipped = 0
  for (const sentence of sentences) {
    const { toks } = sentence
    let found = false
    for (let index = 0; index < toks.length; index++) {
      // Every variant starts with a word.
      if (toks[index]!.kind !== 'word' || toks[index]!.flags & skipped) continue
      const candidates = variants.get(toks[index]!.lower)
      if (!candidates) continue
      for (const variant of candidates) {
        const to = index + variant.tokens.length
        // '"…," castelein said.': a known surname in lower case before a verb of speech is its person too.
        if (
          !matchesVariant(toks, index, variant) &&
          !(variant.rule === 'person-surname' && lowerSurnameSaid(toks, index, variant.tokens[0]!))
        )
          continue
        // A shortened name must end where the name ends: "China Mobile will", not "China Mobile Labs"; and a
        // surname must stand alone: not "Castelein Foundation" or "Anna Castelein".
        const next = toks[to]
        const short =
          variant.rule === 'org-short-form' ||
          variant.rule === 'person-surname' ||
          (variant.type === 'place' && variant.name !== variant.tokens[0])
        if (short && next?.spaced && isCapitalised(next.value) && !sentence.heading) continue
        if (variant.rule === 'person-surname' && standsAfterName(toks[index - 1])) continue
        const start = toks[index]!.start
        const last = toks[to - 1]!
        const end = last.possessive ? last.start + last.base.length : last.end
        // Where a sentence rule found this very name, its mention stays: it says which rule found it. Most
        // names found again are, so this is tested before any list is made.
        if (onlyOverlap(sentence.mentions, start, end, variant)) {
          index = to - 1
          break
        }
        let overlapping = sentence.mentions.filter((mention) => mention.start < end && start < mention.end)
        // "Mr. Medina Fuentes": a titled surname the known name goes on from takes its title along.
        const titled = titledSurnameAt(overlapping, toks[index]!, variant)
        if (titled) overlapping = overlapping.slice(1)
        // A shortened company name replaces what the sentence rules made of its words: the place it starts
        // with ("China" in "China Mobile") or a guess at a name of its own.
        const replaceable = overlapping.every((mention) => mention.start >= start && mention.end <= end)
        if (overlapping.length > 0 && !(replaceable && mayReplace(variant, toks, index, overlapping)))
          continue
        // "Chen Guang Group …. Chen Guang, founder of the group, …": a role makes the short form the person.
        if (overlapping.some((mention) => mention.type === 'person') && toks[to]?.value === ',') {
          if (roleFollows(toks, to + 1)) continue
        }
        for (const mention of overlapping) sentence.mentions.splice(sentence.mentions.indexOf(mention), 1)
        const name = variant.rule === 'person-surname' ? lastBearer(bearers, variant, start) : variant.name
        if (titled) sentence.mentions.splice(sentence.mentions.indexOf(titled), 1)
        sentence.mentions.push({
          start: titled?.start ?? start,
          end,
          type: variant.type,
          name,
          rule: variant.rule,
        })
        found = true
        index = to - 1
        break
      }
    }
    if (found) sentence.mentions.sort((a, b) => a.start - b.start)
  }
}

// What a known name may replace: a shortened company name anything inside it, and a known person's full
// name a place that is its given name ("Su Anshan … su Anshan, chairman of …" is not the place Anshan),
// where a name written in lower case may start.
function mayReplace(
  variant: Variant,
  toks: readonly Tok[],
  index: number,
  inside: MentionFinding[],
): boolean {
  if (variant.type === 'organization') return true
  if (variant.type !== 'person' || variant.tokens.length < 2) return false
  const start = toks[index]!.start
  // "Jürgen Weber … Jurgen Weber said": another spelling of a known name, read as a person, is that person.
  const person = inside.length === 1 && inside[0]!.type === 'person' ? inside[0]! : undefined
  if (person && person.start === start && variant.lower!.join(' ') !== variant.name.toLowerCase())
    return person.end > toks[index + variant.tokens.length - 1]!.start
  if (!inside.every((mention) => mention.type === 'place' && mention.start > start)) return false
  return isCapitalised(toks[index]!.value) || nameCanStartAfter(toks, index)
}

// The mention of a title and a surname ("Mr. Medina") that a known person's name of two words or more
// starts at `first` with, when it is the first of `overlapping`.
function titledSurnameAt(
  overlapping: readonly MentionFinding[],
  first: Tok,
  variant: Variant,
): MentionFinding | undefined {
  const titled = overlapping[0]
  if (titled === undefined || variant.type !== 'person' || variant.tokens.length < 2) return undefined
  if (titled.rule !== 'person-titled-surname' || titled.start >= first.start || titled.end !== first.end)
    return undefined
  return titled
}
